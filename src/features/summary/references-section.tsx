import type { Assessment } from '../../domain/engine/types';
import { citationUrl, citedReferences, fullCitation } from '../../domain/export/citations';
import { useT } from '../../i18n/use-t';

/**
 * Every reference the assessment cites, in full. The DOI (or PMID) is the link text, so a
 * printed page keeps it.
 */
export function ReferencesSection({ a }: { a: Assessment }) {
  const { t, tx } = useT();
  const { refs, unknown } = citedReferences(a);
  return (
    <section className="summary-section" aria-labelledby="summary-references">
      <h2 id="summary-references">{t('summary.references.heading')}</h2>
      <ol className="summary-references">
        {refs.map((r) => {
          const url = citationUrl(r);
          const citation = fullCitation({ ...r, doi: undefined, pmid: undefined });
          return (
            <li key={r.id} id={`summary-ref-${r.id}`}>
              {/* Titles are English bibliographic data: say so for screen readers (WCAG 3.1.2). */}
              <span lang="en">{citation}</span>{' '}
              {url ? (
                <a href={url} rel="noreferrer noopener" target="_blank">
                  {r.doi ? `doi:${r.doi}` : `PMID: ${r.pmid}`}
                </a>
              ) : null}
              {r.doi && r.pmid ? ` PMID: ${r.pmid}.` : null}
              <span className="summary-ref-setting">{tx(r.setting)}</span>
            </li>
          );
        })}
        {unknown.map((id) => (
          <li key={id}>{t('summary.references.unknown', { id })}</li>
        ))}
      </ol>
    </section>
  );
}
