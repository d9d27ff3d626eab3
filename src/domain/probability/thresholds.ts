import type { Interval } from './odds';

/**
 * Pauker–Kassirer decision thresholds (Pauker SG, Kassirer JP. The threshold approach to clinical
 * decision making. N Engl J Med 1980;302:1109-17). Below the *test* threshold, neither test nor
 * act; above the *treatment* threshold (here: treat, or go to biopsy), act without further
 * testing; between them, test. The clinician sets both; the app holds no default values because
 * no source gives them for this condition.
 */
export interface Thresholds {
  readonly test: number;
  readonly treatment: number;
}

export type Zone = 'below-test' | 'test' | 'above-treatment';
const ZONES: readonly Zone[] = ['below-test', 'test', 'above-treatment'];

export type ThresholdProblem = 'out-of-range' | 'test-not-below-treatment';

export function checkThresholds(th: Thresholds): ThresholdProblem | null {
  if (![th.test, th.treatment].every((x) => x >= 0 && x <= 1)) return 'out-of-range';
  if (!(th.test < th.treatment)) return 'test-not-below-treatment';
  return null;
}

export function zoneOf(p: number, th: Thresholds): Zone {
  if (p < th.test) return 'below-test';
  if (p >= th.treatment) return 'above-treatment';
  return 'test';
}

/** Every zone a probability range touches, in order. */
function zonesOf(range: Interval, th: Thresholds): Zone[] {
  const from = ZONES.indexOf(zoneOf(range[0], th));
  const to = ZONES.indexOf(zoneOf(range[1], th));
  return ZONES.slice(from, to + 1);
}

/**
 * Would this result change what you do?
 *  - 'crosses': the post-test range spans a threshold, so the answer depends on where in the
 *    range the patient lies: the evidence cannot say.
 *  - 'changes': the post-test range sits in one zone that the pre-test range never touched.
 *  - 'changes-for-part': the pre-test range spans zones, and the result settles on one of them.
 *  - 'no-change': before and after lie in the same single zone.
 */
export type Verdict = 'crosses' | 'changes' | 'changes-for-part' | 'no-change';

export interface Decision {
  readonly pre: readonly Zone[];
  readonly post: readonly Zone[];
  readonly verdict: Verdict;
}

export function decide(pre: Interval, post: Interval, th: Thresholds): Decision {
  const preZones = zonesOf(pre, th);
  const postZones = zonesOf(post, th);
  let verdict: Verdict;
  if (postZones.length > 1) verdict = 'crosses';
  else if (!preZones.includes(postZones[0]!)) verdict = 'changes';
  else verdict = preZones.length > 1 ? 'changes-for-part' : 'no-change';
  return { pre: preZones, post: postZones, verdict };
}
