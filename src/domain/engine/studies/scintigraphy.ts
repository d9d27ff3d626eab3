import { reason } from '../../reason';
import { scanDose } from '../cautions';
import { depositShown, isEarly, isOpen, type StepContext } from '../context';
import { SEED, type StudyAdvice } from './rule';

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
          {
            en: `Day ${ctx.timing.daysSinceOnset}: bone scintigraphy is highly sensitive early, while a plain X-ray may still be normal (informative from ${ctx.timing.xrayInformativeFrom}). It carries radiation: ${scanDose(ctx).en}.`,
            es: `Día ${ctx.timing.daysSinceOnset}: la gammagrafía ósea es muy sensible precozmente, cuando la radiografía aún puede ser normal (informativa a partir del ${ctx.timing.xrayInformativeFrom}). Conlleva radiación: ${scanDose(ctx).es}.`,
          },
          [SEED, 'acr-rrl'],
        ),
    },
    {
      id: 'scintigraphy-if-suspicion-persists',
      when: (ctx) => !depositShown(ctx) && isOpen(ctx, 'scintigraphy') && scanAllowed(ctx),
      step: 'scintigraphy',
      reason: (ctx) =>
        reason(
          {
            en: `Imaging so far shows no deposit: if suspicion persists, bone scintigraphy is highly sensitive (but carries radiation: ${scanDose(ctx).en}).`,
            es: `La imagen no muestra depósitos: si la sospecha persiste, la gammagrafía ósea es muy sensible (pero conlleva radiación: ${scanDose(ctx).es}).`,
          },
          [SEED, 'acr-rrl'],
        ),
    },
  ],
  // Uptake is what it shows; it cannot show the mineral that uptake alone leaves unproven.
  afterUptake: null,
  ionising: 'scintigraphy',
};
