/**
 * The evidence registry: every number and clinical statement the app shows, with its source.
 * Pure data plus small helpers; no React, no browser APIs.
 */
export * from './types';
export { REFERENCES, getReference } from './references';
export { citationUrl, fullCitation, shortCitation } from './citation-format';
export { MODALITIES } from './modalities';
export { FIGURES, getFigure } from './figures';
export { ACCURACY_TABLES } from './accuracy';
export { PRETEST_ANCHORS, anchorRange } from './anchors';
export { TIMING_FIGURES } from './timing';
export { DOSE_FIGURES, MDP_ACTIVITY_MBQ, MDP_MSV_PER_MBQ } from './doses';
export { figureInterval, figuresByApplicability } from './figure-helpers';
export { EVIDENCE_PACK_VERSION, EVIDENCE_PACK_SHA256, canonicalJson } from './pack';
export { DIFFERENTIAL } from './differential';
export { MANAGEMENT } from './management';
export * from './patient';
export {
  EPIDEMIOLOGY,
  RISK_PROFILE,
  PREVALENCE,
  NO_FASCIA_MUSCLE,
  LABS_NORMAL,
  BIOPSY_TEST_OF_CHOICE,
  XRAY_DELAY,
  US_EARLY_CHOICE,
  SCINT_EARLY_SENSITIVE,
  CT_MRI_EXTENT,
  CAXP_CUTOFFS_MG2_DL2,
  CEAP_NOTES,
} from './epidemiology';

import { ACCURACY_TABLES } from './accuracy';
import { PRETEST_ANCHORS } from './anchors';
import { DIFFERENTIAL } from './differential';
import { LAB_REFERENCE_RANGES } from './lab-ranges';
import { DOSE_FIGURES } from './doses';
import { CAXP_CUTOFFS_MG2_DL2, CEAP_NOTES, EPIDEMIOLOGY } from './epidemiology';
import { FIGURES } from './figures';
import { MANAGEMENT } from './management';
import { MODALITIES } from './modalities';
import { canonicalJson } from './pack';
import { isLang } from '../languages';
import {
  AGE_GROUP_FROM,
  CHILDBEARING_AGE,
  FETAL_DOSE_BELOW_KNEE_MGY,
  MDP_FETAL_UGY_PER_MBQ,
  PAEDIATRIC_MDP,
  PAEDIATRIC_MDP_EFFECTIVE_DOSE_MSV,
  PAEDIATRIC_RRL_MSV,
  PATIENT_STATEMENTS,
  PREGNANCY_MAX_WEEKS,
} from './patient';
import { REFERENCES } from './references';
import { TIMING_FIGURES } from './timing';

/** Everything in the registry that cites a source (the references themselves excluded). */
export const CITING_REGISTRY = {
  MODALITIES,
  DIFFERENTIAL,
  MANAGEMENT,
  EPIDEMIOLOGY,
  CEAP_NOTES,
  CAXP_CUTOFFS_MG2_DL2,
  LAB_REFERENCE_RANGES,
  FIGURES,
  ACCURACY_TABLES,
  PRETEST_ANCHORS,
  TIMING_FIGURES,
  DOSE_FIGURES,
  PATIENT: {
    CHILDBEARING_AGE,
    AGE_GROUP_FROM,
    FETAL_DOSE_BELOW_KNEE_MGY,
    MDP_FETAL_UGY_PER_MBQ,
    PAEDIATRIC_MDP,
    PAEDIATRIC_MDP_EFFECTIVE_DOSE_MSV,
    PAEDIATRIC_RRL_MSV,
    PATIENT_STATEMENTS,
    PREGNANCY_MAX_WEEKS,
  },
} as const;

/**
 * A text in every language (its keys are the languages): it cites nothing, and reading it would
 * render it in every language, whose clinical words a reader has not all loaded.
 */
const isText = (node: object): boolean => {
  const keys = Object.keys(node);
  return keys.length > 0 && keys.every(isLang);
};

/**
 * Add to `into`, in order of first appearance, every reference id cited anywhere in `node`: each
 * `ref` (sensitivity figures, cut-offs) and each entry of every `refs` list (statements, reasons,
 * timing, radiation, cost and availability). Walked generically so that a new kind of entry cannot
 * escape the "every citation resolves" checks.
 */
export function collectRefIds(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) collectRefIds(item, into);
  } else if (typeof node === 'object' && node !== null && !isText(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'ref' && typeof value === 'string') into.add(value);
      else if (key === 'refs' && Array.isArray(value)) {
        for (const id of value) if (typeof id === 'string') into.add(id);
      } else collectRefIds(value, into);
    }
  }
  return into;
}

/** Every reference id cited anywhere in the registry, sorted. */
export function allCitedRefIds(): string[] {
  return [...collectRefIds(CITING_REGISTRY, new Set())].sort();
}

/**
 * The canonical text the evidence-pack hash covers: every reference and every citing part of the
 * registry. Anything added to CITING_REGISTRY is covered automatically (see pack.ts).
 */
export function evidencePackCanonicalText(): string {
  return canonicalJson({ REFERENCES, ...CITING_REGISTRY });
}
