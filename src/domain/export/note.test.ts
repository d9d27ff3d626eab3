import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { emptyCase, seedCase } from '../case/fixtures';
import type { Case } from '../case/schema';
import { assess } from '../engine/assess';
import { ENGINE_VERSION } from '../engine/version';
import { escapeMarkdown, isolateBidi, plainFreeText } from './inert';
import { noteMarkdown, noteText, type NoteOptions } from './note';
import { arbCase } from './testing/arbitraries';
import { HOSTILE, hostileCase } from './testing/hostile';
import { activeElements, bidiLeaks, markdownViewer } from './testing/inert-checks';
import { timeline } from './timeline';

const TODAY = '2026-03-03';
const EN: NoteOptions = { lang: 'en', disclaimer: 'Decision support only.' };
const ES: NoteOptions = { lang: 'es', disclaimer: 'Solo es una ayuda a la decisión.' };

/** Undo escapeMarkdown, as a CommonMark renderer would when showing the text. */
function unescapeMarkdown(md: string, indent = ''): string {
  return md
    .split(`\\\n${indent}`)
    .join('\n')
    .replace(/\\([\\`*_[\]#!|~\-+=.)])/g, '$1')
    .replace(/&#32;/g, ' ')
    .replace(/&#9;/g, '\t')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A case without the clinician's own words (label, history, study notes): only the app's remain. */
function withoutOwnWords(c: Case): Case {
  return {
    ...c,
    label: 'Bed 4',
    patient: { ...c.patient, history: undefined },
    studies: Object.fromEntries(
      Object.entries(c.studies).map(([k, s]) => [k, { ...s, note: undefined }]),
    ) as Case['studies'],
  };
}

describe('note for the record', () => {
  const seed = seedCase(TODAY);
  const a = assess(seed, TODAY);

  it('reads as a clinical note for the seed case: assessment and plan first, then the findings', () => {
    const text = noteText(seed, a, EN);
    const lines = text.split('\n');
    // Titled by the conclusion: a confirmed diagnosis is not "suspected".
    expect(lines[0]).toBe(
      'Confirmed subcutaneous ossification (SCHO) — García-Arpa 2020 seed case',
    );
    expect(text).not.toMatch(/suspected/i);
    expect(text).toContain('Date: 2026-03-03 (day 91 since onset)');
    const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
    const order = [
      at(/^Assessment: Confirmed subcutaneous ossification \(SCHO\)\.$/),
      at(/^Plan: The biopsy has answered the question: the workup is complete\. \[1\]$/),
      at(/^Still open: Nothing open\.$/),
      at(/^History: 66-year-old man; long-standing chronic venous insufficiency/),
      at(/^Findings:$/),
      at(/^References:$/),
    ];
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    // The assessment is within the first screenful of a record, not at line 20.
    expect(order[0]).toBeLessThan(6);
    expect(text).toContain('- Labs (2026-03-03): calcium normal; phosphate normal.');
    expect(text).toContain(
      '- X-ray (2026-03-03): reticulated subcutaneous opacities of bone density; confined to the subcutis.',
    );
    expect(text).toContain('- Not done: Ultrasound, MRI.');
    expect(text).toMatch(/\[extrapolated\] \[1\]/);
    // Every reference in full (Vancouver), never cut to "Insights Imaging 2013".
    expect(text).toContain(
      '[1] García-Arpa M, Flores-Terry MA, Franco-Muñoz M, Villasanti-Rivas N, González-Ruiz L, Banegas-Illescas ME. Report of a man with heterotopic ossification of the legs. Reumatol Clin (Engl Ed) 2020;16(4):300-2. doi:10.1016/j.reumae.2020.06.004.',
    );
    expect(text).toContain('Decision support only.');
    expect(text).toContain(`engine ${ENGINE_VERSION}, assessed on 2026-03-03`);
    // Not a data dump: no JSON, no internal ids.
    expect(text).not.toMatch(/[{}]|seed-case|reticulated-bone-density/);
  });

  it('says "complete" once: the plan is the reason, not "Workup complete" beside it', () => {
    const text = noteText(seed, a, EN);
    expect(text.match(/complete/gi)).toHaveLength(1);
  });

  it('is short by default; the full note adds timing, risk profile and the whole differential', () => {
    const short = noteText(seed, a, EN);
    const full = noteText(seed, a, { ...EN, full: true });
    expect(short).not.toMatch(/^(Timing|Risk profile|Differential):/m);
    expect(full).toMatch(/^Timing: From 2025-12-16 \(day 14\)/m);
    expect(full).toMatch(/^Risk profile: 2 of 5 features present \(3 recorded\)/m);
    expect(full).toMatch(/^- Osteoma cutis \(keep in mind\)/m);
    expect(full.split('\n').length).toBeGreaterThan(short.split('\n').length);
    expect(full).toContain('(full note)');
    // The short note of the seed case reads in well under a page.
    expect(short.trimEnd().split('\n').length).toBeLessThanOrEqual(40);
  });

  it('uses the formatters it is given and writes Spanish', () => {
    const text = noteText(seed, a, { ...ES, format: { date: (d) => `«${d}»`, number: String } });
    expect(text.split('\n')[0]).toBe(
      'Osificación subcutánea (OHSC) confirmada — García-Arpa 2020 seed case',
    );
    expect(text).toContain('Fecha: «2026-03-03» (día 91 desde el inicio)');
    expect(text).toContain('Antecedentes: Varón de 66 años;');
    expect(text).toContain('Valoración: Osificación subcutánea (OHSC) confirmada.');
    expect(text).toContain('Bibliografía:');
    expect(text).toContain('Solo es una ayuda a la decisión.');
  });

  it('says what is missing for an empty case and what to do first', () => {
    const c = emptyCase(TODAY, 5);
    const text = noteText(c, assess(c, TODAY), EN);
    expect(text.split('\n')[0]).toBe('Not enough data yet — Bed 4');
    expect(text).toContain('- Labs: Not done yet.');
    expect(text).toContain('Assessment: Not enough data yet.');
    expect(text).toMatch(/Plan: Next step: /);
    expect(text).toMatch(/Day 5 since onset: a plain X-ray may still be normal/);
  });

  it('has the same content in Markdown, structured with headings', () => {
    const md = noteMarkdown(seed, a, EN);
    expect(md.split('\n')[0]).toBe(
      '# Confirmed subcutaneous ossification (SCHO) — García-Arpa 2020 seed case',
    );
    expect(md.indexOf('## Assessment')).toBeLessThan(md.indexOf('## Plan'));
    expect(md.indexOf('## Plan')).toBeLessThan(md.indexOf('## Findings'));
    expect(md).toContain('Confirmed subcutaneous ossification (SCHO).');
    expect(md).toContain(String.raw`\[1\] García-Arpa M`);
    expect(md).toContain('> Decision support only.');
  });
});

/** The numbers cited in the body and the numbers listed under the references. */
function citations(text: string, refsHeading: string) {
  const at = text.indexOf(`\n${refsHeading}:\n`);
  const body = at < 0 ? text : text.slice(0, at);
  const list = at < 0 ? '' : text.slice(at);
  const cited = new Set(
    [...body.matchAll(/\[(\d+(?:, \d+)*)\]/g)].flatMap((m) => m[1]!.split(', ').map(Number)),
  );
  const listed = [...list.matchAll(/^- \[(\d+)\] /gm)].map((m) => Number(m[1]));
  return { cited: [...cited].sort((x, y) => x - y), listed };
}

describe('references and repetition, for any case', () => {
  fcTest.prop([arbCase(TODAY)], { numRuns: 60 })(
    'HAZ-65 the short note keeps every disagreement, timing warning, lab red flag, open item and raised differential',
    (c) => {
      const a = assess(c, TODAY);
      for (const opts of [EN, ES]) {
        const lang = opts.lang;
        const text = noteText(c, a, opts);
        const must = [
          ...a.interpretation.discordances.flatMap((d) => [d.reason, d.resolve]),
          ...a.timing.warnings.map((w) => w.reason),
          ...a.labFlags,
          ...a.labInputProblems,
          ...a.openItems,
          ...a.differential.filter((d) => d.weight === 'raised').map((d) => d.why),
          a.nextStep.reason,
        ];
        // Each is in the note (a sentence said once may serve two of them).
        for (const r of must) {
          for (const sentence of r.text[lang].split(/(?<=[.!?])\s+(?=[^\s[(])/u))
            expect(text).toContain(sentence);
        }
      }
    },
  );

  fcTest.prop([arbCase(TODAY)], { numRuns: 40 })(
    'every cited source is listed in full, and every listed source is cited, numbered in order',
    (any) => {
      // The app's citations: a clinician's note may itself read "[2]" (seed -856227756).
      const c = withoutOwnWords(any);
      const a = assess(c, TODAY);
      for (const [opts, heading] of [
        [EN, 'References'],
        [ES, 'Bibliografía'],
      ] as const) {
        for (const full of [false, true]) {
          const text = noteText(c, a, { ...opts, full });
          const { cited, listed } = citations(text, heading);
          expect(listed).toEqual(listed.map((_, i) => i + 1));
          expect(cited).toEqual(listed);
        }
      }
    },
  );

  fcTest.prop([arbCase(TODAY)], { numRuns: 40 })(
    'no sentence of the app is said twice in one note',
    (c) => {
      // The clinician's own words may repeat themselves; the app's may not.
      const plain = withoutOwnWords(c);
      const a = assess(plain, TODAY);
      for (const full of [false, true]) {
        const text = noteText(plain, a, { ...EN, full });
        // The findings are the record of what was entered, each study once; the assessment may
        // quote one of them as its reason. Every other line is the app's reasoning.
        const reasoning = text.replace(/\nFindings:\n(- .*\n)*/, '\n');
        const sentences = reasoning
          .split('\n')
          .map((l) => l.replace(/^- (\[\d+\] )?/, ''))
          .flatMap((l) => l.split(/(?<=[.!?])\s+(?=[A-Z])/))
          .map((s) => s.replace(/\s*\[[^\]]*\]\s*/g, '').trim())
          .filter((s) => s.split(' ').length >= 4);
        const seen = new Set<string>();
        const repeated = sentences.filter((s) => (seen.has(s) ? true : (seen.add(s), false)));
        expect(repeated).toEqual([]);
      }
    },
  );
});

describe('hostile free text stays inert and intact', () => {
  const c = hostileCase(TODAY);
  const a = assess(seedCase(TODAY), TODAY);

  it('in the plain note: verbatim, bidi isolated', () => {
    const text = noteText(c, a, EN);
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.img);
    expect(text).toContain(HOSTILE.mdLink);
    expect(text).toContain(HOSTILE.emoji);
    expect(text).toContain(HOSTILE.long);
    // The RTL override is closed by a pop-directional-isolate before the line ends.
    expect(text).toMatch(/\u2068- list \u202Eabc[^\n]*\u2069\n/);
    // A multi-line note cannot start new note lines of its own: continuation lines are indented.
    expect(text).toContain('\n    # heading');
    expect(text).toContain(`\n    ${HOSTILE.forged}`);
    expect(text).not.toMatch(/^Conclusion:/m);
    // Every kind of line break starts an indented line; controls are shown, not sent.
    expect(text).toContain('\n    a\n    b\n    c\n    d\n    e\n');
    expect(text).toContain('⟨U+001B⟩[2J⟨U+0007⟩');
    expect(text).not.toMatch(/(?![\t\n])\p{Cc}/u);
    // No line leaves a direction override open, or closes an isolate it did not open.
    expect(text.split('\n').filter(bidiLeaks)).toEqual([]);
  });

  it('in Markdown: no raw HTML, no link syntax, text recoverable', () => {
    const md = noteMarkdown(c, a, EN);
    expect(md).not.toMatch(/<\s*(script|img)/i);
    expect(md).not.toMatch(/(^|[^\\])\]\(javascript/);
    expect(md).not.toMatch(/(^|[^\\])\[click/);
    expect(md).toContain(String.raw`\[click\](javascript:alert(1))`);
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain(HOSTILE.long);
    expect(md).toContain(HOSTILE.emoji);
    // Lines of a note cannot become headings or list items.
    expect(md).not.toMatch(/^\s*# heading/m);
    expect(md).not.toMatch(/^\s*- list/m);
    // Rendered by a viewer with HTML on: structure only, nothing active.
    expect(activeElements(markdownViewer.render(md))).toEqual([]);
    expect(md.split('\n').filter(bidiLeaks)).toEqual([]);
  });

  fcTest.prop([fc.string({ unit: 'grapheme', maxLength: 80 })])(
    'escapeMarkdown leaves no active syntax and can be read back',
    (s) => {
      const plain = s.replace(/[\p{Cc}]/gu, '').replace(/\r\n|[\r\u2028\u2029\u0085]/g, '\n');
      const md = escapeMarkdown(plain, '  ');
      // No raw HTML and no unescaped link, image, emphasis or code markers.
      expect(md).not.toContain('<');
      expect(md.replace(/\\./gs, '')).not.toMatch(/[[\]`*_!|~]/);
      // Isolation adds FSI/PDI around a line with direction controls and drops a stray PDI.
      const isolates = /[\u2066-\u2069]/g;
      expect(unescapeMarkdown(md.replace(isolates, ''), '  ')).toBe(plain.replace(isolates, ''));
    },
  );

  fcTest.prop([fc.string({ maxLength: 80 })])('plainFreeText keeps every character', (s) => {
    const out = plainFreeText(s, '');
    expect(out.replace(/[\u2068\u2069]/g, '')).toBe(
      s.replace(/\r\n|\r|\u2028|\u2029/g, '\n').replace(/[\u2068\u2069]/g, ''),
    );
  });

  fcTest.prop([fc.string({ unit: 'binary', maxLength: 120 })])(
    'plainFreeText: every line after the first is indented, none leaks a direction, no control is sent',
    (s) => {
      const lines = plainFreeText(s, '  ').split('\n');
      for (const line of lines.slice(1)) expect(line.startsWith('  ')).toBe(true);
      expect(lines.filter(bidiLeaks)).toEqual([]);
      expect(lines.join('\n')).not.toMatch(/(?![\t\n])\p{Cc}/u);
    },
  );

  it('isolateBidi closes what a line opens and drops a PDI that would escape', () => {
    expect(isolateBidi('plain')).toBe('plain');
    expect(isolateBidi('\u202Eabc')).toBe('\u2068\u202Eabc\u2069');
    expect(isolateBidi('\u2069\u202Egel tfel')).toBe('\u2068\u202Egel tfel\u2069');
    expect(isolateBidi('\u2067abc')).toBe('\u2068\u2067abc\u2069\u2069');
    expect(bidiLeaks(`${isolateBidi('\u2069\u202Egel tfel')} — app text`)).toBe(false);
    expect(bidiLeaks('\u2069\u202Egel tfel — app text')).toBe(true);
  });

  fcTest.prop([arbCase(TODAY)], { numRuns: 60 })(
    'any valid case gives a note in both languages with the disclaimer',
    (c) => {
      const a = assess(c, TODAY);
      for (const opts of [EN, ES]) {
        const text = noteText(c, a, opts);
        expect(text).toContain(opts.disclaimer);
        expect(text).toContain(a.interpretation.label[opts.lang]);
        expect(noteMarkdown(c, a, opts)).not.toMatch(/<\s*(script|img)/i);
      }
    },
  );
});

describe('timeline', () => {
  it('orders onset, the X-ray informative date, the studies and today', () => {
    const c = seedCase(TODAY);
    const events = timeline(c, assess(c, TODAY));
    expect(events.map((e) => e.kind)).toEqual([
      'onset',
      'xray-informative',
      'study',
      'study',
      'study',
      'study',
      'study',
      'today',
    ]);
    expect(events[0]).toMatchObject({ date: '2025-12-02', day: 0 });
    expect(events[1]).toMatchObject({ date: '2025-12-16', day: 14 });
    expect(events.at(-1)).toMatchObject({ kind: 'today', date: TODAY, day: 91 });
  });
});
