import { describe, expect, it } from 'vitest';
import { ACCURACY_TABLES, PRETEST_ANCHORS } from '../evidence';
import { IMAGING_IDS } from '../evidence/types';
import { calculationText } from './export';
import { explore, lrAvailability, tablesFor } from './explore';
import { likelihoodRatio } from './likelihood-ratio';
import { PROBABILITY_SOURCES as S } from './registry-sources';
import { NO_LR } from './vocabulary';

const opts = { lang: 'en' as const, includeWhatIf: false, disclaimer: 'D.' };

describe('the explorer over the evidence registry', () => {
  it('offers every registry anchor as a range around its point, and nothing else', () => {
    expect(S.anchors.map((a) => a.id)).toEqual(PRETEST_ANCHORS.map((a) => a.id));
    for (const a of S.anchors) {
      expect(a.range[0]).toBeLessThanOrEqual(a.point!);
      expect(a.range[1]).toBeGreaterThanOrEqual(a.point!);
      expect(a.range[0]).toBeLessThan(a.range[1]);
    }
  });

  it('says "calcification is not ossification" for every anchor except the histology one (Wollina)', () => {
    // evidence-2 §1: "Calcification is not ossification: only Wollina measures bone."
    for (const a of S.anchors) {
      const out = calculationText(
        { pretest: { kind: 'anchor', anchorId: a.id }, results: [] },
        S,
        opts,
      );
      expect(out.includes('Calcification is not ossification'), a.id).toBe(a.measures !== 'bone');
    }
    expect(S.anchors.filter((a) => a.measures === 'bone').map((a) => a.id)).toEqual([
      'wollina-2009-bone',
    ]);
  });

  it('has a likelihood ratio only where the registry has a 2×2 table; every other imaging test refuses', () => {
    const withTables = new Set(ACCURACY_TABLES.map((t) => t.modality));
    const avail = lrAvailability(S);
    for (const m of IMAGING_IDS) expect(avail[m] !== null, m).toBe(withTables.has(m));
    for (const m of IMAGING_IDS.filter((x) => !withTables.has(x))) {
      const input = {
        pretest: { kind: 'anchor' as const, anchorId: 'wollina-2009-bone' },
        results: [{ basis: 'evidence' as const, modality: m, sign: 'positive' as const }],
      };
      expect(explore(input, S).post).toBeNull();
      expect(calculationText(input, S, opts)).toContain(NO_LR.en);
    }
  });

  it('leaves LR+ undefined for every table without false positives (the source has none)', () => {
    for (const a of S.accuracy) {
      const lr = likelihoodRatio(a.table, 'positive');
      expect(lr.kind === 'undefined', a.id).toBe(a.table.fp === 0);
    }
    // Fairchild 2021: specificity 100 %, so LR+ has no value without a correction.
    expect(tablesFor('ultrasound', S).map((a) => a.table.fp)).toEqual([0]);
  });

  it('lets the reader pick either scintigraphy table, which differ in what counted as positive', () => {
    const [definite, any] = tablesFor('scintigraphy', S);
    const run = (tableId: string) =>
      explore(
        {
          pretest: { kind: 'anchor', anchorId: 'wollina-2009-bone' },
          results: [{ basis: 'evidence', modality: 'scintigraphy', sign: 'positive', tableId }],
        },
        S,
      );
    expect(run(definite!.id).results[0]?.refusal).toMatchObject({ reason: 'no-false-positives' });
    expect(run(any!.id).post).not.toBeNull();
  });
});
