import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Case } from '../../domain/case/schema';
import { STEP_IDS, type Assessment, type StepId } from '../../domain/engine/types';
import { useT } from '../../i18n/use-t';
import { stepPath, stepStatus } from './steps';

/**
 * Every step as a link, in order, with its recorded status in words and a text marker on the
 * step the engine recommends next. Any step can be opened at any time.
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
  const navRef = useRef<HTMLElement>(null);
  // On a phone the stepper scrolls sideways: bring the current step into view.
  useEffect(() => {
    const nav = navRef.current;
    const item = nav?.querySelector<HTMLElement>('.is-current');
    if (nav && item && nav.scrollWidth > nav.clientWidth) {
      nav.scrollLeft = Math.max(0, item.offsetLeft - nav.clientWidth / 2 + item.offsetWidth / 2);
    }
  }, [current]);
  return (
    <nav className="stepper" aria-label={t('wizard.stepperLabel')} ref={navRef}>
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
                  <span className="stepper-name">{t(`wizard.steps.${step}`)}</span>
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
