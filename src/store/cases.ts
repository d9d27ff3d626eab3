import { create } from 'zustand';
import type { FieldError } from '../domain/case/errors';
import { LABEL_MAX_LENGTH, labelSkeleton, normaliseLabel } from '../domain/case/label';
import { newCase } from '../domain/case/new-case';
import type * as ParseModule from '../domain/case/parse';
import type { Case, Patient, Studies, StudyId } from '../domain/case/schema';
import type { StepId } from '../domain/engine/types';
import { nowIso, today } from './clock';
import { stamp } from './edit-stamp';
import type { LoadProblem, QuarantinedCase } from './load-cases';
import { canonicalJson, setField, type FieldConflict, type Stamp } from './stamps';
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

export type { FieldConflict } from './stamps';

/*
 * The cases store: the cases in memory, and the actions that change them. Every action that
 * changes a case asks for that case (and only that case) to be saved; case-sync.ts reads the
 * cases from IndexedDB, writes each change in its own committed transaction, hears the other
 * tabs and merges their changes field by field. It loads, with the case schema (zod) that reading
 * a case needs, as the app starts when something is saved on this device, and otherwise when the
 * first case is made here or in another tab (see "Starting" below): a first visit to the empty
 * list loads neither.
 */

/** A deleted case, kept in this tab's memory only (never stored) so that Undo can bring it back. */
interface DeletedCase {
  readonly case: Case;
  readonly index: number;
  readonly rank: number;
  readonly stamps: Record<string, Stamp>;
  readonly step?: StepId;
}

/** Why saving stopped: the storage is full, writing is refused, or a newer version saved here. */
type SaveError = 'quota' | 'blocked' | 'newer';

/** A case from an all-cases file, with what the file kept besides it. */
export interface RestoredCase {
  readonly case: Case;
  readonly stamps?: Record<string, Stamp>;
  readonly step?: StepId;
}

export interface CasesState {
  cases: Record<string, Case>;
  order: string[];
  currentStep: Record<string, StepId>;
  /** Saved entries that could not be read, kept as they were until the user decides. */
  quarantine: QuarantinedCase[];
  /** When each field was last edited, and by which tab (see merge.ts): how tabs agree. */
  stamps: Record<string, Record<string, Stamp>>;
  /** Deleted case ids and when they were deleted, so another tab's copy does not revive them. */
  deleted: Record<string, Stamp>;
  /** Each case's place in the list (lower first): stored with the case. */
  ranks: Record<string, number>;
  /** The last case deleted in this tab, for Undo: in memory only, gone with the tab. */
  lastDeleted?: DeletedCase;

  /** The saved cases have been read (until then the list says nothing about them). */
  ready: boolean;
  /** Before they are read: whether cases are saved at all (the count kept for the first paint). */
  expectCases: boolean;
  /** What went wrong reading the saved data at start-up; cleared when the user dismisses it. */
  loadProblem?: LoadProblem;
  /** The last write failed, or writing stopped: the user must be told. */
  saveFailed: boolean;
  saveError?: SaveError;
  /** Which newer version wrote to this device (when saveError is 'newer'). */
  newerVersion?: string;
  /** 'saving' while a change is not yet committed to storage; 'saved' once every one is. */
  saveState: 'idle' | 'saving' | 'saved';
  /** How many writes this tab has committed. */
  saveCount: number;
  /** Values typed in this tab that a later edit in another tab replaced (not saved). */
  tabConflicts: FieldConflict[];
  /** "Clear this device" removed the storage (here or in another tab): nothing is written. */
  deviceCleared: boolean;

  createCase: (label: string) => string;
  renameCase: (id: string, label: string) => FieldError[];
  duplicateCase: (id: string, label?: string) => string | undefined;
  deleteCase: (id: string) => void;
  undoDelete: () => string | undefined;
  dismissUndo: () => void;
  /** Apply a patch to the patient; returns the errors (and changes nothing) if it is invalid. */
  updatePatient: (id: string, patch: Partial<Patient>) => FieldError[];
  updateStudy: <S extends StudyId>(
    id: string,
    studyId: S,
    patch: Partial<Studies[S]>,
  ) => FieldError[];
  setCurrentStep: (id: string, step: StepId) => void;
  /** Add an imported case as a NEW case (fresh id, label made unique). Never overwrites. */
  addCase: (c: Case) => string;
  /**
   * Restore cases from a backup under their own ids and labels when the id is free; a case
   * already here unchanged is left alone ('same'); a different case with that id is kept, and
   * the restored one added as a new case ('copy'). Never overwrites. One state change for all.
   */
  restoreCases: (
    list: readonly RestoredCase[],
  ) => { id: string; outcome: 'added' | 'copy' | 'same' }[];
  dismissLoadProblem: () => void;
  /** Forget the unreadable entries and the copies kept aside, once the user has chosen to. */
  discardUnreadable: () => void;
  /** Put this tab's value of a field back (a new edit), and forget that conflict. */
  keepMine: (conflict: FieldConflict) => void;
  dismissConflicts: () => void;
  /** Try the failed writes again (after the user freed some space). */
  retrySave: () => void;
}

const newId = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** A label as it is saved: one line, nothing hidden (see domain/case/label.ts), within the limit. */
const cleanLabel = (label: string): string => normaliseLabel(label).slice(0, LABEL_MAX_LENGTH);

/**
 * "Bed 12" → "Bed 12 (2)" when "Bed 12" is taken, and so on. `used` holds the labels' skeletons
 * (what they look like), so "Bеd 12" with a Cyrillic е is taken when "Bed 12" is.
 */
function uniqueLabel(label: string, used: ReadonlySet<string>): string {
  const base = cleanLabel(label) || 'Case';
  if (!used.has(labelSkeleton(base))) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, LABEL_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!used.has(labelSkeleton(candidate))) return candidate;
  }
}
/** The skeletons of the labels in use. */
const labelsOf = (cases: Record<string, Case>) =>
  new Set(Object.values(cases).map((c) => labelSkeleton(c.label)));

/** Did an error come from one of the fields being changed? */
const touches = (e: FieldError, paths: readonly string[]) =>
  paths.some((p) => e.path === p || e.path.startsWith(`${p}.`) || e.path.startsWith(`${p}[`));

/**
 * Validate a changed case. The stored case was valid, so every structural error comes from the
 * patch; date-in-the-future checks are limited to the fields being changed so that a clock set
 * back cannot block edits to unrelated fields.
 */
function validatePatch(
  candidate: unknown,
  paths: readonly string[],
): { ok: true; value: Case } | { ok: false; errors: FieldError[] } {
  if (!parser) return { ok: false, errors: [NOT_CHECKED] };
  const { parseCase, crossFieldErrors } = parser;
  const parsed = parseCase(candidate);
  if (!parsed.ok) return { ok: false, errors: [...parsed.errors] };
  const cross = crossFieldErrors(parsed.value, today()).filter((e) => touches(e, paths));
  return cross.length ? { ok: false, errors: cross } : { ok: true, value: parsed.value };
}

/** Rank for a case placed first, last, or between two others. */
const firstRank = (s: Pick<CasesState, 'order' | 'ranks'>) =>
  s.order.length ? (s.ranks[s.order[0]!] ?? 0) - 1 : 0;
const lastRank = (s: Pick<CasesState, 'order' | 'ranks'>) =>
  s.order.length ? (s.ranks[s.order[s.order.length - 1]!] ?? 0) + 1 : 0;

/* ------------------------------------------------------------------------------------------ */
/* Starting: the storage module and the case schema load when there is a case to read or save. */
/* ------------------------------------------------------------------------------------------ */

const hasIndexedDb = typeof indexedDB !== 'undefined';

/**
 * The case schema (zod, every modality's findings): it checks every edit and reads every saved
 * case. Loaded with the storage module, and by every page but the list (routes.tsx): an edit
 * needs a case, and a case is either read (with the storage) or made (which starts the storage).
 */
let parser: typeof ParseModule | undefined;
let parserLoad: Promise<typeof ParseModule> | undefined;
const loadParser = () => (parserLoad ??= import('../domain/case/parse').then((m) => (parser = m)));

/** An edit before the schema has arrived (it arrives with the first case: not expected). */
const NOT_CHECKED: FieldError = {
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
      read = m.start(useCases);
      syncLoaded = true;
      return m;
    });
    sync.catch((err: unknown) => {
      console.error('the storage module could not be loaded', err);
      useCases.setState({ ready: true, saveFailed: true, saveError: 'blocked' });
    });
  }
  return sync;
}

/** Cases this tab changed and has not yet handed to the sync module. */
const toSave = new Set<string>();

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
      JSON.stringify(unsavedEnvelope(useCases.getState(), [...toSave])),
    );
  } catch {
    // No room, or no storage: nothing more can be done as the page goes.
  }
}
if (typeof window !== 'undefined') window.addEventListener('pagehide', journalBeforeSync);

/** Ask for these cases to be written (each in the next committed transaction). */
function save(...ids: string[]): void {
  for (const id of ids) toSave.add(id);
  if (!hasIndexedDb) {
    // No IndexedDB at all (storage blocked): the cases live in this tab's memory only, and the
    // user is told at once, as for any failed save.
    useCases.setState({ saveFailed: true, saveError: 'blocked' });
    return;
  }
  if (useCases.getState().saveState !== 'saving') useCases.setState({ saveState: 'saving' });
  storage().then(
    (m) => {
      const ids = [...toSave];
      toSave.clear();
      m.requestSave(ids);
    },
    () => undefined,
  );
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
function expectCases(): boolean {
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

/* ------------------------------------------------------------------------------------------ */

export const useCases = create<CasesState>()((set, get) => {
  /** Replace one case (stamping updatedAt, and the edit stamp of each changed field). */
  const putCase = (c: Case, paths: readonly string[]) => {
    const st = stamp();
    set((s) => ({
      cases: { ...s.cases, [c.id]: { ...c, updatedAt: nowIso() } },
      stamps: {
        ...s.stamps,
        [c.id]: { ...s.stamps[c.id], ...Object.fromEntries(paths.map((p) => [p, st])) },
      },
    }));
    save(c.id);
  };
  /** A case that has just come into being here (created, copied, restored): no tombstone. */
  const alive = (s: CasesState, id: string) => {
    const deleted = { ...s.deleted };
    delete deleted[id];
    return deleted;
  };

  return {
    cases: {},
    order: [],
    currentStep: {},
    quarantine: [],
    stamps: {},
    deleted: {},
    ranks: {},
    ready: false,
    expectCases: expectCases(),
    saveFailed: false,
    saveState: 'idle',
    saveCount: 0,
    tabConflicts: [],
    deviceCleared: false,

    createCase: (label) => {
      const id = newId();
      const c = newCase(id, uniqueLabel(label, labelsOf(get().cases)), nowIso());
      set((s) => ({
        cases: { ...s.cases, [id]: c },
        order: [id, ...s.order],
        ranks: { ...s.ranks, [id]: firstRank(s) },
        stamps: { ...s.stamps, [id]: { '': stamp() } },
        deleted: alive(s, id),
        lastDeleted: undefined,
      }));
      save(id);
      return id;
    },

    renameCase: (id, typed) => {
      const c = get().cases[id];
      if (!c) return [{ path: 'id', message: 'is not a known case' }];
      const label = normaliseLabel(typed);
      // Two cases may not look alike: the reader could open the wrong one.
      const skeleton = labelSkeleton(label);
      const twin = Object.values(get().cases).find(
        (x) => x.id !== id && labelSkeleton(x.label) === skeleton,
      );
      if (label && twin) {
        return [{ path: 'label', message: 'looks the same as another case', code: 'same-label' }];
      }
      const result = validatePatch({ ...c, label }, ['label']);
      if (!result.ok) return result.errors;
      putCase(result.value, ['label']);
      return [];
    },

    duplicateCase: (id, label) => {
      const c = get().cases[id];
      if (!c) return undefined;
      const copyId = newId();
      const now = nowIso();
      const copy: Case = {
        ...structuredClone(c),
        id: copyId,
        label: uniqueLabel(label ?? c.label, labelsOf(get().cases)),
        createdAt: now,
        updatedAt: now,
      };
      set((s) => {
        const order = [...s.order];
        const at = Math.max(0, order.indexOf(id)) + 1;
        order.splice(at, 0, copyId);
        const mine = s.ranks[id] ?? 0;
        const next = order[at + 1];
        const rank = next === undefined ? mine + 1 : (mine + (s.ranks[next] ?? mine + 2)) / 2;
        const step = s.currentStep[id];
        return {
          cases: { ...s.cases, [copyId]: copy },
          order,
          ranks: { ...s.ranks, [copyId]: rank },
          currentStep: step ? { ...s.currentStep, [copyId]: step } : s.currentStep,
          stamps: { ...s.stamps, [copyId]: { '': stamp() } },
          deleted: alive(s, copyId),
        };
      });
      save(copyId);
      return copyId;
    },

    deleteCase: (id) => {
      const s = get();
      const c = s.cases[id];
      if (!c) return;
      const cases = { ...s.cases };
      delete cases[id];
      const currentStep = { ...s.currentStep };
      delete currentStep[id];
      const stamps = { ...s.stamps };
      delete stamps[id];
      const ranks = { ...s.ranks };
      delete ranks[id];
      set({
        cases,
        currentStep,
        stamps,
        ranks,
        deleted: { ...s.deleted, [id]: stamp() },
        order: s.order.filter((x) => x !== id),
        lastDeleted: {
          case: c,
          index: Math.max(0, s.order.indexOf(id)),
          rank: s.ranks[id] ?? 0,
          stamps: s.stamps[id] ?? {},
          ...(s.currentStep[id] ? { step: s.currentStep[id] } : {}),
        },
      });
      // The stored record becomes a tombstone at once: nothing of the case stays on the device.
      save(id);
    },

    undoDelete: () => {
      const deleted = get().lastDeleted;
      if (!deleted) return undefined;
      // If the id was taken meanwhile (an import), restore under a fresh one: never overwrite.
      const id = get().cases[deleted.case.id] ? newId() : deleted.case.id;
      set((s) => {
        const order = [...s.order];
        order.splice(Math.min(deleted.index, order.length), 0, id);
        return {
          cases: { ...s.cases, [id]: { ...deleted.case, id } },
          order,
          ranks: { ...s.ranks, [id]: deleted.rank },
          currentStep: deleted.step ? { ...s.currentStep, [id]: deleted.step } : s.currentStep,
          // Its fields keep their stamps; its existence is stamped now, after the deletion.
          stamps: { ...s.stamps, [id]: { ...deleted.stamps, '': stamp() } },
          deleted: alive(s, id),
          lastDeleted: undefined,
        };
      });
      save(id);
      return id;
    },

    dismissUndo: () => set({ lastDeleted: undefined }),

    updatePatient: (id, patch) => {
      const c = get().cases[id];
      if (!c) return [{ path: 'id', message: 'is not a known case' }];
      const paths = Object.keys(patch).map((k) => `patient.${k}`);
      const result = validatePatch({ ...c, patient: { ...c.patient, ...patch } }, paths);
      if (!result.ok) return result.errors;
      putCase(result.value, paths);
      return [];
    },

    updateStudy: (id, studyId, patch) => {
      const c = get().cases[id];
      if (!c) return [{ path: 'id', message: 'is not a known case' }];
      const paths = Object.keys(patch).map((k) => `studies.${studyId}.${k}`);
      const result = validatePatch(
        { ...c, studies: { ...c.studies, [studyId]: { ...c.studies[studyId], ...patch } } },
        paths,
      );
      if (!result.ok) return result.errors;
      putCase(result.value, paths);
      return [];
    },

    setCurrentStep: (id, step) => {
      if (!get().cases[id] || get().currentStep[id] === step) return;
      set((s) => ({ currentStep: { ...s.currentStep, [id]: step } }));
      save(id);
    },

    addCase: (c) => {
      const id = newId();
      const added: Case = {
        ...structuredClone(c),
        id,
        label: uniqueLabel(c.label, labelsOf(get().cases)),
      };
      set((s) => ({
        cases: { ...s.cases, [id]: added },
        order: [id, ...s.order],
        ranks: { ...s.ranks, [id]: firstRank(s) },
        stamps: { ...s.stamps, [id]: { '': stamp() } },
        deleted: alive(s, id),
      }));
      save(id);
      return id;
    },

    restoreCases: (list) => {
      const s = get();
      const cases = { ...s.cases };
      const order = [...s.order];
      const ranks = { ...s.ranks };
      const stamps = { ...s.stamps };
      const currentStep = { ...s.currentStep };
      const deleted = { ...s.deleted };
      const labels = labelsOf(cases);
      let rank = lastRank(s);
      const outcomes = list.map((r): { id: string; outcome: 'added' | 'copy' | 'same' } => {
        const existing = cases[r.case.id];
        if (existing && canonicalJson(existing) === canonicalJson(r.case)) {
          return { id: r.case.id, outcome: 'same' };
        }
        // The id is the case's identity (a random id given when it was created, kept in every
        // backup); a label is only a name, and two cases may share one ("Bed 12" in two wards).
        // A case restored under its own id keeps its own label; only a copy, added because a
        // different case holds its id, gets a new id and a label that tells it apart.
        const id = existing ? newId() : r.case.id;
        // A label saved by this app is already clean and comes back exactly; one with hidden
        // characters or line breaks (an older file) is tidied, and the import says so.
        const label = existing
          ? uniqueLabel(r.case.label, labels)
          : cleanLabel(r.case.label) || 'Case';
        cases[id] = { ...structuredClone(r.case), id, label };
        labels.add(labelSkeleton(label));
        order.push(id);
        ranks[id] = rank;
        rank += 1;
        const kept = existing ? {} : (r.stamps ?? {});
        // Restored on purpose: it must outlive a deletion of the same case on this device.
        const tomb = deleted[id];
        const newest = Object.values(kept).reduce((m, x) => (x > m ? x : m), '');
        const existence = kept[''] && (!tomb || newest > tomb) ? kept[''] : stamp();
        stamps[id] = { ...kept, '': existence };
        if (r.step) currentStep[id] = r.step;
        delete deleted[id];
        return { id, outcome: existing ? 'copy' : 'added' };
      });
      const changed = outcomes.filter((o) => o.outcome !== 'same').map((o) => o.id);
      if (changed.length) {
        set({ cases, order, ranks, stamps, currentStep, deleted });
        save(...changed);
      }
      return outcomes;
    },

    keepMine: (conflict) => {
      const c = get().cases[conflict.caseId];
      set((s) => ({
        tabConflicts: s.tabConflicts.filter(
          (x) => !(x.caseId === conflict.caseId && x.path === conflict.path),
        ),
      }));
      if (!c) return;
      const result = parser?.parseCase(setField(c, conflict.path, conflict.mine));
      if (result?.ok) putCase(result.value, [conflict.path]);
    },

    dismissConflicts: () => set({ tabConflicts: [] }),

    retrySave: () => {
      set({ saveFailed: false, saveError: undefined });
      if (hasIndexedDb)
        storage().then(
          (m) => m.retry(),
          () => undefined,
        );
    },

    dismissLoadProblem: () => set({ loadProblem: undefined }),

    discardUnreadable: () => {
      set({ quarantine: [], loadProblem: undefined });
      if (hasIndexedDb)
        storage().then(
          (m) => m.discardUnreadable(),
          () => undefined,
        );
    },
  };
});

/**
 * The saved cases have been read, or there are none: the store is `ready`. Where nothing is
 * saved the storage module is not loaded (a first visit draws the empty list from the entry
 * alone); it starts with the first case made here, or when another tab writes one.
 */
const known: Promise<void> = !hasIndexedDb
  ? Promise.resolve().then(() => useCases.setState({ ready: true }))
  : (() => {
      if (expectCases()) return storage().then(() => read);
      // Heard from now on: a case another tab writes while the databases are being listed.
      listenForOtherTabs();
      return somethingSaved().then((saved) => {
        if (saved || sync) return storage().then(() => read);
        useCases.setState({ ready: true });
        return undefined;
      });
    })().catch(() => undefined);

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
    : JSON.stringify({ quarantine: useCases.getState().quarantine }, null, 2);
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
    if (settled(useCases.getState())) return;
    const stop = useCases.subscribe((s) => {
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
  m.requestSave([...toSave]);
  toSave.clear();
  await m.lockDown();
}

/** Unlocked (or the lock removed): read the saved cases. */
export async function openCases(): Promise<void> {
  // Starts the storage module if nothing had (a device with nothing saved before the lock).
  if (hasIndexedDb) await (await storage()).openUp();
  else useCases.setState({ ready: true });
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
  else useCases.setState({ deviceCleared: true });
}
