import { Z95, type LrValue } from './likelihood-ratio';
import { postTestProbability, type Interval } from './odds';

/**
 * Post-test probability as a range. The pre-test probability is a range (never one number), and
 * the LR has a confidence interval, so the result is two intervals:
 *  - `atPoint`: the pre-test range carried through the LR's point estimate;
 *  - `band`: the pre-test range carried through the ends of the LR's CI (the whole uncertainty
 *    the app knows of). When the LR has no CI (an assumption, or a zero cell), band = atPoint.
 * Post-test probability rises with both pre-test probability and LR, so the ends map to the ends.
 */
export interface PostTestRange {
  readonly atPoint: Interval;
  readonly band: Interval;
}

/** An LR as the post-test maths needs it: a point and, when known, a CI. */
export type LrForBayes = Pick<LrValue, 'point' | 'ci'>;

export function postTestRange(pre: Interval, lr: LrForBayes): PostTestRange {
  const atPoint: Interval = [
    postTestProbability(pre[0], lr.point),
    postTestProbability(pre[1], lr.point),
  ];
  const [lo, hi] = lr.ci ?? [lr.point, lr.point];
  return { atPoint, band: [postTestProbability(pre[0], lo), postTestProbability(pre[1], hi)] };
}

/**
 * Several results on the same leg. Independence multiplies the LRs (the naive product). Tests
 * that see the same thing (ultrasound and X-ray both detect mineral) are not independent:
 * chaining them as if they were overstates the result (by up to 25 percentage points in
 * simulation; J Clin Epidemiol 2009;62:1301-5). Full dependence counts only the single most
 * informative result (the LR furthest from 1). The truth lies between, so the app shows the
 * band between the two and says why.
 */
export type Concordance = 'all-positive' | 'all-negative' | 'discordant' | 'none';

export interface ChainedLr {
  readonly independence: LrForBayes;
  readonly fullDependence: LrForBayes;
  /** Index (in the input) of the result full dependence keeps. */
  readonly mostInformative: number;
  readonly concordance: Concordance;
  /** Smallest and largest LR across both assumptions (and their CIs where known). */
  readonly band: Interval;
}

export interface ChainItem {
  readonly point: number;
  readonly ci: Interval | null;
  readonly logSe: number | null;
}

export function chainLikelihoodRatios(items: readonly ChainItem[]): ChainedLr {
  if (items.length === 0) {
    const one: LrForBayes = { point: 1, ci: null };
    return {
      independence: one,
      fullDependence: one,
      mostInformative: -1,
      concordance: 'none',
      band: [1, 1],
    };
  }
  const informativeness = (lr: number) => (lr === 0 ? Infinity : Math.abs(Math.log(lr)));
  let best = 0;
  items.forEach((it, i) => {
    if (informativeness(it.point) > informativeness(items[best]!.point)) best = i;
  });
  const product = items.reduce((acc, it) => acc * it.point, 1);
  // The product's CI (log method): variances add on the log scale when every item has one.
  const allSe = items.every((it) => it.logSe !== null && it.point > 0);
  const se = allSe ? Math.sqrt(items.reduce((a, it) => a + (it.logSe as number) ** 2, 0)) : null;
  const independence: LrForBayes = {
    point: product,
    ci: se === null ? null : [product * Math.exp(-Z95 * se), product * Math.exp(Z95 * se)],
  };
  const chosen = items[best]!;
  const fullDependence: LrForBayes = { point: chosen.point, ci: chosen.ci };
  const positive = items.every((it) => it.point >= 1);
  const negative = items.every((it) => it.point <= 1);
  const ends = [independence, fullDependence].flatMap((v) => [v.point, ...(v.ci ?? [])]);
  return {
    independence,
    fullDependence,
    mostInformative: best,
    concordance: positive ? 'all-positive' : negative ? 'all-negative' : 'discordant',
    band: [Math.min(...ends), Math.max(...ends)],
  };
}
