/**
 * What kind of problem a field has, so every screen can say it in the reader's language without
 * parsing English text: the words are the interface's, one sentence per code in each language's
 * `errors` strings (src/i18n/<code>/errors.ts, typed on these codes), rendered by
 * `describeFieldError` (src/i18n/field-error.ts). The domain holds no wording of its own here.
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
  /** The bound that was crossed (a maximum, a minimum, a length, a version): the `{limit}` said. */
  readonly limit?: number;
}
