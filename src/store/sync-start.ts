import type { StoreApi } from 'zustand';
import type { FieldError } from '../domain/case/errors';
import type * as ParseModule from '../domain/case/parse';
import type { CasesState } from './cases';
import {
  CASE_COUNT_KEY,
  CASES_CHANNEL,
  DB_NAME,
  LEGACY_BACKUP_PREFIX,
  LEGACY_CASES_KEY,
  LOCK_KEY,
  UNSAVED_KEY,
} from './storage-places';
import { unsavedEnvelope } from './unsaved-envelope';
import type * as SyncModule from './case-sync';

/*
 * Starting: the storage module (case-sync.ts) and the case schema load when there is a case to
 * read or save. case-sync.ts reads the cases from IndexedDB, writes each change in its own
 * committed transaction, hears the other tabs and merges their changes field by field. It loads,
 * with the case schema (zod) that reading a case needs, as the app starts when something is saved
 * on this device, and otherwise when the first case is made here or in another tab: a first visit
 * to the empty list loads neither. This file hands the store's changes to it (`save`) and keeps
 * them for the next start if the page goes before it has loaded.
 */

type Store = StoreApi<CasesState>;
/** The cases store (cases.ts), given when it starts (`startCases`). */
let store: Store;

const hasIndexedDb = typeof indexedDB !== 'undefined';

/**
 * The case schema (zod, every modality's findings): it checks every edit and reads every saved
 * case. Loaded with the storage module, and by every page but the list (routes.tsx): an edit
 * needs a case, and a case is either read (with the storage) or made (which starts the storage).
 */
let parser: typeof ParseModule | undefined;
let parserLoad: Promise<typeof ParseModule> | undefined;
const loadParser = () => (parserLoad ??= import('../domain/case/parse').then((m) => (parser = m)));
/** The case schema, once it has loaded. */
export const caseParser = (): typeof ParseModule | undefined => parser;

/** An edit before the schema has arrived (it arrives with the first case: not expected). */
export const NOT_CHECKED: FieldError = {
  path: '',
  message: 'could not be checked yet, as the app is still loading: try again',
  code: 'other',
};

let sync: Promise<typeof SyncModule> | undefined;
/** The saved cases read (and the earlier versions' data migrated), once the module has started. */
let read: Promise<void> | undefined;
/** Stops listening for another tab's first case (once the storage module listens itself). */
let stopListening = () => {};

/** The storage module, started (it reads the saved cases, then writes and hears the other tabs). */
function storage(): Promise<typeof SyncModule> {
  if (!sync) {
    stopListening();
    sync = Promise.all([import('./case-sync'), loadParser()]).then(([m]) => {
      read = m.start(store);
      syncLoaded = true;
      return m;
    });
    sync.catch((err: unknown) => {
      console.error('the storage module could not be loaded', err);
      store.setState({ ready: true, saveFailed: true, saveError: 'blocked' });
    });
  }
  return sync;
}

/** Have the storage module do this, once it has started (where there is IndexedDB at all). */
export function withStorage(act: (m: typeof SyncModule) => unknown): void {
  if (hasIndexedDb) storage().then(act, () => undefined);
}

/** Cases this tab changed and has not yet handed to the sync module. */
const toSave = new Set<string>();

/** Hand what waits to the storage module now (it is committed before anything asked later). */
function handOver(m: typeof SyncModule): void {
  const ids = [...toSave];
  toSave.clear();
  m.requestSave(ids);
}

/**
 * The storage module's page-closing journal (case-sync.ts) listens once the module has loaded; a
 * device with nothing saved loads it with its first case. A tab closed or sent to another address
 * in that moment would lose that case: until then this journal keeps what is waiting, in the
 * same envelope (not on a device with a lock, which keeps no plain text).
 */
let syncLoaded = false;
function journalBeforeSync(): void {
  if (syncLoaded || !toSave.size) return;
  try {
    if (localStorage.getItem(LOCK_KEY) !== null) return;
    localStorage.setItem(
      UNSAVED_KEY,
      JSON.stringify(unsavedEnvelope(store.getState(), [...toSave])),
    );
  } catch {
    // No room, or no storage: nothing more can be done as the page goes.
  }
}
if (typeof window !== 'undefined') window.addEventListener('pagehide', journalBeforeSync);

/** Ask for these cases to be written (each in the next committed transaction). */
export function save(...ids: string[]): void {
  write(ids, false);
}

/**
 * Write a case whose change the clinician did not make as an edit (the step it was last open on,
 * kept so it reopens there): written and waited for like any change, but "Saving…" / "Saved on
 * this device" is not shown for it alone, or it would appear each time a step is opened.
 */
export function saveQuietly(id: string): void {
  write([id], true);
}

function write(ids: readonly string[], quiet: boolean): void {
  for (const id of ids) toSave.add(id);
  if (!hasIndexedDb) {
    // No IndexedDB at all (storage blocked): the cases live in this tab's memory only, and the
    // user is told at once, as for any failed save.
    store.setState({ saveFailed: true, saveError: 'blocked' });
    return;
  }
  const s = store.getState();
  const edits = quiet ? s.saveEdits : s.saveEdits + 1;
  if (s.saveState !== 'saving')
    store.setState({ saveState: 'saving', saveQuiet: quiet, saveEdits: edits });
  else store.setState({ saveQuiet: s.saveQuiet && quiet, saveEdits: edits });
  withStorage(handOver);
}

/** The keys in localStorage (none when it cannot be read). */
function localKeys(): string[] {
  try {
    return Object.keys(localStorage);
  } catch {
    return [];
  }
}

/** Whether cases are saved, as the first paint knew it (index.html reads the same keys). */
export function expectCases(): boolean {
  try {
    return (
      localStorage.getItem(LEGACY_CASES_KEY) !== null ||
      Number(localStorage.getItem(CASE_COUNT_KEY)) > 0
    );
  } catch {
    return false;
  }
}

/**
 * Is anything saved on this device that only the storage module can read? The count kept for
 * the first paint is a hint (it may be missing while records are there: all of them deleted
 * leaves their tombstones, localStorage cleared alone, a count that could not be written), so
 * the answer "nothing" comes from the browser's list of this site's databases: without the
 * app's database there is no case to read. Where the browser cannot list them, or anything else
 * is kept (the earlier versions' data, changes a closed tab had not committed, copies of
 * unreadable data), the storage module starts and reads it.
 */
async function somethingSaved(): Promise<boolean> {
  if (
    expectCases() ||
    localKeys().some((k) => k === UNSAVED_KEY || k.startsWith(LEGACY_BACKUP_PREFIX))
  ) {
    return true;
  }
  if (typeof indexedDB.databases !== 'function') return true;
  try {
    return (await indexedDB.databases()).some((d) => d.name === DB_NAME);
  } catch {
    return true;
  }
}

/**
 * Nothing saved yet: another tab's first case starts the storage module here (every tab posts
 * a notice on this channel when it commits a write; a tab of a version before IndexedDB writes
 * its envelope to localStorage).
 */
function listenForOtherTabs(): void {
  if (typeof BroadcastChannel === 'undefined') {
    void storage();
    return;
  }
  const channel = new BroadcastChannel(CASES_CHANNEL);
  // (Node's channel, in the unit tests, would otherwise keep the process alive.)
  (channel as { unref?: () => void }).unref?.();
  const onStorage = (e: StorageEvent) => {
    if (e.key === LEGACY_CASES_KEY || e.key === CASE_COUNT_KEY) void storage();
  };
  channel.onmessage = () => void storage();
  window.addEventListener('storage', onStorage);
  stopListening = () => {
    channel.close();
    window.removeEventListener('storage', onStorage);
  };
}

/** The saved cases have been read, or there are none (see `startCases`). */
let known: Promise<void> = Promise.resolve();

/**
 * Start the cases store: it is `ready` once the saved cases have been read, or there are none.
 * Where nothing is saved the storage module is not loaded (a first visit draws the empty list
 * from the entry alone); it starts with the first case made here, or when another tab writes one.
 */
export function startCases(s: Store): void {
  store = s;
  known = (
    !hasIndexedDb
      ? Promise.resolve().then(() => store.setState({ ready: true }))
      : (() => {
          if (expectCases()) return storage().then(() => read);
          // Heard from now on: a case another tab writes while the databases are being listed.
          listenForOtherTabs();
          return somethingSaved().then((saved) => {
            if (saved || sync) return storage().then(() => read);
            store.setState({ ready: true });
            return undefined;
          });
        })()
  ).catch(() => undefined);
}

/**
 * Resolves once the saved cases have been read and the case schema is loaded: every page but the
 * list waits for it (routes.tsx), so a deep link to a saved case never says "not found" for a
 * case that is only not read yet, and an edit is always checked.
 */
export function casesReady(): Promise<void> {
  return Promise.all([known, loadParser()]).then(() => undefined);
}

/** Read the saved cases again, as a reload does (tests, and after another version's upgrade). */
export async function reloadCases(): Promise<void> {
  await known;
  if (!hasIndexedDb) return;
  const m = await storage();
  await read;
  await m.reload();
}

/** The raw data that could not be read, for the load problem's "download" button. */
export async function unreadableDataText(): Promise<string> {
  return hasIndexedDb
    ? (await storage()).unreadableDataText()
    : JSON.stringify({ quarantine: store.getState().quarantine }, null, 2);
}

/** Resolves true once every change made so far is committed, false if saving failed or stopped. */
export function whenSaved(): Promise<boolean> {
  return new Promise((resolve) => {
    const settled = (s: CasesState) => {
      if (s.saveFailed) resolve(false);
      else if (s.saveState !== 'saving' && toSave.size === 0) resolve(true);
      else return false;
      return true;
    };
    if (settled(store.getState())) return;
    const stop = store.subscribe((s) => {
      if (settled(s)) stop();
    });
  });
}

/** Forget every saved case on this device: the records, the earlier versions' copies, the count. */
export async function clearSavedCases(): Promise<void> {
  await known;
  toSave.clear();
  if (!hasIndexedDb) return;
  const m = await storage();
  await read;
  await m.clearSavedCases();
}

/** Lock: commit what is waiting, then forget every case in this tab (device-lock.ts). */
export async function lockCases(): Promise<void> {
  if (!hasIndexedDb || !sync) return;
  const m = await storage();
  // What was typed a moment ago is handed over first: it is committed before the lock.
  handOver(m);
  await m.lockDown();
}

/** Unlocked (or the lock removed): read the saved cases. */
export async function openCases(): Promise<void> {
  // Starts the storage module if nothing had (a device with nothing saved before the lock).
  if (hasIndexedDb) await (await storage()).openUp();
  else store.setState({ ready: true });
}

/** Encode every stored case again (the lock turned on or off): see case-sync.ts. */
export async function rewriteCases(
  encode: (value: unknown) => Promise<{ codec: string; data: string }>,
): Promise<void> {
  if (!hasIndexedDb) return;
  const m = await storage();
  await m.openUp(); // connected and read, whether or not the module had started before
  await m.rewriteAll(encode);
}

/** Close the storage so that it can be deleted, and write nothing more in this tab. */
export async function closeForClearing(): Promise<void> {
  toSave.clear();
  if (hasIndexedDb && sync) await (await storage()).closeForClearing();
  else store.setState({ deviceCleared: true });
}
