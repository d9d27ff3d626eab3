import { postTestProbability, type ExplorerResult, type Interval } from '../../domain/probability';

/** One point of the post-test curve: pre-test p, the two assumptions and the band's ends. */
export interface CurvePoint {
  readonly pre: number;
  readonly independence: number;
  readonly dependence: number;
  readonly band: Interval;
}

const lrEnds = (v: { point: number; ci: Interval | null }) => [v.point, ...(v.ci ?? [])];

/** The curve at pre-test p from the explorer's chained LR (null when there is none). */
function curveAt(res: ExplorerResult, pre: number): CurvePoint | null {
  const chain = res.chain;
  if (!chain) return null;
  const ends = [...lrEnds(chain.independence), ...lrEnds(chain.fullDependence)].map((lr) =>
    postTestProbability(pre, lr),
  );
  return {
    pre,
    independence: postTestProbability(pre, chain.independence.point),
    dependence: postTestProbability(pre, chain.fullDependence.point),
    band: [Math.min(...ends), Math.max(...ends)],
  };
}

/** Every percent from 0 to 100, for the chart. */
export function curve(res: ExplorerResult): CurvePoint[] {
  const out: CurvePoint[] = [];
  for (let i = 0; i <= 100; i++) {
    const p = curveAt(res, i / 100);
    if (p) out.push(p);
  }
  return out;
}

/** The table's rows: the pre-test range's ends and a few landmarks, in order, without repeats. */
export function tablePoints(res: ExplorerResult): CurvePoint[] {
  const landmarks = [0.01, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9];
  const pres = [...landmarks, ...(res.pretest ? res.pretest.range : [])];
  const unique = [...new Set(pres.map((p) => Math.round(p * 10000) / 10000))].sort((a, b) => a - b);
  return unique.flatMap((p) => {
    const pt = curveAt(res, p);
    return pt ? [pt] : [];
  });
}
