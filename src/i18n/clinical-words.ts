import type { Lang } from '../domain/languages';
import { loadClinicalWords } from '../domain/words';
import { useSettings } from '../store/settings';
import { followWithWords } from './translate';

/**
 * The clinical words (src/domain/words: every clinical sentence, one chunk per language) of the
 * given languages, by default the reader's. They load with the code that shows clinical text (a
 * page other than the case list, the case list's assessments, an export), never with the first
 * page, and each reader downloads only the languages read. Once they are in use, a language the
 * reader switches to brings its clinical words with its strings (`followWithWords`: loadLanguage
 * waits for both before the language changes).
 *
 * Not in the first page's code: the route loaders import this module when a page is opened, and
 * the build packs it with the evidence registry, which every such page loads (scripts/route-chunks.mjs).
 */
export function loadWords(langs: readonly Lang[] = [useSettings.getState().lang]): Promise<void> {
  followWithWords(loadClinicalWords);
  return Promise.all(langs.map(loadClinicalWords)).then(() => undefined);
}
