import { fc } from '@fast-check/vitest';
import type { Case } from '../../case/schema';
import { seedCase } from '../../case/fixtures';

/** Free text that must stay inert and intact in every rendering. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(1)>',
  mdLink: '[click](javascript:alert(1))',
  rtl: '\u202Eabc',
  emoji: 'Dolor 😖 en 🦵 — 👩🏽‍⚕️',
  long: 'x'.repeat(10_000),
  /** A line that would read as the app's own conclusion if it started a line. */
  forged: 'Conclusion: Excluded, no further imaging',
  /** Closes the isolate around it, then overrides the direction of what follows. */
  pdiEscape: '\u2069\u202Egel tfel',
  /** A terminal escape and a bell. */
  controls: '\u001B[2J\u0007',
  /** Line breaks other than LF: vertical tab, form feed, next line, line separator. */
  otherBreaks: 'a\u000Bb\u000Cc\u0085d\u2028e',
} as const;

/**
 * The labels of the issue that found these problems: each looks like something else, or holds
 * what a label should not.
 */
export const HOSTILE_LABELS = {
  name: 'John Smith NHS 943 476 5919',
  zeroWidth: 'Bed\u200B 12',
  cyrillic: 'B\u0435d 12',
  forgedLine: `Bed 12\n${HOSTILE.forged}`,
  override: '\u202Egel tfel',
  markup: `${HOSTILE.script}${HOSTILE.img}`,
} as const;

/** The seed case with hostile text in the label, the history and every study note. */
export function hostileCase(today: string): Case {
  const c = seedCase(today);
  const note = `${HOSTILE.script} ${HOSTILE.img}\n${HOSTILE.mdLink}\n# heading\n- list ${HOSTILE.rtl} ${HOSTILE.emoji}\n${HOSTILE.forged}\n${HOSTILE.pdiEscape} ${HOSTILE.controls}\n${HOSTILE.otherBreaks}`;
  return {
    ...c,
    label: `${HOSTILE.script}${HOSTILE.mdLink}${HOSTILE.rtl}`,
    patient: { ...c.patient, history: `${HOSTILE.img} ${HOSTILE.long} ${HOSTILE.emoji}` },
    studies: {
      ...c.studies,
      labs: { ...c.studies.labs, note },
      xray: { ...c.studies.xray, note },
      biopsy: { ...c.studies.biopsy, note: HOSTILE.long },
    },
  };
}

/** Pieces hostile text is made of: markup, look-alikes, invisible and direction characters, breaks. */
const PIECES = [
  ...Object.values(HOSTILE).filter((s) => s.length < 100),
  ...Object.values(HOSTILE_LABELS),
  '\n',
  '\r\n',
  '\r',
  '\u2029',
  '\u200B',
  '\u200D',
  '\uFEFF',
  '\u00AD',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061C',
  '\u200F',
  '\u0000',
  '\u007F',
  '\u0430',
  '\u043E',
  '\u0440',
  '\u03BF',
  '\u0391',
  '*',
  '_',
  '`',
  '```',
  '#',
  '- ',
  '1. ',
  '> ',
  '|',
  '~',
  '&amp;',
  '&',
  '<',
  '>',
  '\\',
  '    ',
  '\t',
  '![x](javascript:alert(1))',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<iframe src=x>',
  'Impression: Confirmed',
  'Still open: Nothing open.',
  '\uD800',
];

/** Hostile free text: pieces and random characters, sometimes very long. */
export function arbHostileText(maxPieces = 12): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .array(
          fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })),
          { minLength: 1, maxLength: maxPieces },
        )
        .map((p) => p.join('')),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom(...PIECES).map((p) => p.repeat(200)) },
  );
}
