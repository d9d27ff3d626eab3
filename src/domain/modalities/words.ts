import type { DEPTHS } from '../fields';
import type { LocalizedText } from '../text';

/** Words for every value of one finding field, in every language. */
export type Words<T extends string> = Readonly<Record<T, LocalizedText>>;

/** Where a deposit sits, as the imaging studies that record its depth describe it. */
export const DEPTH: Words<(typeof DEPTHS)[number]> = {
  subcutaneous: { en: 'confined to the subcutis', es: 'limitado al tejido subcutáneo' },
  'fascia-or-muscle': {
    en: 'reaching fascia or muscle (atypical for SCHO)',
    es: 'llega a fascia o músculo (atípico para la osificación subcutánea)',
  },
};

/** Secondary findings of the studies that record them (the X-ray's periostitis, the biopsy wound). */
export const FINDING_PHRASES = {
  periostitis: { en: 'periostitis', es: 'periostitis' },
  noPeriostitis: { en: 'no periostitis', es: 'sin periostitis' },
  woundProblem: {
    en: 'wound-healing problem after the biopsy',
    es: 'problema de cicatrización tras la biopsia',
  },
} as const;
