import { CASE_SCHEMA_VERSION } from './schema';
import type { FieldError } from './errors';
import { isRecord } from '../is-record';

type Migrated =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/**
 * Steps that upgrade a stored case from version N to N + 1, in the manner of excalidraw's
 * `restore.ts`. Version 1 is the first published shape, so there are no steps yet; when the
 * schema changes, add `1: (v1) => v2` here and a test with a real version-1 file.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

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
    value = { ...step(value), schemaVersion: version + 1 };
    version += 1;
  }
  return { ok: true, value };
}
