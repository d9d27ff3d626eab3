import type { EvidenceFigure, Strength } from './types';
import type { LocalizedText } from '../text';
import { localized, said } from '../words';

/**
 * Every number about how often a test shows the lesion, or how often the lesion occurs, with the
 * design, unit, reference standard, strength and applicability needed to judge it.
 *
 * Rules followed here:
 * - Each figure was looked up again in its source (usually the abstract) before encoding; where
 *   the source says less than a summary of it, the source wins.
 * - `counts` are given only when the source states them or they follow exactly from what it
 *   states (`countsDerived: true`; registry tests check that exactly one count fits). The 95%
 *   interval is computed from the counts (Wilson), never copied.
 * - Without a reference standard a figure is a `detection-rate` or a `frequency`, never a
 *   `sensitivity`.
 * - No figure comes from an accuracy study of SCHO in CVI: none exists.
 */

const strength = (grade: Strength['grade'], reason: LocalizedText): Strength => ({ grade, reason });

// ---------------------------------------------------------------------------------------------
// Direct: legs with venous disease
// ---------------------------------------------------------------------------------------------

const tokoroXray: EvidenceFigure = {
  id: 'tokoro-2009-xray',
  modality: 'xray',
  method: localized(said('evidence.figure.tokoro-2009-xray.method')),
  measure: 'detection-rate',
  finding: 'calcification',
  value: 0.65,
  statedDecimals: 2,
  counts: { events: 13, total: 20 },
  design: 'case-control',
  patients: 40,
  unit: 'patient',
  referenceStandard: 'none',
  strength: strength('low', localized(said('evidence.figure.tokoro-2009-xray.strength'))),
  applicability: 'direct',
  setting: localized(said('evidence.figure.tokoro-2009-xray.setting')),
  note: localized(said('evidence.figure.tokoro-2009-xray.note')),
  ref: 'tokoro-2009',
  extrapolated: false,
};

const wozniakReason = strength('low', localized(said('evidence.figure.wozniak-2020.strength')));

const wozniakSetting = localized(said('evidence.figure.wozniak-2020.setting'));

const wozniakUs: EvidenceFigure = {
  id: 'wozniak-2020-us',
  modality: 'ultrasound',
  method: localized(said('evidence.figure.wozniak-2020-us.method')),
  measure: 'detection-rate',
  finding: 'calcification',
  value: 0.929,
  statedDecimals: 3,
  counts: { events: 13, total: 14 },
  countsDerived: true,
  design: 'case-series',
  patients: 10,
  unit: 'limb',
  referenceStandard: 'none',
  strength: wozniakReason,
  applicability: 'direct',
  setting: wozniakSetting,
  note: localized(said('evidence.figure.wozniak-2020-us.note')),
  ref: 'wozniak-2020',
  extrapolated: false,
};

const wozniakXray: EvidenceFigure = {
  id: 'wozniak-2020-xray',
  modality: 'xray',
  method: localized(said('evidence.figure.wozniak-2020-xray.method')),
  measure: 'detection-rate',
  finding: 'calcification',
  value: 0.857,
  statedDecimals: 3,
  counts: { events: 12, total: 14 },
  countsDerived: true,
  design: 'case-series',
  patients: 10,
  unit: 'limb',
  referenceStandard: 'none',
  strength: wozniakReason,
  applicability: 'direct',
  setting: wozniakSetting,
  note: localized(said('evidence.figure.wozniak-2020-xray.note')),
  ref: 'wozniak-2020',
  extrapolated: false,
};

const wollinaSetting = localized(said('evidence.figure.wollina-2009.setting'));

const wollinaStrength = strength(
  'moderate',
  localized(said('evidence.figure.wollina-2009.strength')),
);

const wollinaBone: EvidenceFigure = {
  id: 'wollina-2009-bone',
  modality: 'biopsy',
  method: localized(said('evidence.figure.wollina-2009-bone.method')),
  measure: 'frequency',
  finding: 'bone',
  value: 0.07,
  statedDecimals: 2,
  counts: { events: 15, total: 212 },
  design: 'case-series',
  patients: 212,
  unit: 'patient',
  referenceStandard: 'histology',
  strength: wollinaStrength,
  applicability: 'direct',
  setting: wollinaSetting,
  note: localized(said('evidence.figure.wollina-2009-bone.note')),
  ref: 'wollina-2009',
  extrapolated: false,
};

const wollinaCalcification: EvidenceFigure = {
  id: 'wollina-2009-calcification',
  modality: 'biopsy',
  method: wollinaBone.method,
  measure: 'frequency',
  finding: 'calcification',
  value: 0.18,
  statedDecimals: 2,
  counts: { events: 39, total: 212 },
  design: 'case-series',
  patients: 212,
  unit: 'patient',
  referenceStandard: 'histology',
  strength: wollinaStrength,
  applicability: 'direct',
  setting: wollinaSetting,
  note: localized(said('evidence.figure.wollina-2009-calcification.note')),
  ref: 'wollina-2009',
  extrapolated: false,
};

const colbocPalpation: EvidenceFigure = {
  id: 'colboc-2022-palpation',
  method: localized(said('evidence.figure.colboc-2022-palpation.method')),
  measure: 'frequency',
  finding: 'calcification',
  value: 0.07,
  statedDecimals: 2,
  counts: { events: 10, total: 143 },
  design: 'cohort',
  patients: 143,
  unit: 'patient',
  referenceStandard: 'none',
  strength: strength('low', localized(said('evidence.figure.colboc-2022-palpation.strength'))),
  applicability: 'direct',
  setting: localized(said('evidence.figure.colboc-2022-palpation.setting')),
  note: localized(said('evidence.figure.colboc-2022-palpation.note')),
  ref: 'colboc-2022',
  extrapolated: false,
};

const jvsSetting = localized(said('evidence.figure.jvs-vl.setting'));

const jvsStrength = strength('moderate', localized(said('evidence.figure.jvs-vl.strength')));

const jvsAdvanced: EvidenceFigure = {
  id: 'jvs-vl-c4-c6',
  modality: 'ultrasound',
  method: localized(said('evidence.figure.jvs-vl-c4-c6.method')),
  measure: 'frequency',
  finding: 'calcification',
  value: 24 / 95,
  statedDecimals: 3,
  counts: { events: 24, total: 95 },
  design: 'cross-sectional',
  patients: 250,
  unit: 'leg',
  referenceStandard: 'none',
  strength: jvsStrength,
  applicability: 'direct',
  setting: jvsSetting,
  note: localized(said('evidence.figure.jvs-vl-c4-c6.note')),
  ref: 'jvs-vl-cvd-calcification',
  extrapolated: false,
};

const jvsEarly: EvidenceFigure = {
  ...jvsAdvanced,
  id: 'jvs-vl-c1-c3',
  value: 0,
  counts: { events: 0, total: 266 },
  countsDerived: true,
  note: localized(said('evidence.figure.jvs-vl-c1-c3.note')),
};

// ---------------------------------------------------------------------------------------------
// Indirect: another kind of heterotopic ossification or calcinosis
// ---------------------------------------------------------------------------------------------

const rosteiusUs: EvidenceFigure = {
  id: 'rosteius-2017-us',
  modality: 'ultrasound',
  method: localized(said('evidence.figure.rosteius-2017-us.method')),
  measure: 'sensitivity',
  finding: 'heterotopic-ossification',
  value: 0.889,
  statedDecimals: 3,
  counts: { events: 193, total: 217 },
  design: 'case-series',
  patients: 217,
  unit: 'patient',
  referenceStandard: 'ct-mri',
  strength: strength('low', localized(said('evidence.figure.rosteius-2017-us.strength'))),
  applicability: 'indirect',
  setting: localized(said('evidence.figure.rosteius-2017-us.setting')),
  note: localized(said('evidence.figure.rosteius-2017-us.note')),
  ref: 'rosteius-2017',
  extrapolated: true,
};

const fairchildSetting = localized(said('evidence.figure.fairchild-2021.setting'));

const fairchildStrength = strength(
  'low',
  localized(said('evidence.figure.fairchild-2021.strength')),
);

const fairchildBase = {
  modality: 'ultrasound',
  method: localized(said('evidence.figure.fairchild-2021.method')),
  measure: 'sensitivity',
  finding: 'calcification',
  statedDecimals: 2,
  design: 'cross-sectional',
  patients: 43,
  referenceStandard: 'xray',
  strength: fairchildStrength,
  applicability: 'indirect',
  setting: fairchildSetting,
  ref: 'fairchild-2021',
  extrapolated: true,
} as const;

const fairchildPatient: EvidenceFigure = {
  ...fairchildBase,
  id: 'fairchild-2021-us-patient',
  value: 0.76,
  unit: 'patient',
  counts: { events: 13, total: 17 },
  countsDerived: true,
  note: localized(said('evidence.figure.fairchild-2021-us-patient.note')),
};

const fairchildHand: EvidenceFigure = {
  ...fairchildBase,
  id: 'fairchild-2021-us-hand',
  value: 0.78,
  unit: 'hand',
  note: localized(said('evidence.figure.fairchild-2021-us-hand.note')),
};

const fairchildZone: EvidenceFigure = {
  ...fairchildBase,
  id: 'fairchild-2021-us-zone',
  value: 0.61,
  unit: 'zone',
  note: localized(said('evidence.figure.fairchild-2021-us-zone.note')),
};

const elgazzarSpect: EvidenceFigure = {
  id: 'elgazzar-2019-spect',
  modality: 'scintigraphy',
  method: localized(said('evidence.figure.elgazzar-2019-spect.method')),
  measure: 'sensitivity',
  finding: 'heterotopic-ossification',
  value: 0.348,
  statedDecimals: 3,
  counts: { events: 8, total: 23 },
  design: 'case-series',
  patients: 34,
  unit: 'patient',
  referenceStandard: 'spect-ct',
  strength: strength('very-low', localized(said('evidence.figure.elgazzar-2019-spect.strength'))),
  applicability: 'indirect',
  setting: localized(said('evidence.figure.elgazzar-2019-spect.setting')),
  note: localized(said('evidence.figure.elgazzar-2019-spect.note')),
  ref: 'elgazzar-2019',
  extrapolated: true,
};

const saezScint: EvidenceFigure = {
  id: 'saez-de-ocariz-2014-scint',
  modality: 'scintigraphy',
  method: localized(said('evidence.figure.saez-de-ocariz-2014-scint.method')),
  measure: 'sensitivity',
  finding: 'calcification',
  value: 0.375,
  statedDecimals: 3,
  design: 'cross-sectional',
  unit: 'patient',
  referenceStandard: 'clinical',
  strength: strength(
    'very-low',
    localized(said('evidence.figure.saez-de-ocariz-2014-scint.strength')),
  ),
  applicability: 'indirect',
  setting: localized(said('evidence.figure.saez-de-ocariz-2014-scint.setting')),
  note: localized(said('evidence.figure.saez-de-ocariz-2014-scint.note')),
  ref: 'saez-de-ocariz-2014',
  extrapolated: true,
};

const kimCt: EvidenceFigure = {
  id: 'kim-2017-ct',
  modality: 'ct',
  method: localized(said('evidence.figure.kim-2017-ct.method')),
  measure: 'frequency',
  finding: 'calcification',
  value: 0.42,
  statedDecimals: 2,
  counts: { events: 553, total: 1315 },
  countsDerived: true,
  design: 'cross-sectional',
  patients: 1315,
  unit: 'patient',
  referenceStandard: 'none',
  strength: strength('moderate', localized(said('evidence.figure.kim-2017-ct.strength'))),
  applicability: 'indirect',
  setting: localized(said('evidence.figure.kim-2017-ct.setting')),
  note: localized(said('evidence.figure.kim-2017-ct.note')),
  ref: 'kim-2017',
  extrapolated: true,
};

// ---------------------------------------------------------------------------------------------
// Other disease: calciphylaxis (vascular calcification with necrosis, not ossification)
// ---------------------------------------------------------------------------------------------

const calciphylaxisSetting = localized(said('evidence.figure.calciphylaxis.setting'));

const kroshinskyScint: EvidenceFigure = {
  id: 'kroshinsky-scint',
  modality: 'scintigraphy',
  method: localized(said('evidence.figure.kroshinsky-scint.method')),
  measure: 'sensitivity',
  finding: 'calcification',
  value: 0.89,
  statedDecimals: 2,
  counts: { events: 16, total: 18 },
  countsDerived: true,
  design: 'case-control',
  patients: 49,
  unit: 'patient',
  referenceStandard: 'clinical',
  strength: strength('low', localized(said('evidence.figure.kroshinsky-scint.strength'))),
  applicability: 'other-disease',
  setting: calciphylaxisSetting,
  note: localized(said('evidence.figure.kroshinsky-scint.note')),
  ref: 'kroshinsky-calciphylaxis',
  extrapolated: true,
};

const fineScint: EvidenceFigure = {
  id: 'fine-zacharias-2002-scint',
  modality: 'scintigraphy',
  method: localized(said('evidence.figure.fine-zacharias-2002-scint.method')),
  measure: 'sensitivity',
  finding: 'calcification',
  // 34/36 is 94.4%; the secondary sources' "97%" does not follow from their own counts.
  value: 34 / 36,
  statedDecimals: 3,
  counts: { events: 34, total: 36 },
  design: 'case-series',
  patients: 36,
  unit: 'patient',
  referenceStandard: 'clinical',
  strength: strength(
    'very-low',
    localized(said('evidence.figure.fine-zacharias-2002-scint.strength')),
  ),
  applicability: 'other-disease',
  setting: calciphylaxisSetting,
  note: localized(said('evidence.figure.fine-zacharias-2002-scint.note')),
  ref: 'fine-zacharias-2002',
  extrapolated: true,
};

/** Every figure, direct first, then indirect, then other disease. */
export const FIGURES: readonly EvidenceFigure[] = [
  tokoroXray,
  wozniakUs,
  wozniakXray,
  jvsAdvanced,
  jvsEarly,
  wollinaBone,
  wollinaCalcification,
  colbocPalpation,
  rosteiusUs,
  fairchildPatient,
  fairchildHand,
  fairchildZone,
  elgazzarSpect,
  saezScint,
  kimCt,
  kroshinskyScint,
  fineScint,
];

/** The figure with this id, or undefined. */
export function getFigure(id: string): EvidenceFigure | undefined {
  return FIGURES.find((f) => f.id === id);
}
