/**
 * Case labels that cannot pass for something else. A label is one short line a clinician reads
 * in a list, so what it looks like must be what it is:
 *
 * - `normaliseLabel`: what a new or renamed label is saved as (NFKC, no line breaks, no
 *   invisible characters, single spaces);
 * - `labelSkeleton`: what two labels are compared by, so that "Bed 12" and "Bеd 12" (a Cyrillic
 *   е) cannot be two cases that look the same (the skeleton of Unicode TR #39, with a small table
 *   of the Latin, Cyrillic and Greek look-alikes instead of the full confusables list);
 * - `visibleLabel`: a stored label as text with every hidden character shown, for messages.
 *
 * This module is on the first page (the store uses it), so it stays small. What says more about
 * a label (look-alike letters, identifiers) is in `domain/privacy`, loaded on demand.
 */

/** The longest case label, in characters: the schema, the store and the case forms all use it. */
export const LABEL_MAX_LENGTH = 120;

/** Line breaks and tabs, which become spaces in a label. */
const BREAKS = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * Characters that draw nothing or change how other text is drawn: controls (Cc), format
 * characters (Cf: zero-width spaces and joiners, bidi embeddings, overrides, isolates and marks,
 * the soft hyphen, tags), lone surrogates (Cs) and every other default-ignorable code point
 * (Hangul fillers, variation selectors, …).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{DI}]/gu;

/** A label as it is saved: one line, nothing hidden, spaces collapsed, trimmed. */
export const normaliseLabel = (raw: string): string =>
  raw.normalize('NFKC').replace(BREAKS, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();

/**
 * Look-alikes, as pairs of characters: each odd one is drawn like the even one after it. The
 * Cyrillic and Greek letters that are drawn exactly like a Latin letter in common fonts (from
 * Unicode's confusables.txt), and the digits and strokes TR #39 folds together (0/O, 1/l/I/|).
 */
const CONFUSABLE_PAIRS =
  'аaеeһhіiјjоoрpсcѕsуyхxԁdԛqԝwӏlүyАAВBЕEЅSІlЈJКKМMНHОOРPСCТTХXУYҮYԚQԜWӀl' +
  'νvοoρpϲcϳjΑAΒBΕEΖZΗHΙlΚKΜMΝNΟOΡPΤTΥYΧXօoսuհhոn0O1lIl|l';

/** Every character of the table is one UTF-16 unit, so pairs are two units each. */
const CONFUSABLES = new Map(
  (CONFUSABLE_PAIRS.match(/../g) ?? []).map((pair) => [pair[0]!, pair[1]!] as const),
);

/** The Latin letter a look-alike is drawn as, if it is one. */
export const lookAlikeOf = (ch: string): string | undefined => CONFUSABLES.get(ch);

/**
 * What a label looks like, for telling labels apart: two labels with the same skeleton would
 * read the same on screen. `skeleton(X) = NFD(map(NFD(normalised X)))`, as in TR #39.
 */
export function labelSkeleton(label: string): string {
  return Array.from(normaliseLabel(label).normalize('NFD'), (ch) => CONFUSABLES.get(ch) ?? ch)
    .join('')
    .normalize('NFD');
}

/** A hidden character as a visible mark: `⟨U+202E⟩`; a line break `⏎`, a tab `⇥`. */
export const hiddenMark = (ch: string): string =>
  ch === '\t'
    ? '⇥'
    : ch.replace(BREAKS, '') === ''
      ? '⏎'
      : `⟨U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`;

/**
 * A stored label as text that shows what it holds: every line break, tab and invisible
 * character becomes a visible mark, so "\u202Egel tfel" reads "⟨U+202E⟩gel tfel" and not
 * "left leg", and "Bed 12\nConclusion: …" stays on one line. The stored label is not changed.
 */
export const visibleLabel = (label: string): string =>
  label.replace(/\r\n|[\p{Cc}\p{Cf}\p{Cs}\p{DI}\u2028\u2029]/gu, hiddenMark);
