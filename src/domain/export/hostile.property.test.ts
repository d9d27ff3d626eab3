import type { Bundle, Observation } from '@medplum/fhirtypes';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { seedCase } from '../case/fixtures';
import { caseSchema, type Case } from '../case/schema';
import { assess } from '../engine/assess';
import { caseFileText, readCaseFile } from './case-file';
import { casesFileText, openCasesFile, readCasesEntry } from './all-cases-file';
import { caseToFhirBundle } from './fhir';
import { isBlank } from './inert';
import { noteMarkdown, noteText, type NoteOptions } from './note';
import { arbHostileText, HOSTILE_LABELS } from './testing/hostile';
import { activeElements, bidiLeaks, markdownViewer } from './testing/inert-checks';
import { NOTE } from './vocabulary';
import { LANGS, type Lang } from '../languages';

/**
 * Hostile labels and notes (look-alike letters, direction controls, every kind of line break,
 * markup, control characters, very long text) through every export: each stays inert (nothing
 * runs, links or formats) and unambiguous (no line the app did not write, no word reordered).
 */

const TODAY = '2026-03-03';
const OPTS = Object.fromEntries(
  LANGS.map((lang) => [lang, { lang, disclaimer: 'Decision support only.' }]),
) as Record<Lang, NoteOptions>;

/** The seed case with `label` and the free texts in the history and three study notes. */
function withText(label: string, texts: readonly string[]): Case {
  const c = seedCase(TODAY);
  const [history = 'x', labs = 'x', xray = 'x', biopsy = 'x'] = texts.map((t) => t.slice(0, 5000));
  const l = label.slice(0, 120).trim() ? label.slice(0, 120) : `x${label.slice(0, 119)}`;
  return caseSchema.parse({
    ...c,
    label: l,
    patient: { ...c.patient, history },
    studies: {
      ...c.studies,
      labs: { ...c.studies.labs, note: labs },
      xray: { ...c.studies.xray, note: xray },
      biopsy: { ...c.studies.biopsy, note: biopsy },
    },
  });
}

const neutral = withText('x', ['x', 'x', 'x', 'x']);
/** The same case with every free text that has something to read replaced by "x". */
const neutralOf = (texts: readonly string[]) =>
  withText(
    'x',
    texts.map((t) => (isBlank(t.slice(0, 5000)) ? t : 'x')),
  );
const assessment = assess(neutral, TODAY);

/** The lines a note begins at the left margin, by their heading (what comes before a colon). */
const margins = (text: string) =>
  text
    .split('\n')
    .slice(1)
    .filter((l) => l && !/^\s/.test(l))
    .map((l) => l.split(':')[0]);

/** A control character other than tab and line feed. */
const CONTROLS = /(?![\t\n])\p{Cc}/u;

const arbTexts = fc.tuple(
  arbHostileText(),
  fc.array(arbHostileText(), { minLength: 4, maxLength: 4 }),
);

describe('hostile labels and notes in every export', () => {
  it('the FHIR Bundle never carries the label (the Patient is pseudonymous)', () => {
    const c = withText(HOSTILE_LABELS.name, ['x', 'x', 'x', 'x']);
    const json = JSON.stringify(
      caseToFhirBundle(c, assessment, {
        lang: 'en',
        disclaimer: 'Decision support only.',
        exportedAt: `${TODAY}T10:00:00.000Z`,
      }),
    );
    expect(json).not.toMatch(/John|Smith|943 476 5919/);
  });

  fcTest.prop([arbTexts, fc.constantFrom(...LANGS)], { numRuns: 80 })(
    'HAZ-46 the plain note: the title is one line, no line the app did not write, nothing reordered or sent as a control',
    ([label, texts], lang) => {
      const c = withText(label, texts);
      const text = noteText(c, assessment, OPTS[lang]);
      const lines = text.split('\n');
      // Titled by the conclusion, then the label on the same line.
      expect(lines[0]!.startsWith(`${assessment.interpretation.label[lang]} — `)).toBe(true);
      expect(lines[1]).toBe(NOTE.subtitle[lang]);
      expect(margins(text)).toEqual(margins(noteText(neutralOf(texts), assessment, OPTS[lang])));
      expect(lines.filter(bidiLeaks)).toEqual([]);
      expect(text).not.toMatch(CONTROLS);
    },
  );

  fcTest.prop([arbTexts, fc.constantFrom(...LANGS)], { numRuns: 80 })(
    'HAZ-46 the Markdown note, rendered with HTML on: the same headings, nothing active, nothing reordered',
    ([label, texts], lang) => {
      const c = withText(label, texts);
      const md = noteMarkdown(c, assessment, OPTS[lang]);
      const html = markdownViewer.render(md);
      expect(activeElements(html)).toEqual([]);
      const headings = (h: string) => [...h.matchAll(/<(h[12])>/g)].map((m) => m[1]);
      expect(headings(html)).toEqual(
        headings(markdownViewer.render(noteMarkdown(neutralOf(texts), assessment, OPTS[lang]))),
      );
      expect(md.split('\n').filter(bidiLeaks)).toEqual([]);
      expect(md).not.toMatch(CONTROLS);
    },
  );

  fcTest.prop([arbTexts], { numRuns: 60 })(
    'HAZ-47 the FHIR Bundle: markdown notes inert, the history string balanced, no blank value',
    ([label, texts]) => {
      const c = withText(label, texts);
      const b: Bundle = caseToFhirBundle(c, assessment, {
        lang: 'en',
        disclaimer: 'Decision support only.',
        exportedAt: `${TODAY}T10:00:00.000Z`,
      });
      const observations = (b.entry ?? [])
        .map((e) => e.resource)
        .filter((r): r is Observation => r?.resourceType === 'Observation');
      for (const o of observations) {
        for (const n of o.note ?? []) {
          expect(n.text.trim()).not.toBe('');
          expect(activeElements(markdownViewer.render(n.text))).toEqual([]);
          expect(n.text.split('\n').filter(bidiLeaks)).toEqual([]);
        }
        if (o.valueString !== undefined) {
          expect(o.valueString.trim()).not.toBe('');
          expect(o.valueString.split('\n').filter(bidiLeaks)).toEqual([]);
          expect(o.valueString).not.toMatch(CONTROLS);
        }
      }
    },
  );

  fcTest.prop([arbTexts], { numRuns: 60 })(
    'the JSON case file and the all-cases file give back exactly what was typed',
    ([label, texts]) => {
      const c = withText(label, texts);
      expect(readCaseFile(caseFileText(c, `${TODAY}T10:00:00.000Z`), TODAY)).toEqual({
        ok: true,
        value: c,
      });
      const all = openCasesFile(casesFileText([c, neutral], `${TODAY}T10:00:00.000Z`), TODAY);
      if (!all.ok || all.kind !== 'all') throw new Error('not read as an all-cases file');
      const entries = all.raw.map((_, i) => readCasesEntry(all, i, TODAY));
      expect(entries.map((e) => e.ok && e.value)).toEqual([c, neutral]);
    },
  );
});
