import { reason } from '../../reason';
import { depositShown, isOpen } from '../context';
import { always, SEED, type StudyAdvice } from './rule';

/** Biopsy, the test of choice: when it is the next step. */
export const biopsy: StudyAdvice = {
  nextSteps: [
    {
      id: 'atypical-biopsy',
      when: (ctx) => ctx.interpretation.conclusion === 'atypical' && isOpen(ctx, 'biopsy'),
      step: 'biopsy',
      reason: always(
        reason(
          {
            en: 'Atypical features: biopsy, the test of choice, tells SCHO from calcinosis and other diagnoses.',
            es: 'Rasgos atípicos: la biopsia, prueba de elección, distingue la osificación de la calcinosis y de otros diagnósticos.',
          },
          [SEED],
        ),
      ),
    },
    {
      id: 'deposit-biopsy',
      when: (ctx) => depositShown(ctx) && isOpen(ctx, 'biopsy'),
      step: 'biopsy',
      reason: always(
        reason(
          {
            en: 'Imaging shows a deposit: biopsy, the test of choice, confirms bone and excludes calcinosis.',
            es: 'La imagen muestra un depósito: la biopsia, prueba de elección, confirma el hueso y descarta la calcinosis.',
          },
          [SEED],
        ),
      ),
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
        reason(
          {
            en: 'The biopsy was non-diagnostic while imaging shows a deposit: a repeat biopsy from the deposit, the test of choice, answers the tissue question; weigh the poor wound healing of CVI skin.',
            es: 'La biopsia no fue diagnóstica mientras la imagen muestra un depósito: una nueva biopsia del depósito, la prueba de elección, responde la pregunta sobre el tejido; valore la mala cicatrización de la piel con insuficiencia venosa.',
          },
          [SEED, 'rheumatologist-lds'],
        ),
      ),
    },
    {
      id: 'biopsy-if-suspicion-persists',
      when: (ctx) => isOpen(ctx, 'biopsy'),
      step: 'biopsy',
      reason: always(
        reason(
          {
            en: 'Biopsy is the test of choice if suspicion persists; weigh the poor wound healing of CVI skin.',
            es: 'La biopsia es la prueba de elección si la sospecha persiste; valore la mala cicatrización de la piel con insuficiencia venosa.',
          },
          [SEED, 'rheumatologist-lds'],
        ),
      ),
    },
  ],
  // Histology answers the tissue question itself; it does not follow uptake as an imaging study.
  afterUptake: null,
  ionising: null,
};
