import { Link } from 'react-router';
import type { Assessment, DifferentialItem } from '../../domain/engine/types';
import { DIFFERENTIAL, MODALITIES } from '../../domain/evidence';
import { STEP_NAMES, STUDY_NAMES } from '../../domain/modalities';
import { useT } from '../../i18n/use-t';
import { BandBadge } from '../../ui/band-badge';
import { StatementText } from '../../ui/statement-text';
import { AssessmentPanel, NextStepExtras, stepPath } from '../wizard';

/**
 * The answer first: the working conclusion, the plan (the next step, or why nothing is left) and
 * what is still open; then what drove the conclusion, how sure it is and any lab red flag. On a
 * phone the conclusion and the plan are on the first screen.
 */
export function ConclusionSection({ a, caseId }: { a: Assessment; caseId: string }) {
  const { t, tx } = useT();
  const i = a.interpretation;
  const next = a.nextStep;
  return (
    <section className="summary-section summary-conclusion" aria-labelledby="summary-conclusion">
      <h2 id="summary-conclusion">{t('summary.conclusion.heading')}</h2>
      <p className={`conclusion conclusion-${i.conclusion}`}>
        <strong>{tx(i.label)}</strong>
      </p>
      <div className="summary-plan">
        <p className="summary-next">
          <strong>{t('summary.advice.plan')}:</strong>{' '}
          {next.step === 'complete' ? null : (
            <>
              <Link to={stepPath(caseId, next.step)}>
                {t('summary.advice.openStep', { step: tx(STEP_NAMES[next.step]) })}
              </Link>
              {'. '}
            </>
          )}
          <StatementText s={next.reason} />
        </p>
        <NextStepExtras assessment={a} caseId={caseId} />
      </div>
      <OpenItems a={a} />
      <h3>{t('summary.conclusion.drivers')}</h3>
      {i.drivers.length ? (
        <ul>
          {i.drivers.map((d, n) => (
            <li key={n}>
              <StatementText s={d} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('summary.conclusion.noDrivers')}</p>
      )}
      <AssessmentPanel assessment={a} headingLevel={3} showEvidenceFor={false} />
      {a.labFlags.length ? (
        <>
          <h3>{t('summary.conclusion.labFlags')}</h3>
          <ul>
            {a.labFlags.map((r, n) => (
              <li key={n}>
                <StatementText s={r} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** What is still open, inside the conclusion: part of the answer, not an appendix. */
function OpenItems({ a }: { a: Assessment }) {
  const { t } = useT();
  return (
    <section className="summary-open" aria-labelledby="summary-open">
      <h3 id="summary-open">{t('summary.open.heading')}</h3>
      {a.openItems.length ? (
        <ul>
          {a.openItems.map((r, n) => (
            <li key={n}>
              <StatementText s={r} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('summary.open.none')}</p>
      )}
    </section>
  );
}

/**
 * Each study's band for this case now with its main reason. The studies already done share one
 * line: each would only say that its result is weighed in the conclusion.
 */
export function AdviceSection({ a }: { a: Assessment }) {
  const { t, tx } = useT();
  const all = Object.values(a.advice);
  const done = all.filter((adv) => adv.band === 'done');
  const rest = all.filter((adv) => adv.band !== 'done');
  return (
    <section className="summary-section" aria-labelledby="summary-advice">
      <h2 id="summary-advice">{t('summary.advice.heading')}</h2>
      {done.length ? (
        <p className="summary-advice-done">
          {t('summary.advice.done', {
            studies: done.map((adv) => tx(STUDY_NAMES[adv.modality])).join(', '),
          })}
        </p>
      ) : null}
      <ul className="summary-advice">
        {rest.map((adv) => {
          const why = adv.reasons[0];
          return (
            <li key={adv.modality}>
              <span className="summary-advice-name">{tx(MODALITIES[adv.modality].name)}</span>{' '}
              <BandBadge band={adv.band} />
              {why ? (
                <p>
                  <StatementText s={why} />
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function DifferentialEntry({ d }: { d: DifferentialItem }) {
  const { t, tx } = useT();
  const entity = DIFFERENTIAL[d.id];
  return (
    <li className="summary-differential-item">
      <h4>{entity ? tx(entity.name) : d.id}</h4>
      <dl>
        <dt>{t('summary.differential.why')}</dt>
        <dd>
          <StatementText s={d.why} />
        </dd>
        {entity ? (
          <>
            <dt>{t('summary.differential.discriminator')}</dt>
            <dd>
              <StatementText s={entity.discriminator} />
            </dd>
            <dt>{t('summary.differential.tests')}</dt>
            <dd>
              <StatementText s={entity.tests} />
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}

export function DifferentialSection({ a }: { a: Assessment }) {
  const { t } = useT();
  const raised = a.differential.filter((d) => d.weight === 'raised');
  const consider = a.differential.filter((d) => d.weight === 'consider');
  return (
    <section className="summary-section" aria-labelledby="summary-differential">
      <h2 id="summary-differential">{t('summary.differential.heading')}</h2>
      {a.differential.length === 0 ? <p>{t('summary.differential.none')}</p> : null}
      {raised.length ? (
        <>
          <h3>{t('summary.differential.raised')}</h3>
          <ul className="summary-differential">
            {raised.map((d) => (
              <DifferentialEntry key={d.id} d={d} />
            ))}
          </ul>
        </>
      ) : null}
      {consider.length ? (
        <>
          <h3>{t('summary.differential.consider')}</h3>
          <ul className="summary-differential">
            {consider.map((d) => (
              <DifferentialEntry key={d.id} d={d} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function RiskSection({ a }: { a: Assessment }) {
  const { t, tx } = useT();
  const r = a.risk;
  return (
    <section className="summary-section" aria-labelledby="summary-risk">
      <h2 id="summary-risk">{t('summary.risk.heading')}</h2>
      <table className="summary-risk">
        <thead>
          <tr>
            <th scope="col">{t('summary.risk.factor')}</th>
            <th scope="col">{t('summary.risk.status')}</th>
          </tr>
        </thead>
        <tbody>
          {r.factors.map((f) => (
            <tr key={f.id}>
              <th scope="row">{tx(f.label)}</th>
              <td>
                {f.present === null
                  ? t('summary.risk.notRecorded')
                  : f.present
                    ? t('summary.risk.present')
                    : t('summary.risk.absent')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <StatementText s={r.reason} />
      </p>
    </section>
  );
}

export function ManagementSection({ a }: { a: Assessment }) {
  const { t } = useT();
  return (
    <section className="summary-section" aria-labelledby="summary-management">
      <h2 id="summary-management">{t('summary.management.heading')}</h2>
      {a.management.length ? (
        <ul>
          {a.management.map((m) => (
            <li key={m.id}>
              <StatementText s={m.reason} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('summary.management.none')}</p>
      )}
    </section>
  );
}
