import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { seedCase } from '../../src/domain/case/fixtures';
import type { Case } from '../../src/domain/case/schema';
import { assess } from '../../src/domain/engine/assess';
import type { SiteSettings } from '../../src/domain/engine/site';
import { evidencePackCanonicalText, REFERENCES } from '../../src/domain/evidence';
import { fhirBundleText } from '../../src/domain/export/fhir';
import { noteMarkdown, noteText } from '../../src/domain/export/note';
import { arbCase } from '../../src/domain/export/testing/arbitraries';
import { NOTE, PHRASES } from '../../src/domain/export/vocabulary';
import {
  calculationText,
  PROBABILITY_SOURCES,
  resultsFromCase,
  type ResultInput,
} from '../../src/domain/probability';
import { LANGS } from '../../src/domain/languages';

/**
 * What a clinician reads never says how the app was made: no "seed" (the project's name for the
 * case report it is built from), no "evidence review" (the project's working notes), and no note
 * about how a source was read ("authors not visible in the source read"). Scanned: both
 * dictionaries, every string of the evidence registry, the export vocabularies, and every export
 * (note, Markdown, FHIR, probability calculation) of a few generated cases and of the case
 * report's patient, in both languages, with and without this site's settings.
 */
const INTERNAL_WORDING: readonly RegExp[] = [
  /\bseeds?\b/i,
  /semilla/i,
  /evidence review/i,
  /revisi[oó]n de la evidencia/i,
  /review fault/i,
  /\bsource read\b/i,
  /\brecords? read\b/i,
  /\bnot visible\b/i,
  /\bno visibles?\b/i,
  /not recorded in the/i,
  /journal not confirmed/i,
  /^not confirmed$/i,
];

const TODAY = '2026-03-03';
const SITE: SiteSettings = { unavailable: ['scintigraphy'], waitDays: { ct: 10 } };

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node !== 'object' || node === null) return [];
  return Object.values(node).flatMap(strings);
}

/** "where: the offending text" for every text that matches an internal pattern. */
function internal(where: string, texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    INTERNAL_WORDING.some((re) => re.test(text)) ? [`${where}: ${text}`] : [],
  );
}

/** Line by line, so that one hit names its line rather than a whole export. */
const lines = (s: string) => s.split('\n');

function exportsOf(c: Case): [string, string][] {
  const out: [string, string][] = [];
  for (const site of [undefined, SITE]) {
    const a = assess(c, TODAY, site);
    for (const lang of LANGS) {
      const opts = { lang, disclaimer: 'Decision support only.', site };
      out.push([`note ${lang}`, noteText(c, a, opts)]);
      out.push([`full note ${lang}`, noteText(c, a, { ...opts, full: true })]);
      out.push([`markdown ${lang}`, noteMarkdown(c, a, opts)]);
      out.push([`full markdown ${lang}`, noteMarkdown(c, a, { ...opts, full: true })]);
      out.push([
        `fhir ${lang}`,
        fhirBundleText(c, a, { ...opts, exportedAt: `${TODAY}T10:00:00.000Z` }),
      ]);
    }
  }
  const results: ResultInput[] = resultsFromCase(c).flatMap((r) =>
    r.sign
      ? [{ basis: 'evidence' as const, modality: r.modality, sign: r.sign, useCorrected: true }]
      : [],
  );
  for (const lang of LANGS) {
    out.push([
      `probability ${lang}`,
      calculationText(
        { pretest: { kind: 'judgement', range: [0.05, 0.2] }, results },
        PROBABILITY_SOURCES,
        { lang, includeWhatIf: true, disclaimer: 'Decision support only.' },
      ),
    ]);
  }
  return out;
}

describe('no internal wording reaches a clinician', () => {
  it('the patterns catch what they are for (so the scan can fail)', () => {
    expect(
      internal('probe', ['the seed authors think', 'Authors not visible in the source read']),
    ).toHaveLength(2);
    expect(internal('probe', ['Authors not recorded in the evidence review'])).toHaveLength(1);
    expect(internal('probe', ['the case report calls it the technique of choice'])).toEqual([]);
  });

  it('the interface dictionary of every registered language', async () => {
    const found: string[] = [];
    for (const lang of LANGS) {
      const dict: unknown = (await import(`../../src/i18n/${lang}/index.ts`)).default;
      found.push(...internal(lang, strings(dict)));
    }
    expect(found).toEqual([]);
  });

  it('the evidence registry (references, statements, figures) and the export vocabularies', () => {
    expect([
      ...internal('references', strings(REFERENCES)),
      ...internal('registry', strings(JSON.parse(evidencePackCanonicalText()))),
      ...internal('note vocabulary', strings(NOTE)),
      ...internal('phrases', strings(PHRASES)),
    ]).toEqual([]);
  });

  it('every export of the case report patient and of generated cases, in both languages', () => {
    const generated = fc.sample(arbCase(TODAY), { seed: 421, numRuns: 12 });
    // The case report's patient, under a label a clinician would give it.
    const cases = [
      { ...seedCase(TODAY), id: 'case-report', label: 'Bed 12, left leg' },
      ...generated,
    ];
    const found = cases.flatMap((c) =>
      exportsOf(c).flatMap(([name, text]) => internal(`${c.id} ${name}`, lines(text))),
    );
    expect(found).toEqual([]);
  });
});
