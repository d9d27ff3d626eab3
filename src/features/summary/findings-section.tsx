import type { CaseFacts, StudyFacts } from '../../domain/export/describe';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { FreeText } from './free-text';

function StudyItem({ s }: { s: StudyFacts }) {
  const { t, lang } = useT();
  const date = s.date ? t('summary.findings.dated', { date: formatDate(lang, s.date) }) : null;
  return (
    <li className="summary-step">
      <h3>
        {s.name}{' '}
        <span className="summary-step-status">
          — {s.statusText}
          {date ? `, ${date}` : ''}
        </span>
      </h3>
      {s.status === 'done' ? (
        s.findings.length ? (
          <ul className="summary-findings">
            {s.findings.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        ) : (
          <p>{t('summary.findings.noResult')}</p>
        )
      ) : null}
      {s.note ? (
        <p className="summary-note">
          <span className="summary-note-label">{t('summary.findings.note')}: </span>
          <FreeText text={s.note} />
        </p>
      ) : null}
    </li>
  );
}

/** The findings, step by step, each with its status and date, in the order of the workup. */
export function FindingsSection({ facts }: { facts: CaseFacts }) {
  const { t } = useT();
  const history = facts.history.join('; ');
  const lesion = facts.presentation.join(', ');
  return (
    <section className="summary-section" aria-labelledby="summary-findings">
      <h2 id="summary-findings">{t('summary.findings.heading')}</h2>
      <ol className="summary-steps">
        <li className="summary-step">
          <h3>{t('summary.findings.patient')}</h3>
          {history || lesion ? (
            <ul className="summary-findings">
              {history ? <li>{history}</li> : null}
              {lesion ? (
                <li>
                  {t('summary.findings.lesion')}: {lesion}
                </li>
              ) : null}
            </ul>
          ) : (
            <p>{t('summary.findings.notRecorded')}</p>
          )}
          {facts.background ? (
            <p className="summary-note">
              <span className="summary-note-label">{t('summary.findings.background')}: </span>
              <FreeText text={facts.background} />
            </p>
          ) : null}
        </li>
        <StudyItem s={facts.labs} />
        {facts.studies.map((s) => (
          <StudyItem key={s.id} s={s} />
        ))}
      </ol>
    </section>
  );
}
