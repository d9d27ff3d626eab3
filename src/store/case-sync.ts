import { openDB, type IDBPDatabase } from 'idb';
import type { StoreApi } from 'zustand';
import { CASE_SCHEMA_VERSION, type Case } from '../domain/case/schema';
import type { StepId } from '../domain/engine/types';
import { isRecord } from '../domain/is-record';
import { APP_VERSION } from './app-version';
import {
  casePayload,
  caseRecord,
  isNewer,
  readRecord,
  RECORD_FORMAT,
  tombstone,
  versionOf,
  type ReadRecord,
  type StoredRecord,
  type Unknown,
} from './case-record';
import type { CasesState } from './cases';
import { seeStamp, TAB_ID } from './edit-stamp';
import { loadCases, type QuarantinedCase } from './load-cases';
import { mergeCasesData, type MergeableData } from './merge';
import {
  decodeValue,
  deviceHasLock,
  encodeValue,
  hasDataKey,
  SEALED,
  setDataKey,
  type EncodedValue,
} from './record-codec';
import { canonicalJson, type FieldConflict, type Stamp } from './stamps';
import { unsavedEnvelope } from './unsaved-envelope';
import {
  CASE_COUNT_KEY,
  CASES_CHANNEL,
  CASES_STORE,
  DB_NAME,
  DB_VERSION,
  LEGACY_BACKUP_PREFIX,
  LEGACY_CASES_KEY,
  UNSAVED_KEY,
} from './storage-places';

/*
 * The cases in IndexedDB: one record per case (case-record.ts). Loaded as the app starts when
 * something is saved, otherwise with the first case made here or in another tab (cases.ts).
 *
 * Writing: every change marks its case; the marked cases are written together in one readwrite
 * transaction with strict durability (the browser reports it complete only once it is on disk),
 * and the store says "saved" only when that transaction has completed. A tab writes a record only
 * over the revision it last read: if another tab wrote in between, that write is read, merged
 * field by field (merge.ts: newer stamp wins, tombstones count) and the merge written next.
 *
 * Hearing: after each committed write a tab posts the case id and revision on a BroadcastChannel;
 * the other tabs read that one record and merge it. (Writes to IndexedDB fire no `storage` event,
 * and a channel carries only the notice: each tab reads the record itself, in its own
 * transaction.) The notice carries the writer's versions too, so an older tab stops at once.
 *
 * Versions: a record written by a newer app version, record format or case schema is never
 * written over: the tab that meets one stops writing altogether, keeps what is on screen and asks
 * its user to reload (a newer version may store what this one does not understand). Older records
 * are migrated on read (parseCase), and the fields this version does not know are kept.
 *
 * Migration: cases saved by the versions before IndexedDB (one localStorage envelope) are merged
 * into their records once; the envelope stays until every record has been read back and matches,
 * and is kept (never overwritten) when part of it could not be read.
 */

type Store = StoreApi<CasesState>;
let store: Store;
let db: IDBPDatabase | undefined;
let channel: BroadcastChannel | undefined;

/** Per case id: the revision of its record that this tab's memory includes. */
const known = new Map<string, number>();
/** Per case id: what this version did not understand in its record (written back as it was). */
const unknownParts = new Map<string, Unknown>();
/** Records this tab cannot read: never written over, kept until the user discards them. */
const unreadable = new Map<string, QuarantinedCase>();
/** Cases changed here and not yet committed. */
const dirty = new Set<string>();
/** Every task (a write, a read of another tab's write) runs after the previous one. */
let queue: Promise<unknown> = Promise.resolve();
let writing = false;
/** The cases of the write under way (not yet committed). */
const inflight = new Set<string>();
/** A newer version's data was met: nothing is written any more in this tab. */
let frozen = false;
/** The last write failed: the changes wait in memory until the user tries again. */
let failed = false;
/** The case count last written for the first paint (index.html). */
let marker: number | undefined;
/** The records have been read: writes may start (they wait for it). */
let loaded = false;
/**
 * Changes that could not be committed when the device locked (a failing save), encrypted under
 * the data key and held in this tab's memory only: merged back in when it is unlocked.
 */
let sealedPending: string | undefined;
/** The database was deleted ("Clear this device", here or in another tab): nothing is written. */
let cleared = false;
/** Resolves once the cases have first been read (on a locked device: after the unlock). */
let markFirstLoad: () => void = () => undefined;
const firstLoad = new Promise<void>((resolve) => (markFirstLoad = resolve));

/** Is the device locked in this tab (a lock is set and this tab has no key)? */
const lockedHere = () => deviceHasLock() && !hasDataKey();

interface Notice {
  readonly id: string;
  readonly rev: number;
  readonly format: number;
  readonly schemaVersion: number;
  readonly app: string;
}

const serial = <T>(task: () => Promise<T>): Promise<T> => {
  const run = queue.then(
    () => task(),
    () => task(),
  );
  queue = run.catch(() => undefined);
  return run;
};

/* ------------------------------------------------------------------------------------------ */
/* Start, reload                                                                               */
/* ------------------------------------------------------------------------------------------ */

/**
 * One connection per tab: `start` and `openUp` (or a clear) may ask at the same moment when a
 * tab is unlocked, or a lock set, while the module is still starting.
 */
let opening: Promise<IDBPDatabase> | undefined;
const connect = (): Promise<IDBPDatabase> => (opening ??= openDatabase());

function openDatabase(): Promise<IDBPDatabase> {
  return openDB(DB_NAME, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains(CASES_STORE)) {
        database.createObjectStore(CASES_STORE, { keyPath: 'id' });
      }
    },
    // A newer version wants to change the database, or another tab is deleting it ("Clear this
    // device": no version to open): step aside, and stop writing here.
    blocking(_current, next) {
      db?.close();
      db = undefined;
      if (next === null) markCleared();
      else freeze('a newer version of this app (it is updating the storage)');
    },
    terminated() {
      db = undefined;
      fail(new DOMException('The database was closed by the browser.', 'UnknownError'));
    },
  });
}

/** Open the database, migrate what earlier versions saved, read every case, then listen. */
export async function start(s: Store): Promise<void> {
  store = s;
  // The page-closing journal listens from the first moment: the store's own journal stops once
  // this module has loaded, and opening the database can take a while on a busy phone; a page
  // sent away in between would otherwise lose what is waiting (HAZ-50).
  if (typeof window !== 'undefined') window.addEventListener('pagehide', journal);
  try {
    db = await connect();
  } catch (err) {
    if (err instanceof DOMException && err.name === 'VersionError') {
      freeze('a newer version of this app (its storage is newer)');
    } else {
      fail(err);
    }
    store.setState({ ready: true });
    return;
  }
  listen();
  // On a locked device nothing is read until this tab is unlocked (`openUp`).
  if (lockedHere()) return firstLoad;
  await serial(load);
  flush();
}

/** This tab has just been unlocked (or the lock removed elsewhere): read the cases. */
export async function openUp(): Promise<void> {
  if (cleared) return;
  if (!db) {
    try {
      db = await connect();
    } catch (err) {
      fail(err);
      return;
    }
  }
  if (loaded) return;
  await serial(load);
  flush();
}

/**
 * Lock: commit what is waiting (for at most `waitMs`: a failing save does not hold the lock
 * back), keep what could not be committed encrypted in memory, then forget every case. The
 * caller drops the key afterwards.
 */
export async function lockDown(waitMs = 2000): Promise<void> {
  flush();
  const committed = new Promise<void>((resolve) => {
    const check = () => {
      if ((!writing && !dirty.size) || failed || frozen) return (resolve(), true);
      return false;
    };
    if (check()) return;
    const stop = store.subscribe(() => {
      if (check()) stop();
    });
    setTimeout(() => (stop(), resolve()), waitMs);
  });
  await committed;
  const ids = [...new Set([...dirty, ...inflight])];
  if (ids.length && hasDataKey()) {
    const s = store.getState();
    try {
      // The same envelope as the journal (`journal`), but encrypted, and in memory only.
      const payload = await encodeValue(unsavedEnvelope(s, ids));
      if (payload.codec === SEALED) sealedPending = payload.data;
    } catch {
      // Nothing more can be done: the key is about to go.
    }
  }
  forgetMemory();
  store.setState({ ...emptyState(), ready: false });
  // The key goes last: nothing in this tab can decrypt a case any more.
  setDataKey(undefined);
}

/** Read every record (and migrate the earlier localStorage envelope), replacing the memory. */
async function load(): Promise<void> {
  await readAll();
  await migrateLegacy();
  // Changes a tab had not yet committed when it was closed or reloaded (see `journal`).
  await migrateLegacy(UNSAVED_KEY);
  // Changes that could not be committed when this tab locked (a failing save).
  if (sealedPending !== undefined) {
    const data = sealedPending;
    sealedPending = undefined;
    try {
      await migrateLegacy(UNSAVED_KEY, await decodeValue({ codec: SEALED, data }));
    } catch {
      sealedPending = data;
    }
  }
  loaded = true;
  store.setState({ ready: true });
  writeMarker();
  markFirstLoad();
}

/** Read the saved cases again, as a reload does: memory from storage alone. */
export function reload(): Promise<void> {
  forgetMemory();
  store.setState(emptyState());
  return serial(load);
}

/** Forget every saved case on this device: the records, the earlier versions' copies, the count. */
export async function clearSavedCases(): Promise<void> {
  await serial(async () => {
    if (!db && !cleared) db = await connect();
    if (db) await db.clear(CASES_STORE);
    try {
      for (const key of Object.keys(localStorage)) {
        if (
          key === LEGACY_CASES_KEY ||
          key === CASE_COUNT_KEY ||
          key.startsWith(LEGACY_BACKUP_PREFIX)
        )
          localStorage.removeItem(key);
      }
    } catch {
      // Nothing else to clear.
    }
  });
  forgetMemory();
  sealedPending = undefined;
  loaded = !lockedHere();
  store.setState({ ...emptyState(), ready: true });
}

/**
 * Close the database so that it can be deleted ("Clear this device"), forget every case, and
 * never write again in this tab.
 */
export async function closeForClearing(): Promise<void> {
  markCleared();
  await queue;
}

function markCleared() {
  cleared = true;
  db?.close();
  db = undefined;
  forgetMemory();
  sealedPending = undefined;
  frozen = true;
  store.setState({ ...emptyState(), ready: true, deviceCleared: true });
}

/**
 * Encode every case record again with `encode` (turning the lock on: encrypt; off: decrypt), in
 * one committed transaction; a record another tab changed meanwhile is done again.
 */
export async function rewriteAll(encode: (value: unknown) => Promise<EncodedValue>): Promise<void> {
  await serial(async () => {
    if (!db) throw new Error('the storage is not open');
    for (let round = 0; round < 5; round += 1) {
      const records = (await db.getAll(CASES_STORE)) as StoredRecord[];
      const next: StoredRecord[] = [];
      for (const r of records) {
        if (isNewer(r)) throw new Error(`a newer version wrote case ${r.id}`);
        if (!r.value) continue;
        const value = await encode(await decodeValue(r.value));
        next.push({ ...r, rev: r.rev + 1, value });
      }
      const tx = db.transaction(CASES_STORE, 'readwrite', { durability: 'strict' });
      const now = (await Promise.all(next.map((r) => tx.store.get(r.id)))) as (
        StoredRecord | undefined
      )[];
      const fresh = next.filter((r, i) => now[i]?.rev === r.rev - 1);
      for (const r of fresh) tx.store.put(r).catch(() => undefined);
      await tx.done;
      for (const r of fresh) known.set(r.id, Math.max(r.rev, known.get(r.id) ?? 0));
      if (fresh.length === next.length) return;
    }
    throw new Error('the cases kept changing in another tab');
  });
}
function forgetMemory() {
  loaded = false;
  known.clear();
  unknownParts.clear();
  unreadable.clear();
  dirty.clear();
  frozen = false;
  failed = false;
  marker = undefined;
}

const emptyState = (): Partial<CasesState> => ({
  quarantine: [],
  cases: {},
  order: [],
  currentStep: {},
  stamps: {},
  deleted: {},
  ranks: {},
  lastDeleted: undefined,
  loadProblem: undefined,
  saveFailed: false,
  saveError: undefined,
  newerVersion: undefined,
  saveState: 'idle',
  tabConflicts: [],
});

function listen() {
  if (typeof BroadcastChannel !== 'undefined' && !channel) {
    channel = new BroadcastChannel(CASES_CHANNEL);
    // (Node's channel, in the unit tests, would otherwise keep the process alive.)
    (channel as { unref?: () => void }).unref?.();
    channel.onmessage = (e: MessageEvent<unknown>) => {
      const m = e.data;
      if (!isRecord(m) || typeof m.id !== 'string' || typeof m.rev !== 'number') return;
      // Locked: nothing is read now; the unlock reads every record.
      if (!loaded) return;
      // An older tab stops at once, before even reading what the newer one wrote.
      if (isNewer(m)) freeze(versionOf(m));
      if (m.rev <= (known.get(m.id) ?? 0)) return;
      const id = m.id;
      void serial(() => readOne(id)).then(flush, fail);
    };
  }
  if (typeof window !== 'undefined') {
    // A tab of a version before IndexedDB may still be open and writing its envelope.
    window.addEventListener('storage', (e) => {
      if (e.key === LEGACY_CASES_KEY && e.newValue !== null && loaded) {
        void serial(() => migrateLegacy()).then(flush, fail);
      }
    });
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Reading                                                                                     */
/* ------------------------------------------------------------------------------------------ */

async function decodeAndRead(stored: unknown): Promise<ReadRecord> {
  const id = isRecord(stored) && typeof stored.id === 'string' ? stored.id : '?';
  let decoded: unknown;
  if (isRecord(stored) && isRecord(stored.value) && !isNewer(stored)) {
    try {
      decoded = await decodeValue(stored.value as unknown as EncodedValue);
    } catch (err) {
      decoded = err instanceof Error ? err : new Error(String(err));
    }
  }
  return readRecord(id, stored, decoded);
}

const rankOrder = (ranks: Record<string, number>) => (a: string, b: string) =>
  (ranks[a] ?? 0) - (ranks[b] ?? 0) || (a < b ? -1 : a > b ? 1 : 0);

async function readAll(): Promise<void> {
  if (!db) return;
  const raw = (await db.getAll(CASES_STORE)) as unknown[];
  const reads = await Promise.all(raw.map(decodeAndRead));
  // A device with a lock: a case still in plain text (the lock was set or removed while the
  // page went away mid-way) is written again, encrypted.
  if (hasDataKey()) {
    for (const r of raw) {
      if (isRecord(r) && isRecord(r.value) && r.value.codec !== SEALED && typeof r.id === 'string')
        dirty.add(r.id);
    }
  }
  const s = store.getState();
  // Cases made in this tab before the read finished are kept (and written).
  const cases: Record<string, Case> = { ...s.cases };
  const stamps = { ...s.stamps };
  const currentStep = { ...s.currentStep };
  const ranks = { ...s.ranks };
  const deleted = { ...s.deleted };
  let newer: string | undefined;
  for (const r of reads) {
    known.set(r.id, r.rev);
    if (r.kind === 'case') {
      if (cases[r.id]) continue;
      cases[r.id] = r.payload.case;
      stamps[r.id] = r.payload.stamps;
      if (r.payload.step) currentStep[r.id] = r.payload.step;
      ranks[r.id] = r.payload.rank;
      unknownParts.set(r.id, r.unknown);
    } else if (r.kind === 'deleted') {
      deleted[r.id] = r.stamp;
    } else if (r.kind === 'newer') {
      newer = r.version;
    } else {
      unreadable.set(r.id, { key: r.id, raw: r.raw, errors: r.errors });
    }
  }
  const quarantine = [...unreadable.values()];
  store.setState({
    cases,
    stamps,
    currentStep,
    ranks,
    deleted,
    order: Object.keys(cases).sort(rankOrder(ranks)),
    quarantine,
    ...(quarantine.length
      ? {
          loadProblem: {
            kind: 'some-cases-unreadable',
            details: `${quarantine.length} saved case(s) could not be read: ${quarantine
              .map((q) => `${q.key} (${q.errors.slice(0, 3).join('; ')})`)
              .join(', ')}.`,
            recovered: Object.keys(cases).length,
            unreadable: quarantine.length,
          },
        }
      : {}),
  });
  if (newer) freeze(newer);
}

/** Another tab wrote this case: read its record and merge it in. */
async function readOne(id: string): Promise<void> {
  if (!db) return;
  const stored: unknown = await db.get(CASES_STORE, id);
  if (await takeIn(id, stored, true)) dirty.add(id);
}

/** A store holding one case (or its tombstone), for the merge. */
function single(
  id: string,
  c: Case | undefined,
  stamps: Record<string, Stamp> | undefined,
  step: StepId | undefined,
  deleted: Stamp | undefined,
): MergeableData {
  return {
    cases: c ? { [id]: c } : {},
    order: c ? [id] : [],
    currentStep: c && step ? { [id]: step } : {},
    quarantine: [],
    stamps: c && stamps ? { [id]: stamps } : {},
    deleted: deleted ? { [id]: deleted } : {},
  };
}

/**
 * Merge a stored record (another tab's write) into this tab's memory. `theirsFirst`: their step
 * and place win (a notice of their write); otherwise ours (our write found theirs in the way).
 * Returns whether the merge holds something the record does not (then it must be written).
 */
async function takeIn(id: string, stored: unknown, theirsFirst: boolean): Promise<boolean> {
  const s0 = store.getState();
  if (stored === undefined) {
    // The record is gone (discarded in another tab): what this tab holds is written again.
    known.delete(id);
    return s0.cases[id] !== undefined || s0.deleted[id] !== undefined;
  }
  const read = await decodeAndRead(stored);
  known.set(id, Math.max(read.rev, known.get(id) ?? 0));
  if (read.kind === 'newer') {
    freeze(read.version);
    return false;
  }
  if (read.kind === 'unreadable') {
    unreadable.set(id, { key: id, raw: read.raw, errors: read.errors });
    store.setState({ quarantine: [...unreadable.values()] });
    return false;
  }
  unreadable.delete(id);
  if (read.kind === 'case') unknownParts.set(id, read.unknown);
  const s = store.getState();
  const theirs = single(
    id,
    read.kind === 'case' ? read.payload.case : undefined,
    read.kind === 'case' ? read.payload.stamps : undefined,
    read.kind === 'case' ? read.payload.step : undefined,
    read.kind === 'deleted' ? read.stamp : undefined,
  );
  const mine = single(id, s.cases[id], s.stamps[id], s.currentStep[id], s.deleted[id]);
  const merged = theirsFirst
    ? mergeCasesData(theirs, mine, TAB_ID)
    : mergeCasesData(mine, theirs, TAB_ID);
  seeStamp(merged.newest);
  adopt(id, merged.data, read.kind === 'case' ? read.payload.rank : undefined, merged.conflicts);
  const view = (d: MergeableData) =>
    canonicalJson([
      d.cases[id] ?? null,
      d.stamps[id] ?? {},
      d.currentStep[id] ?? null,
      d.deleted[id] ?? null,
    ]);
  return view(merged.data) !== view(theirs);
}

/** Put one case's merged state in the store. */
function adopt(
  id: string,
  data: MergeableData,
  theirRank: number | undefined,
  conflicts: FieldConflict[],
) {
  store.setState((s) => {
    const c = data.cases[id];
    const cases = { ...s.cases };
    const stamps = { ...s.stamps };
    const currentStep = { ...s.currentStep };
    const ranks = { ...s.ranks };
    const deleted = { ...s.deleted };
    let order = s.order;
    if (c) {
      cases[id] = c;
      stamps[id] = data.stamps[id] ?? {};
      const step = data.currentStep[id];
      if (step) currentStep[id] = step;
      else delete currentStep[id];
      if (!s.cases[id]) {
        ranks[id] = theirRank ?? ranks[id] ?? 0;
        order = [...order, id].sort(rankOrder(ranks));
      }
    } else {
      delete cases[id];
      delete stamps[id];
      delete currentStep[id];
      delete ranks[id];
      if (s.cases[id]) order = order.filter((x) => x !== id);
    }
    const tomb = data.deleted[id];
    if (tomb) deleted[id] = tomb;
    else delete deleted[id];
    const next: Partial<CasesState> = { cases, stamps, currentStep, ranks, deleted, order };
    if (conflicts.length) {
      // One notice per field: the newest replacement of it.
      const kept = s.tabConflicts.filter(
        (x) => !conflicts.some((n) => n.caseId === x.caseId && n.path === x.path),
      );
      next.tabConflicts = [...kept, ...conflicts];
    }
    return next;
  });
}

/* ------------------------------------------------------------------------------------------ */
/* Writing                                                                                     */
/* ------------------------------------------------------------------------------------------ */

/** These cases changed in this tab: write them in the next committed transaction. */
export function requestSave(ids: readonly string[]): void {
  for (const id of ids) dirty.add(id);
  flush();
}

/** Try the failed writes again. */
export function retry(): void {
  failed = false;
  flush();
}

function flush(): void {
  if (writing || frozen || failed || cleared || !db || !loaded || !dirty.size) {
    settle();
    return;
  }
  const ids = [...dirty];
  dirty.clear();
  writing = true;
  for (const id of ids) inflight.add(id);
  void serial(() => writeBatch(ids)).then(
    (again) => {
      writing = false;
      inflight.clear();
      for (const id of again) dirty.add(id);
      writeMarker();
      flush();
    },
    (err: unknown) => {
      writing = false;
      inflight.clear();
      for (const id of ids) dirty.add(id);
      fail(err);
    },
  );
}

/** Say "saving" while a change waits, "saved" once every one has been committed. */
function settle() {
  const pending = writing || dirty.size > 0;
  const s = store.getState();
  const next = pending ? 'saving' : s.saveState === 'idle' ? 'idle' : 'saved';
  if (s.saveState !== next && !(frozen || failed)) store.setState({ saveState: next });
}

interface Plan {
  readonly id: string;
  readonly base: number;
  readonly record: StoredRecord;
}

/** Write these cases in one transaction; returns the ids to write again (after a merge). */
async function writeBatch(ids: readonly string[]): Promise<string[]> {
  if (!db) return [...ids];
  const s = store.getState();
  const plans = await Promise.all(
    ids.map(async (id): Promise<Plan | undefined> => {
      if (unreadable.has(id)) return undefined;
      const base = known.get(id) ?? 0;
      const c = s.cases[id];
      if (c) {
        const parts = unknownParts.get(id);
        const payload = casePayload(
          {
            case: c,
            stamps: s.stamps[id] ?? {},
            ...(s.currentStep[id] ? { step: s.currentStep[id] } : {}),
            rank: s.ranks[id] ?? 0,
          },
          parts,
        );
        return { id, base, record: caseRecord(id, base + 1, await encodeValue(payload), parts) };
      }
      const d = s.deleted[id];
      return d ? { id, base, record: tombstone(id, base + 1, d) } : undefined;
    }),
  );
  const todo = plans.filter((p): p is Plan => p !== undefined);
  if (!todo.length) return [];

  const tx = db.transaction(CASES_STORE, 'readwrite', { durability: 'strict' });
  const current = (await Promise.all(todo.map((p) => tx.store.get(p.id)))) as (
    StoredRecord | undefined
  )[];
  const newer = current.find((r) => r !== undefined && isNewer(r));
  if (newer) {
    tx.abort();
    await tx.done.catch(() => undefined);
    freeze(versionOf(newer));
    return [...ids];
  }
  const written: Plan[] = [];
  const stale: { id: string; stored: StoredRecord | undefined }[] = [];
  todo.forEach((p, i) => {
    const stored = current[i];
    if ((stored?.rev ?? 0) !== p.base) stale.push({ id: p.id, stored });
    else written.push(p);
  });
  for (const p of written) tx.store.put(p.record).catch(() => undefined);
  // Committed: with strict durability, on disk.
  await tx.done;
  for (const p of written) {
    known.set(p.id, Math.max(p.base + 1, known.get(p.id) ?? 0));
    const notice: Notice = {
      id: p.id,
      rev: p.base + 1,
      format: RECORD_FORMAT,
      schemaVersion: CASE_SCHEMA_VERSION,
      app: APP_VERSION,
    };
    channel?.postMessage(notice);
  }
  // Another tab wrote some of these since this tab read them: take its write in, write the merge.
  const again: string[] = [];
  for (const { id, stored } of stale) if (await takeIn(id, stored, false)) again.push(id);
  return again;
}

function fail(err: unknown) {
  failed = true;
  const quota = err instanceof DOMException && err.name === 'QuotaExceededError';
  store.setState({ saveFailed: true, saveError: quota ? 'quota' : 'blocked', saveState: 'saving' });
  if (!quota) console.warn('saving failed', err);
}

function freeze(version: string) {
  if (frozen) return;
  frozen = true;
  store.setState({ saveFailed: true, saveError: 'newer', newerVersion: version });
}

/** The number of cases, for index.html's first paint (it cannot read IndexedDB in time). */
function writeMarker() {
  const count = store.getState().order.length;
  if (count === marker || frozen) return;
  try {
    if (count) localStorage.setItem(CASE_COUNT_KEY, String(count));
    else localStorage.removeItem(CASE_COUNT_KEY);
    marker = count;
  } catch {
    // Only the first paint's hint: the cases themselves are in IndexedDB.
  }
}

/**
 * The page is going away (closed, reloaded, navigated) while changes are not yet committed: an
 * IndexedDB transaction does not outlive its page, so they are put, synchronously, in
 * localStorage (which does outlive it, though not a crash of the browser) in the envelope of
 * earlier versions, and the next start merges them in like those (`load`).
 */
function journal() {
  const ids = [...new Set([...dirty, ...inflight])];
  // A device with a lock keeps no plain text, and WebCrypto cannot encrypt while the page goes
  // (it is asynchronous): there, what was typed in the last moment before the page went away
  // (until its write commits, typically well under a second) is not kept.
  if (!ids.length || frozen || cleared || deviceHasLock()) return;
  try {
    localStorage.setItem(UNSAVED_KEY, JSON.stringify(unsavedEnvelope(store.getState(), ids)));
  } catch {
    // No room: nothing more can be done as the page goes.
  }
}

/* ------------------------------------------------------------------------------------------ */
/* The localStorage envelope of earlier versions                                               */
/* ------------------------------------------------------------------------------------------ */

function legacyBackups(): string[] {
  try {
    return Object.keys(localStorage).filter((k) => k.startsWith(LEGACY_BACKUP_PREFIX));
  } catch {
    return [];
  }
}

/**
 * Merge the envelope earlier versions saved into the records (once; again whenever a tab of such
 * a version writes it). It is removed only when every case in it has been written and read back
 * unchanged; kept, as the verbatim copy, when any of it could not be read.
 */
async function migrateLegacy(key: string = LEGACY_CASES_KEY, given?: unknown): Promise<void> {
  let raw: string | null = given === undefined ? null : JSON.stringify(given);
  if (given === undefined) {
    try {
      raw = localStorage.getItem(key);
    } catch {
      raw = null;
    }
  }
  const backups = legacyBackups();
  if (raw === null) {
    if (backups.length && !store.getState().loadProblem) {
      store.setState({
        loadProblem: {
          kind: 'some-cases-unreadable',
          details: `${backups.length} copy(ies) of saved data that could not be read are still kept aside.`,
          recovered: store.getState().order.length,
          unreadable: backups.length,
          backupKey: backups[0]!,
        },
      });
    }
    return;
  }
  // The copies of earlier versions are plain text: on a locked device they wait for the unlock.
  if (lockedHere()) return;
  const { data, problem } = loadCases(raw);
  if (problem) {
    // Said before the cases it comes with are listed, so the alert and the list are drawn
    // together (the alert above the list never pushes it down under a finger). The envelope
    // stays where it is: it is the verbatim copy of what could not be read.
    store.setState({
      quarantine: [...unreadable.values(), ...data.quarantine],
      loadProblem: { ...problem, backupKey: key },
    });
  }
  const ids: string[] = [];
  const every = [...new Set([...data.order, ...Object.keys(data.deleted)])];
  for (const [index, id] of every.entries()) {
    const s = store.getState();
    const theirs = single(
      id,
      data.cases[id],
      data.stamps[id],
      data.currentStep[id],
      data.deleted[id],
    );
    const mine = single(id, s.cases[id], s.stamps[id], s.currentStep[id], s.deleted[id]);
    const merged = mergeCasesData(mine, theirs, TAB_ID);
    seeStamp(merged.newest);
    if (canonicalJson(merged.data) !== canonicalJson(mine)) {
      adopt(id, merged.data, s.ranks[id] ?? index, []);
      ids.push(id);
    }
  }
  if (ids.length) {
    const again = await writeBatch(ids);
    for (const id of again) dirty.add(id);
  }
  if (problem) {
    // A record another tab left unreadable may have been met while writing.
    store.setState({ quarantine: [...unreadable.values(), ...data.quarantine] });
    return;
  }
  // Verify: every case of the envelope is in its record, as merged.
  if (!db) return;
  const s = store.getState();
  const check = await Promise.all(
    data.order.map(async (id) => {
      const r = await decodeAndRead(await db!.get(CASES_STORE, id));
      return (
        r.kind === 'deleted' ||
        (r.kind === 'case' && canonicalJson(r.payload.case) === canonicalJson(s.cases[id]))
      );
    }),
  );
  if (check.every(Boolean) && given === undefined) {
    try {
      if (localStorage.getItem(key) === raw) localStorage.removeItem(key);
    } catch {
      // It stays: the next start merges it again, which changes nothing.
    }
  }
  if (backups.length && !store.getState().loadProblem) await migrateLegacy();
}

/* ------------------------------------------------------------------------------------------ */
/* Unreadable data                                                                             */
/* ------------------------------------------------------------------------------------------ */

/** The data that could not be read, for the download: the verbatim copy if one is kept. */
export function unreadableDataText(): string {
  const key = store.getState().loadProblem?.backupKey;
  if (key) {
    try {
      const raw = localStorage.getItem(key);
      if (raw !== null) return raw;
    } catch {
      // fall through to the quarantine
    }
  }
  return JSON.stringify({ quarantine: store.getState().quarantine }, null, 2);
}

/** The user chose to discard what could not be read: the records and the copies kept aside. */
export async function discardUnreadable(): Promise<void> {
  const ids = [...unreadable.keys()];
  unreadable.clear();
  await serial(async () => {
    if (db && ids.length) {
      const tx = db.transaction(CASES_STORE, 'readwrite', { durability: 'strict' });
      for (const id of ids) {
        tx.store.delete(id).catch(() => undefined);
        known.delete(id);
      }
      await tx.done;
    }
    try {
      for (const key of [LEGACY_CASES_KEY, UNSAVED_KEY, ...legacyBackups()]) {
        localStorage.removeItem(key);
      }
    } catch {
      // They stay; nothing is lost.
    }
  });
}
