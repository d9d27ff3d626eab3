import { Link } from 'react-router';
import type { Assessment, StepId } from '../../domain/engine/types';
import { useT } from '../../i18n/use-t';
import { StatementText } from '../../ui/statement-text';
import { NextStepExtras } from './assessment-panel';
import { stepPath } from './steps';

/** What the engine recommends next, and why; a link when it is another step. */
export function NextStepCallout({
  caseId,
  current,
  assessment,
}: {
  caseId: string;
  current: StepId;
  assessment: Assessment;
}) {
  const { t } = useT();
  const { step, reason } = assessment.nextStep;
  return (
    <div className="next-step" data-next-step={step === 'complete' ? 'summary' : step}>
      {/* What to do and why in one paragraph, so the step's own form stays in the first screen. */}
      {assessment.urgency ? (
        <p>
          <strong>{t('wizard.next.urgent')}</strong>
        </p>
      ) : null}
      <p>
        {step === 'complete' ? (
          <>
            {t('wizard.next.complete')}{' '}
            <Link to={stepPath(caseId, 'summary')}>{t('wizard.next.openSummary')}</Link>
          </>
        ) : step === current ? (
          <strong>{t('wizard.next.thisStep')}</strong>
        ) : (
          <>
            <span aria-hidden="true">★ </span>
            {t('wizard.next.other')}{' '}
            <Link to={stepPath(caseId, step)}>{t(`wizard.steps.${step}`)}</Link>.
          </>
        )}{' '}
        <span className="reason">
          <StatementText s={reason} />
        </span>
      </p>
      <NextStepExtras assessment={assessment} caseId={caseId} />
    </div>
  );
}
