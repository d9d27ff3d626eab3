import { CASE_SCHEMA_VERSION } from './schema';
import type { FieldError } from './errors';
import { isRecord } from '../is-record';

type Migrated =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * Version 1 → 2: the yes/no "chronic kidney disease or dialysis" (`patient.kidneyDisease`) becomes
 * the kidney-function fields without losing meaning. Yes → CKD present, category not known, and
 * dialysis not known (the old question did not say which of the two it was); no → no CKD and no
 * dialysis; not recorded → not recorded. Everything else is unchanged: the new fields (pregnancy,
 * antithrombotics, worse side) stay unrecorded, which the engine reads as unknown, never as no.
 * A value that is not a boolean is refused with the message version 1 gave, never dropped.
 */
function v1ToV2(old: Record<string, unknown>): Step {
  if (!isRecord(old.patient) || !('kidneyDisease' in old.patient)) return { ok: true, value: old };
  const { kidneyDisease, ...patient } = old.patient;
  if (kidneyDisease !== true && kidneyDisease !== false && kidneyDisease !== undefined) {
    // Version 1 refused it too: say so, rather than drop it without a word.
    return {
      ok: false,
      errors: [{ path: 'patient.kidneyDisease', message: 'must be yes or no', code: 'not-yes-no' }],
    };
  }
  const kidney =
    kidneyDisease === true
      ? { ckd: 'stage-unknown', dialysis: 'unknown' }
      : kidneyDisease === false
        ? { ckd: 'none', dialysis: 'no' }
        : {};
  return { ok: true, value: { ...old, patient: { ...patient, ...kidney } } };
}

type Step =
  | { readonly ok: true; readonly value: Record<string, unknown> }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * Steps that upgrade a stored case from version N to N + 1, in the manner of excalidraw's
 * `restore.ts`. Each step has a test with a real file of the older version (parse.test.ts).
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Step> = {
  1: v1ToV2,
};

/** Bring a stored case up to the current schema version, or say why it cannot be. */
export function migrateCase(input: unknown): Migrated {
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [{ path: '', message: 'is not a case object', code: 'not-a-case' }],
    };
  }
  let value: Record<string, unknown> = input;
  let version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      errors: [
        {
          path: 'schemaVersion',
          message: 'is missing or not a version number',
          code: 'version-missing',
        },
      ],
    };
  }
  if (version > CASE_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [
        {
          path: 'schemaVersion',
          message: `is ${version}, newer than this app understands (${CASE_SCHEMA_VERSION}); update the app to open it`,
          code: 'version-newer',
          limit: version,
        },
      ],
    };
  }
  while (version < CASE_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) {
      return {
        ok: false,
        errors: [
          { path: 'schemaVersion', message: `${version} has no migration path`, code: 'other' },
        ],
      };
    }
    const next = step(value);
    if (!next.ok) return next;
    value = { ...next.value, schemaVersion: version + 1 };
    version += 1;
  }
  return { ok: true, value };
}
