import { ICD10, ICD10_CM, SNOMED } from '../export/fhir/codes';

/**
 * The Condition codes the read-in recognises, by what they mean for the case. Where each code was
 * checked: docs/integration/codes.md. ICD-10 codes match by prefix, with or without the dot (I80.2
 * covers I80.20 of ICD-10-CM); SNOMED CT codes match exactly (no terminology server: a more specific descendant is
 * not recognised, and the field stays for the clinician).
 */
export interface ConditionCodes {
  /** Prefixes matched in WHO ICD-10 and in ICD-10-CM. */
  readonly icd10: readonly string[];
  /** Prefixes matched in ICD-10-CM only (codes WHO ICD-10 does not have). */
  readonly icd10cm?: readonly string[];
  readonly snomed: readonly string[];
}

/** Chronic venous insufficiency: its onset gives the duration the case asks for. */
export const CVI: ConditionCodes = { icd10: ['I87.2'], snomed: [] };

/** Varicose veins of the legs: shown to the clinician, not turned into the CVI duration. */
export const VARICOSE_VEINS: ConditionCodes = { icd10: ['I83'], snomed: ['72866009'] };

/** Deep vein thrombosis of the legs, now or in the past. */
export const DVT: ConditionCodes = {
  icd10: ['I80.1', 'I80.2'],
  icd10cm: ['I82.4'],
  snomed: ['128053003'],
};

/** Chronic kidney disease, end-stage renal disease, or dependence on dialysis. */
export const KIDNEY: ConditionCodes = {
  icd10: ['N18', 'Z99.2'],
  snomed: ['709044004', '46177005', '105502003'],
};

/** Does one coding of a record's Condition match these codes? */
export function matchesCodes(
  coding: { readonly system?: string; readonly code?: string },
  codes: ConditionCodes,
): boolean {
  const code = coding.code?.trim().toUpperCase();
  if (!code) return false;
  // ICD-10 codes are written with or without the dot (I80.2, I802).
  const bare = code.replace('.', '');
  const byPrefix = (prefixes: readonly string[] | undefined) =>
    (prefixes ?? []).some((p) => bare.startsWith(p.replace('.', '')));
  if (coding.system === ICD10) return byPrefix(codes.icd10);
  if (coding.system === ICD10_CM) return byPrefix(codes.icd10) || byPrefix(codes.icd10cm);
  if (coding.system === SNOMED) return codes.snomed.includes(code);
  return false;
}
