/**
 * Probability and odds, and Bayes' theorem in odds form: post-test odds = pre-test odds × LR.
 * Pure arithmetic, no clinical figures.
 */

/** A closed interval [low, high] of probabilities or likelihood ratios. */
export type Interval = readonly [low: number, high: number];

const clamp01 = (p: number): number => (p < 0 ? 0 : p > 1 ? 1 : p);

/** p / (1 − p); Infinity at p = 1. */
export function toOdds(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be within [0, 1], got ${p}`);
  return p === 1 ? Infinity : p / (1 - p);
}

/** odds / (1 + odds); 1 at odds = Infinity. */
export function toProbability(odds: number): number {
  if (!(odds >= 0)) throw new RangeError(`odds must be 0 or more, got ${odds}`);
  return odds === Infinity ? 1 : odds / (1 + odds);
}

/**
 * Post-test probability from a pre-test probability and a likelihood ratio. A pre-test of 0 or 1
 * is certainty, which no finite result moves (so 1 stays 1 even with an LR of 0); an LR of 0
 * (a result never seen in disease) gives 0 for any uncertain pre-test.
 */
export function postTestProbability(pre: number, lr: number): number {
  if (!(pre >= 0 && pre <= 1)) throw new RangeError(`pre-test must be within [0, 1], got ${pre}`);
  if (!(lr >= 0) || lr === Infinity) throw new RangeError(`LR must be finite and ≥ 0, got ${lr}`);
  if (pre === 0 || pre === 1) return pre;
  const odds = (pre / (1 - pre)) * lr;
  return clamp01(odds / (1 + odds));
}

/** Validate an interval of probabilities: both ends in [0, 1] and low ≤ high. */
export function isProbabilityInterval(i: Interval): boolean {
  return i[0] >= 0 && i[1] <= 1 && i[0] <= i[1];
}
