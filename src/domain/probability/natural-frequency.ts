import type { Interval } from './odds';

/**
 * Natural frequencies ("of 100 legs like this, about N …"): the same arithmetic as Bayes, in
 * counts people read. Every count is a range, from the ends of the pre-test range and of the
 * sensitivity and specificity intervals, rounded to whole legs.
 */
export interface FrequencyTree {
  readonly population: number;
  /** Legs with the target condition. */
  readonly withCondition: Interval;
  readonly withoutCondition: Interval;
  /** With it, test positive / negative. */
  readonly truePositive: Interval;
  readonly falseNegative: Interval;
  /** Without it, test positive / negative. */
  readonly falsePositive: Interval;
  readonly trueNegative: Interval;
}

const range = (a: number, b: number, n: number): Interval => {
  const lo = Math.round(Math.min(a, b) * n);
  const hi = Math.round(Math.max(a, b) * n);
  return [lo, hi];
};

export function frequencyTree(
  pre: Interval,
  sensitivity: Interval,
  specificity: Interval,
  population = 100,
): FrequencyTree {
  const [p0, p1] = pre;
  const [s0, s1] = sensitivity;
  const [c0, c1] = specificity;
  const n = population;
  return {
    population: n,
    withCondition: range(p0, p1, n),
    withoutCondition: range(1 - p1, 1 - p0, n),
    truePositive: range(p0 * s0, p1 * s1, n),
    falseNegative: range(p0 * (1 - s1), p1 * (1 - s0), n),
    falsePositive: range((1 - p1) * (1 - c1), (1 - p0) * (1 - c0), n),
    trueNegative: range((1 - p1) * c0, (1 - p0) * c1, n),
  };
}
