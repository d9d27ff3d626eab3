import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { seedCase } from '../case/fixtures';
import { IMAGING_IDS } from '../evidence/types';
import { calculationText } from './export';
import { explore, lrAvailability, type ExplorerInput, type ResultInput } from './explore';
import { resultsFromCase } from './from-case';
import type { ProbabilitySources } from './sources';
import { NO_LR, WHAT_IF } from './vocabulary';
import { textIn } from '../words/testing/texts';

/**
 * Hand-made sources (not clinical figures): one anchor that counts calcification, one that
 * counts bone, and one 2×2 table without false positives, to exercise the explorer's rules.
 */
const SOURCES: ProbabilitySources = {
  anchors: [
    {
      id: 'calc',
      label: textIn({ en: 'Calcification anchor', es: 'Ancla de calcificación' }),
      range: [0.2, 0.4],
      rangeBasis: textIn({ en: 'test range', es: 'intervalo de prueba' }),
      measures: 'calcification',
      setting: textIn({ en: 'test setting', es: 'ámbito de prueba' }),
      refs: ['garcia-arpa-2020'],
    },
    {
      id: 'bone',
      label: textIn({ en: 'Bone anchor', es: 'Ancla de hueso' }),
      range: [0.05, 0.1],
      rangeBasis: textIn({ en: 'test range', es: 'intervalo de prueba' }),
      measures: 'bone',
      setting: textIn({ en: 'test setting', es: 'ámbito de prueba' }),
      refs: ['garcia-arpa-2020'],
    },
  ],
  accuracy: [
    {
      id: 'us-table',
      modality: 'ultrasound',
      table: { tp: 13, fn: 4, fp: 0, tn: 26 },
      positive: textIn({ en: 'deposit seen', es: 'depósito visto' }),
      referenceStandard: 'xray',
      unit: 'patient',
      setting: textIn({ en: 'test setting', es: 'ámbito de prueba' }),
      extrapolated: true,
      ref: 'fairchild-2021',
    },
  ],
};

const opts = (includeWhatIf: boolean, lang: 'en' | 'es' = 'en') => ({
  lang,
  includeWhatIf,
  disclaimer: 'Disclaimer.',
});

describe('the explorer over the sources', () => {
  it('says "no likelihood ratio can be computed" for every modality without a 2×2 table', () => {
    const avail = lrAvailability(SOURCES);
    expect(IMAGING_IDS.filter((id) => avail[id] === null)).toEqual([
      'xray',
      'scintigraphy',
      'ct',
      'mri',
    ]);
    const input: ExplorerInput = {
      pretest: { kind: 'anchor', anchorId: 'bone' },
      results: [{ basis: 'evidence', modality: 'xray', sign: 'positive' }],
    };
    const res = explore(input, SOURCES);
    expect(res.results[0]?.refusal).toEqual({ kind: 'no-table' });
    expect(res.post).toBeNull();
    const out = calculationText(input, SOURCES, opts(false));
    expect(out).toContain(NO_LR.en);
    expect(out).not.toMatch(/LR[+−] \d/);
  });

  it('refuses LR+ without false positives unless the clinician chooses the labelled corrected value', () => {
    const base: ResultInput = { basis: 'evidence', modality: 'ultrasound', sign: 'positive' };
    const refused = explore(
      { pretest: { kind: 'anchor', anchorId: 'bone' }, results: [base] },
      SOURCES,
    );
    expect(refused.results[0]?.refusal).toMatchObject({
      kind: 'undefined',
      correctionOffered: true,
    });
    expect(refused.post).toBeNull();
    const input: ExplorerInput = {
      pretest: { kind: 'anchor', anchorId: 'bone' },
      results: [{ ...base, useCorrected: true }],
    };
    const chosen = explore(input, SOURCES);
    expect(chosen.results[0]?.used?.corrected?.correction).toBe(0.5);
    expect(chosen.post!.band[0]).toBeLessThanOrEqual(chosen.post!.fullDependence.atPoint[0]);
    expect(calculationText(input, SOURCES, opts(false))).toMatch(/continuity-corrected/);
  });

  it('writes the refusal and the corrected value as separate sentences, with one full stop between, and names the ratio in the reader’s language', () => {
    const input: ExplorerInput = {
      pretest: { kind: 'anchor', anchorId: 'bone' },
      results: [
        { basis: 'evidence', modality: 'ultrasound', sign: 'positive', useCorrected: true },
      ],
    };
    for (const lang of ['en', 'es'] as const) {
      const out = calculationText(input, SOURCES, { ...opts(false), lang });
      expect(out).not.toMatch(/\.\./);
      // Spanish names the ratio as its own sentences do: RV (razón de verosimilitud).
      expect(out).toMatch(
        lang === 'en' ? /divides by zero\. LR\+ \d/ : /divide por cero\. RV\+ \d/,
      );
    }
  });

  it('shows the clinician’s own range as their judgement, and refuses an inverted one', () => {
    const res = explore(
      { pretest: { kind: 'judgement', range: [0.1, 0.3] }, results: [] },
      SOURCES,
    );
    expect(res.pretest).toEqual({ kind: 'judgement', range: [0.1, 0.3] });
    expect(
      calculationText(
        { pretest: { kind: 'judgement', range: [0.1, 0.3] }, results: [] },
        SOURCES,
        opts(false),
      ),
    ).toMatch(/judgement/);
    expect(
      explore({ pretest: { kind: 'judgement', range: [0.4, 0.3] }, results: [] }, SOURCES)
        .pretestProblem,
    ).toBe('bad-range');
  });

  it('says "calcification is not ossification" for a calcification anchor, not for a bone one', () => {
    const t = (anchorId: string) =>
      calculationText({ pretest: { kind: 'anchor', anchorId }, results: [] }, SOURCES, opts(false));
    expect(t('calc')).toMatch(/Calcification is not ossification/);
    expect(t('bone')).not.toMatch(/Calcification is not ossification/);
  });

  it('fills a case’s own done results without changing the case', () => {
    const c = seedCase('2026-11-25');
    const before = JSON.stringify(c);
    const found = resultsFromCase(c);
    expect(found).toContainEqual({ modality: 'xray', sign: 'positive' });
    expect(found).toContainEqual({ modality: 'scintigraphy', sign: 'positive' });
    expect(JSON.stringify(c)).toBe(before);
  });
});

describe('what-if assumptions in the export', () => {
  const whatIf = fc.record({
    basis: fc.constant('assumption' as const),
    modality: fc.constantFrom(...IMAGING_IDS),
    sign: fc.constantFrom('positive' as const, 'negative' as const),
    sensitivity: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
    specificity: fc.double({ min: 0.01, max: 0.99, noNaN: true }),
  });
  const evidence = fc.record({
    basis: fc.constant('evidence' as const),
    modality: fc.constantFrom(...IMAGING_IDS),
    sign: fc.constantFrom('positive' as const, 'negative' as const),
    useCorrected: fc.boolean(),
  });
  const input = fc.record({
    pretest: fc.constantFrom(
      { kind: 'anchor' as const, anchorId: 'calc' },
      { kind: 'anchor' as const, anchorId: 'bone' },
      { kind: 'judgement' as const, range: [0.02, 0.3] as const },
    ),
    results: fc.array(fc.oneof(whatIf, evidence), { minLength: 1, maxLength: 4 }),
    thresholds: fc.constant({ test: 0.05, treatment: 0.5 }),
  });

  test.prop([input, fc.constantFrom('en' as const, 'es' as const)])(
    'when chosen, every what-if line and every figure that rests on one carries the label',
    (inp, lang) => {
      const out = calculationText(inp, SOURCES, opts(true, lang));
      const lines = out.split('\n');
      const res = explore(inp, SOURCES);
      const assumedLines = lines.filter((l) => /assumed|supuesta/.test(l));
      expect(assumedLines).toHaveLength(inp.results.filter((r) => r.basis === 'assumption').length);
      for (const l of assumedLines) expect(l).toContain(WHAT_IF[lang]);
      if (res.usesWhatIf) {
        const derived = lines.filter((l) =>
          /^(Post-test|Probabilidad postprueba|Combined|Razón de verosimilitud combinada|Would|¿Cambiaría)/.test(
            l,
          ),
        );
        expect(derived.length).toBeGreaterThan(0);
        for (const l of derived) expect(l).toContain(WHAT_IF[lang]);
      }
    },
  );

  test.prop([input])(
    'when not chosen, no assumption appears and the export says it left them out',
    (inp) => {
      const out = calculationText(inp, SOURCES, opts(false));
      expect(out).not.toContain(WHAT_IF.en);
      expect(out).not.toMatch(/assumed/);
      const had = inp.results.some((r) => r.basis === 'assumption');
      expect(out.includes('left out of this export')).toBe(had);
    },
  );
});
