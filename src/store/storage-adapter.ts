import type { StoreApi } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { nowIso } from './clock';
import type { CasesState } from './cases';
import { CASES_STORE_VERSION, loadCases, type CasesData, type LoadProblem } from './load-cases';
import type * as MergeModule from './merge';
import { canonicalJson, nextStamp, type FieldConflict, type Stamp } from './stamps';

/*
 * The cases store's storage adapter: reading and writing localStorage for zustand's persist
 * (robust load, a backup before the first write over unreadable data, failed writes reported),
 * and merging another tab's saved copy in, on write and on its `storage` event. The store
 * (cases.ts) keeps the state and its actions; this module keeps what lives between them: the
 * text last read or written, this tab's edit stamps, and whether writes are held.
 */

/** The store this adapter saves, once it exists (persist may write while it is being created). */
let store: StoreApi<CasesState> | undefined;
/** Only called once the store exists (from a microtask or a later event, or when `store` is set). */
const cases = () => store as StoreApi<CasesState>;

/** Called once the cases store exists: from then on, a merge may update it at once. */
export function connectStore(s: StoreApi<CasesState>): void {
  store = s;
}

/*
 * The merge of two tabs' copies is needed only once another tab has written, so it is its own
 * chunk, fetched right after start-up rather than with the first page. Until it has arrived, a
 * write that would need it waits (the edit stays in memory and on screen) and runs on arrival.
 */
let merger: typeof MergeModule | undefined;
let waitingForMerger = false;
/** Resolves once cross-tab merging is available (tests await it). */
export const mergeReady: Promise<void> = import('./merge').then(
  (m) => {
    merger = m;
    if (waitingForMerger) {
      waitingForMerger = false;
      syncFromStorage();
      cases().setState((s) => ({ order: [...s.order] }));
    }
  },
  () => {
    if (waitingForMerger) reportSaveFailure(new Error('merge unavailable'));
  },
);

export const CASES_STORAGE_KEY = 'scho-workup:cases';
export const BACKUP_PREFIX = `${CASES_STORAGE_KEY}:backup-`;

/** This tab, in edit stamps: another tab's edits are told apart from ours by it. */
const TAB_ID = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
/** The newest stamp this tab has made or seen: every new edit is stamped after it. */
let lastStamp: Stamp = '';
export const stamp = (): Stamp => (lastStamp = nextStamp(lastStamp, nowIso(), TAB_ID));
/** The saved text as this tab last read or wrote it: anything else was written by another tab. */
let lastRaw: string | null = null;

/** The saved part of the state, as `partialize` gives it. */
export const dataOf = (s: CasesData): CasesData => ({
  cases: s.cases,
  order: s.order,
  currentStep: s.currentStep,
  quarantine: s.quarantine,
  stamps: s.stamps,
  deleted: s.deleted,
  ...(s.lastDeleted ? { lastDeleted: s.lastDeleted } : {}),
});

/** Take in what a merge produced: its data, and any value of ours another tab replaced. */
function adopt(data: CasesData, conflicts: FieldConflict[]) {
  const apply = () => {
    const s = cases().getState();
    const next: Partial<CasesState> = { ...data };
    if (!data.lastDeleted) next.lastDeleted = undefined;
    if (conflicts.length) {
      // One notice per field: the newest replacement of it.
      const kept = s.tabConflicts.filter(
        (c) => !conflicts.some((n) => n.caseId === c.caseId && n.path === c.path),
      );
      next.tabConflicts = [...kept, ...conflicts];
    }
    cases().setState(next);
  };
  if (store) apply();
  else queueMicrotask(apply);
}

/** The saved copy, read as another tab left it; undefined when it cannot be merged. */
function readOther(raw: string): CasesData | undefined {
  const result = loadCases(raw);
  if (result.problem && result.problem.kind !== 'some-cases-unreadable') {
    // Not something this app wrote as it is now: keep it aside before ours replaces it.
    backupRaw(raw);
    return undefined;
  }
  return result.data;
}

/** Set by getItem, read by merge: what the load found. Module state because persist's
 * StorageValue carries only `state` and `version`. */
let pendingProblem: LoadProblem | undefined;

/** What the last load found wrong (for persist's `merge`, which puts it in the state). */
export const loadProblemFound = (): LoadProblem | undefined => pendingProblem;

function backupRaw(raw: string): string | undefined {
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(BACKUP_PREFIX) && localStorage.getItem(key) === raw) return key;
    }
    const key = `${BACKUP_PREFIX}${nowIso().replace(/[:.]/g, '-')}`;
    localStorage.setItem(key, raw);
    return key;
  } catch {
    return undefined;
  }
}

/**
 * Writes are held back when the saved value could not be read AND no backup copy could be made:
 * writing would destroy the only copy. They resume once the user has seen the message and either
 * downloaded or discarded the data.
 */
let holdWrites = false;

/** The user has seen the load problem (and dismissed it or discarded the data): write again. */
export function releaseWrites(): void {
  holdWrites = false;
}

/** Forget the raw backups of unreadable data, once the user has chosen to. */
export function removeBackups(): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
    }
    keys.forEach((k) => localStorage.removeItem(k));
  } catch {
    // The backups stay; nothing is lost.
  }
}

const isQuotaError = (err: unknown) =>
  err instanceof DOMException &&
  (err.name === 'QuotaExceededError' ||
    err.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    err.code === 22 ||
    err.code === 1014);

function reportSaveFailure(err?: unknown) {
  const saveError = err === undefined || isQuotaError(err) ? 'quota' : 'blocked';
  // Deferred: setState inside setItem would re-enter the storage.
  queueMicrotask(() => {
    const s = cases().getState();
    if (!s.saveFailed || s.saveError !== saveError)
      cases().setState({ saveFailed: true, saveError });
  });
}

export const casesStorage: PersistStorage<CasesData> = {
  getItem: (name) => {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(name);
    } catch {
      raw = null;
    }
    const result = loadCases(raw);
    lastRaw = raw;
    pendingProblem = undefined;
    holdWrites = false;
    if (result.problem) {
      const needsBackup =
        raw !== null &&
        (result.problem.kind !== 'some-cases-unreadable' || result.problem.unreadable > 0);
      const backupKey = needsBackup && raw !== null ? backupRaw(raw) : undefined;
      if (needsBackup && !backupKey) holdWrites = true;
      pendingProblem = {
        ...result.problem,
        ...(backupKey ? { backupKey } : {}),
        ...(holdWrites ? { writesHeld: true } : {}),
      };
    }
    if (raw === null) return null;
    // A version we do not know (future) is reported above and read as the current version.
    return {
      state: result.data,
      version:
        result.version !== null && result.version < CASES_STORE_VERSION
          ? result.version
          : CASES_STORE_VERSION,
    } satisfies StorageValue<CasesData>;
  },
  setItem: (name, value) => {
    if (holdWrites) {
      reportSaveFailure();
      return;
    }
    try {
      let out = value;
      const stored = localStorage.getItem(name);
      if (stored !== null && stored !== lastRaw) {
        // Another tab wrote since this tab last looked: merge its copy in, never write over it.
        if (!merger) {
          waitingForMerger = true;
          return;
        }
        const other = readOther(stored);
        if (other) {
          const merged = merger.mergeCasesData(value.state, other, TAB_ID);
          if (merged.newest > lastStamp) lastStamp = merged.newest;
          out = { ...value, state: merged.data };
          lastRaw = stored;
          adopt(merged.data, merged.conflicts);
        }
      }
      // Sorted keys: the same cases are the same text in every tab, so an unchanged merge writes
      // nothing and wakes no other tab.
      const text = canonicalJson(out);
      if (text !== stored) localStorage.setItem(name, text);
      lastRaw = text;
      // Deferred, like reportSaveFailure: this can run while the store is still being created.
      queueMicrotask(() => {
        if (cases().getState().saveFailed) {
          cases().setState({ saveFailed: false, saveError: undefined });
        }
      });
    } catch (err) {
      reportSaveFailure(err);
    }
  },
  removeItem: (name) => {
    try {
      localStorage.removeItem(name);
    } catch {
      // Nothing to do: the value stays, which loses nothing.
    }
  },
};

/**
 * Another tab saved: merge its copy into this tab's (its edits count, ours are kept) and write
 * the result back only if it differs, so the tabs settle after one round.
 */
export function syncFromStorage(): void {
  let stored: string | null;
  try {
    stored = localStorage.getItem(CASES_STORAGE_KEY);
  } catch {
    return;
  }
  if (stored === lastRaw) return;
  const s = cases().getState();
  if (stored === null) {
    // Cleared elsewhere while this tab still holds the cases: save them again.
    lastRaw = null;
    cases().setState({ order: [...s.order] });
    return;
  }
  if (!merger) {
    waitingForMerger = true;
    return;
  }
  const other = readOther(stored);
  if (!other) return;
  const merged = merger.mergeCasesData(other, dataOf(s), TAB_ID);
  if (merged.newest > lastStamp) lastStamp = merged.newest;
  lastRaw = stored;
  adopt(merged.data, merged.conflicts);
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === CASES_STORAGE_KEY || e.key === null) syncFromStorage();
  });
}

/** The raw data that could not be read, for the "download" button: the backup if one was made. */
export function unreadableDataText(state: Pick<CasesState, 'loadProblem' | 'quarantine'>): string {
  const key = state.loadProblem?.backupKey;
  if (key) {
    try {
      const raw = localStorage.getItem(key);
      if (raw !== null) return raw;
    } catch {
      // fall through to the quarantine
    }
  }
  return JSON.stringify({ quarantine: state.quarantine }, null, 2);
}
