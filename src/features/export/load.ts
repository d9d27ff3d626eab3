import type { Lang } from '../../domain/text';
import type { Formatters } from '../../domain/export/describe';
import { formatDate, formatNumber } from '../../i18n/format';

/**
 * The export modules are loaded when the user asks for an export, never with the first page:
 * each `import()` below becomes its own chunk.
 */
export const loadNote = () => import('../../domain/export/note');
export const loadCaseFile = () => import('../../domain/export/case-file');
export const loadFhir = () => import('../../domain/export/fhir');

/** The app's own date and number formats, so exports read like the screen. */
export const formattersFor = (lang: Lang): Formatters => ({
  date: (d) => formatDate(lang, d),
  number: (n) => formatNumber(lang, n),
});
