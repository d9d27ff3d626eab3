import { reason } from '../../reason';
import { isEarly, isOpen } from '../context';
import { SEED, type StudyAdvice } from './rule';
import { said } from '../../words';

/** The plain film: informative from day 14 after onset. */
export const xray: StudyAdvice = {
  nextSteps: [
    {
      id: 'xray-informative',
      when: (ctx) => isOpen(ctx, 'xray') && !isEarly(ctx),
      step: 'xray',
      reason: (ctx) =>
        ctx.timing.daysSinceOnset === null
          ? reason(said('engine.study.xray.record-onset'), [SEED, 'acr-rrl'])
          : reason(said('engine.study.xray.past-blind-days', { day: ctx.timing.daysSinceOnset }), [
              SEED,
            ]),
    },
  ],
  // A film sees mineral, but may be normal for 10–14 days after onset.
  afterUptake: (ctx) => !isEarly(ctx),
  ionising: 'xray',
};
