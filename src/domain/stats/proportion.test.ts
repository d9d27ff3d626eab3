import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { countsMatching, roundsTo, summariseTable, wilsonInterval, type Proportion } from './index';

const proportion = fc
  .integer({ min: 1, max: 5000 })
  .chain((total) =>
    fc.integer({ min: 0, max: total }).map((events): Proportion => ({ events, total })),
  );

describe('Wilson 95% interval', () => {
  fcTest.prop([proportion])('contains the point estimate and stays inside [0, 1]', (p) => {
    const ci = wilsonInterval(p);
    const point = p.events / p.total;
    expect(ci.low).toBeGreaterThanOrEqual(0);
    expect(ci.high).toBeLessThanOrEqual(1);
    expect(ci.low).toBeLessThanOrEqual(point + 1e-12);
    expect(ci.high).toBeGreaterThanOrEqual(point - 1e-12);
    expect(ci.method).toBe('wilson');
  });

  fcTest.prop([proportion])('is symmetric: x of n mirrors n − x of n', (p) => {
    const a = wilsonInterval(p);
    const b = wilsonInterval({ events: p.total - p.events, total: p.total });
    expect(a.low).toBeCloseTo(1 - b.high, 12);
    expect(a.high).toBeCloseTo(1 - b.low, 12);
  });

  fcTest.prop([proportion])(
    'narrows when the same proportion rests on ten times the units',
    (p) => {
      const small = wilsonInterval(p);
      const large = wilsonInterval({ events: p.events * 10, total: p.total * 10 });
      expect(large.high - large.low).toBeLessThan(small.high - small.low);
    },
  );

  it('matches published Wilson intervals (Newcombe 1998, Stat Med 17:857, table I)', () => {
    // Newcombe's worked examples: 81/263 → 0.2553–0.3662; 15/148 → 0.0624–0.1605;
    // 0/20 → 0–0.1611; 1/29 → 0.0061–0.1718.
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [events, total, low, high] of cases) {
      const ci = wilsonInterval({ events, total });
      expect(ci.low).toBeCloseTo(low, 4);
      expect(ci.high).toBeCloseTo(high, 4);
    }
  });

  it('rejects what is not a proportion, with the numbers in the message', () => {
    expect(() => wilsonInterval({ events: 5, total: 4 })).toThrow('5/4');
    expect(() => wilsonInterval({ events: 0, total: 0 })).toThrow('0/0');
    expect(() => wilsonInterval({ events: 1.5, total: 4 })).toThrow('1.5/4');
  });
});

describe('counts against a stated percentage', () => {
  it('193/217 rounds to 88.9% and 13/14 to 92.9%', () => {
    expect(roundsTo({ events: 193, total: 217 }, 0.889, 3)).toBe(true);
    expect(roundsTo({ events: 13, total: 14 }, 0.929, 3)).toBe(true);
    expect(roundsTo({ events: 12, total: 14 }, 0.929, 3)).toBe(false);
  });

  it('a percentage and its denominator give the count only when exactly one count fits', () => {
    expect(countsMatching(0.395, 43, 3)).toEqual([17]);
    expect(countsMatching(0.5, 1000, 1)).toHaveLength(101);
  });

  fcTest.prop([proportion])('every count matches its own rounded proportion', (p) => {
    const stated = Math.round((p.events / p.total) * 1000) / 1000;
    expect(countsMatching(stated, p.total, 3)).toContain(p.events);
  });
});

describe('2×2 table', () => {
  it('TP 13, FN 4, FP 0, TN 26: sensitivity 76.5% and specificity 100%', () => {
    const s = summariseTable({ tp: 13, fp: 0, fn: 4, tn: 26 });
    expect(s.sensitivity.value).toBeCloseTo(13 / 17, 12);
    expect(s.specificity.value).toBe(1);
    expect(s.specificity.ci.high).toBe(1);
    expect(s.specificity.ci.low).toBeLessThan(1);
  });
});
