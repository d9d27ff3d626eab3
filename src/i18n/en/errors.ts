import type { FieldErrorCode } from '../../domain/case/errors';

/**
 * What is wrong with a value, by the code the domain gives a field error (`FieldError.code` in
 * src/domain/case/errors.ts): under a field, in an import's report, beside a value the record
 * offered. `{limit}` is the bound that was crossed; `other` says the technical message as it is.
 * Typed on the codes, so a new code is named here by the compiler.
 */
export const errors = {
  missing: 'This is missing.',
  'not-a-number': 'Enter a number, e.g. 9.4.',
  'not-whole': 'Enter a whole number.',
  'not-text': 'This must be text.',
  'not-yes-no': 'This must be yes or no.',
  /** `too-small` with a bound of 0. */
  negative: 'Cannot be negative.',
  'too-small': 'Must be {limit} or more.',
  'too-large': 'Must be {limit} or less.',
  'too-long': 'Too long: at most {limit} characters.',
  empty: 'This cannot be empty.',
  'not-allowed': 'This is not one of the allowed values.',
  'invalid-date': 'Enter a valid date.',
  'invalid-date-time': 'Not a valid date and time (such as 2026-03-03T10:00:00Z).',
  'same-label': 'Another case already has this label, or one that looks the same: add a detail.',
  future: 'This date is in the future.',
  'not-a-case': 'This is not a case.',
  'version-missing': 'The case-file version is missing.',
  'version-newer':
    'This case file is version {limit}, newer than this app: update the app to open it.',
  unreadable: 'This could not be read.',
  other: '{message}',
} as const satisfies Readonly<Record<FieldErrorCode | 'negative', string>>;
