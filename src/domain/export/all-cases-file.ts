import type { FieldError } from '../case/errors';
import { parseCase } from '../case/parse';
import { CASE_SCHEMA_VERSION, type Case } from '../case/schema';
import { readCaseFile, utf8Length, type CaseFileProblem } from './case-file';
import { isRecord } from '../is-record';

/**
 * The all-cases file: every case on the device in one JSON file, the backup against a browser
 * that clears its storage. Reading accepts it or the single-case file (case-file.ts), so one
 * "Import" takes either. Like the case file it never throws and never touches storage.
 */

const CASES_FILE_FORMAT = 'scho-workup-cases';
/** 5 MiB: about what a browser gives a site's localStorage, so every saved case fits. */
export const MAX_CASES_FILE_BYTES = 5 * 1024 * 1024;

interface CasesFile {
  readonly format: typeof CASES_FILE_FORMAT;
  readonly schemaVersion: number;
  readonly exportedAt: string;
  readonly disclaimer?: string;
  readonly cases: readonly Case[];
}

export function casesFileText(
  cases: readonly Case[],
  exportedAt: string,
  disclaimer?: string,
): string {
  const file: CasesFile = {
    format: CASES_FILE_FORMAT,
    schemaVersion: CASE_SCHEMA_VERSION,
    exportedAt,
    ...(disclaimer ? { disclaimer } : {}),
    cases,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One entry of a file: a valid case, or why entry `index` (from 1) could not be read. */
type CasesFileEntry =
  | { readonly ok: true; readonly value: Case }
  | { readonly ok: false; readonly index: number; readonly errors: readonly FieldError[] };

export type ReadCasesFileResult =
  | { readonly ok: true; readonly kind: 'all' | 'single'; readonly entries: CasesFileEntry[] }
  | {
      readonly ok: false;
      readonly problem: CaseFileProblem;
      readonly errors: readonly FieldError[];
    };

/**
 * Read an all-cases file (each case validated on its own: one bad case does not stop the rest)
 * or, failing that, a single-case file.
 */
export function readCasesFile(text: string, today?: string): ReadCasesFileResult {
  if (typeof text === 'string' && text.length <= MAX_CASES_FILE_BYTES) {
    const body = text.replace(/^\uFEFF/, '');
    let data: unknown;
    try {
      data = body.includes(CASES_FILE_FORMAT) ? JSON.parse(body) : undefined;
    } catch {
      data = undefined;
    }
    if (isRecord(data) && data.format === CASES_FILE_FORMAT) {
      if (utf8Length(text) > MAX_CASES_FILE_BYTES) {
        return {
          ok: false,
          problem: 'too-large',
          errors: [{ path: '', message: 'is larger than the 5 MiB limit' }],
        };
      }
      if (!Array.isArray(data.cases)) {
        return {
          ok: false,
          problem: 'not-a-case',
          errors: [{ path: 'cases', message: 'is missing or not a list' }],
        };
      }
      const version = typeof data.schemaVersion === 'number' ? data.schemaVersion : undefined;
      const entries = data.cases.map((raw: unknown, i): CasesFileEntry => {
        const candidate =
          isRecord(raw) && raw.schemaVersion === undefined && version !== undefined
            ? { ...raw, schemaVersion: version }
            : raw;
        const parsed = parseCase(candidate, today);
        return parsed.ok
          ? { ok: true, value: parsed.value }
          : { ok: false, index: i + 1, errors: parsed.errors };
      });
      return { ok: true, kind: 'all', entries };
    }
  }
  const single = readCaseFile(text, today);
  return single.ok
    ? { ok: true, kind: 'single', entries: [{ ok: true, value: single.value }] }
    : single;
}
