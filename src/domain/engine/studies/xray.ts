import { reason } from '../../reason';
import { isEarly, isOpen } from '../context';
import { dayPhrase } from '../timing';
import { SEED, type StudyAdvice } from './rule';

/** The plain film: informative from day 14 after onset. */
export const xray: StudyAdvice = {
  nextSteps: [
    {
      id: 'xray-informative',
      when: (ctx) => isOpen(ctx, 'xray') && !isEarly(ctx),
      step: 'xray',
      reason: (ctx) =>
        ctx.timing.daysSinceOnset === null
          ? reason(
              {
                en: 'Plain X-ray: cheap, universal and lowest in dose; record the onset date, since a film may be normal for 10–14 days.',
                es: 'Radiografía simple: barata, universal y de menor dosis; registre la fecha de inicio, porque puede ser normal durante 10–14 días.',
              },
              [SEED, 'acr-rrl'],
            )
          : reason(
              {
                en: `Plain X-ray: ${dayPhrase(ctx.timing.daysSinceOnset).en}, past the 10–14 days in which a film may be normal; an abnormal film counts, and a normal one lowers the suspicion without removing it.`,
                es: `Radiografía simple: ${dayPhrase(ctx.timing.daysSinceOnset).es}, superados los 10–14 días en que puede ser normal; una radiografía alterada cuenta, y una normal reduce la sospecha sin eliminarla.`,
              },
              [SEED],
            ),
    },
  ],
  // A film sees mineral, but may be normal for 10–14 days after onset.
  afterUptake: (ctx) => !isEarly(ctx),
  ionising: 'xray',
};
