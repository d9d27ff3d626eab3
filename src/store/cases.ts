import { create } from 'zustand';
import type { FieldError } from '../domain/case/errors';
import { labelSkeleton, normaliseLabel } from '../domain/case/label';
import { crossFieldErrors, newCase, parseCase } from '../domain/case/parse';
import {
  LABEL_MAX_LENGTH,
  type Case,
  type Patient,
  type Studies,
  type StudyId,
} from '../domain/case/schema';
import type { StepId } from '../domain/engine/types';
import { nowIso, today } from './clock';
import {
  CASES_STORE_VERSION,
  emptyData,
  type CasesData,
  type DeletedCase,
  type LoadProblem,
} from './load-cases';
import { persist } from './persist';
import { canonicalJson, setField, type FieldConflict } from './stamps';
import {
  casesStorage,
  CASES_STORAGE_KEY,
  connectStore,
  dataOf,
  loadProblemFound,
  releaseWrites,
  removeBackups,
  stamp,
} from './storage-adapter';

// What the app and the tests use of the storage adapter; they import the store from here.
export {
  BACKUP_PREFIX,
  CASES_STORAGE_KEY,
  mergeReady,
  syncFromStorage,
  unreadableDataText,
} from './storage-adapter';
export type { FieldConflict } from './stamps';

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

/** A label as it is saved: one line, nothing hidden (see domain/case/label.ts), within the limit. */
const cleanLabel = (label: string): string => normaliseLabel(label).slice(0, LABEL_MAX_LENGTH);

/**
 * "Bed 12" → "Bed 12 (2)" when "Bed 12" is taken, and so on. Labels are compared by what they
 * look like (their skeleton), so "Bеd 12" with a Cyrillic е is taken when "Bed 12" is.
 */
function uniqueLabel(label: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, labelSkeleton));
  const base = cleanLabel(label) || 'Case';
  if (!used.has(labelSkeleton(base))) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, LABEL_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!used.has(labelSkeleton(candidate))) return candidate;
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
            return [
              { path: 'label', message: 'looks the same as another case', code: 'same-label' },
            ];
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
          releaseWrites();
          set({ loadProblem: undefined });
        },

        discardUnreadable: () => {
          releaseWrites();
          removeBackups();
          set({ quarantine: [], loadProblem: undefined });
        },
      };
    },
    {
      name: CASES_STORAGE_KEY,
      version: CASES_STORE_VERSION,
      storage: casesStorage,
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
          loadProblem: loadProblemFound(),
        };
      },
    },
  ),
);

// From here on, a merge may update the store at once.
connectStore(useCases);
