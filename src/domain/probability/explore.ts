import { IMAGING_IDS, type ImagingId } from '../evidence/types';
import {
  assumedLikelihoodRatio,
  likelihoodRatio,
  type CorrectedLr,
  type LrResult,
  type Sign,
  type UndefinedReason,
} from './likelihood-ratio';
import { isProbabilityInterval, type Interval } from './odds';
import {
  chainLikelihoodRatios,
  postTestRange,
  type ChainedLr,
  type ChainItem,
  type PostTestRange,
} from './post-test';
import type { AccuracyEvidence, PretestAnchor, ProbabilitySources } from './sources';
import { checkThresholds, decide, type Decision, type Thresholds } from './thresholds';

/**
 * The explorer as one pure function: what the clinician chose (a pre-test range, results, what-if
 * assumptions, thresholds) and the sources in, everything the screen and the export show out.
 * Nothing here is stored; a case only ever fills the inputs.
 */

type PretestChoice =
  | { readonly kind: 'anchor'; readonly anchorId: string }
  /** The clinician's own range: shown as their judgement, never as evidence. */
  | { readonly kind: 'judgement'; readonly range: Interval };

export type ResultInput =
  | {
      readonly basis: 'evidence';
      readonly modality: ImagingId;
      readonly sign: Sign;
      /** Which of the modality's 2×2 tables (they may differ in what counted as positive). */
      readonly tableId?: string;
      /** Use the labelled 0.5 continuity-corrected LR where the LR itself is undefined. */
      readonly useCorrected?: boolean;
    }
  | {
      /** What-if: the clinician's assumed accuracy. Labelled as an assumption everywhere. */
      readonly basis: 'assumption';
      readonly modality: ImagingId;
      readonly sign: Sign;
      readonly sensitivity: number;
      readonly specificity: number;
    };

export interface ExplorerInput {
  readonly pretest: PretestChoice;
  readonly results: readonly ResultInput[];
  readonly thresholds?: Thresholds;
}

/** Why a result adds no number to the calculation. */
type Refusal =
  /** No 2×2 table for this modality in the sources. */
  | { readonly kind: 'no-table' }
  /** A zero cell leaves the LR undefined and the corrected value was not chosen. */
  | {
      readonly kind: 'undefined';
      readonly reason: UndefinedReason;
      readonly correctionOffered: boolean;
    };

export interface ResultOutcome {
  readonly input: ResultInput;
  readonly evidence: AccuracyEvidence | null;
  /** The LR from the source's counts (evidence results only). */
  readonly lr: LrResult | null;
  /** What enters the calculation, and whether it is the labelled corrected value. */
  readonly used: (ChainItem & { readonly corrected: CorrectedLr | null }) | null;
  readonly refusal: Refusal | null;
}

type PretestOutcome =
  | { readonly kind: 'anchor'; readonly range: Interval; readonly anchor: PretestAnchor }
  | { readonly kind: 'judgement'; readonly range: Interval };

export interface ExplorerResult {
  readonly pretest: PretestOutcome | null;
  /** Why there is no pre-test range (unknown anchor, or a range outside [0, 1]). */
  readonly pretestProblem: 'unknown-anchor' | 'bad-range' | null;
  readonly results: readonly ResultOutcome[];
  readonly chain: ChainedLr | null;
  readonly post: {
    readonly independence: PostTestRange;
    readonly fullDependence: PostTestRange;
    /** From the lowest to the highest end of both, CIs included. */
    readonly band: Interval;
  } | null;
  readonly thresholdProblem: ReturnType<typeof checkThresholds>;
  readonly decision: Decision | null;
  /** True when a what-if result (the clinician's assumed accuracy) enters the calculation. */
  readonly usesWhatIf: boolean;
}

function accuracyFor(modality: ImagingId, sources: ProbabilitySources): AccuracyEvidence | null {
  return sources.accuracy.find((a) => a.modality === modality) ?? null;
}

/** Every 2×2 table the sources give for one modality (none: "no LR can be computed"). */
export function tablesFor(modality: ImagingId, sources: ProbabilitySources): AccuracyEvidence[] {
  return sources.accuracy.filter((a) => a.modality === modality);
}

/** Per imaging modality: the first 2×2 table the sources give, or null ("no LR can be computed"). */
export function lrAvailability(
  sources: ProbabilitySources,
): Record<ImagingId, AccuracyEvidence | null> {
  return Object.fromEntries(IMAGING_IDS.map((id) => [id, accuracyFor(id, sources)])) as Record<
    ImagingId,
    AccuracyEvidence | null
  >;
}

function outcome(input: ResultInput, sources: ProbabilitySources): ResultOutcome {
  if (input.basis === 'assumption') {
    const lr = assumedLikelihoodRatio(input.sensitivity, input.specificity, input.sign);
    return lr.kind === 'defined'
      ? {
          input,
          evidence: null,
          lr: null,
          used: { point: lr.point, ci: null, logSe: null, corrected: null },
          refusal: null,
        }
      : {
          input,
          evidence: null,
          lr: null,
          used: null,
          refusal: { kind: 'undefined', reason: lr.reason, correctionOffered: false },
        };
  }
  const evidence =
    (input.tableId &&
      sources.accuracy.find((a) => a.id === input.tableId && a.modality === input.modality)) ||
    accuracyFor(input.modality, sources);
  if (!evidence) return { input, evidence, lr: null, used: null, refusal: { kind: 'no-table' } };
  const lr = likelihoodRatio(evidence.table, input.sign);
  if (lr.kind === 'defined') {
    // A zero numerator gives LR 0 with no CI; the corrected value is used only if chosen.
    if (lr.value.ci === null && input.useCorrected && lr.corrected) {
      return {
        input,
        evidence,
        lr,
        used: { ...lr.corrected, corrected: lr.corrected },
        refusal: null,
      };
    }
    return { input, evidence, lr, used: { ...lr.value, corrected: null }, refusal: null };
  }
  if (input.useCorrected && lr.corrected) {
    return {
      input,
      evidence,
      lr,
      used: { ...lr.corrected, corrected: lr.corrected },
      refusal: null,
    };
  }
  return {
    input,
    evidence,
    lr,
    used: null,
    refusal: { kind: 'undefined', reason: lr.reason, correctionOffered: lr.corrected !== null },
  };
}

export function explore(input: ExplorerInput, sources: ProbabilitySources): ExplorerResult {
  let pretest: PretestOutcome | null = null;
  let pretestProblem: ExplorerResult['pretestProblem'] = null;
  if (input.pretest.kind === 'anchor') {
    const id = input.pretest.anchorId;
    const anchor = sources.anchors.find((a) => a.id === id);
    if (anchor) pretest = { kind: 'anchor', range: anchor.range, anchor };
    else pretestProblem = 'unknown-anchor';
  } else if (isProbabilityInterval(input.pretest.range)) {
    pretest = { kind: 'judgement', range: input.pretest.range };
  } else pretestProblem = 'bad-range';

  const results = input.results.map((r) => outcome(r, sources));
  const used = results.flatMap((r) => (r.used ? [r.used] : []));
  const chain = used.length ? chainLikelihoodRatios(used) : null;
  let post: ExplorerResult['post'] = null;
  if (pretest && chain) {
    const independence = postTestRange(pretest.range, chain.independence);
    const fullDependence = postTestRange(pretest.range, chain.fullDependence);
    const ends = [...independence.band, ...fullDependence.band];
    post = { independence, fullDependence, band: [Math.min(...ends), Math.max(...ends)] };
  }
  const thresholdProblem = input.thresholds ? checkThresholds(input.thresholds) : null;
  const decision =
    input.thresholds && !thresholdProblem && pretest && post
      ? decide(pretest.range, post.band, input.thresholds)
      : null;
  return {
    pretest,
    pretestProblem,
    results,
    chain,
    post,
    thresholdProblem,
    decision,
    usesWhatIf: results.some((r) => r.input.basis === 'assumption' && r.used !== null),
  };
}
