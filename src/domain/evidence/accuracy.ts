import type { AccuracyTable } from './types';

/**
 * The 2×2 tables that can be rebuilt exactly from what a source publishes. A likelihood ratio is
 * honest only where such a table exists; everywhere else the app has a sensitivity at most.
 * Each table was recomputed from the source's own numbers (see `derivation`; a registry test
 * re-checks every published percentage against the cells), not copied from a summary. All are
 * indirect: no accuracy study of SCHO in CVI exists.
 */

const fairchildPatient: AccuracyTable = {
  id: 'fairchild-2021-us-patient',
  modality: 'ultrasound',
  indexTest: { en: 'Ultrasound of hands and wrists', es: 'Ecografía de manos y muñecas' },
  threshold: { en: 'Calcinosis seen on ultrasound', es: 'Calcinosis visible en la ecografía' },
  referenceStandard: 'xray',
  unit: 'patient',
  table: { tp: 13, fp: 0, fn: 4, tn: 26 },
  derivation: {
    en: '43 patients; calcinosis on X-ray in 39.5% → 17 (the only count of 43 that gives 39.5%), so 26 without. Specificity 100% → 26 true negatives, 0 false positives. Ultrasound positive in 30.2% → 13, all true positives, so 4 false negatives; 13/17 = 76%, the published sensitivity.',
    es: '43 pacientes; calcinosis en la radiografía en el 39,5% → 17 (el único recuento de 43 que da 39,5%), así que 26 sin ella. Especificidad del 100% → 26 verdaderos negativos y 0 falsos positivos. Ecografía positiva en el 30,2% → 13, todos verdaderos positivos, así que 4 falsos negativos; 13/17 = 76%, la sensibilidad publicada.',
  },
  design: 'cross-sectional',
  strength: {
    grade: 'low',
    reason: {
      en: '43 patients; X-ray as the reference marks ultrasound down for deposits X-ray misses; hands, not legs.',
      es: '43 pacientes; la radiografía como referencia penaliza a la ecografía por los depósitos que la radiografía no ve; manos, no piernas.',
    },
  },
  applicability: 'indirect',
  finding: 'calcification',
  setting: {
    en: 'Hand and wrist calcinosis in systemic sclerosis (43 patients)',
    es: 'Calcinosis de manos y muñecas en la esclerosis sistémica (43 pacientes)',
  },
  caveat: {
    en: 'No false positives, so the positive likelihood ratio is undefined without a continuity correction.',
    es: 'Sin falsos positivos, el cociente de probabilidad positivo no está definido sin una corrección de continuidad.',
  },
  ref: 'fairchild-2021',
};

const elgazzarBase = {
  modality: 'scintigraphy',
  indexTest: {
    en: 'Three-phase bone scan with SPECT, without the CT',
    es: 'Gammagrafía ósea en tres fases con SPECT, sin la TC',
  },
  referenceStandard: 'spect-ct',
  unit: 'patient',
  design: 'case-series',
  strength: {
    grade: 'very-low',
    reason: {
      en: 'A conference abstract; 34 patients found by a report search; the reference (SPECT/CT) contains the index test.',
      es: 'Un resumen de congreso; 34 pacientes hallados buscando en los informes; la referencia (SPECT/TC) contiene la prueba evaluada.',
    },
  },
  applicability: 'indirect',
  finding: 'heterotopic-ossification',
  setting: {
    en: 'Heterotopic ossification on bone scintigraphy at one nuclear-medicine department (34 patients)',
    es: 'Osificación heterotópica en gammagrafía ósea en un servicio de medicina nuclear (34 pacientes)',
  },
  caveat: {
    en: 'Incorporation bias: SPECT/CT includes the SPECT it judges, which inflates agreement.',
    es: 'Sesgo de incorporación: la SPECT/TC incluye la SPECT que juzga, lo que infla la concordancia.',
  },
  ref: 'elgazzar-2019',
} as const;

const elgazzarDerivation = {
  en: 'SPECT/CT positive in 23: SPECT alone definite 8, maybe 12, negative 3. SPECT/CT negative in 11: SPECT negative 7, maybe 4.',
  es: 'SPECT/TC positiva en 23: SPECT sola definitiva 8, posible 12, negativa 3. SPECT/TC negativa en 11: SPECT negativa 7, posible 4.',
};

const elgazzarDefinite: AccuracyTable = {
  ...elgazzarBase,
  id: 'elgazzar-2019-spect-definite',
  threshold: {
    en: 'Only "definitely present" counts as positive',
    es: 'Solo «definitivamente presente» cuenta como positivo',
  },
  table: { tp: 8, fp: 0, fn: 15, tn: 11 },
  derivation: elgazzarDerivation,
};

const elgazzarAny: AccuracyTable = {
  ...elgazzarBase,
  id: 'elgazzar-2019-spect-any',
  threshold: {
    en: '"Definitely" or "maybe present" counts as positive',
    es: '«Definitivamente» o «posiblemente presente» cuenta como positivo',
  },
  table: { tp: 20, fp: 4, fn: 3, tn: 7 },
  derivation: elgazzarDerivation,
};

export const ACCURACY_TABLES: readonly AccuracyTable[] = [
  fairchildPatient,
  elgazzarDefinite,
  elgazzarAny,
];
