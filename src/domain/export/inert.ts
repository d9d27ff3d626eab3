/**
 * Keeping free text inert. Notes, labels and history are typed by a clinician (or arrive in an
 * imported file) and must come out of every export exactly as typed, with no power to format,
 * link, run script or reorder the text around them.
 */

/** Bidirectional controls (embeddings, overrides, isolates, marks). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Wrap text that carries bidi controls in a first-strong isolate (FSI … PDI), so a stray
 * right-to-left override cannot flip the words that follow it in the note. Text without
 * controls is returned unchanged, so ordinary notes gain no invisible characters.
 */
export function isolateBidi(s: string): string {
  return BIDI_CONTROLS.test(s) ? `\u2068${s}\u2069` : s;
}

/** Line breaks of any platform. */
const NEWLINES = /\r\n|\r|\n|\u2028|\u2029/;

/**
 * Plain text for the note: kept verbatim, continuation lines indented under their heading, and
 * bidi runs isolated. Nothing here is interpreted, so there is nothing else to escape.
 */
export function plainFreeText(s: string, indent = '  '): string {
  return isolateBidi(
    s
      .split(NEWLINES)
      .map((line, i) => (i === 0 ? line : `${indent}${line}`))
      .join('\n'),
  );
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
    const inline = line
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
  return isolateBidi(lines.join(`\\\n${indent}`));
}

/** Escape text for XHTML (the FHIR narrative). */
export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
