import { hiddenMark, lookAlikeOf, normaliseLabel } from '../case/label';
import { findIdentifiers, type IdentityFinding } from './identity';

/**
 * What a label holds that a reader could not see or could misread, for the warnings of the case
 * forms and for showing a stored label safely. Nothing here changes a label.
 */

/** Alphabets whose letters can be drawn exactly like Latin ones. */
type LookAlikeScript = 'cyrillic' | 'greek' | 'armenian';

const SCRIPT_OF: readonly (readonly [LookAlikeScript, RegExp])[] = [
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['armenian', /\p{Script=Armenian}/u],
];

const scriptOf = (ch: string): LookAlikeScript | undefined =>
  SCRIPT_OF.find(([, re]) => re.test(ch))?.[0];

/** A piece of a label as it is shown: plain text, a hidden character's mark, or a look-alike. */
export type LabelSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'hidden'; readonly text: string; readonly mark: string }
  | {
      readonly kind: 'look-alike';
      readonly text: string;
      readonly script: LookAlikeScript;
      /** The Latin letter it is drawn like. */
      readonly latin: string;
    };

const BREAK = /^(\r\n|[\t\n\v\f\r\u0085\u2028\u2029])$/;
const HIDDEN = /^[\p{Cc}\p{Cf}\p{Cs}\p{DI}]$/u;

/**
 * Letters of another alphabet that pass for Latin ones: flagged when the label also has Latin
 * letters ("Bеd 12"), or when every letter of it is such a look-alike ("Вес", all Cyrillic, reads
 * as "Bec"). A label written wholly in Cyrillic or Greek words is left alone.
 */
function lookAlikeIndexes(chars: readonly string[]): Set<number> {
  const out = new Set<number>();
  let latin = false;
  let letters = 0;
  const candidates: number[] = [];
  chars.forEach((ch, i) => {
    if (!/\p{L}/u.test(ch)) return;
    letters += 1;
    if (/\p{Script=Latin}/u.test(ch)) latin = true;
    else if (scriptOf(ch) && lookAlikeOf(ch)) candidates.push(i);
  });
  if (latin || (letters > 0 && candidates.length === letters))
    candidates.forEach((i) => out.add(i));
  return out;
}

/** The characters of a label (code points; a CR LF pair counts as one line break). */
const charsOf = (s: string): string[] => s.match(/\r\n|[\s\S]/gu) ?? [];

/** A stored label in pieces for display: hidden characters as marks, look-alikes flagged. */
export function labelSegments(label: string): LabelSegment[] {
  const chars = charsOf(label);
  const look = lookAlikeIndexes(chars);
  const out: LabelSegment[] = [];
  chars.forEach((ch, i) => {
    if (BREAK.test(ch) || HIDDEN.test(ch)) {
      out.push({ kind: 'hidden', text: ch, mark: hiddenMark(ch) });
    } else if (look.has(i)) {
      out.push({ kind: 'look-alike', text: ch, script: scriptOf(ch)!, latin: lookAlikeOf(ch)! });
    } else {
      const prev = out.at(-1);
      if (prev?.kind === 'text') out[out.length - 1] = { kind: 'text', text: prev.text + ch };
      else out.push({ kind: 'text', text: ch });
    }
  });
  return out;
}

export interface LabelReview {
  /** The label as it would be saved (see `normaliseLabel`). */
  readonly saved: string;
  /** Line breaks and tabs, which become spaces. */
  readonly breaks: number;
  /** Invisible characters (zero-width, direction controls, …), which are removed. */
  readonly hidden: number;
  /** Look-alike letters from another alphabet, each once, in order ("е (Cyrillic)"). */
  readonly lookAlikes: readonly { readonly text: string; readonly script: LookAlikeScript }[];
  /** What looks like it identifies the patient. */
  readonly identity: readonly IdentityFinding[];
}

/** Everything worth telling the clinician about a label, typed or stored. */
export function reviewLabel(label: string): LabelReview {
  const segments = labelSegments(label);
  let breaks = 0;
  let hidden = 0;
  const seen = new Set<string>();
  const lookAlikes: { text: string; script: LookAlikeScript }[] = [];
  for (const s of segments) {
    if (s.kind === 'hidden') {
      if (BREAK.test(s.text)) breaks += 1;
      else hidden += 1;
    } else if (s.kind === 'look-alike' && !seen.has(s.text)) {
      seen.add(s.text);
      lookAlikes.push({ text: s.text, script: s.script });
    }
  }
  const saved = normaliseLabel(label);
  return { saved, breaks, hidden, lookAlikes, identity: findIdentifiers(saved, 'label') };
}

/** Does a stored label need the reader's attention (anything hidden, misleading or identifying)? */
export const labelNeedsAttention = (r: LabelReview): boolean =>
  r.breaks + r.hidden + r.lookAlikes.length + r.identity.length > 0;
