import MarkdownIt from 'markdown-it';

/**
 * Checks shared by the tests that feed hostile text to every export (never imported by the app,
 * so markdown-it stays a development dependency).
 */

/**
 * Does a line leave a direction embedding, override or isolate open at its end, or close an
 * isolate it did not open (and so escape the one around it)? Either would let a note reorder the
 * app's own words after it. The stack follows Unicode's bidi algorithm (UAX #9, X1–X7): PDF
 * closes the last embedding or override only inside the current isolate; PDI closes the last
 * isolate and everything opened after it.
 */
export function bidiLeaks(line: string): boolean {
  const stack: ('embed' | 'isolate')[] = [];
  for (const ch of line) {
    if ('\u202A\u202B\u202D\u202E'.includes(ch)) stack.push('embed');
    else if ('\u2066\u2067\u2068'.includes(ch)) stack.push('isolate');
    else if (ch === '\u202C') {
      if (stack.at(-1) === 'embed') stack.pop();
    } else if (ch === '\u2069') {
      const i = stack.lastIndexOf('isolate');
      if (i < 0) return true;
      stack.length = i;
    }
  }
  return stack.length > 0;
}

/** A Markdown viewer with raw HTML on (the worst case for a note, a `.md` file or FHIR markdown). */
export const markdownViewer = new MarkdownIt({ html: true, linkify: false });

/** The HTML elements a rendered note may contain: its structure, nothing active. */
const STRUCTURE = new Set(['h1', 'h2', 'p', 'ul', 'li', 'em', 'strong', 'hr', 'blockquote', 'br']);

/** Every element name in rendered HTML that is not plain structure (a script, an image, a link…). */
export function activeElements(html: string): string[] {
  return [...html.matchAll(/<\/?\s*([a-z][a-z0-9-]*)/gi)]
    .map((m) => m[1]!.toLowerCase())
    .filter((name) => !STRUCTURE.has(name));
}

/** The text a reader sees in rendered HTML: tags removed, entities decoded. */
export function renderedText(html: string): string {
  return html
    .replace(/<br\s*\/?>\n?/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}
