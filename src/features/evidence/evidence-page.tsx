import { useEffect } from 'react';
import { useLocation } from 'react-router';
import {
  BIOPSY_TEST_OF_CHOICE,
  CEAP_NOTES,
  CT_MRI_EXTENT,
  LABS_NORMAL,
  NO_FASCIA_MUSCLE,
  PREVALENCE,
  REFERENCES,
  RISK_PROFILE,
  SCINT_EARLY_SENSITIVE,
  US_EARLY_CHOICE,
  XRAY_DELAY,
  type Reference,
  EVIDENCE_PACK_SHA256,
  EVIDENCE_PACK_VERSION,
} from '../../domain/evidence';
import { useT } from '../../i18n/use-t';
import { StatementText } from '../../ui/statement-text';
import { useFocusHeading } from '../../ui/use-focus-heading';
import './evidence.css';

const KEY_STATEMENTS = [
  RISK_PROFILE,
  LABS_NORMAL,
  NO_FASCIA_MUSCLE,
  US_EARLY_CHOICE,
  XRAY_DELAY,
  SCINT_EARLY_SENSITIVE,
  CT_MRI_EXTENT,
  BIOPSY_TEST_OF_CHOICE,
];

/** The seed first, then the rest alphabetically by id, so the list is stable. */
const ORDERED: readonly Reference[] = Object.values(REFERENCES as Record<string, Reference>).sort(
  (a, b) => Number(b.isSeed ?? false) - Number(a.isSeed ?? false) || a.id.localeCompare(b.id),
);

export function EvidencePage() {
  const { t, tx } = useT();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const { hash } = useLocation();

  // Citation links elsewhere point at #ref-<id>: bring that entry into view and focus it.
  useEffect(() => {
    if (!hash.startsWith('#ref-')) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (el) {
      el.scrollIntoView?.({ block: 'start' });
      el.focus();
    }
  }, [hash]);

  return (
    <section className="page evidence-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('evidence.title')}
      </h1>
      <p>{t('evidence.intro')}</p>
      <p className="callout">{t('evidence.caveat')}</p>

      <section aria-labelledby="evidence-pack" data-testid="evidence-pack">
        <h2 id="evidence-pack">{t('ledger.pack.title')}</h2>
        <p>{t('ledger.pack.desc')}</p>
        <dl className="evidence-pack">
          <dt>{t('ledger.pack.version')}</dt>
          <dd>{EVIDENCE_PACK_VERSION}</dd>
          <dt>{t('ledger.pack.hash')}</dt>
          <dd>
            <code className="evidence-hash">{EVIDENCE_PACK_SHA256}</code>
          </dd>
        </dl>
      </section>

      <h2>{t('evidence.keyStatements')}</h2>
      <ul>
        {KEY_STATEMENTS.map((s) => (
          <li key={tx(s.text)}>
            <StatementText s={s} />
          </li>
        ))}
      </ul>

      <h2>{t('evidence.prevalence')}</h2>
      <ul>
        {PREVALENCE.map((s) => (
          <li key={tx(s.text)}>
            <StatementText s={s} />
          </li>
        ))}
      </ul>

      <h2>{t('evidence.ceap')}</h2>
      <ul>
        {CEAP_NOTES.map((s) => (
          <li key={tx(s.text)}>
            <StatementText s={s} />
          </li>
        ))}
      </ul>

      <h2>{t('evidence.referencesTitle', { count: ORDERED.length })}</h2>
      <ol className="reference-list">
        {ORDERED.map((ref) => (
          <ReferenceEntry key={ref.id} reference={ref} />
        ))}
      </ol>
    </section>
  );
}

function ReferenceEntry({ reference: r }: { reference: Reference }) {
  const { t, tx } = useT();
  return (
    <li id={`ref-${r.id}`} tabIndex={-1}>
      {r.isSeed ? <strong className="seed-badge">{t('evidence.seedBadge')}</strong> : null}
      <p className="citation">
        <span lang="en">
          {r.authors ? `${r.authors}. ` : ''}
          <cite>{r.title}</cite>
          {r.source ? `. ${r.source}` : ''}
        </span>
        {r.year !== undefined && !r.source.includes(String(r.year)) ? `, ${r.year}` : ''}.
        {r.doi ? (
          <>
            {' '}
            <a href={`https://doi.org/${r.doi}`} target="_blank" rel="noopener noreferrer">
              {t('evidence.doi', { doi: r.doi })}
              <span className="visually-hidden"> {t('evidence.opensElsewhere')}</span>
            </a>
          </>
        ) : null}
        {r.pmid ? (
          <>
            {' '}
            <a
              href={`https://pubmed.ncbi.nlm.nih.gov/${r.pmid}/`}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('evidence.pmid', { pmid: r.pmid })}
              <span className="visually-hidden"> {t('evidence.opensElsewhere')}</span>
            </a>
          </>
        ) : null}
      </p>
      <p className="meta">
        <span>
          {t('evidence.setting')}: {tx(r.setting)}
        </span>{' '}
        <span className="status">({t(`evidence.status.${r.status}`)})</span>
      </p>
    </li>
  );
}
