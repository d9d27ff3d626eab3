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
    <div className="next-step">
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
            {t('wizard.next.other')}{' '}
            <Link to={stepPath(caseId, step)}>{t(`wizard.steps.${step}`)}</Link>
          </>
        )}
      </p>
      <p className="reason">
        <StatementText s={reason} />
      </p>
      <NextStepExtras assessment={assessment} />
    </div>
  );
}
