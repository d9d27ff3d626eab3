import { Fragment } from 'react';
import { Link } from 'react-router';
import type { Assessment, Reason } from '../../domain/engine/types';
import { tissueSummary } from '../../domain/engine/tissue';
import { useT } from '../../i18n/use-t';
import { StatementText } from '../../ui/statement-text';
import { stepPath } from './steps';
import './assessment-panel.css';

function Reasons({ items }: { items: readonly Reason[] }) {
  return (
    <ul className="reasons">
      {items.map((r, i) => (
        <li key={i}>
          <StatementText s={r} />
        </li>
      ))}
    </ul>
  );
}

/**
 * How sure the assessment is and why not surer: the tissue question with the evidence for and
 * against, every discordance with what resolves it, the weakest link, contributors and context.
 * Self-contained (reads only the assessment), so the step page and the summary can both place it.
 */
export function AssessmentPanel({
  assessment,
  headingLevel = 2,
  showEvidenceFor = true,
}: {
  assessment: Assessment;
  headingLevel?: 2 | 3;
  /** The summary lists the drivers already; it shows only the evidence against. */
  showEvidenceFor?: boolean;
}) {
  const { t, tx } = useT();
  const i = assessment.interpretation;
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as SubHeading;
  return (
    <section className="card certainty" aria-labelledby="certainty-heading">
      <H id="certainty-heading">{t('certainty.heading')}</H>
      <p>
        {t('certainty.tissue')}: <strong>{tx(tissueSummary(i.tissue))}</strong>
      </p>
      <Discordances items={i.discordances} Sub={Sub} />
      <ReasonList title={t('certainty.whyNotSurer')} items={i.whyNotSurer} Sub={Sub} />
      <EvidenceForAndAgainst assessment={assessment} showFor={showEvidenceFor} Sub={Sub} />
      <ReasonList title={t('certainty.context')} items={i.context} Sub={Sub} />
      <ReasonList title={t('certainty.labInput')} items={assessment.labInputProblems} Sub={Sub} />
      <ReasonList title={t('certainty.contributors')} items={assessment.contributors} Sub={Sub} />
    </section>
  );
}

type SubHeading = 'h3' | 'h4';

/** A titled list of reasons, or nothing when there is none. */
function ReasonList({
  title,
  items,
  Sub,
}: {
  title: string;
  items: readonly Reason[];
  Sub: SubHeading;
}) {
  if (!items.length) return null;
  return (
    <>
      <Sub>{title}</Sub>
      <Reasons items={items} />
    </>
  );
}

/** Every discordance, unresolved or noted, with what would resolve it. */
function Discordances({
  items,
  Sub,
}: {
  items: Assessment['interpretation']['discordances'];
  Sub: SubHeading;
}) {
  const { t } = useT();
  if (!items.length) return null;
  return (
    <>
      <Sub>{t('certainty.discordances')}</Sub>
      <ul className="discordances">
        {items.map((d) => (
          <li key={d.id} className={`callout discordance discordance-${d.status}`}>
            <strong>
              {d.status === 'unresolved' ? t('certainty.unresolved') : t('certainty.noted')}:
            </strong>{' '}
            <StatementText s={d.reason} />
            <p>
              <strong>{t('certainty.resolve')}:</strong> <StatementText s={d.resolve} />
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The evidence for and against bone in the tissue, folded (the summary shows only "against"). */
function EvidenceForAndAgainst({
  assessment,
  showFor,
  Sub,
}: {
  assessment: Assessment;
  showFor: boolean;
  Sub: SubHeading;
}) {
  const { t } = useT();
  const { evidenceFor, evidenceAgainst } = assessment.interpretation.tissue;
  if (!(showFor && evidenceFor.length) && !evidenceAgainst.length) return null;
  return (
    <details className="certainty-evidence">
      <summary>
        {showFor
          ? `${t('certainty.evidenceFor')} / ${t('certainty.evidenceAgainst')}`
          : t('certainty.evidenceAgainst')}
      </summary>
      {showFor ? (
        <ReasonList title={t('certainty.evidenceFor')} items={evidenceFor} Sub={Sub} />
      ) : null}
      <ReasonList title={t('certainty.evidenceAgainst')} items={evidenceAgainst} Sub={Sub} />
    </details>
  );
}

/**
 * The rest of the next step: what to order at the same visit (each a link to its step when the
 * case is known), and options with trade-offs.
 */
export function NextStepExtras({
  assessment,
  caseId,
}: {
  assessment: Assessment;
  caseId?: string;
}) {
  const { t } = useT();
  const { alsoNow, options } = assessment.nextStep;
  return (
    <>
      {alsoNow?.length ? (
        <p className="next-also">
          <strong>{t('certainty.alsoNow')}:</strong>{' '}
          {alsoNow.map((s, i) => (
            <Fragment key={s}>
              {i > 0 ? ', ' : ''}
              {caseId ? (
                <Link to={stepPath(caseId, s)}>{t(`wizard.steps.${s}`)}</Link>
              ) : (
                t(`wizard.steps.${s}`)
              )}
            </Fragment>
          ))}
        </p>
      ) : null}
      {options?.length ? (
        <div className="next-options">
          <p>
            <strong>{t('certainty.options')}:</strong>
          </p>
          <Reasons items={options} />
        </div>
      ) : null}
    </>
  );
}
