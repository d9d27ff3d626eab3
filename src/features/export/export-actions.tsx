import { useId, useRef, useState } from 'react';
import type { Case } from '../../domain/case/schema';
import type { Assessment } from '../../domain/engine/types';
import { useT } from '../../i18n/use-t';
import { nowIso } from '../../store/clock';
import { useSettings } from '../../store/settings';
import { downloadText } from '../../ui/download';
import { formattersFor, loadCaseFile, loadFhir, loadNote } from './load';
import './export.css';

type Kind = 'copy' | 'txt' | 'md' | 'json' | 'fhir';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string };

/**
 * Print, copy and download. Every export module is fetched on the click that needs it, so none of
 * them is in the first page's bundle. Results are announced in a status region; failures in an
 * alert. Nothing here changes the case.
 */
export function ExportActions({ c, a }: { c: Case; a: Assessment }) {
  const { t, lang } = useT();
  // This site's settings go with every export, as the provenance of the advice.
  const site = useSettings((s) => s.site);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [manualNote, setManualNote] = useState<string | null>(null);
  const manualRef = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  const manualId = useId();

  async function run(kind: Kind) {
    setStatus({ kind: 'working' });
    setManualNote(null);
    try {
      const disclaimer = t('common.disclaimer');
      const format = formattersFor(lang);
      const { exportFileStem } = await loadCaseFile();
      const stem = exportFileStem(c.label, a.asOf);
      if (kind === 'copy' || kind === 'txt' || kind === 'md') {
        const { noteText, noteMarkdown } = await loadNote();
        const opts = { lang, disclaimer, format, site };
        if (kind === 'copy') {
          const text = noteText(c, a, opts);
          try {
            await navigator.clipboard.writeText(text);
            setStatus({ kind: 'done', text: t('summary.export.copied') });
          } catch {
            // Clipboard blocked (permissions, insecure context): show the note to copy by hand.
            setManualNote(text);
            setStatus({ kind: 'error', text: t('summary.export.copyFailed') });
            requestAnimationFrame(() => manualRef.current?.select());
          }
          return;
        }
        const file = `${stem}.${kind === 'txt' ? 'txt' : 'md'}`;
        const text = kind === 'txt' ? noteText(c, a, opts) : noteMarkdown(c, a, opts);
        downloadText(file, text, kind === 'txt' ? 'text/plain' : 'text/markdown');
        setStatus({ kind: 'done', text: t('summary.export.downloaded', { file }) });
      } else if (kind === 'json') {
        const { caseFileText } = await loadCaseFile();
        const file = `${stem}.json`;
        downloadText(file, caseFileText(c, nowIso(), disclaimer, site), 'application/json');
        setStatus({ kind: 'done', text: t('summary.export.downloaded', { file }) });
      } else {
        const { fhirBundleText } = await loadFhir();
        const file = `${stem}-fhir.json`;
        const text = fhirBundleText(c, a, { lang, disclaimer, exportedAt: nowIso(), site });
        downloadText(file, text, 'application/fhir+json');
        setStatus({ kind: 'done', text: t('summary.export.downloaded', { file }) });
      }
    } catch (err) {
      setStatus({
        kind: 'error',
        text: t('summary.export.failed', {
          message: err instanceof Error ? err.message : String(err),
        }),
      });
    }
  }

  const busy = status.kind === 'working';
  const button = (kind: Kind, label: string) => (
    <button type="button" onClick={() => void run(kind)} disabled={busy}>
      {label}
    </button>
  );

  return (
    <section className="export-actions no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('summary.export.heading')}</h2>
      <div className="export-buttons">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('summary.export.print')}
        </button>
        {button('copy', t('summary.export.copy'))}
        {button('txt', t('summary.export.txt'))}
        {button('md', t('summary.export.md'))}
        {button('json', t('summary.export.json'))}
        {button('fhir', t('summary.export.fhir'))}
      </div>
      <p role="status" className="export-status">
        {status.kind === 'working'
          ? t('summary.export.working')
          : status.kind === 'done'
            ? status.text
            : ''}
      </p>
      {status.kind === 'error' ? (
        <p role="alert" className="export-error">
          {status.text}
        </p>
      ) : null}
      {manualNote !== null ? (
        <div className="export-manual">
          <label htmlFor={manualId}>{t('summary.export.manualLabel')}</label>
          <textarea id={manualId} ref={manualRef} readOnly value={manualNote} rows={12} />
        </div>
      ) : null}
    </section>
  );
}

export default ExportActions;
