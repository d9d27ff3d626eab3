import { hiddenMark } from '../case/label';

/**
 * Keeping free text inert. Notes, labels and history are typed by a clinician (or arrive in an
 * imported file) and must come out of every export exactly as typed, with no power to format,
 * link, run script or reorder the text around them.
 */

/** Bidirectional controls (embeddings, overrides, isolates, marks). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * One line of free text that cannot reorder the text around it. A line without bidi controls is
 * returned unchanged, so ordinary notes gain no invisible characters. Otherwise the line is
 * wrapped in a first-strong isolate (FSI … PDI), which also ends any embedding or override it
 * opened (Unicode's bidi algorithm, rule X6a); a pop-directional-isolate with no opener inside the
 * line is dropped, since it would close that isolate early and let an override run on; and an
 * isolate the line leaves open is closed before it ends.
 */
export function isolateBidi(line: string): string {
  if (!BIDI_CONTROLS.test(line)) return line;
  let open = 0;
  let out = '';
  for (const ch of line) {
    if (ch >= '\u2066' && ch <= '\u2068') open += 1;
    else if (ch === '\u2069') {
      if (open === 0) continue;
      open -= 1;
    }
    out += ch;
  }
  return `\u2068${out}${'\u2069'.repeat(open)}\u2069`;
}

/**
 * Line breaks of any platform, and the controls that some viewers treat as one (vertical tab,
 * form feed, next line): each starts a new line of the note, indented, never a line of its own.
 */
const NEWLINES = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/;

/** Control characters other than tab (a terminal escape, a bell, a NUL); lines are split first. */
const CONTROLS = /(?!\t)\p{Cc}/gu;

/** Controls shown as visible marks (`⟨U+001B⟩`): they do nothing in the note or its viewer. */
const showControls = (line: string): string => line.replace(CONTROLS, hiddenMark);

/**
 * Is there nothing to read? Empty, spaces and line breaks only, or only invisible characters: such
 * text never reaches an export as a value (FHIR refuses a string without visible content).
 */
export const isBlank = (s: string | undefined): boolean =>
  !s || !s.replace(/[\s\p{Cc}\p{Cf}\p{DI}]/gu, '');

/**
 * Plain text for the note: every character kept, continuation lines indented under their
 * heading (a note cannot start a line of its own, so it cannot forge "Impression: …"), control
 * characters shown as marks and bidi runs isolated line by line. Nothing else is interpreted.
 */
export function plainFreeText(s: string, indent = '  '): string {
  return s
    .split(NEWLINES)
    .map((line) => isolateBidi(showControls(line)))
    .join(`\n${indent}`);
}

/** Markdown punctuation that can start emphasis, a link, an image, code or a table cell. */
const MD_INLINE = /[\\`*_[\]#!|~]/g;

/**
 * Escape user text for Markdown so that it renders as the same characters and nothing else:
 * `[x](javascript:…)` is not a link, `<script>` and `<img onerror>` are not HTML, `*` is not
 * emphasis, and a leading `-`, `+` or `1.` does not start a list. `<`, `>` and `&` become
 * entities (renderers that allow raw HTML still show them as text); the punctuation Markdown
 * gives inline meaning is backslash-escaped everywhere (CommonMark defines backslash escapes for
 * all ASCII punctuation), and block markers only at the start of a line, so the raw file stays
 * readable. Line breaks become Markdown hard breaks, continued with `indent` inside a list item.
 * `atLineStart` is false for text that continues a line already begun.
 */
export function escapeMarkdown(s: string, indent = '', atLineStart = true): string {
  const lines = s.split(NEWLINES).map((line, i) => {
    const inline = showControls(line)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(MD_INLINE, (ch) => `\\${ch}`);
    if (i === 0 && !atLineStart) return inline;
    return (
      inline
        // A list marker, an ordered-list number or a setext underline at the start of a line.
        .replace(/^(\s*)([-+=])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2')
        // Leading spaces or tabs would turn a line into a code block.
        .replace(/^[ \t]+/, (ws) => ws.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'))
    );
  });
  return lines.map(isolateBidi).join(`\\\n${indent}`);
}

/**
 * Characters XML 1.0 does not allow or discourages: controls but tab and line breaks, lone
 * surrogates, U+FFFE and U+FFFF.
 */
const NOT_XML = /(?![\t\n\r])\p{Cc}|\p{Cs}|[\uFFFE\uFFFF]/gu;

/** Escape text for XHTML (the FHIR narrative); a character XML cannot hold becomes U+FFFD. */
export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
