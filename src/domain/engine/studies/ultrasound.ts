import { reason } from '../../reason';
import { anyImagingDone, depositShown, isEarly, isOpen } from '../context';
import { SEED, type StudyAdvice } from './rule';
import { said } from '../../words';

/** Ultrasound: the technique of choice for early diagnosis. */
export const ultrasound: StudyAdvice = {
  nextSteps: [
    {
      id: 'ultrasound-first-line',
      when: (ctx) => isOpen(ctx, 'ultrasound') && !depositShown(ctx),
      step: 'ultrasound',
      reason: (ctx) =>
        isEarly(ctx) || !anyImagingDone(ctx)
          ? reason(said('engine.study.ultrasound.early-choice'), [SEED])
          : reason(said('engine.study.ultrasound.no-radiation'), [SEED]),
    },
  ],
  // It sees mineral on any day.
  afterUptake: () => true,
  ionising: null,
};
