import type { Interval } from './odds';

/**
 * Likelihood ratios from a 2×2 table, with 95 % confidence intervals by the log method
 * (Simel DL, Samsa GP, Matchar DB, J Clin Epidemiol 1991;44:763-70; the method MedCalc uses):
 *   LR+ = sens / (1 − spec),  SE(ln LR+) = √(1/TP − 1/(TP+FN) + 1/FP − 1/(FP+TN))
 *   LR− = (1 − sens) / spec,  SE(ln LR−) = √(1/FN − 1/(TP+FN) + 1/TN − 1/(FP+TN))
 *
 * Zero cells. LR+ with no false positives divides by zero: it is *undefined*, not "very large",
 * and is returned as such with the reason (scikit-learn likewise returns NaN and warns). A value
 * with 0.5 added to every cell (the Haldane–Anscombe continuity correction) is offered alongside,
 * explicitly labelled as corrected, never as the estimate. A zero in the numerator (no true
 * positives for LR+, no false negatives for LR−) gives a point estimate of 0 whose log-method
 * interval does not exist; the corrected value is offered there too.
 */

export interface TwoByTwo {
  /** Index test positive, target condition present (by the source's reference standard). */
  readonly tp: number;
  readonly fn: number;
  readonly fp: number;
  readonly tn: number;
}

export const Z95 = 1.959963984540054;
const CONTINUITY_CORRECTION = 0.5;

export type UndefinedReason =
  /** LR+: no false positives, so 1 − specificity is 0. */
  | 'no-false-positives'
  /** LR−: no true negatives, so specificity is 0. */
  | 'no-true-negatives'
  /** No one with the target condition (TP + FN = 0): sensitivity does not exist. */
  | 'no-cases'
  /** No one without it (FP + TN = 0): specificity does not exist. */
  | 'no-non-cases';

export interface LrValue {
  readonly point: number;
  /** 95 % CI by the log method; null when a zero cell makes it undefined. */
  readonly ci: Interval | null;
  /** Standard error of ln(LR); null with `ci`. */
  readonly logSe: number | null;
}

export interface CorrectedLr extends LrValue {
  /** Added to every cell. Always shown with the words "continuity-corrected". */
  readonly correction: number;
}

export type LrResult =
  | {
      readonly kind: 'defined';
      readonly value: LrValue;
      /** Offered (labelled) when a zero cell leaves the interval undefined. */
      readonly corrected: CorrectedLr | null;
    }
  | {
      readonly kind: 'undefined';
      readonly reason: UndefinedReason;
      /** The 0.5-corrected value, offered only explicitly labelled; null when no data exist. */
      readonly corrected: CorrectedLr | null;
    };

export type Sign = 'positive' | 'negative';

function assertTable(t: TwoByTwo): void {
  for (const [k, v] of Object.entries(t)) {
    if (!Number.isInteger(v) || v < 0)
      throw new RangeError(`${k} must be a whole count ≥ 0, got ${v}`);
  }
}

/** The ratio and its log-method CI for cells (num, numTotal, den, denTotal), all > 0. */
function logMethod(num: number, numTotal: number, den: number, denTotal: number): LrValue {
  const point = num / numTotal / (den / denTotal);
  const logSe = Math.sqrt(1 / num - 1 / numTotal + 1 / den - 1 / denTotal);
  const spread = Z95 * logSe;
  return { point, ci: [point * Math.exp(-spread), point * Math.exp(spread)], logSe };
}

function cells(t: TwoByTwo, sign: Sign) {
  // LR+ compares test positives (TP among cases, FP among non-cases); LR− the test negatives.
  return sign === 'positive'
    ? { num: t.tp, numTotal: t.tp + t.fn, den: t.fp, denTotal: t.fp + t.tn }
    : { num: t.fn, numTotal: t.tp + t.fn, den: t.tn, denTotal: t.fp + t.tn };
}

/** Add `c` to every cell (fractional counts, only for the labelled corrected value). */
function corrected(t: TwoByTwo, sign: Sign, c = CONTINUITY_CORRECTION): CorrectedLr {
  const x = cells({ tp: t.tp + c, fn: t.fn + c, fp: t.fp + c, tn: t.tn + c }, sign);
  return { ...logMethod(x.num, x.numTotal, x.den, x.denTotal), correction: c };
}

/** LR+ (sign 'positive') or LR− (sign 'negative') from a 2×2 table. */
export function likelihoodRatio(t: TwoByTwo, sign: Sign): LrResult {
  assertTable(t);
  const { num, numTotal, den, denTotal } = cells(t, sign);
  if (numTotal === 0) return { kind: 'undefined', reason: 'no-cases', corrected: null };
  if (denTotal === 0) return { kind: 'undefined', reason: 'no-non-cases', corrected: null };
  if (den === 0) {
    return {
      kind: 'undefined',
      reason: sign === 'positive' ? 'no-false-positives' : 'no-true-negatives',
      corrected: corrected(t, sign),
    };
  }
  if (num === 0) {
    return {
      kind: 'defined',
      value: { point: 0, ci: null, logSe: null },
      corrected: corrected(t, sign),
    };
  }
  return { kind: 'defined', value: logMethod(num, numTotal, den, denTotal), corrected: null };
}

/** Sensitivity and specificity as point proportions (null where the column is empty). */
export function proportions(t: TwoByTwo): {
  sensitivity: number | null;
  specificity: number | null;
} {
  const cases = t.tp + t.fn;
  const nonCases = t.fp + t.tn;
  return {
    sensitivity: cases ? t.tp / cases : null,
    specificity: nonCases ? t.tn / nonCases : null,
  };
}

/**
 * Likelihood ratios from an *assumed* sensitivity and specificity (what-if mode): points only,
 * since an assumption has no sampling error. LR+ is undefined at an assumed specificity of 1,
 * LR− at an assumed specificity of 0.
 */
export function assumedLikelihoodRatio(
  sensitivity: number,
  specificity: number,
  sign: Sign,
): { kind: 'defined'; point: number } | { kind: 'undefined'; reason: UndefinedReason } {
  for (const [k, v] of [
    ['sensitivity', sensitivity],
    ['specificity', specificity],
  ] as const) {
    if (!(v >= 0 && v <= 1)) throw new RangeError(`${k} must be within [0, 1], got ${v}`);
  }
  if (sign === 'positive') {
    return specificity === 1
      ? { kind: 'undefined', reason: 'no-false-positives' }
      : { kind: 'defined', point: sensitivity / (1 - specificity) };
  }
  return specificity === 0
    ? { kind: 'undefined', reason: 'no-true-negatives' }
    : { kind: 'defined', point: (1 - sensitivity) / specificity };
}
