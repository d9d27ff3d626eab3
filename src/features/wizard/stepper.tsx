import { Link } from 'react-router';
import type { Case } from '../../domain/case/schema';
import { STEP_IDS, type StepId } from '../../domain/modalities/core';
import type { Assessment } from '../../domain/engine/types';
import { useT } from '../../i18n/use-t';
import { stepPath, stepStatus } from './steps';

/**
 * Every step as a link, in order, with its recorded status in words and a text marker on the
 * step the engine recommends next. Any step can be opened at any time. On a phone the eight steps
 * sit in two rows of four under short names, so the recommended step is always on screen (the
 * full name stays for screen readers); from 48rem they are one row of full names.
 */
export function Stepper({
  c,
  current,
  assessment,
}: {
  c: Case;
  current: StepId;
  assessment: Assessment | undefined;
}) {
  const { t } = useT();
  const recommended = assessment?.nextStep.step;
  return (
    <nav className="stepper" aria-label={t('wizard.stepperLabel')}>
      <ol>
        {STEP_IDS.map((step, i) => {
          const status = stepStatus(c, step);
          const isCurrent = step === current;
          const isNext = step === recommended || (step === 'summary' && recommended === 'complete');
          return (
            <li
              key={step}
              className={[
                'stepper-item',
                status ? `status-${status}` : '',
                isCurrent ? 'is-current' : '',
                isNext ? 'is-next' : '',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              <Link to={stepPath(c.id, step)} aria-current={isCurrent ? 'step' : undefined}>
                <span className="stepper-num" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="stepper-text">
                  <span className="stepper-name">
                    <span className="stepper-long">{t(`wizard.steps.${step}`)}</span>
                    <span className="stepper-short" aria-hidden="true">
                      {isNext ? '★ ' : status === 'done' || status === 'recorded' ? '✓ ' : ''}
                      {t(`wizard.stepsShort.${step}`)}
                    </span>
                  </span>
                  {status ? (
                    <span className="stepper-status">
                      <span className="visually-hidden">, </span>
                      {t(`wizard.stepStatus.${status}`)}
                    </span>
                  ) : null}
                  {isNext ? (
                    <span className="stepper-next">
                      <span className="visually-hidden">, </span>★ {t('wizard.recommendedMarker')}
                    </span>
                  ) : null}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
