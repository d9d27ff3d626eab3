import { DOSE_FIGURES } from './doses';
import type { ModalityId, ModalityProfile } from './types';
import { localized, said } from '../words';

/**
 * What each investigation can show, when, at what radiation, and how sure we are.
 *
 * Rules followed here (see `reference/clinical-evidence.md`):
 * - No accuracy study exists for SCHO of the legs in CVI, so every `measured` sensitivity comes
 *   from another setting, is `extrapolated: true`, and spells the setting out.
 * - The seed's own wording ("highly sensitive in early diagnosis", "suitable for early diagnosis")
 *   is encoded as an `ordinal` figure, not as a number.
 * - `extrapolated: true` marks a claim about SCHO in CVI, or about how a test performs in it,
 *   that rests on a study of another condition.
 * - Rows the review marked M (e.g. a bone-scan day figure, the cost/availability column) are not
 *   encoded. Where nothing sourced exists (cost of X-ray, timing of CT) the field is omitted and
 *   the UI says "no sourced figure".
 */

const SEED = 'garcia-arpa-2020';

/** The bone-scan dose range, from its one home in doses.ts. */
const MDP_DOSE = (() => {
  const d = DOSE_FIGURES.find((f) => f.id === 'mdp-bone-scan');
  if (d?.lowMsv === undefined || d.highMsv === undefined)
    throw new Error('mdp-bone-scan dose missing');
  return { lowMsv: d.lowMsv, highMsv: d.highMsv };
})();

const labs: ModalityProfile = {
  id: 'labs',
  name: localized(said('evidence.modality.labs.name')),
  shortName: localized(said('evidence.modality.labs.short-name')),
  showsOssification: {
    text: localized(said('evidence.modality.labs.shows-ossification')),
    refs: [SEED],
  },
  showsCalcification: {
    text: localized(said('evidence.modality.labs.shows-calcification')),
    refs: ['emedicine-calcinosis', 'springer-2015-calcinosis'],
  },
  sensitivity: [
    {
      kind: 'not-measured',
      text: localized(said('evidence.modality.labs.sensitivity.1')),
    },
  ],
  strengths: [
    {
      text: localized(said('evidence.modality.labs.strengths.1')),
      refs: [SEED, 'emedicine-calcinosis', 'linglart-2018'],
    },
  ],
  pitfalls: [
    {
      text: localized(said('evidence.modality.labs.pitfalls.1')),
      refs: ['rosteius-2017', 'scire-ho'],
      extrapolated: true,
    },
  ],
};

const ultrasound: ModalityProfile = {
  id: 'ultrasound',
  name: localized(said('evidence.modality.ultrasound.name')),
  shortName: localized(said('evidence.modality.ultrasound.short-name')),
  showsOssification: {
    text: localized(said('evidence.modality.ultrasound.shows-ossification')),
    refs: [SEED],
  },
  showsCalcification: {
    text: localized(said('evidence.modality.ultrasound.shows-calcification')),
    refs: [SEED],
  },
  earliest: {
    text: localized(said('evidence.modality.ultrasound.earliest')),
    refs: ['clin-radiol-1991', 'scire-ho'],
    extrapolated: true,
  },
  sensitivity: [
    {
      kind: 'ordinal',
      level: 'high',
      text: localized(said('evidence.modality.ultrasound.sensitivity.1')),
      ref: SEED,
      extrapolated: false,
    },
  ],
  radiation: {
    rrl: 'O',
    effectiveDoseMsv: 0,
    doseText: localized(said('evidence.modality.no-ionising-radiation')),
    refs: ['acr-rrl'],
  },
  cost: {
    level: 'low',
    text: localized(said('evidence.modality.ultrasound.cost')),
    refs: [SEED],
  },
  availability: {
    level: 'high',
    text: localized(said('evidence.modality.ultrasound.availability')),
    refs: [SEED],
  },
  strengths: [
    {
      text: localized(said('evidence.modality.ultrasound.strengths.1')),
      refs: [SEED],
    },
    {
      text: localized(said('evidence.modality.ultrasound.strengths.2')),
      refs: [SEED],
    },
    {
      text: localized(said('evidence.modality.ultrasound.strengths.3')),
      refs: ['clin-radiol-1991'],
      extrapolated: true,
    },
    {
      text: localized(said('evidence.modality.ultrasound.strengths.4')),
      refs: ['jvs-vl-cvd-calcification'],
      extrapolated: true,
    },
  ],
  pitfalls: [
    {
      text: localized(said('evidence.modality.ultrasound.pitfalls.1')),
      refs: ['farin-1995'],
      extrapolated: true,
    },
    {
      text: localized(said('evidence.modality.ultrasound.pitfalls.2')),
      refs: ['rosteius-2017'],
      extrapolated: true,
    },
  ],
};

const xray: ModalityProfile = {
  id: 'xray',
  name: localized(said('evidence.modality.xray.name')),
  shortName: localized(said('evidence.modality.xray.short-name')),
  showsOssification: {
    text: localized(said('evidence.modality.xray.shows-ossification')),
    refs: [SEED, 'learningradiology-ho'],
  },
  earliest: {
    fromDay: 10,
    toDay: 14,
    text: localized(said('evidence.modality.xray.earliest')),
    refs: [SEED],
    extrapolated: false,
  },
  sensitivity: [
    {
      kind: 'not-measured',
      text: localized(said('evidence.modality.xray.sensitivity.1')),
    },
  ],
  radiation: {
    doseText: localized(said('evidence.modality.xray.radiation.dose-text')),
    rrl: '☢',
    refs: ['pmc381057-dose', 'acr-rrl'],
  },
  strengths: [
    {
      text: localized(said('evidence.modality.xray.strengths.1')),
      refs: [SEED],
    },
    {
      text: localized(said('evidence.modality.xray.strengths.2')),
      refs: ['farin-1995'],
      extrapolated: true,
    },
  ],
  pitfalls: [
    {
      text: localized(said('evidence.modality.xray.pitfalls.1')),
      refs: [SEED],
    },
    {
      text: localized(said('evidence.modality.xray.pitfalls.2')),
      refs: ['scire-ho'],
      extrapolated: true,
    },
    {
      text: localized(said('evidence.modality.xray.pitfalls.3')),
      refs: ['medscape-ho'],
      extrapolated: true,
    },
  ],
};

const scintigraphy: ModalityProfile = {
  id: 'scintigraphy',
  name: localized(said('evidence.modality.scintigraphy.name')),
  shortName: localized(said('evidence.modality.scintigraphy.short-name')),
  showsOssification: {
    text: localized(said('evidence.modality.scintigraphy.shows-ossification')),
    refs: [SEED],
  },
  earliest: {
    text: localized(said('evidence.modality.scintigraphy.earliest')),
    refs: ['scire-ho'],
    extrapolated: true,
  },
  sensitivity: [
    {
      kind: 'ordinal',
      level: 'high',
      text: localized(said('evidence.modality.scintigraphy.sensitivity.1')),
      ref: SEED,
      extrapolated: false,
    },
  ],
  radiation: {
    rrl: '☢☢☢',
    effectiveDoseRangeMsv: { low: MDP_DOSE.lowMsv, high: MDP_DOSE.highMsv },
    doseText: localized(said('evidence.modality.scintigraphy.radiation.dose-text')),
    refs: ['jnm-dose-table', 'pmc381057-dose', 'acr-rrl'],
  },
  cost: {
    level: 'high',
    text: localized(said('evidence.modality.scintigraphy.cost')),
    refs: ['rosteius-2017'],
  },
  availability: {
    level: 'low',
    text: localized(said('evidence.modality.scintigraphy.availability')),
    refs: ['rosteius-2017'],
  },
  strengths: [
    {
      text: localized(said('evidence.modality.scintigraphy.strengths.1')),
      refs: [SEED],
    },
    {
      text: localized(said('evidence.modality.scintigraphy.strengths.2')),
      refs: ['svircev-2008'],
      extrapolated: true,
    },
    {
      text: localized(said('evidence.modality.scintigraphy.strengths.3')),
      refs: ['fine-zacharias-2002'],
      extrapolated: true,
    },
  ],
  pitfalls: [
    {
      text: localized(said('evidence.modality.scintigraphy.pitfalls.1')),
      refs: ['scire-ho'],
      extrapolated: true,
    },
    {
      text: localized(said('evidence.modality.scintigraphy.pitfalls.2')),
      refs: ['clin-radiol-1991'],
      extrapolated: true,
    },
    {
      text: localized(said('evidence.modality.scintigraphy.pitfalls.3')),
      refs: ['svircev-2008'],
      extrapolated: true,
    },
    {
      text: localized(said('evidence.modality.scintigraphy.pitfalls.4')),
      refs: ['jnm-dose-table', 'pmc381057-dose', 'acr-rrl'],
    },
  ],
};

/** CT and MRI share the seed's verdict: not for early diagnosis, but they show the extent. */
const notForEarlyDiagnosis = {
  text: localized(said('evidence.modality.not-for-early-diagnosis')),
  refs: [SEED],
  extrapolated: false,
} as const;

const extentStrength = {
  text: localized(said('evidence.modality.extent-strength')),
  refs: [SEED],
} as const;

const earlyPitfall = {
  text: localized(said('evidence.modality.early-pitfall')),
  refs: [SEED],
} as const;

const deepInvolvement = {
  text: localized(said('evidence.modality.deep-involvement')),
  refs: [SEED, 'radiopaedia-myositis-ossificans'],
} as const;

const ct: ModalityProfile = {
  id: 'ct',
  name: localized(said('evidence.modality.ct.name')),
  shortName: localized(said('evidence.modality.ct.short-name')),
  showsOssification: {
    text: localized(said('evidence.modality.ct.shows-ossification')),
    refs: [SEED],
  },
  earliest: notForEarlyDiagnosis,
  sensitivity: [
    {
      kind: 'not-measured',
      text: localized(said('evidence.modality.ct.sensitivity.1')),
    },
  ],
  radiation: {
    rrl: '☢',
    doseText: localized(said('evidence.modality.ct.radiation.dose-text')),
    refs: ['acr-rrl', 'koivisto-2015'],
  },
  strengths: [
    extentStrength,
    {
      text: localized(said('evidence.modality.ct.strengths.2')),
      refs: ['insights-imaging-2013'],
      extrapolated: true,
    },
    deepInvolvement,
  ],
  pitfalls: [earlyPitfall],
};

const mri: ModalityProfile = {
  id: 'mri',
  name: localized(said('evidence.modality.mri.name')),
  shortName: localized(said('evidence.modality.mri.short-name')),
  showsOssification: {
    text: localized(said('evidence.modality.mri.shows-ossification')),
    refs: ['ledermann-2002'],
    extrapolated: true,
  },
  earliest: notForEarlyDiagnosis,
  sensitivity: [
    {
      kind: 'not-measured',
      text: localized(said('evidence.modality.mri.sensitivity.1')),
    },
  ],
  radiation: {
    rrl: 'O',
    effectiveDoseMsv: 0,
    doseText: localized(said('evidence.modality.no-ionising-radiation')),
    refs: ['acr-rrl'],
  },
  strengths: [extentStrength, deepInvolvement],
  pitfalls: [
    earlyPitfall,
    {
      text: localized(said('evidence.modality.mri.pitfalls.2')),
      refs: ['ledermann-2002'],
      extrapolated: true,
    },
  ],
};

const biopsy: ModalityProfile = {
  id: 'biopsy',
  name: localized(said('evidence.modality.biopsy.name')),
  shortName: localized(said('evidence.modality.biopsy.short-name')),
  showsOssification: {
    text: localized(said('evidence.modality.biopsy.shows-ossification')),
    refs: [SEED, 'jama-1977-letter'],
  },
  showsCalcification: {
    text: localized(said('evidence.modality.biopsy.shows-calcification')),
    refs: [SEED, 'reiter-2011'],
  },
  earliest: {
    text: localized(said('evidence.modality.biopsy.earliest')),
    refs: [SEED],
    extrapolated: false,
  },
  sensitivity: [
    {
      kind: 'not-measured',
      text: localized(said('evidence.modality.biopsy.sensitivity.1')),
    },
  ],
  strengths: [
    {
      text: localized(said('evidence.modality.biopsy.strengths.1')),
      refs: [SEED],
    },
  ],
  pitfalls: [
    {
      text: localized(said('evidence.modality.biopsy.pitfalls.1')),
      refs: ['rheumatologist-lds'],
      extrapolated: true,
    },
    {
      text: localized(said('evidence.modality.biopsy.pitfalls.2')),
      refs: ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
      extrapolated: true,
    },
  ],
};

export const MODALITIES: Readonly<Record<ModalityId, ModalityProfile>> = {
  labs,
  ultrasound,
  xray,
  scintigraphy,
  ct,
  mri,
  biopsy,
};
