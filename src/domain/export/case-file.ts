import type { FieldError } from '../case/errors';
import { parseCase } from '../case/parse';
import { CASE_SCHEMA_VERSION, type Case } from '../case/schema';
import { ENGINE_VERSION } from '../engine/version';
import { provenanceInfo, type ProvenanceInfo } from './provenance';
import type { SiteSettings } from '../engine/site';
import { isRecord } from '../is-record';

/**
 * The JSON case file: one case, wrapped so a reader (or this app) can tell what it is and which
 * schema it follows. Reading accepts the wrapper or a bare case object, migrates older schema
 * versions (domain/case/migrate.ts) and validates against the case schema. It never throws and
 * never touches storage: the caller decides what to do with a valid case.
 */

export const CASE_FILE_FORMAT = 'scho-workup-case';
/** 1 MiB. A real case is a few kilobytes; anything near this is not a case file. */
export const MAX_CASE_FILE_BYTES = 1024 * 1024;

export interface CaseFile {
  readonly format: typeof CASE_FILE_FORMAT;
  readonly schemaVersion: number;
  readonly exportedAt: string;
  /** The app's disclaimer, so the file carries it too; ignored on import. */
  readonly disclaimer?: string;
  /** The engine and evidence pack that were current at export; ignored on import. */
  readonly provenance: ProvenanceInfo;
  /** This site's settings when the case was exported (provenance of the advice); ignored on import. */
  readonly site?: SiteSettings;
  readonly case: Case;
}

export type CaseFileProblem = 'too-large' | 'empty' | 'not-json' | 'not-a-case' | 'invalid-case';

export type ReadCaseFileResult =
  | { readonly ok: true; readonly value: Case }
  | {
      readonly ok: false;
      readonly problem: CaseFileProblem;
      /** What is wrong, by field ("patient.age: must be 120 or less"); never empty. */
      readonly errors: readonly FieldError[];
    };

export function caseFile(
  c: Case,
  exportedAt: string,
  disclaimer?: string,
  site?: SiteSettings,
): CaseFile {
  return {
    format: CASE_FILE_FORMAT,
    schemaVersion: CASE_SCHEMA_VERSION,
    exportedAt,
    ...(disclaimer ? { disclaimer } : {}),
    provenance: provenanceInfo(ENGINE_VERSION),
    ...(site ? { site } : {}),
    case: c,
  };
}

/** The case file as pretty-printed JSON text. */
export function caseFileText(
  c: Case,
  exportedAt: string,
  disclaimer?: string,
  site?: SiteSettings,
): string {
  return `${JSON.stringify(caseFile(c, exportedAt, disclaimer, site), null, 2)}\n`;
}

/** UTF-8 length of a string, without TextEncoder (the domain stays free of host APIs). */
export function utf8Length(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i += 1) {
    const code = s.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** "line 3, column 14" from the engine's JSON.parse message, when it says where. */
export function jsonErrorPosition(message: string, text: string): string | undefined {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return `line ${lc[1]}, column ${lc[2]}`;
  const pos = /position (\d+)/i.exec(message);
  // "Unexpected end of JSON input": the text stops before the value is complete.
  const atEnd = /end of (json )?(input|data)/i.test(message);
  if (!pos && !atEnd) return undefined;
  const at = pos ? Math.min(Number(pos[1]), text.length) : text.length;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

const fail = (problem: CaseFileProblem, errors: FieldError[]): ReadCaseFileResult => ({
  ok: false,
  problem,
  errors,
});

/**
 * Read a case file's text into a valid case, or say precisely why not. `today` enables the
 * "date in the future" checks.
 */
export function readCaseFile(text: string, today?: string): ReadCaseFileResult {
  try {
    if (typeof text !== 'string') return fail('not-json', [{ path: '', message: 'is not text' }]);
    // A UTF-16 code unit is at least one UTF-8 byte, so a long string is refused before counting.
    if (text.length > MAX_CASE_FILE_BYTES || utf8Length(text) > MAX_CASE_FILE_BYTES) {
      return fail('too-large', [
        { path: '', message: `is larger than the ${MAX_CASE_FILE_BYTES / 1024 / 1024} MiB limit` },
      ]);
    }
    const body = text.replace(/^\uFEFF/, '');
    if (!body.trim()) return fail('empty', [{ path: '', message: 'is empty' }]);

    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const where = jsonErrorPosition(message, body);
      return fail('not-json', [
        {
          path: '',
          message: where ? `is not valid JSON (error at ${where})` : 'is not valid JSON',
        },
      ]);
    }

    if (!isRecord(data)) {
      return fail('not-a-case', [
        { path: '', message: 'is not a case file (expected a JSON object)' },
      ]);
    }

    let candidate: unknown = data;
    let prefix = '';
    if ('format' in data || 'case' in data) {
      if (data.format !== CASE_FILE_FORMAT) {
        return fail('not-a-case', [
          {
            path: 'format',
            message: `must be "${CASE_FILE_FORMAT}" (this is not a case file from this app)`,
          },
        ]);
      }
      if (!isRecord(data.case)) {
        return fail('not-a-case', [{ path: 'case', message: 'is missing or not an object' }]);
      }
      // The wrapper's version stands in when the case itself does not say.
      candidate =
        data.case.schemaVersion === undefined && typeof data.schemaVersion === 'number'
          ? { ...data.case, schemaVersion: data.schemaVersion }
          : data.case;
      prefix = 'case';
    } else if (!('schemaVersion' in data) && !('patient' in data) && !('studies' in data)) {
      return fail('not-a-case', [
        { path: '', message: 'is not a case file (no "format", "case" or case fields)' },
      ]);
    }

    const parsed = parseCase(candidate, today);
    if (parsed.ok) return { ok: true, value: parsed.value };
    return fail(
      'invalid-case',
      // The code and the limit travel too, so the message can be said in the reader's language.
      parsed.errors.map((e) => ({
        ...e,
        path: prefix ? (e.path ? `${prefix}.${e.path}` : prefix) : e.path,
      })),
    );
  } catch (err) {
    // Defensive: nothing above should throw, but an import must never crash the page.
    return fail('not-a-case', [
      {
        path: '',
        message: `could not be read (${err instanceof Error ? err.message : 'unknown error'})`,
      },
    ]);
  }
}

/**
 * A file name that never comes from the label: a name typed there by mistake would land in the
 * Downloads folder, the browser's download list and whatever the file is shared with. The name
 * says what the file is, the day, and which case: the first eight characters of its id when the
 * id is a random UUID (as the app makes them), else eight hex digits of a hash of it (an imported
 * id is text from elsewhere). `scho-case-2026-03-03-1f0c9a2b`.
 */
export function exportFileStem(caseId: string, date: string): string {
  const uuid = /^([0-9a-f]{8})-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.exec(caseId);
  let ref = uuid?.[1]?.toLowerCase();
  if (!ref) {
    // FNV-1a, 32 bits: enough to tell a handful of cases apart, and it reveals nothing.
    let h = 0x811c9dc5;
    for (let i = 0; i < caseId.length; i += 1) h = Math.imul(h ^ caseId.charCodeAt(i), 0x01000193);
    ref = (h >>> 0).toString(16).padStart(8, '0');
  }
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'undated';
  return `scho-case-${day}-${ref}`;
}
