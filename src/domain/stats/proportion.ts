/**
 * Confidence intervals for a proportion, computed from counts. Pure functions, no dependencies.
 *
 * The app uses the Wilson score interval (Wilson EB, J Am Stat Assoc 1927;22:209-12) for every
 * 95% confidence interval it shows. Unlike the Wald interval it never leaves [0, 1], is not
 * degenerate at 0/n or n/n, and its coverage stays close to 95% for the small samples this field
 * has (n = 14 to 1,315). The method's name is exported so every screen and export can state it.
 */

/** Two-sided 95%: the 0.975 quantile of the standard normal distribution. */
const Z_95 = 1.959963984540054;

const CI_METHOD = 'wilson' as const;
type CiMethod = typeof CI_METHOD;

/** `events` of `total` units (e.g. 13 of 20 patients). */
export interface Proportion {
  readonly events: number;
  readonly total: number;
}

/** A 95% confidence interval, 0..1, with the method that computed it. */
export interface Interval {
  readonly low: number;
  readonly high: number;
  readonly method: CiMethod;
}

/** True when `events`/`total` are whole numbers with 0 ≤ events ≤ total and total ≥ 1. */
function isValidProportion(p: Proportion): boolean {
  return (
    Number.isInteger(p.events) &&
    Number.isInteger(p.total) &&
    p.total >= 1 &&
    p.events >= 0 &&
    p.events <= p.total
  );
}

/**
 * Wilson score interval for `events` of `total`, two-sided, at the given z (95% by default).
 * Exact at the edges: 0/n gives a lower bound of 0 and n/n an upper bound of 1.
 */
export function wilsonInterval(p: Proportion, z: number = Z_95): Interval {
  if (!isValidProportion(p)) throw new RangeError(`Not a proportion: ${p.events}/${p.total}`);
  const { events: x, total: n } = p;
  const phat = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (phat + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((phat * (1 - phat)) / n + z2 / (4 * n * n));
  return {
    low: x === 0 ? 0 : Math.max(0, centre - half),
    high: x === n ? 1 : Math.min(1, centre + half),
    method: CI_METHOD,
  };
}

/**
 * Whether `events`/`total` rounds to a proportion stated with `decimals` decimals (as a 0..1
 * fraction: 0.889 has 3, 0.76 has 2). Used to check that counts agree with the published
 * percentage, and to derive counts from a percentage and a denominator only when exactly one
 * count fits.
 */
export function roundsTo(p: Proportion, stated: number, decimals: number): boolean {
  const factor = 10 ** decimals;
  // Half a unit in the last place, with a tolerance for floating-point representation.
  return Math.abs(p.events / p.total - stated) <= 0.5 / factor + 1e-12;
}

/** Every count k of `total` whose proportion rounds to `stated`: exactly one means "derivable". */
export function countsMatching(stated: number, total: number, decimals: number): number[] {
  const out: number[] = [];
  for (let k = 0; k <= total; k++)
    if (roundsTo({ events: k, total }, stated, decimals)) out.push(k);
  return out;
}
