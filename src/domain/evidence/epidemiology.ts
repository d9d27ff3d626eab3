import type { Statement } from './types';
import { localized, said } from '../words';

/**
 * Epidemiology and the seed's key clinical statements, as named constants so the engine can cite
 * exactly the sentence a rule rests on. The seed's prevalence figures and its X-ray timing are its
 * own citations of older work (its refs 1, 2, 7, 8 and 11): they are labelled "as cited by
 * García-Arpa 2020".
 */

const SEED = 'garcia-arpa-2020';

export const RISK_PROFILE: Statement = {
  text: localized(said('evidence.epidemiology.risk-profile')),
  refs: [SEED],
};

/**
 * Calcification, not ossification: used as a risk marker for SCHO, which is an extrapolation.
 */
const CEAP_CALCIFICATION: Statement = {
  text: localized(said('evidence.epidemiology.ceap-calcification')),
  refs: ['jvs-vl-cvd-calcification'],
  extrapolated: true,
};

/** CEAP context for the history step (not part of EPIDEMIOLOGY's seed-derived statements). */
export const CEAP_NOTES: readonly Statement[] = [
  {
    text: localized(said('evidence.epidemiology.ceap-notes.1')),
    refs: ['lurie-2020'],
  },
  {
    text: localized(said('evidence.epidemiology.ceap-notes.2')),
    refs: ['cafasso-2013'],
  },
];

export const PREVALENCE: readonly Statement[] = [
  {
    text: localized(said('evidence.epidemiology.prevalence.1')),
    refs: [SEED],
  },
  {
    text: localized(said('evidence.epidemiology.prevalence.2')),
    refs: [SEED],
  },
  {
    text: localized(said('evidence.epidemiology.prevalence.3')),
    refs: [SEED],
  },
];

export const NO_FASCIA_MUSCLE: Statement = {
  text: localized(said('evidence.epidemiology.no-fascia-muscle')),
  refs: [SEED],
};

export const LABS_NORMAL: Statement = {
  text: localized(said('evidence.epidemiology.labs-normal')),
  refs: [SEED],
};

export const BIOPSY_TEST_OF_CHOICE: Statement = {
  text: localized(said('evidence.epidemiology.biopsy-test-of-choice')),
  refs: [SEED],
};

export const XRAY_DELAY: Statement = {
  text: localized(said('evidence.modality.xray.earliest')),
  refs: [SEED],
};

export const US_EARLY_CHOICE: Statement = {
  text: localized(said('evidence.epidemiology.us-early-choice')),
  refs: [SEED],
};

export const SCINT_EARLY_SENSITIVE: Statement = {
  text: localized(said('evidence.epidemiology.scint-early-sensitive')),
  refs: [SEED],
};

export const CT_MRI_EXTENT: Statement = {
  text: localized(said('evidence.epidemiology.ct-mri-extent')),
  refs: [SEED],
};

const CAXP_THRESHOLD: Statement = {
  text: localized(said('evidence.epidemiology.caxp-threshold')),
  refs: ['emedicine-calcinosis', 'springer-2015-calcinosis'],
};

/**
 * The two published Ca×P cut-offs, mg²/dL², for rules that need the numbers. The sources
 * disagree, so both are kept with their refs rather than one being chosen silently.
 */
export const CAXP_CUTOFFS_MG2_DL2 = [
  { value: 70, ref: 'emedicine-calcinosis' },
  { value: 55, ref: 'springer-2015-calcinosis' },
] as const;

export const EPIDEMIOLOGY = {
  RISK_PROFILE,
  CEAP_CALCIFICATION,
  PREVALENCE,
  NO_FASCIA_MUSCLE,
  LABS_NORMAL,
  BIOPSY_TEST_OF_CHOICE,
  XRAY_DELAY,
  US_EARLY_CHOICE,
  SCINT_EARLY_SENSITIVE,
  CT_MRI_EXTENT,
  CAXP_THRESHOLD,
} as const satisfies Record<string, Statement | readonly Statement[]>;
