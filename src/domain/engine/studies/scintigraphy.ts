import { reason } from '../../reason';
import { scanDose } from '../cautions';
import { depositShown, isEarly, isOpen, type StepContext } from '../context';
import { SEED, type StudyAdvice } from './rule';
import { said } from '../../words';

/** A bone scan is never the next step for a patient recorded as pregnant (ultrasound instead). */
export const scanAllowed = (ctx: StepContext) => ctx.patient.pregnancy !== 'pregnant';

/** Bone scintigraphy: highly sensitive early, less specific, with a radiation dose. */
export const scintigraphy: StudyAdvice = {
  nextSteps: [
    {
      id: 'early-scintigraphy',
      when: (ctx) => isEarly(ctx) && isOpen(ctx, 'scintigraphy') && scanAllowed(ctx),
      step: 'scintigraphy',
      reason: (ctx) =>
        reason(
          said('engine.study.scintigraphy.early', {
            ...scanDose(ctx),
            day: ctx.timing.daysSinceOnset,
            from: ctx.timing.xrayInformativeFrom,
          }),
          [SEED, 'acr-rrl'],
        ),
    },
    {
      id: 'scintigraphy-if-suspicion-persists',
      when: (ctx) => !depositShown(ctx) && isOpen(ctx, 'scintigraphy') && scanAllowed(ctx),
      step: 'scintigraphy',
      reason: (ctx) =>
        reason(said('engine.study.scintigraphy.no-deposit', scanDose(ctx)), [SEED, 'acr-rrl']),
    },
  ],
  // Uptake is what it shows; it cannot show the mineral that uptake alone leaves unproven.
  afterUptake: null,
  ionising: 'scintigraphy',
};
