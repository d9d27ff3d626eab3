import { MODALITY_IDS } from '../evidence/types';
import type { Case, Studies } from './schema';

/*
 * A fresh, empty case, without the schema: "New case" on the first page creates one, and the
 * first page does not load zod and the case schema (parse.ts) until a case is read or checked.
 * It is exactly what the schema makes of the bare fields (its defaults: no patient answers, every
 * study not started), which a test checks against `caseSchema.parse`.
 */

/** The case schema's version (schema.ts re-exports it; migrate.ts steps up to it). */
export const CASE_SCHEMA_VERSION = 2;

/** A fresh, empty case. */
export function newCase(id: string, label: string, nowIso: string): Case {
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id,
    label,
    createdAt: nowIso,
    updatedAt: nowIso,
    patient: {},
    studies: Object.fromEntries(
      MODALITY_IDS.map((m) => [m, { status: 'not-started' }]),
    ) as unknown as Studies,
  };
}

/** Nothing is recorded yet about the patient (a case as "New case" made it, studies aside). */
export const historyUntouched = (c: Pick<Case, 'patient'>): boolean =>
  Object.values(c.patient).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));
