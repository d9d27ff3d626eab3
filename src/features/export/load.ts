import { LANGS } from '../../domain/languages';
import type { Lang } from '../../domain/text';
import type { Formatters } from '../../domain/export/describe';
import { formatDate, formatNumber } from '../../i18n/format';
import { loadWords } from '../../i18n/clinical-words';

/**
 * An export module with the clinical words of every language: an export carries texts in more
 * than the reader's (the case file's assessment is in every language, a note may be asked for in
 * another), so it waits for all of them, loaded only when an export is asked for.
 */
const withEveryLanguage =
  <T>(load: () => Promise<T>) =>
  (): Promise<T> =>
    Promise.all([load(), loadWords(LANGS)]).then(([m]) => m);

/**
 * The export modules are loaded when the user asks for an export, never with the first page:
 * each `import()` below becomes its own chunk.
 */
export const loadNote = withEveryLanguage(() => import('../../domain/export/note'));
export const loadCaseFile = withEveryLanguage(() => import('../../domain/export/case-file'));
export const loadFhir = withEveryLanguage(() => import('../../domain/export/fhir'));

/** The app's own date and number formats, so exports read like the screen. */
export const formattersFor = (lang: Lang): Formatters => ({
  date: (d) => formatDate(lang, d),
  number: (n) => formatNumber(lang, n),
});
