import { reason } from '../../reason';
import { fopRaised, isOpen } from '../context';
import { always, SEED, type StudyAdvice } from './rule';
import { said } from '../../words';

/** The phospho-calcium labs: when they are the next step. */
export const labs: StudyAdvice = {
  nextSteps: [
    {
      // Skin necrosis raises calciphylaxis, so the labs come first, today.
      id: 'necrosis-labs-first',
      when: (ctx) => (ctx.c.patient.skin ?? []).includes('necrosis') && isOpen(ctx, 'labs'),
      step: 'labs',
      alsoNow: (ctx) => (isOpen(ctx, 'ultrasound') ? ['ultrasound'] : []),
      reason: always(
        reason(said('engine.study.labs.necrosis-calciphylaxis'), [
          'emedicine-calcinosis',
          'kroshinsky-calciphylaxis',
        ]),
      ),
    },
    {
      // Lesions since childhood keep FOP on the differential, and a lesion biopsy
      // is never indicated in FOP (GeneReviews). The labs come first: they show the
      // pseudohypoparathyroidism pattern (low calcium with high phosphate and PTH).
      id: 'atypical-childhood-labs',
      when: (ctx) =>
        ctx.interpretation.conclusion === 'atypical' && fopRaised(ctx) && isOpen(ctx, 'labs'),
      step: 'labs',
      reason: always(
        reason(said('engine.study.labs.childhood-onset'), [
          'linglart-2018',
          'medlineplus-aho',
          'genereviews-fop',
        ]),
      ),
    },
    {
      id: 'labs',
      when: (ctx) => isOpen(ctx, 'labs'),
      step: 'labs',
      reason: always(reason(said('engine.study.labs.check-metabolism'), [SEED])),
    },
  ],
  afterUptake: null,
  ionising: null,
};
