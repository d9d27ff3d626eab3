import { reason } from '../../reason';
import { depositShown, isOpen } from '../context';
import { always, SEED, type StudyAdvice } from './rule';
import { said } from '../../words';

/** Biopsy, the test of choice: when it is the next step. */
export const biopsy: StudyAdvice = {
  nextSteps: [
    {
      id: 'atypical-biopsy',
      when: (ctx) => ctx.interpretation.conclusion === 'atypical' && isOpen(ctx, 'biopsy'),
      step: 'biopsy',
      reason: always(reason(said('engine.study.biopsy.atypical'), [SEED])),
    },
    {
      id: 'deposit-biopsy',
      when: (ctx) => depositShown(ctx) && isOpen(ctx, 'biopsy'),
      step: 'biopsy',
      reason: always(reason(said('engine.study.biopsy.deposit-shown'), [SEED])),
    },
    {
      // A non-diagnostic biopsy beside a deposit on imaging: the tissue question is still open, and a
      // repeat biopsy from the deposit answers it (the case report: biopsy is the test of choice).
      id: 'repeat-non-diagnostic-biopsy',
      when: (ctx) =>
        ctx.findings.biopsy === 'non-diagnostic' &&
        depositShown(ctx) &&
        ctx.c.studies.biopsy.status === 'done',
      step: 'biopsy',
      reason: always(
        reason(said('engine.study.biopsy.repeat-non-diagnostic'), [SEED, 'rheumatologist-lds']),
      ),
    },
    {
      id: 'biopsy-if-suspicion-persists',
      when: (ctx) => isOpen(ctx, 'biopsy'),
      step: 'biopsy',
      reason: always(
        reason(said('engine.study.biopsy.if-suspicion-persists'), [SEED, 'rheumatologist-lds']),
      ),
    },
  ],
  // Histology answers the tissue question itself; it does not follow uptake as an imaging study.
  afterUptake: null,
  ionising: null,
};
