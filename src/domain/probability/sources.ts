import type {
  AnalysisUnit,
  Applicability,
  ImagingId,
  ReferenceStandard,
  Strength,
} from '../evidence/types';
import type { LocalizedText } from '../text';
import type { TwoByTwo } from './likelihood-ratio';
import type { Interval } from './odds';

/**
 * What the explorer needs from the evidence registry, as a small typed interface. The figures
 * themselves live in the registry (one fact, one home); `registry-sources.ts` maps them onto
 * this shape, and tests may pass a hand-made set.
 */

/** What a pre-test anchor counts: bone (histology) is not calcification (imaging). */
type AnchorMeasure = 'bone' | 'calcification';

export interface PretestAnchor {
  readonly id: string;
  /** The population, e.g. "Legs at CEAP C4a–C6". */
  readonly label: LocalizedText;
  /** The range the explorer starts from: the 95 % CI of the counts, computed by the registry. */
  readonly range: Interval;
  /** The point estimate events/total. */
  readonly point?: number;
  readonly counts?: { readonly events: number; readonly total: number };
  /** How `range` was obtained, e.g. "Wilson 95 % CI of 24/95, by duplex ultrasound". */
  readonly rangeBasis: LocalizedText;
  readonly measures: AnchorMeasure;
  readonly setting: LocalizedText;
  readonly refs: readonly string[];
  readonly strength?: Strength;
  readonly applicability?: Applicability;
  readonly note?: LocalizedText;
}

export interface AccuracyEvidence {
  readonly id: string;
  readonly modality: ImagingId;
  readonly table: TwoByTwo;
  /** What counts as a positive index test in the source (tables of one study may differ only here). */
  readonly positive: LocalizedText;
  readonly indexTest?: LocalizedText;
  readonly referenceStandard: ReferenceStandard;
  readonly unit: AnalysisUnit;
  readonly setting: LocalizedText;
  /** True when measured in another condition than SCHO of the legs in CVI. */
  readonly extrapolated: boolean;
  readonly applicability?: Applicability;
  readonly strength?: Strength;
  /** How the four cells follow from what the source states. */
  readonly derivation?: LocalizedText;
  readonly ref: string;
  /** Sensitivity and specificity intervals as the registry computed them from the counts. */
  readonly sensitivityCi?: Interval;
  readonly specificityCi?: Interval;
  /** The method that computed those intervals, e.g. "Wilson". */
  readonly proportionCiMethod?: string;
  /** A bias the reader must know (e.g. the reference standard contains the index test). */
  readonly caveat?: LocalizedText;
}

export interface ProbabilitySources {
  readonly anchors: readonly PretestAnchor[];
  readonly accuracy: readonly AccuracyEvidence[];
}
