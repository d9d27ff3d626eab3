import { z } from 'zod/mini';
import { isIsoDate } from '../dates';
import { MODALITY_IDS } from '../evidence/types';

/**
 * The case file: only what the clinician entered. Everything derivable (advice, conclusion,
 * timing) is computed by the engine and never stored here.
 *
 * Bump CASE_SCHEMA_VERSION and add a step to `migrate.ts` whenever a stored shape changes.
 */
export const CASE_SCHEMA_VERSION = 1;

/** The longest case label, in characters: the schema, the store and the case forms all use it. */
export const LABEL_MAX_LENGTH = 120;

/** The refinement message that marks an impossible date (parse.ts classifies by it). */
export const INVALID_DATE = 'is not a valid calendar date (YYYY-MM-DD)';

const isoDate = z
  .string({ error: 'must be a date (YYYY-MM-DD)' })
  .check(z.refine(isIsoDate, { message: INVALID_DATE }));

const note = z
  .string({ error: 'must be text' })
  .check(z.maxLength(5000, { message: 'is longer than 5000 characters' }));

const optionalBool = z.optional(z.boolean({ error: 'must be yes or no' }));

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
export type CeapClass = (typeof CEAP_CLASSES)[number];

export const LATERALITIES = ['left', 'right', 'bilateral'] as const;
export const PAIN_LEVELS = ['none', 'mild', 'moderate', 'severe'] as const;
export const SKIN_SIGNS = [
  'normal',
  'cvi-changes',
  'venous-ulcer',
  'livedo-racemosa',
  'necrosis',
] as const;

export const patientSchema = z.object({
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
  lowerThird: optionalBool,
  posteriorLateral: optionalBool,
  pain: z.optional(z.enum(PAIN_LEVELS, { error: 'must be none, mild, moderate or severe' })),
  skin: z.optional(
    z
      .array(z.enum(SKIN_SIGNS, { error: 'is not a known skin sign' }))
      .check(z.maxLength(SKIN_SIGNS.length)),
  ),
  /** Chronic kidney disease or dialysis: points towards metastatic calcinosis or calciphylaxis. */
  kidneyDisease: optionalBool,
  /** Lesions since infancy or childhood: points towards POH, AHO or FOP rather than SCHO. */
  childhoodOnset: optionalBool,
  history: z.optional(note),
});
export type Patient = z.infer<typeof patientSchema>;

export const STUDY_STATUSES = ['not-started', 'planned', 'done', 'skipped', 'deferred'] as const;
export type StudyStatus = (typeof STUDY_STATUSES)[number];
export const SKIP_REASONS = ['not-available', 'declined', 'not-indicated', 'other'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Where a deposit sits. Fascia or muscle involvement is atypical for SCHO (García-Arpa 2020). */
export const DEPTHS = ['subcutaneous', 'fascia-or-muscle'] as const;

const studyBase = {
  status: z._default(
    z.enum(STUDY_STATUSES, { error: 'is not a known study status' }),
    'not-started',
  ),
  reason: z.optional(z.enum(SKIP_REASONS, { error: 'is not a known reason' })),
  date: z.optional(isoDate),
  note: z.optional(note),
};

export const LAB_FLAGS = ['normal', 'low', 'high'] as const;
export const LAB_UNITS = {
  calcium: ['mg/dL', 'mmol/L'],
  phosphate: ['mg/dL', 'mmol/L'],
  pth: ['pg/mL', 'pmol/L'],
  creatinine: ['mg/dL', 'µmol/L'],
  alp: ['U/L'],
} as const;
export type LabAnalyte = keyof typeof LAB_UNITS;
export const LAB_ANALYTES = Object.keys(LAB_UNITS) as LabAnalyte[];

/**
 * A lab result: a value with its unit, the lab's own flag against its reference range, or both.
 * The app does not hold reference ranges of its own: the reporting lab's flag is authoritative.
 */
const labValue = <U extends readonly [string, ...string[]]>(units: U) =>
  z.object({
    value: z.optional(
      z
        .number({ error: 'must be a number' })
        .check(
          z.nonnegative({ message: 'cannot be negative' }),
          z.maximum(100000, { message: 'is implausibly large' }),
        ),
    ),
    unit: z.optional(z.enum(units, { error: `must be one of ${units.join(', ')}` })),
    flag: z.optional(z.enum(LAB_FLAGS, { error: 'must be normal, low or high' })),
  });

export const labsSchema = z.object({
  ...studyBase,
  calcium: z.optional(labValue(LAB_UNITS.calcium)),
  phosphate: z.optional(labValue(LAB_UNITS.phosphate)),
  pth: z.optional(labValue(LAB_UNITS.pth)),
  creatinine: z.optional(labValue(LAB_UNITS.creatinine)),
  alp: z.optional(labValue(LAB_UNITS.alp)),
});
export type Labs = z.infer<typeof labsSchema>;
export type LabValue = NonNullable<Labs['calcium']>;

export const US_PATTERNS = [
  'normal',
  'hyperechoic-shadowing',
  'less-echogenic-deposits',
  'indeterminate',
] as const;
export const ultrasoundSchema = z.object({
  ...studyBase,
  /** Hyperechogenic foci with posterior acoustic shadow = ossification; less echogenic = calcification. */
  pattern: z.optional(z.enum(US_PATTERNS, { error: 'is not a known ultrasound pattern' })),
  depth: z.optional(z.enum(DEPTHS)),
});

export const XRAY_PATTERNS = [
  'normal',
  'reticulated-bone-density',
  'diffuse-bone-density',
  'punctate-calcification',
  'other',
] as const;
export const xraySchema = z.object({
  ...studyBase,
  pattern: z.optional(z.enum(XRAY_PATTERNS, { error: 'is not a known X-ray pattern' })),
  periostitis: optionalBool,
  depth: z.optional(z.enum(DEPTHS)),
});

export const SCINT_PATTERNS = ['normal', 'soft-tissue-uptake', 'other'] as const;
export const scintigraphySchema = z.object({
  ...studyBase,
  pattern: z.optional(z.enum(SCINT_PATTERNS, { error: 'is not a known scintigraphy result' })),
});

export const CROSS_SECTIONAL_PATTERNS = [
  'normal',
  'trabecular-plaques',
  'amorphous-calcification',
  'other',
] as const;
const crossSectionalSchema = z.object({
  ...studyBase,
  pattern: z.optional(z.enum(CROSS_SECTIONAL_PATTERNS, { error: 'is not a known CT/MRI pattern' })),
  depth: z.optional(z.enum(DEPTHS)),
});
export const ctSchema = crossSectionalSchema;
export const mriSchema = crossSectionalSchema;

export const HISTOLOGY = [
  'ossification',
  'calcification-without-bone',
  'other-diagnosis',
  'non-diagnostic',
] as const;
export const biopsySchema = z.object({
  ...studyBase,
  /** Bone trabeculae in deep dermis and fat = ossification; calcium without bone = calcinosis cutis. */
  histology: z.optional(z.enum(HISTOLOGY, { error: 'is not a known histology result' })),
  woundProblem: optionalBool,
});

export const studiesSchema = z.object({
  labs: z._default(labsSchema, { status: 'not-started' }),
  ultrasound: z._default(ultrasoundSchema, { status: 'not-started' }),
  xray: z._default(xraySchema, { status: 'not-started' }),
  scintigraphy: z._default(scintigraphySchema, { status: 'not-started' }),
  ct: z._default(ctSchema, { status: 'not-started' }),
  mri: z._default(mriSchema, { status: 'not-started' }),
  biopsy: z._default(biopsySchema, { status: 'not-started' }),
});
export type Studies = z.infer<typeof studiesSchema>;
export type StudyId = keyof Studies;
/** The case's studies are exactly the registry's modalities, in the order of the workup. */
export const STUDY_IDS: readonly StudyId[] = MODALITY_IDS;
export type UltrasoundStudy = Studies['ultrasound'];
export type XrayStudy = Studies['xray'];
export type ScintigraphyStudy = Studies['scintigraphy'];
export type CrossSectionalStudy = Studies['ct'];
export type BiopsyStudy = Studies['biopsy'];

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
  createdAt: z.string({ error: 'must be a date-time' }),
  updatedAt: z.string({ error: 'must be a date-time' }),
  patient: z._default(patientSchema, {}),
  studies: z._default(studiesSchema, {
    labs: { status: 'not-started' },
    ultrasound: { status: 'not-started' },
    xray: { status: 'not-started' },
    scintigraphy: { status: 'not-started' },
    ct: { status: 'not-started' },
    mri: { status: 'not-started' },
    biopsy: { status: 'not-started' },
  }),
});
export type Case = z.infer<typeof caseSchema>;
