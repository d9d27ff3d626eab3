import { describe, expect, it } from 'vitest';
import { assumedLikelihoodRatio, likelihoodRatio, proportions } from './likelihood-ratio';

/** A worked table with no false positives (13 / 4 / 0 / 26), checked by hand below. */
const NO_FP = { tp: 13, fn: 4, fp: 0, tn: 26 };

describe('likelihood ratios from a 2×2 table (log method)', () => {
  it('matches a hand calculation for a table without zero cells', () => {
    // sens 40/50 = 0.8, spec 45/50 = 0.9: LR+ 8, SE ln = √(1/40 − 1/50 + 1/5 − 1/50) = √0.185.
    const r = likelihoodRatio({ tp: 40, fn: 10, fp: 5, tn: 45 }, 'positive');
    expect(r.kind).toBe('defined');
    if (r.kind !== 'defined') return;
    expect(r.value.point).toBeCloseTo(8, 10);
    const se = Math.sqrt(0.185);
    expect(r.value.logSe).toBeCloseTo(se, 10);
    expect(r.value.ci![0]).toBeCloseTo(8 * Math.exp(-1.959964 * se), 4);
    expect(r.value.ci![1]).toBeCloseTo(8 * Math.exp(1.959964 * se), 4);
    expect(r.corrected).toBeNull();
    // LR− = 0.2 / 0.9
    const n = likelihoodRatio({ tp: 40, fn: 10, fp: 5, tn: 45 }, 'negative');
    expect(n.kind === 'defined' && n.value.point).toBeCloseTo(0.2 / 0.9, 10);
  });

  it('leaves LR+ undefined with no false positives, and offers the 0.5-corrected value only as such', () => {
    const r = likelihoodRatio(NO_FP, 'positive');
    expect(r).toMatchObject({ kind: 'undefined', reason: 'no-false-positives' });
    // Corrected: sens 13.5/18 = 0.75, 1 − spec = 0.5/27: LR+ 40.5; CI ≈ 2.57–639.
    expect(r.corrected?.correction).toBe(0.5);
    expect(r.corrected?.point).toBeCloseTo(40.5, 10);
    expect(r.corrected?.ci?.[0]).toBeCloseTo(2.57, 2);
    expect(r.corrected?.ci?.[1]).toBeGreaterThan(630);
    expect(r.corrected?.ci?.[1]).toBeLessThan(645);
  });

  it('computes LR− from the same table without any correction (no zero cell involved)', () => {
    const r = likelihoodRatio(NO_FP, 'negative');
    expect(r.kind).toBe('defined');
    if (r.kind !== 'defined') return;
    expect(r.value.point).toBeCloseTo(4 / 17, 10);
    expect(r.value.ci![0]).toBeCloseTo(0.0998, 3);
    expect(r.value.ci![1]).toBeCloseTo(0.555, 2);
    expect(r.corrected).toBeNull();
  });

  it('gives LR 0 without a CI when the numerator cell is zero, with the corrected value offered', () => {
    const r = likelihoodRatio({ tp: 0, fn: 10, fp: 5, tn: 45 }, 'positive');
    expect(r).toMatchObject({ kind: 'defined', value: { point: 0, ci: null } });
    expect(r.corrected?.point).toBeGreaterThan(0);
  });

  it('refuses tables with no cases or no non-cases, and bad counts', () => {
    expect(likelihoodRatio({ tp: 0, fn: 0, fp: 1, tn: 5 }, 'positive')).toMatchObject({
      kind: 'undefined',
      reason: 'no-cases',
      corrected: null,
    });
    expect(likelihoodRatio({ tp: 3, fn: 1, fp: 0, tn: 0 }, 'negative')).toMatchObject({
      kind: 'undefined',
      reason: 'no-non-cases',
    });
    expect(() => likelihoodRatio({ tp: 1.5, fn: 1, fp: 1, tn: 1 }, 'positive')).toThrow(/tp/);
    expect(() => likelihoodRatio({ tp: 1, fn: -1, fp: 1, tn: 1 }, 'positive')).toThrow(/fn/);
  });

  it('reports proportions, null where a column is empty', () => {
    expect(proportions(NO_FP)).toEqual({ sensitivity: 13 / 17, specificity: 1 });
    expect(proportions({ tp: 0, fn: 0, fp: 1, tn: 1 }).sensitivity).toBeNull();
  });
});

describe('assumed (what-if) likelihood ratios', () => {
  it('follow LR+ = sens / (1 − spec) and LR− = (1 − sens) / spec', () => {
    const pos = assumedLikelihoodRatio(0.9, 0.8, 'positive');
    expect(pos.kind === 'defined' && pos.point).toBeCloseTo(4.5, 12);
    const neg = assumedLikelihoodRatio(0.9, 0.8, 'negative');
    expect(neg.kind === 'defined' && neg.point).toBeCloseTo(0.125, 12);
  });
  it('are undefined at an assumed specificity of 100 % (LR+) or 0 % (LR−)', () => {
    expect(assumedLikelihoodRatio(0.9, 1, 'positive')).toEqual({
      kind: 'undefined',
      reason: 'no-false-positives',
    });
    expect(assumedLikelihoodRatio(0.9, 0, 'negative')).toEqual({
      kind: 'undefined',
      reason: 'no-true-negatives',
    });
    expect(() => assumedLikelihoodRatio(1.2, 0.5, 'positive')).toThrow(/sensitivity/);
  });
});
