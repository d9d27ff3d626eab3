import type { ImagingId } from '../evidence/types';
import type { LocalizedText } from '../text';
import type { TwoByTwo } from './likelihood-ratio';
import type { Interval } from './odds';

/**
 * What the explorer needs from the evidence registry, as a small typed interface. The figures
 * themselves live in the registry (one fact, one home); `registry-sources.ts` maps them onto
 * this shape, and tests may pass a hand-made set.
 */

/** What a pre-test anchor counts: bone (histology) is not calcification (imaging). */
export type AnchorMeasure = 'bone' | 'calcification' | 'scho-as-cited';

export interface PretestAnchor {
  readonly id: string;
  readonly label: LocalizedText;
  /** The range the explorer starts from: the source's CI, or its range across groups. */
  readonly range: Interval;
  /** The source's point estimate, when it gives one. */
  readonly point?: number;
  /** Events / total behind the point, when the source gives them. */
  readonly counts?: { readonly events: number; readonly total: number };
  /** How `range` was obtained, e.g. "95 % CI (Wilson) from 15/212". */
  readonly rangeBasis: LocalizedText;
  readonly measures: AnchorMeasure;
  readonly setting: LocalizedText;
  readonly refs: readonly string[];
}

export interface AccuracyEvidence {
  readonly id: string;
  readonly modality: ImagingId;
  readonly table: TwoByTwo;
  /** What counts as a positive index test in the source. */
  readonly positive: LocalizedText;
  /** Target condition and reference standard, e.g. "calcinosis on X-ray (reference)". */
  readonly reference: LocalizedText;
  readonly unit: LocalizedText;
  readonly setting: LocalizedText;
  /** True when measured in another condition than SCHO of the legs in CVI. */
  readonly extrapolated: boolean;
  readonly ref: string;
  /** Sensitivity and specificity intervals as the registry computed them from the counts. */
  readonly sensitivityCi?: Interval;
  readonly specificityCi?: Interval;
  /** The method that computed those intervals, e.g. "Wilson". */
  readonly proportionCiMethod?: string;
  /** A bias the reader must know (e.g. the reference standard is weaker than the index test). */
  readonly caveat?: LocalizedText;
}

export interface ProbabilitySources {
  readonly anchors: readonly PretestAnchor[];
  readonly accuracy: readonly AccuracyEvidence[];
}
