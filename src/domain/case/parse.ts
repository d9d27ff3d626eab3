import type { z } from 'zod/mini';
import { isIsoDate } from '../dates';
import { caseSchema, INVALID_DATE, INVALID_DATE_TIME, STUDY_IDS, type Case } from './schema';
import type { FieldError, FieldErrorCode } from './errors';
import { migrateCase } from './migrate';

export type ParseResult =
  | { readonly ok: true; readonly value: Case }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export const formatFieldError = (e: FieldError): string =>
  e.path ? `${e.path}: ${e.message}` : e.message;

const pathOf = (path: readonly PropertyKey[]): string =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');

const TYPE_CODES: Readonly<Record<string, FieldErrorCode>> = {
  number: 'not-a-number',
  int: 'not-whole',
  string: 'not-text',
  boolean: 'not-yes-no',
};

/** Classify a zod issue by its code and bounds (never by its message text). */
function classify(issue: z.core.$ZodIssue): Pick<FieldError, 'code' | 'limit'> {
  switch (issue.code) {
    case 'invalid_type':
      return {
        code: issue.input === undefined ? 'missing' : (TYPE_CODES[issue.expected] ?? 'other'),
      };
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? { code: 'empty' }
        : { code: 'too-small', limit: Number(issue.minimum) };
    case 'too_big':
      return {
        code: issue.origin === 'string' ? 'too-long' : 'too-large',
        limit: Number(issue.maximum),
      };
    case 'invalid_value':
      return { code: 'not-allowed' };
    case 'custom':
      return {
        code:
          issue.message === INVALID_DATE
            ? 'invalid-date'
            : issue.message === INVALID_DATE_TIME
              ? 'invalid-date-time'
              : 'other',
      };
    default:
      return { code: 'other' };
  }
}

function fromZod(error: z.core.$ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const kind = classify(issue);
    return {
      path: pathOf(issue.path),
      message: kind.code === 'missing' ? 'is missing' : issue.message,
      ...kind,
    };
  });
}

/**
 * Checks that need "today" or more than one field. Dates in the future are almost always typing
 * errors, and a future onset would make the X-ray timing advice meaningless.
 */
export function crossFieldErrors(c: Case, today?: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!today || !isIsoDate(today)) return errors;
  if (c.patient.onsetDate && c.patient.onsetDate > today) {
    errors.push({ path: 'patient.onsetDate', message: 'is in the future', code: 'future' });
  }
  for (const id of STUDY_IDS) {
    const date = c.studies[id].date;
    if (date && date > today) {
      errors.push({ path: `studies.${id}.date`, message: 'is in the future', code: 'future' });
    }
  }
  return errors;
}

/**
 * Turn anything (a parsed JSON file, a saved store entry) into a valid case, or into a list of
 * field-level errors. Never throws. Older schema versions are migrated first.
 */
export function parseCase(input: unknown, today?: string): ParseResult {
  try {
    const migrated = migrateCase(input);
    if (!migrated.ok) return migrated;
    const result = caseSchema.safeParse(migrated.value, { reportInput: true });
    if (!result.success) return { ok: false, errors: fromZod(result.error) };
    const errors = crossFieldErrors(result.data, today);
    return errors.length ? { ok: false, errors } : { ok: true, value: result.data };
  } catch (err) {
    // Defensive: zod does not throw from safeParse, but a hostile object (a throwing getter,
    // a Proxy) could. The caller gets a message, never an exception.
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `could not be read (${err instanceof Error ? err.message : 'unknown error'})`,
        },
      ],
    };
  }
}

export { newCase } from './new-case';
