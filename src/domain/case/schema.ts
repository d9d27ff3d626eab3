import { z } from 'zod/mini';
import { MODALITY_IDS, type ModalityId } from '../evidence/types';
import { NOT_STARTED, studiesSchema, type StudyId } from '../modalities/core';
import { isoDate, isoDateTime, note, optionalBool } from '../fields';
import { LABEL_MAX_LENGTH } from './label';
import { CASE_SCHEMA_VERSION } from './new-case';

export {
  DEPTHS,
  INVALID_DATE,
  INVALID_DATE_TIME,
  SKIP_REASONS,
  STUDY_STATUSES,
  type SkipReason,
  type StudyStatus,
} from '../fields';
export type { LabValue, Studies, StudyId } from '../modalities/core';
export { LAB_ANALYTES, LAB_FLAGS, LAB_UNITS, type LabAnalyte } from '../modalities/labs/schema';

/**
 * The case file: only what the clinician entered. Everything derivable (advice, conclusion,
 * timing) is computed by the engine and never stored here.
 *
 * Bump CASE_SCHEMA_VERSION (new-case.ts, which makes an empty case without the schema) and add
 * a step to `migrate.ts` whenever a stored shape changes.
 */
export { CASE_SCHEMA_VERSION };

/** The longest case label (in label.ts, which the first page loads without the schema). */
export { LABEL_MAX_LENGTH };

export const SEXES = ['female', 'male', 'other'] as const;

/** CEAP 2020 clinical classes (Lurie 2020), including the new C2r, C4c and C6r. */
export const CEAP_CLASSES = [
  'C0',
  'C1',
  'C2',
  'C2r',
  'C3',
  'C4a',
  'C4b',
  'C4c',
  'C5',
  'C6',
  'C6r',
] as const;

export const LATERALITIES = ['left', 'right', 'bilateral'] as const;
/** With both legs affected, which one is worse ("both lower thirds of the legs, chiefly the left one"). */
export const WORSE_SIDES = ['left', 'right', 'equal'] as const;

/**
 * Pregnancy status, asked before an ionising study in a woman of childbearing age. Absent and
 * 'unknown' both mean unknown, never "not pregnant"; 'possibly' = she may be.
 */
export const PREGNANCY_STATUSES = [
  'not-applicable',
  'not-pregnant',
  'possibly',
  'pregnant',
  'unknown',
] as const;

/**
 * Antithrombotic therapy; more than one may apply. A vitamin K antagonist (warfarin) is told apart
 * from the other anticoagulants because the INR check before a skin biopsy applies to it. 'none'
 * and 'unknown' stand alone; 'unknown' is a real answer ("not known"), not "none".
 */
export const ANTITHROMBOTICS = [
  'none',
  'anticoagulant-vka',
  'anticoagulant-other',
  'antiplatelet',
  'unknown',
] as const;
export type Antithrombotic = (typeof ANTITHROMBOTICS)[number];

/**
 * Chronic kidney disease by KDIGO GFR category (G1–G5); 'stage-unknown' = CKD present, category
 * not known; 'none' = no CKD; 'unknown' = not known whether there is CKD.
 */
export const CKD_STAGES = [
  'none',
  'G1',
  'G2',
  'G3a',
  'G3b',
  'G4',
  'G5',
  'stage-unknown',
  'unknown',
] as const;
export const DIALYSIS_STATUSES = ['yes', 'no', 'unknown'] as const;

/** 'none' and 'unknown' cannot be combined with a drug (or with each other). */
const ANTITHROMBOTIC_ALONE = 'none or not known cannot be combined with another answer';
const antithromboticsConsistent = (list: readonly Antithrombotic[]): boolean =>
  list.length <= 1 || !list.some((a) => a === 'none' || a === 'unknown');
const noRepeats = (list: readonly string[]): boolean => new Set(list).size === list.length;
export const PAIN_LEVELS = ['none', 'mild', 'moderate', 'severe'] as const;
export const SKIN_SIGNS = [
  'normal',
  'cvi-changes',
  'venous-ulcer',
  'livedo-racemosa',
  'necrosis',
] as const;

const patientSchema = z.object({
  age: z.optional(
    z
      .number({ error: 'must be a number' })
      .check(
        z.int({ message: 'must be a whole number of years' }),
        z.minimum(0, { message: 'cannot be negative' }),
        z.maximum(120, { message: 'must be 120 or less' }),
      ),
  ),
  sex: z.optional(z.enum(SEXES, { error: 'must be female, male or other' })),
  obesity: optionalBool,
  /**
   * Years with CVI, when known: recorded for the note and the record. The risk profile reads the
   * clinician's judgement below, never a cut-off in years (the source gives none).
   */
  cviYears: z.optional(
    z
      .number({ error: 'must be a number' })
      .check(
        z.minimum(0, { message: 'cannot be negative' }),
        z.maximum(100, { message: 'must be 100 or less' }),
      ),
  ),
  /**
   * The clinician's judgement that the CVI is long-standing. The source names "long-term CVI" as
   * a risk factor without a cut-off in years, so the app asks rather than inventing a threshold.
   */
  longStandingCvi: optionalBool,
  ceap: z.optional(z.enum(CEAP_CLASSES, { error: 'must be a CEAP class from C0 to C6r' })),
  priorDvt: optionalBool,
  immobility: optionalBool,
  onsetDate: z.optional(isoDate),
  laterality: z.optional(z.enum(LATERALITIES, { error: 'must be left, right or bilateral' })),
  /** Only meaningful with laterality 'bilateral'; kept (never dropped) otherwise, and not read. */
  worseSide: z.optional(z.enum(WORSE_SIDES, { error: 'must be left, right or equal' })),
  lowerThird: optionalBool,
  posteriorLateral: optionalBool,
  pain: z.optional(z.enum(PAIN_LEVELS, { error: 'must be none, mild, moderate or severe' })),
  skin: z.optional(
    z
      .array(z.enum(SKIN_SIGNS, { error: 'is not a known skin sign' }))
      .check(z.maxLength(SKIN_SIGNS.length)),
  ),
  /**
   * Kidney function (schema 2; replaces the schema-1 yes/no "chronic kidney disease or dialysis",
   * see migrate.ts). CKD or dialysis points towards metastatic calcinosis or calciphylaxis.
   */
  ckd: z.optional(z.enum(CKD_STAGES, { error: 'is not a known CKD category' })),
  dialysis: z.optional(z.enum(DIALYSIS_STATUSES, { error: 'must be yes, no or unknown' })),
  /** Asked for a woman (or sex not recorded) of childbearing age; see PREGNANCY_STATUSES. */
  pregnancy: z.optional(z.enum(PREGNANCY_STATUSES, { error: 'is not a known pregnancy status' })),
  /** Anticoagulant or antiplatelet drugs (see ANTITHROMBOTICS). */
  antithrombotics: z.optional(
    z
      .array(z.enum(ANTITHROMBOTICS, { error: 'is not a known antithrombotic answer' }))
      .check(
        z.maxLength(ANTITHROMBOTICS.length),
        z.refine(noRepeats, { message: 'lists the same answer twice' }),
        z.refine(antithromboticsConsistent, { message: ANTITHROMBOTIC_ALONE }),
      ),
  ),
  /** Lesions since infancy or childhood: points towards POH, AHO or FOP rather than SCHO. */
  childhoodOnset: optionalBool,
  history: z.optional(note),
});
export type Patient = z.infer<typeof patientSchema>;

/** The case's studies are exactly the registry's modalities, in the order of the workup. */
export const STUDY_IDS: readonly StudyId[] = MODALITY_IDS;

export const caseSchema = z.object({
  schemaVersion: z.literal(CASE_SCHEMA_VERSION, {
    error: `must be ${CASE_SCHEMA_VERSION} (this app's case-file version)`,
  }),
  id: z
    .string({ error: 'must be text' })
    .check(
      z.minLength(1, { message: 'is empty' }),
      z.maxLength(100, { message: 'is longer than 100 characters' }),
    ),
  /** A pseudonymous label ("Bed 12, left leg"): the app never asks for a real name. */
  label: z
    .string({ error: 'must be text' })
    .check(
      z.trim(),
      z.minLength(1, { message: 'is empty' }),
      z.maxLength(LABEL_MAX_LENGTH, { message: `is longer than ${LABEL_MAX_LENGTH} characters` }),
    ),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  patient: z._default(patientSchema, {}),
  studies: z._default(
    studiesSchema,
    Object.fromEntries(MODALITY_IDS.map((id) => [id, NOT_STARTED])) as Record<
      ModalityId,
      typeof NOT_STARTED
    >,
  ),
});
export type Case = z.infer<typeof caseSchema>;
