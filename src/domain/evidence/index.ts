/**
 * The evidence registry: every number and clinical statement the app shows, with its source.
 * Pure data plus small helpers; no React, no browser APIs.
 */
export * from './types';
export { REFERENCES, getReference } from './references';
export { citationUrl, fullCitation, shortCitation } from './citation-format';
export type { RefId } from './references';
export { MODALITIES } from './modalities';
export { DIFFERENTIAL } from './differential';
export type { DifferentialEntity, DifferentialId } from './differential';
export { MANAGEMENT } from './management';
export type { ManagementNote } from './management';
export {
  EPIDEMIOLOGY,
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
  CAXP_CUTOFFS_MG2_DL2,
  CEAP_NOTES,
} from './epidemiology';
export type { EpidemiologyKey } from './epidemiology';

import { DIFFERENTIAL } from './differential';
import { LAB_REFERENCE_RANGES } from './lab-ranges';
import { CAXP_CUTOFFS_MG2_DL2, CEAP_NOTES, EPIDEMIOLOGY } from './epidemiology';
import { MANAGEMENT } from './management';
import { MODALITIES } from './modalities';

/** Everything in the registry that cites a source (the references themselves excluded). */
export const CITING_REGISTRY = {
  MODALITIES,
  DIFFERENTIAL,
  MANAGEMENT,
  EPIDEMIOLOGY,
  CEAP_NOTES,
  CAXP_CUTOFFS_MG2_DL2,
  LAB_REFERENCE_RANGES,
} as const;

/**
 * Add to `into`, in order of first appearance, every reference id cited anywhere in `node`: each
 * `ref` (sensitivity figures, cut-offs) and each entry of every `refs` list (statements, reasons,
 * timing, radiation, cost and availability). Walked generically so that a new kind of entry cannot
 * escape the "every citation resolves" checks.
 */
export function collectRefIds(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) collectRefIds(item, into);
  } else if (typeof node === 'object' && node !== null) {
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
