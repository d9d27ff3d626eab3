import type { FieldError } from '../case/errors';
import { parseCase } from '../case/parse';
import { CASE_SCHEMA_VERSION, type Case } from '../case/schema';
import { STEP_IDS, type StepId } from '../modalities/core';
import { jsonErrorPosition, readCaseFile, type CaseFileProblem } from './case-file';
import { isRecord } from '../is-record';

/**
 * The all-cases file: every case on the device in one JSON file, the backup against a browser
 * that clears its storage. Besides the cases it keeps, per case id, what the device kept with
 * each (`meta`): the step it was left on and each field's edit stamp, so a restore gives back
 * exactly what was saved (a reader that does not know `meta` still reads the cases). Reading
 * accepts it or the single-case file (case-file.ts), so one "Import" takes either. It has no size
 * limit of its own: the device's free space is the limit (the import checks it). Like the case
 * file it never throws and never touches storage.
 */

const CASES_FILE_FORMAT = 'scho-workup-cases';

/** What the device kept with a case besides the case itself. */
export interface CaseMeta {
  readonly step?: StepId;
  readonly stamps?: Readonly<Record<string, string>>;
}

interface CasesFile {
  readonly format: typeof CASES_FILE_FORMAT;
  readonly schemaVersion: number;
  readonly exportedAt: string;
  readonly disclaimer?: string;
  readonly cases: readonly Case[];
  readonly meta?: Readonly<Record<string, CaseMeta>>;
}

export function casesFileText(
  cases: readonly Case[],
  exportedAt: string,
  disclaimer?: string,
  meta?: Readonly<Record<string, CaseMeta>>,
): string {
  const file: CasesFile = {
    format: CASES_FILE_FORMAT,
    schemaVersion: CASE_SCHEMA_VERSION,
    exportedAt,
    ...(disclaimer ? { disclaimer } : {}),
    cases,
    ...(meta && Object.keys(meta).length ? { meta } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** One entry of a file: a valid case, or why entry `index` (from 1) could not be read. */
export type CasesFileEntry =
  | { readonly ok: true; readonly value: Case; readonly meta?: CaseMeta }
  | { readonly ok: false; readonly index: number; readonly errors: readonly FieldError[] };

type Failed = {
  readonly ok: false;
  readonly problem: CaseFileProblem;
  readonly errors: readonly FieldError[];
};

export type OpenCasesFileResult =
  | {
      readonly ok: true;
      readonly kind: 'all';
      /** The entries as they are in the file: read each with `readCasesEntry`. */
      readonly raw: readonly unknown[];
      readonly version: number | undefined;
      readonly meta: Readonly<Record<string, unknown>>;
    }
  | { readonly ok: true; readonly kind: 'single'; readonly value: Case }
  | Failed;

const isStep = (v: unknown): v is StepId =>
  typeof v === 'string' && (STEP_IDS as readonly string[]).includes(v);

function readMeta(v: unknown): CaseMeta | undefined {
  if (!isRecord(v)) return undefined;
  const stamps = isRecord(v.stamps)
    ? Object.fromEntries(Object.entries(v.stamps).filter(([, s]) => typeof s === 'string'))
    : undefined;
  const meta = {
    ...(isStep(v.step) ? { step: v.step } : {}),
    ...(stamps ? { stamps: stamps as Record<string, string> } : {}),
  };
  return Object.keys(meta).length ? meta : undefined;
}

/**
 * Open an all-cases file (parse it, nothing more) or, failing that, read a single-case file. The
 * entries of an all-cases file are then read one by one, so a long import can show its progress.
 */
export function openCasesFile(text: string, today?: string): OpenCasesFileResult {
  if (typeof text === 'string') {
    const body = text.replace(/^\uFEFF/, '');
    let data: unknown;
    try {
      data = body.includes(CASES_FILE_FORMAT) ? JSON.parse(body) : undefined;
    } catch (err) {
      // It names the format but is not JSON: a damaged all-cases file (not a too-large case file).
      const where = jsonErrorPosition(err instanceof Error ? err.message : '', body);
      return {
        ok: false,
        problem: 'not-json',
        errors: [
          {
            path: '',
            message: where ? `is not valid JSON (error at ${where})` : 'is not valid JSON',
          },
        ],
      };
    }
    if (isRecord(data) && data.format === CASES_FILE_FORMAT) {
      if (!Array.isArray(data.cases)) {
        return {
          ok: false,
          problem: 'not-a-case',
          errors: [{ path: 'cases', message: 'is missing or not a list' }],
        };
      }
      return {
        ok: true,
        kind: 'all',
        raw: data.cases,
        version: typeof data.schemaVersion === 'number' ? data.schemaVersion : undefined,
        meta: isRecord(data.meta) ? data.meta : {},
      };
    }
  }
  const single = readCaseFile(text, today);
  return single.ok ? { ok: true, kind: 'single', value: single.value } : single;
}

/** Read entry `index` (from 0) of an opened all-cases file. Each case is validated on its own. */
export function readCasesEntry(
  file: Extract<OpenCasesFileResult, { kind: 'all' }>,
  index: number,
  today?: string,
): CasesFileEntry {
  const raw = file.raw[index];
  const candidate =
    isRecord(raw) && raw.schemaVersion === undefined && file.version !== undefined
      ? { ...raw, schemaVersion: file.version }
      : raw;
  const parsed = parseCase(candidate, today);
  if (!parsed.ok) return { ok: false, index: index + 1, errors: parsed.errors };
  const meta = readMeta(file.meta[parsed.value.id]);
  return meta ? { ok: true, value: parsed.value, meta } : { ok: true, value: parsed.value };
}
