import { ICD10, ICD10_CM, LOINC, SNOMED } from '../export/fhir/codes';

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

/** Dependence on renal dialysis: fills "on dialysis" with yes. */
export const DIALYSIS: ConditionCodes = { icd10: ['Z99.2'], snomed: ['105502003'] };

/** Chronic kidney disease (any stage) and end-stage renal disease: the KDIGO category below. */
export const CKD: ConditionCodes = {
  icd10: ['N18'],
  snomed: [
    '709044004',
    '431855005',
    '431856006',
    '433144002',
    '700378005',
    '700379002',
    '431857002',
    '433146000',
    '46177005',
  ],
};

/** The KDIGO GFR category a CKD code states, or 'stage-unknown' (CKD present, category not said). */
export type CkdCategory = 'G1' | 'G2' | 'G3a' | 'G3b' | 'G4' | 'G5' | 'stage-unknown';

/**
 * CKD codes by the category they state, matched exactly (without the dot). ICD-10 "stage 3" (N18.3,
 * and ICD-10-CM N18.30 "unspecified") and SNOMED CT "stage 3" do not say G3a or G3b: CKD present,
 * category not known. End-stage renal disease (ICD-10-CM N18.6, SNOMED CT 46177005) is G5. Any
 * other N18 code (N18.9 unspecified, N18.8 other) says CKD without its category.
 */
const CKD_ICD10: Readonly<Record<string, CkdCategory>> = {
  N181: 'G1',
  N182: 'G2',
  N183: 'stage-unknown',
  N184: 'G4',
  N185: 'G5',
};
const CKD_ICD10_CM_ONLY: Readonly<Record<string, CkdCategory>> = {
  N1830: 'stage-unknown',
  N1831: 'G3a',
  N1832: 'G3b',
  N186: 'G5',
};
const CKD_SNOMED: Readonly<Record<string, CkdCategory>> = {
  '709044004': 'stage-unknown',
  '431855005': 'G1',
  '431856006': 'G2',
  '433144002': 'stage-unknown',
  '700378005': 'G3a',
  '700379002': 'G3b',
  '431857002': 'G4',
  '433146000': 'G5',
  '46177005': 'G5',
};

/** The category one coding of a CKD Condition states (undefined: not a CKD code). */
export function ckdCategory(coding: {
  readonly system?: string;
  readonly code?: string;
}): CkdCategory | undefined {
  const code = coding.code?.trim().toUpperCase().replace('.', '');
  if (!code) return undefined;
  if (coding.system === SNOMED) return CKD_SNOMED[code];
  if (coding.system !== ICD10 && coding.system !== ICD10_CM) return undefined;
  if (coding.system === ICD10_CM && CKD_ICD10_CM_ONLY[code]) return CKD_ICD10_CM_ONLY[code];
  if (CKD_ICD10[code]) return CKD_ICD10[code];
  return code.startsWith('N18') ? 'stage-unknown' : undefined;
}

/** Pregnancy as a Condition (active: she is pregnant): ICD-10 Z33, SNOMED CT 77386006. */
export const PREGNANCY_CONDITION: ConditionCodes = { icd10: ['Z33'], snomed: ['77386006'] };

/** LOINC 82810-3 Pregnancy status: the Observation the read-in takes pregnancy status from. */
export const PREGNANCY_STATUS_LOINC = '82810-3';

/**
 * The answers to 82810-3, in SNOMED CT (US Core, national profiles) and as LOINC answers (the
 * International Patient Summary). "Unknown" is read as unknown, never as "not pregnant".
 */
export const PREGNANCY_ANSWERS: Readonly<
  Record<string, Readonly<Record<string, 'pregnant' | 'not-pregnant' | 'unknown'>>>
> = {
  [SNOMED]: { '77386006': 'pregnant', '60001007': 'not-pregnant', '261665006': 'unknown' },
  [LOINC]: { 'LA15173-0': 'pregnant', 'LA26683-5': 'not-pregnant', 'LA4489-6': 'unknown' },
};

/* ------------------------------------------------------------------------------------------ */
/* Antithrombotic drugs                                                                        */
/* ------------------------------------------------------------------------------------------ */

const ATC = 'http://www.whocc.no/atc';
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

/** A drug's class as the case records it, or 'aspirin' (the record does not say which use). */
export type DrugClass = 'anticoagulant-vka' | 'anticoagulant-other' | 'antiplatelet' | 'aspirin';

/**
 * ATC (WHO) by group, B01A antithrombotic agents: B01AA vitamin K antagonists; B01AB heparin
 * group, B01AE direct thrombin inhibitors, B01AF direct factor Xa inhibitors and B01AX05
 * fondaparinux (filed under "other antithrombotic agents"); B01AC platelet aggregation inhibitors
 * (acetylsalicylic acid as an antiplatelet is B01AC06). Aspirin as an analgesic (N02BA01) is
 * shown, not filled. B01AD (thrombolytic enzymes) and the rest of B01AX are not read.
 */
const ATC_CLASSES: readonly (readonly [string, DrugClass])[] = [
  ['B01AA', 'anticoagulant-vka'],
  ['B01AB', 'anticoagulant-other'],
  ['B01AE', 'anticoagulant-other'],
  ['B01AF', 'anticoagulant-other'],
  ['B01AX05', 'anticoagulant-other'],
  ['B01AC', 'antiplatelet'],
  ['N02BA01', 'aspirin'],
];

/**
 * RxNorm ingredient concepts (RXCUI), exactly; checked in docs/integration/codes.md. A record
 * coded with a clinical drug (an SCD such as "warfarin sodium 5 MG Oral Tablet") rather than the
 * ingredient is not recognised here (no terminology server): the field stays for the clinician.
 * Aspirin (1191) is antiplatelet at a low dose and an analgesic at a higher one: shown, not filled.
 */
const RXNORM_CLASSES: Readonly<Record<string, DrugClass>> = {
  '11289': 'anticoagulant-vka', // warfarin
  '1364430': 'anticoagulant-other', // apixaban
  '1114195': 'anticoagulant-other', // rivaroxaban
  '1599538': 'anticoagulant-other', // edoxaban
  '1037042': 'anticoagulant-other', // dabigatran etexilate
  '5224': 'anticoagulant-other', // heparin
  '67108': 'anticoagulant-other', // enoxaparin
  '32968': 'antiplatelet', // clopidogrel
  '613391': 'antiplatelet', // prasugrel
  '1116632': 'antiplatelet', // ticagrelor
  '1191': 'aspirin',
};

/** The class one coding of a drug states (undefined: not an antithrombotic the app knows). */
export function drugClass(coding: {
  readonly system?: string;
  readonly code?: string;
}): DrugClass | undefined {
  const code = coding.code?.trim().toUpperCase();
  if (!code) return undefined;
  if (coding.system === RXNORM) return RXNORM_CLASSES[code];
  if (coding.system === ATC) return ATC_CLASSES.find(([prefix]) => code.startsWith(prefix))?.[1];
  return undefined;
}

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
