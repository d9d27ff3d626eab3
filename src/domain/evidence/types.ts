import type { LocalizedText } from '../text';

/**
 * How sure the app is of a source, mirroring the status key of the project's evidence review:
 * S  = read in the source text (often an abstract or excerpt);
 * S2 = read in a secondary page citing the original.
 * Rows the review marked M (from memory, unchecked) are not encoded as fact; where one is kept
 * for context it is flagged `unconfirmed` and never drives a rule or a chart.
 */
export type SourceStatus = 'S' | 'S2';

export interface Reference {
  readonly id: string;
  /** "García-Arpa M, Flores-Terry MA, et al." */
  readonly authors: string;
  readonly title: string;
  /** Journal (or web resource) with volume and pages where known. */
  readonly source: string;
  readonly year?: number;
  readonly doi?: string;
  readonly pmid?: string;
  /** The population or setting studied, which decides whether a figure is extrapolated. */
  readonly setting: LocalizedText;
  readonly status: SourceStatus;
  /** True for the seed case report itself: SCHO of the legs in CVI. */
  readonly isSeed?: boolean;
}

/** The investigations the workup chooses among. Labs are a modality too: they steer the differential. */
export const MODALITY_IDS = [
  'labs',
  'ultrasound',
  'xray',
  'scintigraphy',
  'ct',
  'mri',
  'biopsy',
] as const;
export type ModalityId = (typeof MODALITY_IDS)[number];

/** The imaging modalities compared on the chart. */
export const IMAGING_IDS = ['ultrasound', 'xray', 'scintigraphy', 'ct', 'mri'] as const;
export type ImagingId = (typeof IMAGING_IDS)[number];

/**
 * A clinical statement with its sources. `extrapolated` when the source studied another kind of
 * heterotopic ossification or calcinosis, not SCHO of the legs in CVI.
 */
export interface Statement {
  readonly text: LocalizedText;
  readonly refs: readonly string[];
  readonly extrapolated?: boolean;
  /** Kept for context only; from a row the evidence review could not confirm. */
  readonly unconfirmed?: boolean;
}

/**
 * A sensitivity figure. No accuracy study exists for SCHO in CVI, so every `measured` figure is
 * extrapolated from another setting and says so. `ordinal` is the seed's own wording ("highly
 * sensitive in early diagnosis") without a number. `not-measured` is explicit: the chart shows
 * "not measured", never zero.
 */
export type SensitivityFigure =
  | {
      readonly kind: 'measured';
      /** Point estimate, 0..1. */
      readonly value: number;
      /** Range across units of analysis or studies, 0..1, when the source gives one. */
      readonly low?: number;
      readonly high?: number;
      /** Counts behind the figure, e.g. "193/217", when given. */
      readonly counts?: string;
      /** Unit of analysis and reference standard, e.g. "per patient, against X-ray". */
      readonly basis: LocalizedText;
      readonly setting: LocalizedText;
      readonly ref: string;
      readonly extrapolated: boolean;
    }
  | {
      readonly kind: 'ordinal';
      readonly level: 'high' | 'low';
      readonly text: LocalizedText;
      readonly ref: string;
      readonly extrapolated: boolean;
    }
  | {
      readonly kind: 'not-measured';
      readonly text: LocalizedText;
    };

/**
 * The earliest time after symptom onset at which a modality can show the lesion.
 * `fromDay`/`toDay` in days; both absent when no source gives a time (the timeline then shows
 * "no figure", not a guess).
 */
export interface EarliestDetection {
  readonly fromDay?: number;
  readonly toDay?: number;
  readonly text: LocalizedText;
  readonly refs: readonly string[];
  readonly extrapolated: boolean;
}

/** ACR relative radiation level, adult bands (mSv): O 0; ☢ <0.1; ☢☢ 0.1–1; ☢☢☢ 1–10; ☢☢☢☢ 10–30. */
export const RRL_LEVELS = ['O', '☢', '☢☢', '☢☢☢', '☢☢☢☢'] as const;
export type RelativeRadiationLevel = (typeof RRL_LEVELS)[number];

export interface Radiation {
  readonly rrl: RelativeRadiationLevel;
  /** Typical adult effective dose in mSv; absent when no source gives one for this exam. */
  readonly effectiveDoseMsv?: number;
  /** "<0.01" style qualifier for the dose. */
  readonly doseText: LocalizedText;
  readonly refs: readonly string[];
}

export type Ordinal3 = 'low' | 'moderate' | 'high';

/** Relative cost or availability. Unsourced estimates are flagged `unconfirmed`. */
export interface OrdinalRating {
  readonly level: Ordinal3;
  readonly text: LocalizedText;
  readonly refs: readonly string[];
  readonly unconfirmed?: boolean;
}

export interface ModalityProfile {
  readonly id: ModalityId;
  readonly name: LocalizedText;
  readonly shortName: LocalizedText;
  /** What the study shows in ossification, and in calcification. */
  readonly showsOssification: Statement;
  readonly showsCalcification?: Statement;
  readonly earliest?: EarliestDetection;
  readonly sensitivity: readonly SensitivityFigure[];
  readonly radiation?: Radiation;
  readonly cost?: OrdinalRating;
  readonly availability?: OrdinalRating;
  readonly strengths: readonly Statement[];
  readonly pitfalls: readonly Statement[];
}
