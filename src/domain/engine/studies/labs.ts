import { reason } from '../../reason';
import { fopRaised, isOpen } from '../context';
import { always, SEED, type StudyAdvice } from './rule';

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
        reason(
          {
            en: 'Skin necrosis: calciphylaxis must be excluded first — creatinine, calcium, phosphate, ALP, albumin and PTH today (a biopsy is often falsely negative in calciphylaxis).',
            es: 'Necrosis cutánea: primero hay que descartar calcifilaxis — creatinina, calcio, fósforo, FA, albúmina y PTH hoy (la biopsia a menudo es falsamente negativa en la calcifilaxis).',
          },
          ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
        ),
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
        reason(
          {
            en: 'Lesions since childhood: the labs come first (low calcium with high phosphate and PTH is the pseudohypoparathyroidism pattern), and FOP must be excluded before any biopsy.',
            es: 'Lesiones desde la infancia: primero la analítica (calcio bajo con fósforo y PTH altos es el patrón del pseudohipoparatiroidismo), y hay que descartar la FOP antes de cualquier biopsia.',
          },
          ['linglart-2018', 'medlineplus-aho', 'genereviews-fop'],
        ),
      ),
    },
    {
      id: 'labs',
      when: (ctx) => isOpen(ctx, 'labs'),
      step: 'labs',
      reason: always(
        reason(
          {
            en: 'Check phospho-calcium metabolism: normal in SCHO; abnormal values point to other causes.',
            es: 'Compruebe el metabolismo fosfocálcico: normal en la osificación subcutánea; valores alterados orientan a otras causas.',
          },
          [SEED],
        ),
      ),
    },
  ],
  afterUptake: null,
  ionising: null,
};
