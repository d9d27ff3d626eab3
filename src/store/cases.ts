import { create } from 'zustand';
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { crossFieldErrors, newCase, parseCase, type FieldError } from '../domain/case/parse';
import type { Case, Patient, Studies, StudyId } from '../domain/case/schema';
import type { StepId } from '../domain/engine/types';
import { nowIso, today } from './clock';
import {
  CASES_STORE_VERSION,
  emptyData,
  loadCases,
  type CasesData,
  type DeletedCase,
  type LoadProblem,
} from './load-cases';
import type * as MergeModule from './merge';
import { persist } from './persist';
import { canonicalJson, nextStamp, setField, type FieldConflict, type Stamp } from './stamps';

export type { LoadProblem, LoadProblemKind, QuarantinedCase } from './load-cases';
export type { FieldConflict } from './stamps';

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
      useCases.setState((s) => ({ order: [...s.order] }));
    }
  },
  () => {
    if (waitingForMerger) reportSaveFailure(new Error('merge unavailable'));
  },
);

export const CASES_STORAGE_KEY = 'scho-workup:cases';
export const BACKUP_PREFIX = `${CASES_STORAGE_KEY}:backup-`;

export interface CasesState extends CasesData {
  /** What went wrong reading the saved data at start-up; cleared when the user dismisses it. */
  loadProblem?: LoadProblem;
  /** The last write to localStorage failed (full, or blocked): the user must be told. */
  saveFailed: boolean;
  /** Why it failed: the storage is full, or writing is not allowed at all. */
  saveError?: 'quota' | 'blocked';
  /** Values typed in this tab that a later edit in another tab replaced (not saved). */
  tabConflicts: FieldConflict[];

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
   * Restore a case from a backup under its own id when that id is free; a case already here
   * unchanged is left alone ('same'); a different case with that id is kept, and the imported
   * one added as a new case ('copy'). Never overwrites.
   */
  restoreCase: (c: Case) => { id: string; outcome: 'added' | 'copy' | 'same' };
  dismissLoadProblem: () => void;
  /** Forget the unreadable entries and the raw backups, once the user has chosen to. */
  discardUnreadable: () => void;
  /** Put this tab's value of a field back (a new edit), and forget that conflict. */
  keepMine: (conflict: FieldConflict) => void;
  dismissConflicts: () => void;
  /** Try the last failed write again (after the user freed some space). */
  retrySave: () => void;
}

const newId = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

const MAX_LABEL = 120;
const cleanLabel = (label: string): string => label.trim().slice(0, MAX_LABEL);

/** "Bed 12" → "Bed 12 (2)" when "Bed 12" is taken, and so on. */
export function uniqueLabel(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = cleanLabel(label) || 'Case';
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_LABEL - suffix.length)}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

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
  const parsed = parseCase(candidate);
  if (!parsed.ok) return { ok: false, errors: [...parsed.errors] };
  const cross = crossFieldErrors(parsed.value, today()).filter((e) => touches(e, paths));
  return cross.length ? { ok: false, errors: cross } : { ok: true, value: parsed.value };
}

/* ------------------------------------------------------------------------------------------ */
/* Storage: robust load, backup before the first write, report failed writes.                 */
/* ------------------------------------------------------------------------------------------ */

/** This tab, in edit stamps: another tab's edits are told apart from ours by it. */
const TAB_ID = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
/** The newest stamp this tab has made or seen: every new edit is stamped after it. */
let lastStamp: Stamp = '';
const stamp = (): Stamp => (lastStamp = nextStamp(lastStamp, nowIso(), TAB_ID));
/** The saved text as this tab last read or wrote it: anything else was written by another tab. */
let lastRaw: string | null = null;
/** True once `useCases` exists (persist may write while the store is being created). */
let storeReady = false;

/** The saved part of the state, as `partialize` gives it. */
const dataOf = (s: CasesData): CasesData => ({
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
    const s = useCases.getState();
    const next: Partial<CasesState> = { ...data };
    if (!data.lastDeleted) next.lastDeleted = undefined;
    if (conflicts.length) {
      // One notice per field: the newest replacement of it.
      const kept = s.tabConflicts.filter(
        (c) => !conflicts.some((n) => n.caseId === c.caseId && n.path === c.path),
      );
      next.tabConflicts = [...kept, ...conflicts];
    }
    useCases.setState(next);
  };
  if (storeReady) apply();
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
    const s = useCases.getState();
    if (!s.saveFailed || s.saveError !== saveError)
      useCases.setState({ saveFailed: true, saveError });
  });
}

const storage: PersistStorage<CasesData> = {
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
        if (useCases.getState().saveFailed) {
          useCases.setState({ saveFailed: false, saveError: undefined });
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
  const s = useCases.getState();
  if (stored === null) {
    // Cleared elsewhere while this tab still holds the cases: save them again.
    lastRaw = null;
    useCases.setState({ order: [...s.order] });
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

/* ------------------------------------------------------------------------------------------ */

export const useCases = create<CasesState>()(
  persist(
    (set, get) => {
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
      };
      /** The stamps of a case that has just come into being here (created, copied, restored). */
      const born = (s: CasesData, id: string) => {
        const deleted = { ...s.deleted };
        delete deleted[id];
        return { stamps: { ...s.stamps, [id]: { '': stamp() } }, deleted };
      };

      return {
        ...emptyData(),
        saveFailed: false,
        tabConflicts: [],

        createCase: (label) => {
          const id = newId();
          const labels = Object.values(get().cases).map((c) => c.label);
          const c = newCase(id, uniqueLabel(label, labels), nowIso());
          set((s) => ({
            cases: { ...s.cases, [id]: c },
            order: [id, ...s.order],
            ...born(s, id),
          }));
          return id;
        },

        renameCase: (id, label) => {
          const c = get().cases[id];
          if (!c) return [{ path: 'id', message: 'is not a known case' }];
          const result = validatePatch({ ...c, label }, ['label']);
          if (!result.ok) return result.errors;
          putCase(result.value, ['label']);
          return [];
        },

        duplicateCase: (id, label) => {
          const c = get().cases[id];
          if (!c) return undefined;
          const copyId = newId();
          const labels = Object.values(get().cases).map((x) => x.label);
          const now = nowIso();
          const copy: Case = {
            ...structuredClone(c),
            id: copyId,
            label: uniqueLabel(label ?? c.label, labels),
            createdAt: now,
            updatedAt: now,
          };
          set((s) => {
            const order = [...s.order];
            order.splice(Math.max(0, order.indexOf(id)) + 1, 0, copyId);
            const step = s.currentStep[id];
            return {
              cases: { ...s.cases, [copyId]: copy },
              order,
              currentStep: step ? { ...s.currentStep, [copyId]: step } : s.currentStep,
              ...born(s, copyId),
            };
          });
          return copyId;
        },

        deleteCase: (id) =>
          set((s) => {
            const c = s.cases[id];
            if (!c) return {};
            const cases = { ...s.cases };
            delete cases[id];
            const currentStep = { ...s.currentStep };
            delete currentStep[id];
            const stamps = { ...s.stamps };
            delete stamps[id];
            return {
              cases,
              currentStep,
              stamps,
              deleted: { ...s.deleted, [id]: stamp() },
              order: s.order.filter((x) => x !== id),
              lastDeleted: { case: c, index: Math.max(0, s.order.indexOf(id)) },
            };
          }),

        undoDelete: () => {
          const deleted: DeletedCase | undefined = get().lastDeleted;
          if (!deleted) return undefined;
          // If the id was taken meanwhile (an import), restore under a fresh one: never overwrite.
          const id = get().cases[deleted.case.id] ? newId() : deleted.case.id;
          set((s) => {
            const order = [...s.order];
            order.splice(Math.min(deleted.index, order.length), 0, id);
            return {
              cases: { ...s.cases, [id]: { ...deleted.case, id } },
              order,
              lastDeleted: undefined,
              ...born(s, id),
            };
          });
          return id;
        },

        dismissUndo: () => set({ lastDeleted: undefined }),

        updatePatient: (id, patch) => {
          const c = get().cases[id];
          if (!c) return [{ path: 'id', message: 'is not a known case' }];
          const result = validatePatch(
            { ...c, patient: { ...c.patient, ...patch } },
            Object.keys(patch).map((k) => `patient.${k}`),
          );
          if (!result.ok) return result.errors;
          putCase(
            result.value,
            Object.keys(patch).map((k) => `patient.${k}`),
          );
          return [];
        },

        updateStudy: (id, studyId, patch) => {
          const c = get().cases[id];
          if (!c) return [{ path: 'id', message: 'is not a known case' }];
          const result = validatePatch(
            { ...c, studies: { ...c.studies, [studyId]: { ...c.studies[studyId], ...patch } } },
            Object.keys(patch).map((k) => `studies.${studyId}.${k}`),
          );
          if (!result.ok) return result.errors;
          putCase(
            result.value,
            Object.keys(patch).map((k) => `studies.${studyId}.${k}`),
          );
          return [];
        },

        setCurrentStep: (id, step) => {
          if (!get().cases[id] || get().currentStep[id] === step) return;
          set((s) => ({ currentStep: { ...s.currentStep, [id]: step } }));
        },

        addCase: (c) => {
          const id = newId();
          const labels = Object.values(get().cases).map((x) => x.label);
          const added: Case = { ...structuredClone(c), id, label: uniqueLabel(c.label, labels) };
          set((s) => ({
            cases: { ...s.cases, [id]: added },
            order: [id, ...s.order],
            ...born(s, id),
          }));
          return id;
        },

        restoreCase: (c) => {
          const existing = get().cases[c.id];
          if (existing && canonicalJson(existing) === canonicalJson(c)) {
            return { id: c.id, outcome: 'same' };
          }
          if (existing) return { id: get().addCase(c), outcome: 'copy' };
          const labels = Object.values(get().cases).map((x) => x.label);
          const added: Case = { ...structuredClone(c), label: uniqueLabel(c.label, labels) };
          set((s) => ({
            cases: { ...s.cases, [c.id]: added },
            order: [...s.order, c.id],
            ...born(s, c.id),
          }));
          return { id: c.id, outcome: 'added' };
        },

        keepMine: (conflict) => {
          const c = get().cases[conflict.caseId];
          set((s) => ({
            tabConflicts: s.tabConflicts.filter(
              (x) => !(x.caseId === conflict.caseId && x.path === conflict.path),
            ),
          }));
          if (!c) return;
          const result = parseCase(setField(c, conflict.path, conflict.mine));
          if (result.ok) putCase(result.value, [conflict.path]);
        },

        dismissConflicts: () => set({ tabConflicts: [] }),

        retrySave: () => set((s) => ({ order: [...s.order] })),

        dismissLoadProblem: () => {
          holdWrites = false;
          set({ loadProblem: undefined });
        },

        discardUnreadable: () => {
          holdWrites = false;
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
          set({ quarantine: [], loadProblem: undefined });
        },
      };
    },
    {
      name: CASES_STORAGE_KEY,
      version: CASES_STORE_VERSION,
      storage,
      partialize: (s): CasesData => dataOf(s),
      // Version 1 is the first envelope, and `loadCases` already turned whatever was saved into
      // it (each case through the case-file migrations of domain/case/migrate.ts). When the
      // envelope changes, add `if (fromVersion < 2) …` steps here.
      migrate: (persisted) => persisted as CasesData,
      merge: (persisted, current) => {
        const data = (persisted as CasesData | undefined) ?? emptyData();
        return {
          ...current,
          cases: data.cases,
          order: data.order,
          currentStep: data.currentStep,
          quarantine: data.quarantine,
          lastDeleted: data.lastDeleted,
          stamps: data.stamps,
          deleted: data.deleted,
          loadProblem: pendingProblem,
        };
      },
    },
  ),
);

// From here on, a merge may update the store at once (see `adopt`).
storeReady = true;
