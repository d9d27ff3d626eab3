import type { Lang } from '../domain/languages';
import type * as WordsModule from '../domain/words';
import { useSettings } from './settings';

let words: typeof WordsModule | undefined;

/**
 * The clinical words (src/domain/words: every clinical sentence, one chunk per language) of the
 * given languages, by default the reader's. They load with the code that shows clinical text (a
 * page other than the case list, the case list's assessments, an export), never with the first
 * page, and each reader downloads only the languages read. Once they are in use, a language the
 * reader switches to brings its clinical words with its strings (`wordsToFollow`, waited for by
 * the interface's loadLanguage before the language changes).
 */
export function loadWords(langs: readonly Lang[] = [useSettings.getState().lang]): Promise<void> {
  return import('../domain/words')
    .then((m) => {
      words = m;
      return Promise.all(langs.map((lang) => m.loadClinicalWords(lang)));
    })
    .then(() => undefined);
}

/** A language's clinical words to wait for with its strings, once clinical words are in use. */
export const wordsToFollow = (lang: Lang): Promise<void> | undefined =>
  words?.loadClinicalWords(lang);
