import { useId, useMemo, useState } from 'react';
import {
  calculationText,
  type ExplorerInput,
  type ProbabilitySources,
} from '../../domain/probability';
import { useT } from '../../i18n/use-t';
import { downloadText } from '../../ui/download';

/**
 * The calculation as text to copy or download. What-if assumptions go in only when the clinician
 * ticks the box, and then labelled on every line that rests on them. Nothing is stored.
 */
export function ExportSection({
  input,
  sources,
  includeWhatIf,
  setIncludeWhatIf,
}: {
  input: ExplorerInput;
  sources: ProbabilitySources;
  includeWhatIf: boolean;
  setIncludeWhatIf: (v: boolean) => void;
}) {
  const { t, lang } = useT();
  const id = useId();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const hasWhatIf = input.results.some((r) => r.basis === 'assumption');
  const text = useMemo(
    () =>
      calculationText(input, sources, {
        lang,
        includeWhatIf: hasWhatIf && includeWhatIf,
        disclaimer: t('common.disclaimer'),
      }),
    [input, sources, lang, hasWhatIf, includeWhatIf, t],
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus({ ok: true, text: t('probability.export.copied') });
    } catch {
      setStatus({ ok: false, text: t('probability.export.copyFailed') });
    }
  };
  return (
    <section className="prob-section prob-export no-print" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('probability.export.heading')}</h2>
      <p>{t('probability.export.intro')}</p>
      {hasWhatIf ? (
        <div className="prob-whatif">
          <input
            type="checkbox"
            id={`${id}-inc`}
            checked={includeWhatIf}
            onChange={(e) => setIncludeWhatIf(e.target.checked)}
          />
          <label htmlFor={`${id}-inc`}>{t('probability.export.includeWhatIf')}</label>
        </div>
      ) : null}
      <div className="prob-actions">
        <button type="button" onClick={() => void copy()}>
          {t('probability.export.copy')}
        </button>
        <button
          type="button"
          onClick={() => downloadText('probability-calculation.txt', text, 'text/plain')}
        >
          {t('probability.export.download')}
        </button>
      </div>
      <div role="status">{status?.ok ? status.text : ''}</div>
      <div role="alert">{status && !status.ok ? status.text : ''}</div>
      <label htmlFor={`${id}-text`}>{t('probability.export.preview')}</label>
      <textarea
        id={`${id}-text`}
        className="prob-export-text"
        readOnly
        value={text}
        rows={10}
        data-testid="export-text"
      />
    </section>
  );
}
