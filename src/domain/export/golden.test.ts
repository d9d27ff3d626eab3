import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { emptyCase, seedCase } from '../case/fixtures';
import type { Case } from '../case/schema';
import { assess } from '../engine/assess';
import type { SiteSettings } from '../engine/site';
import {
  calculationText,
  PROBABILITY_SOURCES,
  resultsFromCase,
  type ResultInput,
} from '../probability';
import { casesFileText } from './all-cases-file';
import { caseFileText } from './case-file';
import { fhirBundleText } from './fhir';
import { noteMarkdown, noteText } from './note';
import { arbCase } from './testing/arbitraries';
import { hostileCase } from './testing/hostile';
import { timeline } from './timeline';

/**
 * Golden exports: everything the app writes for the record, for fixed cases, compared with files
 * kept in `__golden__/`. A refactor must leave every byte of them as it was; a change in clinical
 * wording or logic shows up here as a reviewable diff of the golden files (update them with
 * `npx vitest run -u src/domain/export/golden.test.ts` and read the diff before committing).
 */

const TODAY = '2026-03-03';
const EXPORTED_AT = '2026-03-03T10:00:00.000Z';
const DISCLAIMER = { en: 'Decision support only.', es: 'Solo es una ayuda a la decisión.' };
const SITE: SiteSettings = {
  unavailable: ['scintigraphy', 'mri'],
  waitDays: { ct: 10 },
  units: { calcium: 'mmol/L' },
};

/** Sixteen generated cases, the same on every run (a fixed seed). */
const generated = fc.sample(arbCase(TODAY), { seed: 20261205, numRuns: 16 });

const CASES: readonly (readonly [string, Case])[] = [
  ['seed', seedCase(TODAY)],
  ['empty-day-5', emptyCase(TODAY, 5)],
  ['empty-no-onset', emptyCase(TODAY)],
  ['hostile', hostileCase(TODAY)],
  ...generated.map((c, i) => [`generated-${String(i + 1).padStart(2, '0')}`, c] as const),
];

/**
 * The assessment as JSON without the catalogue codes its reasons carry (`code`, `params`): the
 * golden pins the sentences they render, so moving a concept's wording into the clinical
 * catalogues (src/domain/words) leaves it byte-identical; the catalogue's own tests pin the codes.
 */
function assessmentJson(a: unknown): string {
  return JSON.stringify(a, function (this: unknown, key, value: unknown) {
    const holder = this as { refs?: unknown; text?: unknown };
    const isReason = Array.isArray(holder.refs) && typeof holder.text === 'object';
    return isReason && (key === 'code' || key === 'params') ? undefined : value;
  });
}

/** Every export of one case, in both languages, with and without this site's settings. */
function allExports(c: Case): string {
  const parts: string[] = [];
  const add = (name: string, body: string) => parts.push(`===== ${name} =====\n${body}`);
  for (const site of [undefined, SITE]) {
    const a = assess(c, TODAY, site);
    const tag = site ? ' (site)' : '';
    add(`assessment${tag}`, assessmentJson(a));
    add(`timeline${tag}`, JSON.stringify(timeline(c, a)));
    for (const lang of ['en', 'es'] as const) {
      const opts = { lang, disclaimer: DISCLAIMER[lang], site };
      add(`note ${lang}${tag}`, noteText(c, a, opts));
      add(`markdown ${lang}${tag}`, noteMarkdown(c, a, opts));
      add(`full note ${lang}${tag}`, noteText(c, a, { ...opts, full: true }));
      add(`fhir ${lang}${tag}`, fhirBundleText(c, a, { ...opts, exportedAt: EXPORTED_AT }));
    }
  }
  add('case file', caseFileText(c, EXPORTED_AT, DISCLAIMER.en, SITE));
  add('cases file', casesFileText([c], EXPORTED_AT, DISCLAIMER.en));
  const results: ResultInput[] = resultsFromCase(c).flatMap((r) =>
    r.sign
      ? [{ basis: 'evidence' as const, modality: r.modality, sign: r.sign, useCorrected: true }]
      : [],
  );
  results.push({
    basis: 'assumption',
    modality: 'mri',
    sign: 'positive',
    sensitivity: 0.8,
    specificity: 0.7,
  });
  for (const lang of ['en', 'es'] as const) {
    add(
      `probability ${lang}`,
      calculationText(
        {
          pretest: { kind: 'judgement', range: [0.05, 0.2] },
          results,
          thresholds: { test: 0.05, treatment: 0.5 },
        },
        PROBABILITY_SOURCES,
        { lang, includeWhatIf: true, disclaimer: DISCLAIMER[lang] },
      ),
    );
  }
  return `${parts.join('\n')}\n`;
}

describe('golden exports (behaviour does not change in a refactor)', () => {
  it.each(CASES)('%s: every export is as recorded', async (name, c) => {
    await expect(allExports(c)).toMatchFileSnapshot(`./__golden__/${name}.txt`);
  });
});
