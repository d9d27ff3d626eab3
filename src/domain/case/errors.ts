import type { Lang } from '../text';

/**
 * What kind of problem a field has, so every screen and export can say it in the reader's
 * language (see `describeFieldError`) without parsing English text.
 */
export type FieldErrorCode =
  | 'missing'
  | 'not-a-number'
  | 'not-whole'
  | 'not-text'
  | 'not-yes-no'
  | 'too-small'
  | 'too-large'
  | 'too-long'
  | 'empty'
  | 'not-allowed'
  | 'invalid-date'
  | 'invalid-date-time'
  | 'same-label'
  | 'future'
  | 'not-a-case'
  | 'version-missing'
  | 'version-newer'
  | 'unreadable'
  | 'other';

/** One problem with one field, in plain words: `patient.onsetDate: is in the future`. */
export interface FieldError {
  readonly path: string;
  /** English, for logs and the technical detail of an import. */
  readonly message: string;
  readonly code?: FieldErrorCode;
  /** The bound that was crossed (a maximum, a minimum, a length, a version). */
  readonly limit?: number;
}

type Template = (limit: number | undefined, message: string) => string;

const TEMPLATES: Readonly<Record<FieldErrorCode, Readonly<Record<Lang, Template>>>> = {
  missing: { en: () => 'This is missing.', es: () => 'Falta este dato.' },
  'not-a-number': {
    en: () => 'Enter a number, e.g. 9.4.',
    es: () => 'Escriba un número, p. ej., 9,4.',
  },
  'not-whole': { en: () => 'Enter a whole number.', es: () => 'Escriba un número entero.' },
  'not-text': { en: () => 'This must be text.', es: () => 'Debe ser texto.' },
  'not-yes-no': { en: () => 'This must be yes or no.', es: () => 'Debe ser sí o no.' },
  'too-small': {
    en: (n) => (n === 0 ? 'Cannot be negative.' : `Must be ${n} or more.`),
    es: (n) => (n === 0 ? 'No puede ser negativo.' : `Debe ser ${n} o más.`),
  },
  'too-large': { en: (n) => `Must be ${n} or less.`, es: (n) => `Debe ser ${n} o menos.` },
  'too-long': {
    en: (n) => `Too long: at most ${n} characters.`,
    es: (n) => `Demasiado largo: como máximo ${n} caracteres.`,
  },
  empty: { en: () => 'This cannot be empty.', es: () => 'No puede quedar vacío.' },
  'not-allowed': {
    en: () => 'This is not one of the allowed values.',
    es: () => 'No es uno de los valores permitidos.',
  },
  'invalid-date': { en: () => 'Enter a valid date.', es: () => 'Escriba una fecha válida.' },
  'invalid-date-time': {
    en: () => 'Not a valid date and time (such as 2026-03-03T10:00:00Z).',
    es: () => 'No es una fecha y hora válida (como 2026-03-03T10:00:00Z).',
  },
  'same-label': {
    en: () => 'Another case already has this label, or one that looks the same: add a detail.',
    es: () => 'Otro caso ya tiene esta etiqueta, u otra que se ve igual: añada algún detalle.',
  },
  future: { en: () => 'This date is in the future.', es: () => 'Esta fecha es posterior a hoy.' },
  'not-a-case': { en: () => 'This is not a case.', es: () => 'No es un caso.' },
  'version-missing': {
    en: () => 'The case-file version is missing.',
    es: () => 'Falta la versión del archivo de caso.',
  },
  'version-newer': {
    en: (n) => `This case file is version ${n}, newer than this app: update the app to open it.`,
    es: (n) =>
      `Este archivo de caso es de la versión ${n}, más reciente que esta aplicación: actualícela para abrirlo.`,
  },
  unreadable: { en: () => 'This could not be read.', es: () => 'No se ha podido leer.' },
  other: { en: (_n, m) => m, es: (_n, m) => `No válido (${m}).` },
};

/** A field error as a sentence in the reader's language, for display next to the field. */
export function describeFieldError(e: FieldError, lang: Lang): string {
  return TEMPLATES[e.code ?? 'other'][lang](e.limit, e.message);
}
