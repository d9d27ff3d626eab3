import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
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

export type { LoadProblem, LoadProblemKind, QuarantinedCase } from './load-cases';

export const CASES_STORAGE_KEY = 'scho-workup:cases';
export const BACKUP_PREFIX = `${CASES_STORAGE_KEY}:backup-`;

export interface CasesState extends CasesData {
  /** What went wrong reading the saved data at start-up; cleared when the user dismisses it. */
  loadProblem?: LoadProblem;
  /** The last write to localStorage failed (full, or blocked): the user must be told. */
  saveFailed: boolean;

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
  dismissLoadProblem: () => void;
  /** Forget the unreadable entries and the raw backups, once the user has chosen to. */
  discardUnreadable: () => void;
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

function reportSaveFailure() {
  // Deferred: setState inside setItem would re-enter the storage.
  queueMicrotask(() => {
    if (!useCases.getState().saveFailed) useCases.setState({ saveFailed: true });
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
      localStorage.setItem(name, JSON.stringify(value));
      // Deferred, like reportSaveFailure: this can run while the store is still being created.
      queueMicrotask(() => {
        if (useCases.getState().saveFailed) useCases.setState({ saveFailed: false });
      });
    } catch {
      reportSaveFailure();
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
      /** Replace one case (stamping updatedAt) if it exists. */
      const putCase = (c: Case) =>
        set((s) => ({ cases: { ...s.cases, [c.id]: { ...c, updatedAt: nowIso() } } }));

      return {
        ...emptyData(),
        saveFailed: false,

        createCase: (label) => {
          const id = newId();
          const labels = Object.values(get().cases).map((c) => c.label);
          const c = newCase(id, uniqueLabel(label, labels), nowIso());
          set((s) => ({ cases: { ...s.cases, [id]: c }, order: [id, ...s.order] }));
          return id;
        },

        renameCase: (id, label) => {
          const c = get().cases[id];
          if (!c) return [{ path: 'id', message: 'is not a known case' }];
          const result = validatePatch({ ...c, label }, ['label']);
          if (!result.ok) return result.errors;
          putCase(result.value);
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
            return {
              cases,
              currentStep,
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
          putCase(result.value);
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
          putCase(result.value);
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
          set((s) => ({ cases: { ...s.cases, [id]: added }, order: [id, ...s.order] }));
          return id;
        },

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
      partialize: (s): CasesData => ({
        cases: s.cases,
        order: s.order,
        currentStep: s.currentStep,
        quarantine: s.quarantine,
        ...(s.lastDeleted ? { lastDeleted: s.lastDeleted } : {}),
      }),
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
          loadProblem: pendingProblem,
        };
      },
    },
  ),
);
