import { LANGS, type Lang } from './languages';
import type { LocalizedText } from './text';

// Apart from text.ts, which the first page imports for plurals: these load with the code that
// makes texts (the engine, the registry), not with the first page.

/**
 * Texts in every language joined language by language: sentences with a space, a list with its
 * separator. One place for it, so a new language needs no edit where texts are put together.
 */
export const joinTexts = (parts: readonly LocalizedText[], separator = ' '): LocalizedText =>
  textByLanguage((lang) => parts.map((p) => p[lang]).join(separator));

/**
 * A text in every language, each language's text made on its first read and kept: a reader
 * reads one language, so the others are never made (the registry's texts are built as its
 * modules load, and rendering every statement in every language then cost the start-up of each
 * page that shows a case). The languages are ordinary enumerable properties, in the registry's
 * order, to everything that reads the object (`text.es`, `Object.keys`, `JSON.stringify`, a
 * spread, `structuredClone`, a deep equality): only when each text is made changes.
 */
export function textByLanguage(make: (lang: Lang) => string): LocalizedText {
  const text = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    let made: string | undefined;
    Object.defineProperty(text, lang, { enumerable: true, get: () => (made ??= make(lang)) });
  }
  return text;
}
