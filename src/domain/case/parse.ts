import type { z } from 'zod';
import { isIsoDate } from '../dates';
import { CASE_SCHEMA_VERSION, caseSchema, STUDY_IDS, type Case } from './schema';
import { migrateCase } from './migrate';

/** One problem with one field, in plain words: `patient.onsetDate: is in the future`. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

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

function fromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: pathOf(issue.path),
    message:
      issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : issue.message,
  }));
}

/**
 * Checks that need "today" or more than one field. Dates in the future are almost always typing
 * errors, and a future onset would make the X-ray timing advice meaningless.
 */
export function crossFieldErrors(c: Case, today?: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!today || !isIsoDate(today)) return errors;
  if (c.patient.onsetDate && c.patient.onsetDate > today) {
    errors.push({ path: 'patient.onsetDate', message: 'is in the future' });
  }
  for (const id of STUDY_IDS) {
    const date = c.studies[id].date;
    if (date && date > today) {
      errors.push({ path: `studies.${id}.date`, message: 'is in the future' });
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

/** A fresh, empty case. */
export function newCase(id: string, label: string, nowIso: string): Case {
  return caseSchema.parse({
    schemaVersion: CASE_SCHEMA_VERSION,
    id,
    label,
    createdAt: nowIso,
    updatedAt: nowIso,
  });
}
