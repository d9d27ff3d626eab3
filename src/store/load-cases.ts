import { formatFieldError, parseCase } from '../domain/case/parse';
import type { Case } from '../domain/case/schema';
import { STEP_IDS, type StepId } from '../domain/modalities/core';
import { isRecord } from '../domain/is-record';
import type { Stamp } from './merge';

/**
 * The localStorage envelope `{cases, order, currentStep, quarantine, lastDeleted}` that versions
 * before IndexedDB saved, and this is its version: read once, to migrate it (case-sync.ts).
 */
const CASES_STORE_VERSION = 1;

/** A saved entry that could not be read as a case. Kept verbatim until the user decides. */
export interface QuarantinedCase {
  /** Where it was found, e.g. `cases.abc` or `cases[2]`. */
  readonly key: string;
  readonly raw: unknown;
  readonly errors: readonly string[];
}

type LoadProblemKind = 'corrupt-json' | 'wrong-shape' | 'future-version' | 'some-cases-unreadable';

export interface LoadProblem {
  readonly kind: LoadProblemKind;
  /** Technical details in plain English, for the "details" disclosure. */
  readonly details: string;
  readonly recovered: number;
  readonly unreadable: number;
  /** The localStorage key holding a verbatim copy of what was saved, when one was made. */
  readonly backupKey?: string;
  /** No backup could be made, so writes are held back until the user downloads or discards. */
  readonly writesHeld?: boolean;
}

interface DeletedCase {
  readonly case: Case;
  readonly index: number;
}

/** What is written to storage. Advice and conclusions are never part of it. */
interface CasesData {
  cases: Record<string, Case>;
  order: string[];
  currentStep: Record<string, StepId>;
  quarantine: QuarantinedCase[];
  lastDeleted?: DeletedCase;
  /** When each field was last edited, and by which tab (see merge.ts): how tabs agree. */
  stamps: Record<string, Record<string, Stamp>>;
  /** Deleted case ids and when they were deleted, so another tab's copy does not revive them. */
  deleted: Record<string, Stamp>;
}

export interface LoadResult {
  readonly data: CasesData;
  /** The version the data was saved with (for `migrate`); null when unknown. */
  readonly version: number | null;
  readonly problem?: Omit<LoadProblem, 'backupKey' | 'writesHeld'>;
}

const isStepId = (v: unknown): v is StepId =>
  typeof v === 'string' && (STEP_IDS as readonly string[]).includes(v);

const emptyData = (): CasesData => ({
  cases: {},
  order: [],
  currentStep: {},
  quarantine: [],
  stamps: {},
  deleted: {},
});

/** A record of strings (stamps) from saved data; anything else is dropped. */
const stringRecord = (v: unknown): Record<string, string> => {
  const out: Record<string, string> = {};
  if (isRecord(v)) for (const [k, s] of Object.entries(v)) if (typeof s === 'string') out[k] = s;
  return out;
};

/** The saved value, parsed, or the problem that it is not JSON. */
function parseJson(raw: string): { ok: true; value: unknown } | { ok: false; result: LoadResult } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch (err) {
    return {
      ok: false,
      result: {
        data: emptyData(),
        version: null,
        problem: {
          kind: 'corrupt-json',
          details: `The saved data is not valid JSON (${err instanceof Error ? err.message : 'parse error'}).`,
          recovered: 0,
          unreadable: 1,
        },
      },
    };
  }
}

/** The envelope `{ state, version }` as far as it is there; what is wrong with it goes in `problems`. */
function readEnvelope(parsed: unknown, problems: string[]) {
  const envelope = isRecord(parsed) ? parsed : undefined;
  if (!envelope) problems.push('the saved value is not an object');
  const version = envelope?.version;
  const futureVersion =
    typeof version === 'number' && version > CASES_STORE_VERSION ? version : undefined;
  if (envelope && typeof version !== 'number') problems.push('it has no version number');
  const state = isRecord(envelope?.state) ? envelope.state : undefined;
  if (envelope && !state) problems.push('it has no "state" object');
  return { version, futureVersion, state };
}

type State = Record<string, unknown> | undefined;

/**
 * Every case that can be read goes into `data`; the others are returned, to be kept verbatim.
 * Cases are normally a record keyed by id; an array is accepted too (a hand-edited file).
 */
function readCases(state: State, data: CasesData, problems: string[]): QuarantinedCase[] {
  const rawCases = state?.cases;
  let entries: [string, unknown][] = [];
  if (isRecord(rawCases)) entries = Object.entries(rawCases).map(([k, v]) => [`cases.${k}`, v]);
  else if (Array.isArray(rawCases)) {
    entries = rawCases.map((v, i) => [`cases[${i}]`, v]);
    problems.push('"cases" is a list instead of a record');
  } else if (state) problems.push('"cases" is missing or not a record');

  const quarantined: QuarantinedCase[] = [];
  for (const [key, value] of entries) {
    const result = parseCase(value);
    if (result.ok) {
      let c = result.value;
      // Two entries with one id would overwrite each other: keep both under distinct ids.
      if (data.cases[c.id]) c = { ...c, id: `${c.id}-${Object.keys(data.cases).length + 1}` };
      data.cases[c.id] = c;
    } else {
      quarantined.push({ key, raw: value, errors: result.errors.map(formatFieldError) });
    }
  }
  return quarantined;
}

/** The saved order for known ids, then any case it does not mention; and each case's step. */
function readOrderAndSteps(state: State, data: CasesData, problems: string[]): void {
  const savedOrder = Array.isArray(state?.order) ? state.order : [];
  if (state && !Array.isArray(state.order)) problems.push('"order" is not a list');
  for (const id of savedOrder) {
    if (typeof id === 'string' && data.cases[id] && !data.order.includes(id)) data.order.push(id);
  }
  for (const id of Object.keys(data.cases)) if (!data.order.includes(id)) data.order.push(id);

  if (isRecord(state?.currentStep)) {
    for (const [id, step] of Object.entries(state.currentStep)) {
      if (data.cases[id] && isStepId(step)) data.currentStep[id] = step;
    }
  }
}

/** Entries quarantined on an earlier load stay quarantined until the user discards them. */
function readQuarantine(state: State, data: CasesData): void {
  const previous = Array.isArray(state?.quarantine) ? state.quarantine : [];
  for (const q of previous) {
    if (isRecord(q) && typeof q.key === 'string') {
      const errors = Array.isArray(q.errors) ? q.errors.filter((e) => typeof e === 'string') : [];
      data.quarantine.push({ key: q.key, raw: q.raw, errors });
    } else {
      data.quarantine.push({ key: 'quarantine', raw: q, errors: ['unrecognised entry'] });
    }
  }
}

/**
 * Edit stamps and tombstones: missing in data saved before tabs were merged; then every field
 * counts as unstamped (older than any edit), which loses nothing.
 */
function readStamps(state: State, data: CasesData): void {
  if (isRecord(state?.stamps)) {
    for (const [id, st] of Object.entries(state.stamps)) {
      if (data.cases[id]) data.stamps[id] = stringRecord(st);
    }
  }
  for (const [id, s] of Object.entries(stringRecord(state?.deleted))) {
    if (!data.cases[id]) data.deleted[id] = s;
  }
}

/** The Undo slot those versions kept: read when it is a case not also in the list. */
function readLastDeleted(state: State, data: CasesData): void {
  const deleted = state?.lastDeleted;
  if (!isRecord(deleted)) return;
  const result = parseCase(deleted.case);
  if (result.ok && !data.cases[result.value.id]) {
    data.lastDeleted = {
      case: result.value,
      index: typeof deleted.index === 'number' ? deleted.index : data.order.length,
    };
  } else if (!result.ok) {
    data.quarantine.push({
      key: 'lastDeleted',
      raw: deleted.case,
      errors: result.errors.map(formatFieldError),
    });
  }
}

/** What to tell the user about the data read (nothing when all of it was read as it should be). */
function describeProblem(
  data: CasesData,
  quarantined: readonly QuarantinedCase[],
  problems: readonly string[],
  futureVersion: number | undefined,
): LoadResult['problem'] {
  const recovered = data.order.length;
  const unreadable = quarantined.length;
  const unreadableText = unreadable
    ? ` ${unreadable} saved case(s) could not be read: ${quarantined
        .map((q) => `${q.key} (${q.errors.slice(0, 3).join('; ')})`)
        .join(', ')}.`
    : '';
  if (futureVersion !== undefined) {
    return {
      kind: 'future-version',
      details: `The saved data has version ${futureVersion}; this app understands version ${CASES_STORE_VERSION}.${unreadableText}`,
      recovered,
      unreadable,
    };
  }
  if (problems.length) {
    return {
      kind: 'wrong-shape',
      details: `The saved data has an unexpected shape: ${problems.join('; ')}.${unreadableText}`,
      recovered,
      unreadable,
    };
  }
  if (unreadable) {
    return { kind: 'some-cases-unreadable', details: unreadableText.trim(), recovered, unreadable };
  }
  if (data.quarantine.length) {
    return {
      kind: 'some-cases-unreadable',
      details: `${data.quarantine.length} entry(ies) that could not be read earlier are still kept aside.`,
      recovered,
      unreadable: data.quarantine.length,
    };
  }
  return undefined;
}

/**
 * Read the saved store value, whatever state it is in, and keep everything that can be read.
 * Never throws. Each case goes through `parseCase` (which also runs the case-file migrations);
 * cases that fail are kept verbatim in `quarantine` rather than dropped. Cases are parsed without
 * "today", so a device clock set back never makes a saved case unreadable.
 */
export function loadCases(raw: string | null): LoadResult {
  if (raw === null) return { data: emptyData(), version: null };
  const parsed = parseJson(raw);
  if (!parsed.ok) return parsed.result;

  const problems: string[] = [];
  const { version, futureVersion, state } = readEnvelope(parsed.value, problems);
  const data = emptyData();
  const quarantined = readCases(state, data, problems);
  readOrderAndSteps(state, data, problems);
  readQuarantine(state, data);
  data.quarantine.push(...quarantined);
  readStamps(state, data);
  readLastDeleted(state, data);

  const problem = describeProblem(data, quarantined, problems, futureVersion);
  return {
    data,
    version: typeof version === 'number' && futureVersion === undefined ? version : null,
    ...(problem ? { problem } : {}),
  };
}
