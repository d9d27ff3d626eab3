import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { likelihoodRatio } from './likelihood-ratio';
import { frequencyTree } from './natural-frequency';
import { postTestProbability, toOdds, toProbability, type Interval } from './odds';
import { chainLikelihoodRatios, postTestRange } from './post-test';
import { decide, zoneOf } from './thresholds';

const EPS = 1e-12;
const prob = fc.double({ min: 0, max: 1, noNaN: true });
const openProb = fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true });
const lr = fc.double({ min: 0, max: 1e4, noNaN: true });
const interval = (a: fc.Arbitrary<number>) =>
  fc.tuple(a, a).map(([x, y]) => (x <= y ? [x, y] : [y, x]) as Interval);
const count = fc.integer({ min: 0, max: 300 });
const table = fc.record({ tp: count, fn: count, fp: count, tn: count });
/** An LR with a CI around it, as the log method or an assumption gives. */
const lrWithCi = fc
  .tuple(
    fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
    fc.double({ min: 0, max: 3, noNaN: true }),
  )
  .map(([point, logSe]) => ({
    point,
    logSe,
    ci: [point * Math.exp(-1.96 * logSe), point * Math.exp(1.96 * logSe)] as Interval,
  }));

describe('odds and Bayes', () => {
  test.prop([openProb])('probability → odds → probability is the identity', (p) => {
    expect(toProbability(toOdds(p))).toBeCloseTo(p, 9);
  });

  test.prop([prob, lr])('post-test probability stays within [0, 1]', (p, l) => {
    const q = postTestProbability(p, l);
    expect(q).toBeGreaterThanOrEqual(0);
    expect(q).toBeLessThanOrEqual(1);
  });

  test.prop([prob, prob, lr])('is monotone in the pre-test probability', (a, b, l) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(postTestProbability(lo, l)).toBeLessThanOrEqual(postTestProbability(hi, l) + EPS);
  });

  test.prop([prob, lr, lr])('is monotone in the likelihood ratio', (p, a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(postTestProbability(p, lo)).toBeLessThanOrEqual(postTestProbability(p, hi) + EPS);
  });

  test.prop([openProb])('an LR of 1 changes nothing', (p) => {
    expect(postTestProbability(p, 1)).toBeCloseTo(p, 12);
  });
});

describe('likelihood ratios from any 2×2 table', () => {
  test.prop([table, fc.constantFrom('positive', 'negative' as const)])(
    'the CI, when it exists, contains the point; undefined only for a zero denominator',
    (t, sign) => {
      const r = likelihoodRatio(t, sign as 'positive' | 'negative');
      if (r.kind === 'defined') {
        expect(r.value.point).toBeGreaterThanOrEqual(0);
        if (r.value.ci) {
          expect(r.value.ci[0]).toBeLessThanOrEqual(r.value.point * (1 + 1e-9));
          expect(r.value.ci[1]).toBeGreaterThanOrEqual(r.value.point * (1 - 1e-9));
        } else expect(r.value.point).toBe(0);
      } else {
        const den = sign === 'positive' ? t.fp : t.tn;
        const cases = t.tp + t.fn;
        const nonCases = t.fp + t.tn;
        expect(den === 0 || cases === 0 || nonCases === 0).toBe(true);
      }
      if (r.corrected?.ci) {
        expect(r.corrected.ci[0]).toBeLessThanOrEqual(r.corrected.point);
        expect(r.corrected.ci[1]).toBeGreaterThanOrEqual(r.corrected.point);
      }
    },
  );
});

describe('post-test ranges', () => {
  test.prop([interval(prob), lrWithCi, prob])(
    'the band contains the point for every pre-test value in the range',
    (pre, l, u) => {
      const { atPoint, band } = postTestRange(pre, l);
      const p = pre[0] + u * (pre[1] - pre[0]);
      const q = postTestProbability(Math.min(p, pre[1]), l.point);
      expect(band[0]).toBeLessThanOrEqual(q + EPS);
      expect(band[1]).toBeGreaterThanOrEqual(q - EPS);
      expect(band[0]).toBeLessThanOrEqual(atPoint[0] + EPS);
      expect(band[1]).toBeGreaterThanOrEqual(atPoint[1] - EPS);
    },
  );
});

describe('chained results', () => {
  const positiveLr = lrWithCi.filter((l) => l.point >= 1);
  test.prop([fc.array(positiveLr, { minLength: 1, maxLength: 4 })])(
    'full dependence never exceeds independence for concordant positive results',
    (items) => {
      const c = chainLikelihoodRatios(items);
      expect(c.concordance).toBe('all-positive');
      expect(c.fullDependence.point).toBeLessThanOrEqual(c.independence.point * (1 + 1e-12));
    },
  );

  test.prop([fc.array(lrWithCi, { minLength: 1, maxLength: 4 })])(
    'the band contains both assumptions',
    (items) => {
      const c = chainLikelihoodRatios(items);
      for (const v of [c.independence.point, c.fullDependence.point]) {
        expect(c.band[0]).toBeLessThanOrEqual(v);
        expect(c.band[1]).toBeGreaterThanOrEqual(v);
      }
    },
  );
});

describe('thresholds and natural frequencies', () => {
  const thresholds = fc
    .tuple(prob, prob)
    .filter(([a, b]) => a < b)
    .map(([test, treatment]) => ({ test, treatment }));

  test.prop([interval(prob), interval(prob), thresholds])(
    'a post-test range inside one zone never "crosses"; one spanning a threshold always does',
    (pre, post, th) => {
      const d = decide(pre, post, th);
      const spans = zoneOf(post[0], th) !== zoneOf(post[1], th);
      expect(d.verdict === 'crosses').toBe(spans);
      if (d.verdict === 'no-change') expect(d.pre).toEqual(d.post);
    },
  );

  test.prop([interval(prob), interval(prob), interval(prob)])(
    'every count of the tree is a range within the population',
    (pre, sens, spec) => {
      const tree = frequencyTree(pre, sens, spec, 100);
      for (const [lo, hi] of [
        tree.withCondition,
        tree.withoutCondition,
        tree.truePositive,
        tree.falseNegative,
        tree.falsePositive,
        tree.trueNegative,
      ]) {
        expect(lo).toBeLessThanOrEqual(hi);
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(100);
      }
      // True positives never outnumber the legs with the condition.
      expect(tree.truePositive[1]).toBeLessThanOrEqual(tree.withCondition[1]);
    },
  );
});
