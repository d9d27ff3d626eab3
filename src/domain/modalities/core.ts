import { z, type ZodMiniDefault } from 'zod/mini';
import { MODALITY_IDS, type ImagingId, type ModalityId } from '../evidence/types';
import { biopsySchema } from './biopsy/schema';
import { crossSectionalSchema } from './cross-sectional/schema';
import { labsSchema } from './labs/schema';
import { scintigraphySchema } from './scintigraphy/schema';
import { ultrasoundSchema } from './ultrasound/schema';
import { xraySchema } from './xray/schema';

/**
 * The light half of the modality registry: each investigation's step, kind and findings schema.
 * The case schema (validated on the first page) and the wizard's steps are derived from it, so it
 * imports only the schemas; everything else about a modality (evidence, words, signals, FHIR)
 * lives in the full module (`./index.ts`), which is loaded with the engine and the exports.
 */

/** The steps of the bedside workup, in the order the brief lays them out. */
export const STEP_IDS = [
  'patient',
  'labs',
  'ultrasound',
  'xray',
  'scintigraphy',
  'ctmri',
  'biopsy',
  'summary',
] as const;
export type StepId = (typeof STEP_IDS)[number];
/** The steps that record studies (all but the history and the summary). */
type StudyStepId = Exclude<StepId, 'patient' | 'summary'>;

/**
 * Where a modality's results go: lab values (one per analyte), an imaging finding, or histology.
 * Every place that treats one kind differently switches on this, never on a modality id.
 */
export type ModalityKind = 'labs' | 'imaging' | 'biopsy';

export interface ModalityCore {
  /** The wizard step that records this study. */
  readonly step: StudyStepId;
  readonly kind: ModalityKind;
}

/** One entry per modality; a missing or extra one is a compile error. */
export const MODALITY_CORES = {
  labs: { step: 'labs', kind: 'labs', schema: labsSchema },
  ultrasound: { step: 'ultrasound', kind: 'imaging', schema: ultrasoundSchema },
  xray: { step: 'xray', kind: 'imaging', schema: xraySchema },
  scintigraphy: { step: 'scintigraphy', kind: 'imaging', schema: scintigraphySchema },
  ct: { step: 'ctmri', kind: 'imaging', schema: crossSectionalSchema },
  mri: { step: 'ctmri', kind: 'imaging', schema: crossSectionalSchema },
  biopsy: { step: 'biopsy', kind: 'biopsy', schema: biopsySchema },
} satisfies {
  // The explorer's and the chart's IMAGING_IDS must be exactly the studies of kind 'imaging'.
  readonly [K in ModalityId]: ModalityCore & {
    readonly kind: K extends ImagingId ? 'imaging' : Exclude<ModalityKind, 'imaging'>;
    readonly schema: unknown;
  };
};

/** Which case studies each step records, in the order of the workup (CT/MRI records both). */
export const STEP_STUDIES = Object.fromEntries(
  STEP_IDS.map((step) => [step, MODALITY_IDS.filter((m) => MODALITY_CORES[m].step === step)]),
) as unknown as Readonly<Record<StepId, readonly ModalityId[]>>;

export const kindOf = (id: ModalityId): ModalityKind => MODALITY_CORES[id].kind;

export const isStepId = (s: string): s is StepId => (STEP_IDS as readonly string[]).includes(s);

/**
 * The case's studies: each as its modality's schema, not started when absent. Built here, below
 * the case, so that each modality module can name its own study's type without importing the
 * case file that is assembled from them.
 */
type StudiesShape = {
  readonly [K in ModalityId]: ZodMiniDefault<(typeof MODALITY_CORES)[K]['schema']>;
};
export const NOT_STARTED = { status: 'not-started' } as const;
export const studiesSchema = z.object(
  Object.fromEntries(
    MODALITY_IDS.map((id) => [id, z._default(MODALITY_CORES[id].schema, NOT_STARTED)]),
  ) as StudiesShape,
);
export type Studies = z.infer<typeof studiesSchema>;
export type StudyId = keyof Studies;
export type Labs = Studies['labs'];
export type LabValue = NonNullable<Labs['calcium']>;
export type CrossSectionalStudy = Studies['ct'];
