import type { AccuracyTable } from './types';
import { localized, said } from '../words';

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
  indexTest: localized(said('evidence.figure.fairchild-2021.method')),
  threshold: localized(said('evidence.accuracy.fairchild-2021-us-patient.threshold')),
  referenceStandard: 'xray',
  unit: 'patient',
  table: { tp: 13, fp: 0, fn: 4, tn: 26 },
  derivation: localized(said('evidence.accuracy.fairchild-2021-us-patient.derivation')),
  design: 'cross-sectional',
  strength: {
    grade: 'low',
    reason: localized(said('evidence.figure.fairchild-2021.strength')),
  },
  applicability: 'indirect',
  finding: 'calcification',
  setting: localized(said('evidence.accuracy.fairchild-2021-us-patient.setting')),
  caveat: localized(said('evidence.accuracy.fairchild-2021-us-patient.caveat')),
  ref: 'fairchild-2021',
};

const elgazzarBase = {
  modality: 'scintigraphy',
  indexTest: localized(said('evidence.accuracy.elgazzar-2019.index-test')),
  referenceStandard: 'spect-ct',
  unit: 'patient',
  design: 'case-series',
  strength: {
    grade: 'very-low',
    reason: localized(said('evidence.accuracy.elgazzar-2019.strength')),
  },
  applicability: 'indirect',
  finding: 'heterotopic-ossification',
  setting: localized(said('evidence.accuracy.elgazzar-2019.setting')),
  caveat: localized(said('evidence.accuracy.elgazzar-2019.caveat')),
  ref: 'elgazzar-2019',
} as const;

const elgazzarDerivation = localized(said('evidence.accuracy.elgazzar-2019.derivation'));

const elgazzarDefinite: AccuracyTable = {
  ...elgazzarBase,
  id: 'elgazzar-2019-spect-definite',
  threshold: localized(said('evidence.accuracy.elgazzar-2019-spect-definite.threshold')),
  table: { tp: 8, fp: 0, fn: 15, tn: 11 },
  derivation: elgazzarDerivation,
};

const elgazzarAny: AccuracyTable = {
  ...elgazzarBase,
  id: 'elgazzar-2019-spect-any',
  threshold: localized(said('evidence.accuracy.elgazzar-2019-spect-any.threshold')),
  table: { tp: 20, fp: 4, fn: 3, tn: 7 },
  derivation: elgazzarDerivation,
};

export const ACCURACY_TABLES: readonly AccuracyTable[] = [
  fairchildPatient,
  elgazzarDefinite,
  elgazzarAny,
];
