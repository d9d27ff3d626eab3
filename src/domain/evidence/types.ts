import type { Proportion, TwoByTwo } from '../stats';
import type { LocalizedText } from '../text';

/**
 * How sure the app is of a source:
 * S  = read in the source text (often an abstract or excerpt);
 * S2 = read in a secondary page citing the original.
 * A statement not checked against a source is not encoded as fact; where one is kept
 * for context it is flagged `unconfirmed` and never drives a rule or a chart.
 */
type SourceStatus = 'S' | 'S2';

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
  /** Kept for context only: not confirmed in a source. */
  readonly unconfirmed?: boolean;
}

/**
 * The seed's own words about how sensitive a modality is, or an explicit "not measured". Numbers
 * live in `FIGURES` (figures.ts), each with its design, unit, reference standard, strength and
 * applicability; this list holds what has no number. `ordinal` is the seed's own wording ("highly
 * sensitive in early diagnosis") without a number. `not-measured` is explicit: the chart shows
 * "not measured", never zero.
 */
export type SensitivityFigure =
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

/** How the study was built. `phantom` and `guideline` are for doses. */
export const STUDY_DESIGNS = [
  'case-control',
  'cohort',
  'cross-sectional',
  'case-series',
  'review',
  'guideline',
  'phantom',
] as const;
type StudyDesign = (typeof STUDY_DESIGNS)[number];

/** What one counted unit is. */
export const ANALYSIS_UNITS = ['patient', 'leg', 'limb', 'hand', 'zone', 'ulcer', 'scan'] as const;
export type AnalysisUnit = (typeof ANALYSIS_UNITS)[number];

/**
 * What decided, in the study, whether the finding was really there. `none` means no reference at
 * all: the figure is then a detection rate, never a sensitivity. `clinical` is a clinical or
 * mixed diagnosis; `spect-ct` contains the index test itself (incorporation bias).
 */
export const REFERENCE_STANDARDS = [
  'histology',
  'ct-mri',
  'spect-ct',
  'xray',
  'clinical',
  'none',
] as const;
export type ReferenceStandard = (typeof REFERENCE_STANDARDS)[number];

/** A plain judgement of the design (not a GRADE rating), always with its reason. */
export const STRENGTH_GRADES = ['high', 'moderate', 'low', 'very-low'] as const;
type StrengthGrade = (typeof STRENGTH_GRADES)[number];

export interface Strength {
  readonly grade: StrengthGrade;
  readonly reason: LocalizedText;
}

/**
 * How far a figure applies to SCHO of the legs in CVI. `direct`: legs with venous disease;
 * `indirect`: another kind of heterotopic ossification or calcinosis; `other-disease`: a different
 * disease altogether (e.g. calciphylaxis).
 */
export const APPLICABILITIES = ['direct', 'indirect', 'other-disease'] as const;
export type Applicability = (typeof APPLICABILITIES)[number];

/**
 * What the number is. A `detection-rate` is the share of units in which the test showed the
 * finding when nothing independent checked it (no reference standard); a `sensitivity` needs a
 * reference standard; a `frequency` is how often a finding occurs in a population.
 */
export const FIGURE_MEASURES = ['sensitivity', 'detection-rate', 'frequency'] as const;
export type FigureMeasure = (typeof FIGURE_MEASURES)[number];

/** What the figure counts: mineral of any kind, or bone proper (only histology tells them apart). */
type FindingKind = 'calcification' | 'bone' | 'heterotopic-ossification';

/**
 * One number from one source, with everything needed to judge it. `value` is the proportion as
 * the source states it, `statedDecimals` its precision (0.889 → 3). `counts` are the units behind
 * it, when the source gives them or they follow exactly from what it gives (`countsDerived`); the
 * 95% confidence interval is computed from `counts` (Wilson), never copied, and a figure without
 * counts has no interval.
 */
export interface EvidenceFigure {
  /** Stable id: "<source>-<what>", e.g. "wozniak-2020-us". */
  readonly id: string;
  /** The test that produced the figure; absent for a finding counted by palpation. */
  readonly modality?: ModalityId;
  /** How the finding was looked for, in words (e.g. "high-frequency ultrasound"). */
  readonly method: LocalizedText;
  readonly measure: FigureMeasure;
  readonly finding: FindingKind;
  readonly value: number;
  readonly statedDecimals: number;
  readonly counts?: Proportion;
  /** True when `counts` were derived here from a stated percentage and denominator. */
  readonly countsDerived?: boolean;
  readonly design: StudyDesign;
  /** Patients in the analysis, when the source says. */
  readonly patients?: number;
  readonly unit: AnalysisUnit;
  readonly referenceStandard: ReferenceStandard;
  readonly strength: Strength;
  readonly applicability: Applicability;
  readonly setting: LocalizedText;
  /** What else the reader must know (specificity not estimable, unit caveats...). */
  readonly note?: LocalizedText;
  readonly ref: string;
  /** True unless the figure was measured in legs with venous disease. */
  readonly extrapolated: boolean;
}

/** A 2×2 table from one source, re-derived from the published figures (see `derivation`). */
export interface AccuracyTable {
  readonly id: string;
  readonly modality: ModalityId;
  readonly indexTest: LocalizedText;
  /** What counted as a positive index test (tables from one study may differ only in this). */
  readonly threshold: LocalizedText;
  readonly referenceStandard: ReferenceStandard;
  readonly unit: AnalysisUnit;
  readonly table: TwoByTwo;
  /** How the four cells follow from what the source states. */
  readonly derivation: LocalizedText;
  readonly design: StudyDesign;
  readonly strength: Strength;
  readonly applicability: Applicability;
  readonly finding: FindingKind;
  readonly setting: LocalizedText;
  readonly caveat: LocalizedText;
  readonly ref: string;
}

/**
 * A pre-test anchor: how often a finding occurs in a population like the patient's. Always a
 * range (the Wilson 95% interval of its counts), never one number; `measures` says whether it
 * counts calcification or bone, which are not the same thing.
 */
export interface PretestAnchor {
  readonly id: string;
  readonly population: LocalizedText;
  readonly method: LocalizedText;
  readonly measures: 'calcification' | 'bone';
  readonly counts: Proportion;
  readonly unit: AnalysisUnit;
  readonly design: StudyDesign;
  readonly strength: Strength;
  readonly applicability: Applicability;
  readonly note?: LocalizedText;
  readonly ref: string;
}

/**
 * A sourced time figure. `after` says what day 0 is in the source: sources differ, and the
 * timeline labels each track with it. `kind: 'lag'` is a delay behind another test (no day 0).
 */
export interface TimingFigure {
  readonly id: string;
  readonly modality: ImagingId;
  readonly kind: 'positive-at' | 'may-be-normal-until' | 'lag';
  /**
   * What day 0 is: symptom onset, the clinical diagnosis, or the injury that caused the HO.
   * Absent for a lag, which has no day 0.
   */
  readonly after?: 'onset' | 'clinical-diagnosis' | 'injury';
  /** Day figures: a mean (± SD) or a from–to window, in days. Absent for a pure lag. */
  readonly meanDays?: number;
  readonly sdDays?: number;
  readonly fromDay?: number;
  readonly toDay?: number;
  /** For a lag: this test turns positive `lagDays` (± `lagSdDays`) after `lagBehind`. */
  readonly lagBehind?: ImagingId;
  readonly lagDays?: number;
  readonly lagSdDays?: number;
  /** True when a day figure was computed here from the source's numbers (say how in `text`). */
  readonly derived?: boolean;
  readonly text: LocalizedText;
  readonly design: StudyDesign;
  readonly patients?: number;
  readonly strength: Strength;
  readonly applicability: Applicability;
  readonly setting: LocalizedText;
  readonly ref: string;
}

/** A sourced effective dose. Ranges stay ranges; "varies" stays "varies". */
export interface DoseFigure {
  readonly id: string;
  readonly modality: ImagingId;
  readonly exam: LocalizedText;
  readonly kind: 'range' | 'value' | 'varies';
  readonly lowMsv?: number;
  readonly highMsv?: number;
  readonly valueMsv?: number;
  /** For a computed range: activity × dose coefficient (see `text`). */
  readonly derived?: boolean;
  readonly text: LocalizedText;
  readonly design: StudyDesign;
  readonly ref: string;
}

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
  /** An adult effective-dose range in mSv, when the source gives a range (bone scan). */
  readonly effectiveDoseRangeMsv?: { readonly low: number; readonly high: number };
  /** "<0.01" style qualifier for the dose. */
  readonly doseText: LocalizedText;
  readonly refs: readonly string[];
}

type Ordinal3 = 'low' | 'moderate' | 'high';

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
