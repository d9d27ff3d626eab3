import { useId, useRef, useState } from 'react';
import type { Case } from '../../domain/case/schema';
import type { SiteSettings } from '../../domain/engine/site';
import type { Assessment } from '../../domain/engine/types';
import type { Formatters } from '../../domain/export/describe';
import type { Lang } from '../../domain/text';
import type { TKey } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { nowIso } from '../../store/clock';
import { useSettings } from '../../store/settings';
import { downloadText } from '../../ui/download';
import { formattersFor, loadCaseFile, loadFhir, loadNote } from './load';
import './export.css';

/** What every export is built from (the note's options are its last five fields). */
interface ExportInput {
  readonly c: Case;
  readonly a: Assessment;
  readonly lang: Lang;
  readonly disclaimer: string;
  readonly format: Formatters;
  readonly site: SiteSettings;
  /** The full note rather than the short one (the note's copy and downloads). */
  readonly full: boolean;
}

/** A downloadable export: its file name's ending, its type and how it is written. */
interface FileFormat {
  readonly label: TKey;
  readonly suffix: string;
  readonly mime: string;
  readonly build: (x: ExportInput) => Promise<string>;
}

/** Every file the summary offers, in the order of its buttons (after Copy and Print). */
const FILE_FORMATS = {
  txt: {
    label: 'summary.export.txt',
    suffix: '.txt',
    mime: 'text/plain',
    build: async (x) => (await loadNote()).noteText(x.c, x.a, x),
  },
  md: {
    label: 'summary.export.md',
    suffix: '.md',
    mime: 'text/markdown',
    build: async (x) => (await loadNote()).noteMarkdown(x.c, x.a, x),
  },
  json: {
    label: 'summary.export.json',
    suffix: '.json',
    mime: 'application/json',
    build: async ({ c, disclaimer, site }) =>
      (await loadCaseFile()).caseFileText(c, nowIso(), disclaimer, site),
  },
  fhir: {
    label: 'summary.export.fhir',
    suffix: '-fhir.json',
    mime: 'application/fhir+json',
    build: async ({ c, a, lang, disclaimer, site }) =>
      (await loadFhir()).fhirBundleText(c, a, { lang, disclaimer, exportedAt: nowIso(), site }),
  },
} as const satisfies Record<string, FileFormat>;

type FileFormatId = keyof typeof FILE_FORMATS;
const FILE_FORMAT_IDS = Object.keys(FILE_FORMATS) as FileFormatId[];

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'done'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string };

/**
 * The note for the record first (short by default, the full version one tap away), then print and
 * the downloads. Every export module is fetched on the click that needs it, so none of them is in
 * the first page's bundle. Results are announced in a status region; failures in an alert.
 * Nothing here changes the case.
 */
export function ExportActions({ c, a }: { c: Case; a: Assessment }) {
  const { t } = useT();
  const [full, setFull] = useState(false);
  const versionName = useId();
  const { status, manualNote, manualRef, copy, download } = useExports(c, a, full);
  const headingId = useId();
  const manualId = useId();
  const busy = status.kind === 'working';

  return (
    <section className="export-actions no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('summary.export.heading')}</h2>
      <NoteVersion name={versionName} full={full} choose={setFull} />
      <div className="export-buttons">
        <button type="button" className="primary" onClick={() => void copy()} disabled={busy}>
          {t('summary.export.copy')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('summary.export.print')}
        </button>
        {FILE_FORMAT_IDS.map((id) => (
          <button key={id} type="button" onClick={() => void download(id)} disabled={busy}>
            {t(FILE_FORMATS[id].label)}
          </button>
        ))}
      </div>
      <ExportStatus status={status} />
      {manualNote !== null ? (
        <div className="export-manual">
          <label htmlFor={manualId}>{t('summary.export.manualLabel')}</label>
          <textarea id={manualId} ref={manualRef} readOnly value={manualNote} rows={12} />
        </div>
      ) : null}
    </section>
  );
}

/**
 * Copying and downloading, as states: each starts `working`, then says it is `done` or why it
 * failed. A copy the clipboard refuses leaves the note in a text box, selected, to copy by hand.
 */
function useExports(c: Case, a: Assessment, full: boolean) {
  const { t, lang } = useT();
  // This site's settings go with every export, as the provenance of the advice.
  const site = useSettings((s) => s.site);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [manualNote, setManualNote] = useState<string | null>(null);
  const manualRef = useRef<HTMLTextAreaElement>(null);

  const input = (): ExportInput => ({
    c,
    a,
    lang,
    disclaimer: t('common.disclaimer'),
    format: formattersFor(lang),
    site,
    full,
  });

  /** Start an export: say it is working, then announce the result or the failure. */
  async function attempt(work: () => Promise<void>) {
    setStatus({ kind: 'working' });
    setManualNote(null);
    try {
      await work();
    } catch (err) {
      setStatus({
        kind: 'error',
        text: t('summary.export.failed', {
          message: err instanceof Error ? err.message : String(err),
        }),
      });
    }
  }

  const copy = () =>
    attempt(async () => {
      const text = await FILE_FORMATS.txt.build(input());
      try {
        await navigator.clipboard.writeText(text);
        setStatus({ kind: 'done', text: t('summary.export.copied') });
      } catch {
        // Clipboard blocked (permissions, insecure context): show the note to copy by hand.
        setManualNote(text);
        setStatus({ kind: 'error', text: t('summary.export.copyFailed') });
        requestAnimationFrame(() => manualRef.current?.select());
      }
    });

  const download = (id: FileFormatId) =>
    attempt(async () => {
      const x = input();
      const { exportFileStem } = await loadCaseFile();
      const format: FileFormat = FILE_FORMATS[id];
      // Never from the label (it could hold a name): the case's id and the day.
      const file = `${exportFileStem(c.id, a.asOf)}${format.suffix}`;
      downloadText(file, await format.build(x), format.mime);
      setStatus({ kind: 'done', text: t('summary.export.downloaded', { file }) });
    });

  return { status, manualNote, manualRef, copy, download };
}

/** Short note or full note: what Copy and the .txt and .md downloads write. */
function NoteVersion({
  name,
  full,
  choose,
}: {
  name: string;
  full: boolean;
  choose: (full: boolean) => void;
}) {
  const { t } = useT();
  return (
    <fieldset className="note-version">
      <legend>{t('summary.export.version')}</legend>
      {(['short', 'full'] as const).map((v) => (
        <label key={v} className="note-version-option">
          <input
            type="radio"
            name={name}
            value={v}
            checked={full === (v === 'full')}
            onChange={() => choose(v === 'full')}
          />
          {t(`summary.export.${v}`)}
        </label>
      ))}
    </fieldset>
  );
}

/** "Working…" or what was done, in the status region; a failure in an alert. */
function ExportStatus({ status }: { status: Status }) {
  const { t } = useT();
  return (
    <>
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
    </>
  );
}
