import { lazy, Suspense, useEffect } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import type { Case } from '../../domain/case/schema';
import { historyUntouched } from '../../domain/case/new-case';
import { kindOf, STEP_IDS, STEP_STUDIES, type StepId } from '../../domain/modalities/core';
import type { Assessment } from '../../domain/engine/types';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';
import { useAssessment, useCase } from '../../store/selectors';
import { LabelText } from '../../ui/label-text';
import { LabelWarning } from '../../ui/privacy-warning';
import { useFocusHeading } from '../../ui/use-focus-heading';
import { Disclosure } from './disclosure';
import { NextStepCallout } from './next-step-callout';
import { PatientStep } from './patient-step';
import { Stepper } from './stepper';
import { isWizardStep, stepPath, WIZARD_STEPS, type WizardStepId } from './steps';
import { StudyStep } from './study-step';
import { TimingPanel } from './timing-panel';
import './wizard.css';

// The compact comparison is its own small chunk (no chart library), loaded with the imaging steps.
const CompareCompact = lazy(() =>
  import('../compare').then((m) => ({ default: m.CompareCompact })),
);
// The steps that record imaging or a biopsy (every study step but the labs).
const IMAGING_STEPS: ReadonlySet<string> = new Set(
  STEP_IDS.filter((s) => STEP_STUDIES[s].some((m) => kindOf(m) !== 'labs')),
);

/**
 * `/cases/:caseId/:step?`. A missing step goes to the case's last step, else to the history when
 * nothing is recorded yet, else to the engine's recommended one. An unknown case or step gets a friendly page with a way back.
 */
export function WizardPage() {
  const { caseId, step } = useParams();
  const c = useCase(caseId);
  const assessment = useAssessment(c);
  // Read only where it is used, at the case's own address: a step shown records itself as the
  // case's current step just after it is drawn, and reading it there too would draw the whole
  // step a second time for nothing.
  const savedStep = useCases((s) => (caseId && !step ? s.currentStep[caseId] : undefined));

  if (!c) return <Missing kind="case" />;
  if (!step) {
    // A case with nothing recorded opens on its history, whatever the first visit's plan is.
    const next = historyUntouched(c) ? 'patient' : assessment?.nextStep.step;
    const target = savedStep ?? (next === 'complete' ? 'summary' : next) ?? 'patient';
    return <Navigate replace to={stepPath(c.id, target)} />;
  }
  if (!isWizardStep(step)) return <Missing kind="step" caseId={c.id} step={step} />;
  return <WizardStep key={`${c.id}/${step}`} c={c} step={step} assessment={assessment} />;
}

function WizardStep({
  c,
  step,
  assessment,
}: {
  c: Case;
  step: WizardStepId;
  assessment: Assessment | undefined;
}) {
  const { t } = useT();
  const heading = useFocusHeading<HTMLHeadingElement>(step);
  const setCurrentStep = useCases((s) => s.setCurrentStep);
  useEffect(() => setCurrentStep(c.id, step), [c.id, step, setCurrentStep]);
  const index = STEP_IDS.indexOf(step);

  return (
    <div className="wizard">
      <CaseHead c={c} assessment={assessment} />
      <Stepper c={c} current={step} assessment={assessment} />
      <section className="wizard-step" aria-labelledby="step-heading">
        <p className="step-count">
          {t('wizard.stepNumber', { n: index + 1, total: STEP_IDS.length })}
        </p>
        <h1 id="step-heading" ref={heading} tabIndex={-1}>
          {t(`wizard.steps.${step}`)}
        </h1>
        <StepBody c={c} step={step} assessment={assessment} />
        {IMAGING_STEPS.has(step) ? (
          <Disclosure
            kind="compare"
            className="compare-disclosure"
            headingId="compare-compact-heading"
            title={t('compare.compact.title')}
          >
            <Suspense fallback={null}>
              <CompareCompact caseId={c.id} headingLevel={3} />
            </Suspense>
          </Disclosure>
        ) : null}
        <StepNav caseId={c.id} step={step} assessment={assessment} />
      </section>
    </div>
  );
}

/** Back to all cases; the case's label and its conclusion, on every step. */
function CaseHead({ c, assessment }: { c: Case; assessment: Assessment | undefined }) {
  const { t, tx } = useT();
  return (
    <div className="wizard-head">
      <p className="wizard-back">
        <Link to="/">← {t('wizard.allCases')}</Link>
      </p>
      <p className="wizard-case">
        <span>
          <span className="wizard-case-label">{t('wizard.caseLabel')}: </span>
          <strong>
            <LabelText label={c.label} />
          </strong>
        </span>
        {assessment ? (
          <span>
            <span className="wizard-case-label">{t('wizard.conclusion')}: </span>
            <strong>{tx(assessment.interpretation.label)}</strong>
          </span>
        ) : null}
      </p>
      {/* Checked just after the step is drawn (LabelWarning defers its own check). */}
      <LabelWarning label={c.label} stored />
    </div>
  );
}

/** The advice first, then the step's own form (the history, or a study's findings). */
function StepBody({
  c,
  step,
  assessment,
}: {
  c: Case;
  step: WizardStepId;
  assessment: Assessment | undefined;
}) {
  const { t } = useT();
  const lead = assessment ? (
    <NextStepCallout caseId={c.id} current={step} assessment={assessment} />
  ) : (
    <p className="callout callout-warning" role="alert">
      {t('wizard.engineUnavailable')}
    </p>
  );
  if (step !== 'patient')
    return <StudyStep c={c} step={step} assessment={assessment} lead={lead} />;
  return (
    <>
      {lead}
      <PatientStep c={c} assessment={assessment} />
      {assessment ? (
        <TimingPanel assessment={assessment} modalities={[]} showXrayDate={false} onPatientStep />
      ) : null}
    </>
  );
}

/** Back to the previous step; Next where the advice points (nextTarget). */
function StepNav({
  caseId,
  step,
  assessment,
}: {
  caseId: string;
  step: WizardStepId;
  assessment: Assessment | undefined;
}) {
  const { t } = useT();
  const index = STEP_IDS.indexOf(step);
  const prev = index > 0 ? STEP_IDS[index - 1] : undefined;
  const next = nextTarget(step, assessment);
  return (
    <nav className="step-nav" aria-label={t('wizard.nav.label')}>
      {prev ? (
        <Link className="button" to={stepPath(caseId, prev)} rel="prev">
          ← {t('wizard.nav.back', { step: t(`wizard.steps.${prev}`) })}
        </Link>
      ) : (
        <span />
      )}
      {next.kind === 'step' ? (
        <Link className="button primary" to={stepPath(caseId, next.step)} rel="next">
          {t('wizard.nav.next', { step: t(`wizard.steps.${next.step}`) })}
          {next.advised ? (
            <>
              <span aria-hidden="true"> ★</span>
              <span className="visually-hidden">, {t('wizard.nav.advised')}</span>
            </>
          ) : null}{' '}
          →
        </Link>
      ) : (
        <p className="step-nav-here">{t('wizard.nav.here')}</p>
      )}
    </nav>
  );
}

type NextTarget =
  | { readonly kind: 'step'; readonly step: StepId; readonly advised: boolean }
  | { readonly kind: 'here' };

/**
 * Where the Next button leads: where the advice points (the recommended step, or the summary once
 * nothing is left to order), never elsewhere. On the recommended step itself there is no Next:
 * recording its result (or planning it, or setting it aside) moves the advice on, and the button
 * with it; the step bar still opens any step. Without an assessment the steps follow in order.
 */
function nextTarget(step: WizardStepId, assessment: Assessment | undefined): NextTarget {
  const recommended = assessment?.nextStep.step;
  if (recommended === undefined) {
    const following = STEP_IDS[STEP_IDS.indexOf(step) + 1];
    return following ? { kind: 'step', step: following, advised: false } : { kind: 'here' };
  }
  if (recommended === 'complete') return { kind: 'step', step: 'summary', advised: true };
  if (recommended === step) return { kind: 'here' };
  return { kind: 'step', step: recommended, advised: true };
}

function Missing({
  kind,
  caseId,
  step,
}: {
  kind: 'case' | 'step';
  caseId?: string;
  step?: string;
}) {
  const { t } = useT();
  const heading = useFocusHeading<HTMLHeadingElement>(kind);
  return (
    <section className="page">
      <h1 ref={heading} tabIndex={-1}>
        {kind === 'case' ? t('wizard.notFound.caseTitle') : t('wizard.notFound.stepTitle')}
      </h1>
      <p>
        {kind === 'case'
          ? t('wizard.notFound.caseBody')
          : t('wizard.notFound.stepBody', { step: step ?? '' })}
      </p>
      <ul className="link-list">
        {caseId ? (
          <li>
            <Link to={stepPath(caseId, WIZARD_STEPS[0] ?? 'patient')}>
              {t('wizard.notFound.openCase')}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to="/">{t('wizard.notFound.back')}</Link>
        </li>
      </ul>
    </section>
  );
}
