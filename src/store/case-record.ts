import { formatFieldError, parseCase } from '../domain/case/parse';
import { CASE_SCHEMA_VERSION, type Case } from '../domain/case/schema';
import { STEP_IDS, type StepId } from '../domain/modalities/core';
import { isRecord } from '../domain/is-record';
import { APP_VERSION, compareVersions } from './app-version';
import { knownCodec, type EncodedValue } from './record-codec';
import type { Stamp } from './stamps';

/*
 * One case as IndexedDB keeps it: a record per case, keyed by the case id. Outside the encoded
 * value, readable without decoding: the record format, the case schema version and the app
 * version that wrote it, and a revision number that every write raises by one (a tab writes
 * only over the revision it has read, so no tab overwrites another's write unseen). Inside the
 * value (record-codec.ts): the case, each field's edit stamp, the step the case was left on and
 * its place in the list. A deleted case is a tombstone: the stamp of the deletion and nothing of
 * the case. Pure functions: case-sync.ts does the reading and writing.
 */

/** The record's own shape. Format 1 was the single localStorage envelope of earlier versions. */
export const RECORD_FORMAT = 2;

export interface StoredRecord {
  readonly id: string;
  readonly format: number;
  readonly schemaVersion: number;
  readonly app: string;
  readonly rev: number;
  /** A deleted case: when it was deleted. Nothing else of the case is kept. */
  readonly deleted?: Stamp;
  readonly value?: EncodedValue;
  /** Fields a newer version may add are kept as they are when this version writes. */
  readonly [field: string]: unknown;
}

/** A record's value, decoded. */
export interface CasePayload {
  readonly case: Case;
  readonly stamps: Record<string, Stamp>;
  readonly step?: StepId;
  /** Its place in the list: lower first. */
  readonly rank: number;
}

/** What this version does not know in a record, its value or its case: kept on every write. */
export interface Unknown {
  readonly record?: Record<string, unknown>;
  readonly payload?: Record<string, unknown>;
  readonly case?: Record<string, unknown>;
}

export type ReadRecord =
  | {
      readonly kind: 'case';
      readonly id: string;
      readonly rev: number;
      readonly payload: CasePayload;
      readonly unknown: Unknown;
    }
  | { readonly kind: 'deleted'; readonly id: string; readonly rev: number; readonly stamp: Stamp }
  | { readonly kind: 'newer'; readonly id: string; readonly rev: number; readonly version: string }
  | {
      readonly kind: 'unreadable';
      readonly id: string;
      readonly rev: number;
      readonly raw: unknown;
      readonly errors: readonly string[];
    };

const RECORD_FIELDS = new Set(['id', 'format', 'schemaVersion', 'app', 'rev', 'deleted', 'value']);
const PAYLOAD_FIELDS = new Set(['case', 'stamps', 'step', 'rank']);

/** The fields of `raw` that `known` does not have (deeply, through plain objects). */
function leftover(raw: unknown, known: unknown): Record<string, unknown> | undefined {
  if (!isRecord(raw) || !isRecord(known)) return undefined;
  let out: Record<string, unknown> | undefined;
  for (const [k, v] of Object.entries(raw)) {
    const rest = k in known ? leftover(v, known[k]) : v;
    if (rest !== undefined) (out ??= {})[k] = rest;
  }
  return out;
}

/** `value` with the fields of `extra` it lacks put back (its own fields always win). */
function withExtra<T>(value: T, extra: Record<string, unknown> | undefined): T {
  if (!extra || !isRecord(value)) return value;
  const out: Record<string, unknown> = { ...value };
  for (const [k, v] of Object.entries(extra)) {
    if (!(k in out)) out[k] = v;
    else if (isRecord(out[k]) && isRecord(v)) out[k] = withExtra(out[k], v);
  }
  return out as T;
}

const pick = (o: Record<string, unknown>, skip: Set<string>) => {
  const rest = Object.fromEntries(Object.entries(o).filter(([k]) => !skip.has(k)));
  return Object.keys(rest).length ? rest : undefined;
};

/** Which version wrote a record, in words ("app 0.2.0, case schema 2"). */
export const versionOf = (r: Partial<StoredRecord>): string =>
  `app ${String(r.app ?? '?')}, case schema ${String(r.schemaVersion ?? '?')}, record format ${String(r.format ?? '?')}`;

/**
 * Did a version newer than this one write the record? Then this tab must not write over it (nor,
 * to be safe, over anything): it may not understand what the newer version stored.
 */
export function isNewer(r: Partial<StoredRecord>): boolean {
  return (
    (typeof r.format === 'number' && r.format > RECORD_FORMAT) ||
    (typeof r.schemaVersion === 'number' && r.schemaVersion > CASE_SCHEMA_VERSION) ||
    (typeof r.app === 'string' && compareVersions(r.app, APP_VERSION) > 0) ||
    (isRecord(r.value) && !knownCodec(r.value.codec))
  );
}

const isStep = (v: unknown): v is StepId =>
  typeof v === 'string' && (STEP_IDS as readonly string[]).includes(v);

const stampRecord = (v: unknown): Record<string, Stamp> => {
  const out: Record<string, Stamp> = {};
  if (isRecord(v)) for (const [k, s] of Object.entries(v)) if (typeof s === 'string') out[k] = s;
  return out;
};

/**
 * Read a stored record, its value already decoded (or the error decoding it). Never throws. The
 * case goes through `parseCase`, which migrates an older case schema; a record that cannot be
 * read is reported and left where it is, never overwritten.
 */
export function readRecord(id: string, stored: unknown, decoded: unknown): ReadRecord {
  const rec = isRecord(stored) ? (stored as Partial<StoredRecord>) : {};
  const rev = typeof rec.rev === 'number' ? rec.rev : 0;
  if (!isRecord(stored)) {
    return { kind: 'unreadable', id, rev, raw: stored, errors: ['is not a record'] };
  }
  if (isNewer(rec)) return { kind: 'newer', id, rev, version: versionOf(rec) };
  if (typeof rec.deleted === 'string') return { kind: 'deleted', id, rev, stamp: rec.deleted };
  if (decoded instanceof Error) {
    return { kind: 'unreadable', id, rev, raw: stored, errors: [decoded.message] };
  }
  if (!isRecord(decoded)) {
    return { kind: 'unreadable', id, rev, raw: decoded, errors: ['its value is not an object'] };
  }
  const parsed = parseCase(decoded.case);
  if (!parsed.ok) {
    return {
      kind: 'unreadable',
      id,
      rev,
      raw: decoded,
      errors: parsed.errors.map(formatFieldError),
    };
  }
  if (parsed.value.id !== id) {
    return { kind: 'unreadable', id, rev, raw: decoded, errors: [`holds case ${parsed.value.id}`] };
  }
  const unknown: Unknown = {
    ...(pick(stored, RECORD_FIELDS) ? { record: pick(stored, RECORD_FIELDS) } : {}),
    ...(pick(decoded, PAYLOAD_FIELDS) ? { payload: pick(decoded, PAYLOAD_FIELDS) } : {}),
    ...(leftover(decoded.case, parsed.value) ? { case: leftover(decoded.case, parsed.value) } : {}),
  };
  return {
    kind: 'case',
    id,
    rev,
    payload: {
      case: parsed.value,
      stamps: stampRecord(decoded.stamps),
      ...(isStep(decoded.step) ? { step: decoded.step } : {}),
      rank: typeof decoded.rank === 'number' && Number.isFinite(decoded.rank) ? decoded.rank : 0,
    },
    unknown,
  };
}

/** The record to write for a case (its value already encoded), over revision `rev`. */
export function caseRecord(
  id: string,
  rev: number,
  value: EncodedValue,
  unknown?: Unknown,
): StoredRecord {
  return {
    ...unknown?.record,
    id,
    format: RECORD_FORMAT,
    schemaVersion: CASE_SCHEMA_VERSION,
    app: APP_VERSION,
    rev,
    value,
  };
}

/** The value to encode for a case, with whatever this version did not understand put back. */
export function casePayload(p: CasePayload, unknown?: Unknown): Record<string, unknown> {
  return {
    ...unknown?.payload,
    case: withExtra(p.case, unknown?.case),
    stamps: p.stamps,
    ...(p.step ? { step: p.step } : {}),
    rank: p.rank,
  };
}

/** A deleted case's record: the deletion's stamp, nothing of the case. */
export function tombstone(id: string, rev: number, stamp: Stamp): StoredRecord {
  return {
    id,
    format: RECORD_FORMAT,
    schemaVersion: CASE_SCHEMA_VERSION,
    app: APP_VERSION,
    rev,
    deleted: stamp,
  };
}
