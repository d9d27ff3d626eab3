import type { StateCreator, StoreApi } from 'zustand';
import type { FieldError } from '../domain/case/errors';
import { labelSkeleton, normaliseLabel } from '../domain/case/label';
import { newCase } from '../domain/case/new-case';
import type { Case, Patient, Studies, StudyId } from '../domain/case/schema';
import type { StepId } from '../domain/engine/types';
import {
  alive,
  cleanLabel,
  firstRank,
  labelsOf,
  lastRank,
  newId,
  putCase,
  uniqueLabel,
  validatePatch,
} from './slice-common';
import type { CasesState } from './cases';
import { nowIso } from './clock';
import { stamp } from './edit-stamp';
import { canonicalJson, type Stamp } from './stamps';
import { save, saveQuietly } from './sync-start';

/*
 * The cases slice: the cases themselves, their order, steps and edit stamps, and the edits (make,
 * copy, rename with a label unlike any other, change the patient or a study: each checked against
 * the case schema, refused with the reasons and nothing changed when invalid), import and restore.
 * Every action that changes a case asks for that case (and only that case) to be saved.
 */

/** A case from an all-cases file, with what the file kept besides it. */
export interface RestoredCase {
  readonly case: Case;
  readonly stamps?: Record<string, Stamp>;
  readonly step?: StepId;
}

type RestoreOutcome = { id: string; outcome: 'added' | 'copy' | 'same' };

export interface CasesSlice {
  cases: Record<string, Case>;
  order: string[];
  currentStep: Record<string, StepId>;
  /** When each field was last edited, and by which tab (see merge.ts): how tabs agree. */
  stamps: Record<string, Record<string, Stamp>>;
  /** Each case's place in the list (lower first): stored with the case. */
  ranks: Record<string, number>;

  createCase: (label: string) => string;
  renameCase: (id: string, label: string) => FieldError[];
  duplicateCase: (id: string, label?: string) => string | undefined;
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
  restoreCases: (list: readonly RestoredCase[]) => RestoreOutcome[];
}

type SetState = StoreApi<CasesState>['setState'];

/** A new case first in the list (made here, or imported as new): the change to the state. */
const placeFirst = (s: CasesState, c: Case): Partial<CasesState> => ({
  cases: { ...s.cases, [c.id]: c },
  order: [c.id, ...s.order],
  ranks: { ...s.ranks, [c.id]: firstRank(s) },
  stamps: { ...s.stamps, [c.id]: { '': stamp() } },
  deleted: alive(s, c.id),
});

/** A copy of case `id`, placed just after it, on the same step. */
function placeCopy(s: CasesState, id: string, copy: Case): Partial<CasesState> {
  const order = [...s.order];
  const at = Math.max(0, order.indexOf(id)) + 1;
  order.splice(at, 0, copy.id);
  const mine = s.ranks[id] ?? 0;
  const next = order[at + 1];
  const rank = next === undefined ? mine + 1 : (mine + (s.ranks[next] ?? mine + 2)) / 2;
  const step = s.currentStep[id];
  return {
    cases: { ...s.cases, [copy.id]: copy },
    order,
    ranks: { ...s.ranks, [copy.id]: rank },
    currentStep: step ? { ...s.currentStep, [copy.id]: step } : s.currentStep,
    stamps: { ...s.stamps, [copy.id]: { '': stamp() } },
    deleted: alive(s, copy.id),
  };
}

/** The state `restoreCases` builds up, copied once from the store and set once. */
type Restoring = Pick<
  CasesState,
  'cases' | 'order' | 'ranks' | 'stamps' | 'currentStep' | 'deleted'
>;

/** Restore one case at the end of the list in `r` (see `restoreCases`); `labels` are in use. */
function restoreOne(r: Restoring, labels: Set<string>, given: RestoredCase): RestoreOutcome {
  const existing = r.cases[given.case.id];
  if (existing && canonicalJson(existing) === canonicalJson(given.case)) {
    return { id: given.case.id, outcome: 'same' };
  }
  // The id is the case's identity (a random id given when it was created, kept in every
  // backup); a label is only a name, and two cases may share one ("Bed 12" in two wards).
  // A case restored under its own id keeps its own label; only a copy, added because a
  // different case holds its id, gets a new id and a label that tells it apart.
  const id = existing ? newId() : given.case.id;
  // A label saved by this app is already clean and comes back exactly; one with hidden
  // characters or line breaks (an older file) is tidied, and the import says so.
  const label = existing
    ? uniqueLabel(given.case.label, labels)
    : cleanLabel(given.case.label) || 'Case';
  r.cases[id] = { ...structuredClone(given.case), id, label };
  labels.add(labelSkeleton(label));
  r.ranks[id] = lastRank(r);
  r.order.push(id);
  const kept = existing ? {} : (given.stamps ?? {});
  // Restored on purpose: it must outlive a deletion of the same case on this device.
  const tomb = r.deleted[id];
  const newest = Object.values(kept).reduce((m, x) => (x > m ? x : m), '');
  const existence = kept[''] && (!tomb || newest > tomb) ? kept[''] : stamp();
  r.stamps[id] = { ...kept, '': existence };
  if (given.step) r.currentStep[id] = given.step;
  delete r.deleted[id];
  return { id, outcome: existing ? 'copy' : 'added' };
}

/** Restore every case of `list` (see `restoreCases`) in one state change, and save them. */
function restoreAll(s: CasesState, set: SetState, list: readonly RestoredCase[]) {
  const next: Restoring = {
    cases: { ...s.cases },
    order: [...s.order],
    ranks: { ...s.ranks },
    stamps: { ...s.stamps },
    currentStep: { ...s.currentStep },
    deleted: { ...s.deleted },
  };
  const labels = labelsOf(s.cases);
  const outcomes = list.map((given) => restoreOne(next, labels, given));
  const changed = outcomes.filter((o) => o.outcome !== 'same').map((o) => o.id);
  if (changed.length) {
    set(next);
    save(...changed);
  }
  return outcomes;
}

/** Check a changed case: put it (and save it) when valid, else return why (nothing changes). */
function edit(set: SetState, candidate: Case, paths: readonly string[]): FieldError[] {
  const result = validatePatch(candidate, paths);
  if (!result.ok) return result.errors;
  putCase(set, result.value, paths);
  return [];
}

export const createCasesSlice: StateCreator<CasesState, [], [], CasesSlice> = (set, get) => ({
  cases: {},
  order: [],
  currentStep: {},
  stamps: {},
  ranks: {},

  createCase: (label) => {
    const c = newCase(newId(), uniqueLabel(label, labelsOf(get().cases)), nowIso());
    set((s) => ({ ...placeFirst(s, c), lastDeleted: undefined }));
    save(c.id);
    return c.id;
  },

  renameCase: (id, typed) => {
    const c = get().cases[id];
    if (!c) return [{ path: 'id', message: 'is not a known case' }];
    const label = normaliseLabel(typed);
    // Two cases may not look alike: the reader could open the wrong one.
    const skeleton = labelSkeleton(label);
    const twin = Object.values(get().cases).some(
      (x) => x.id !== id && labelSkeleton(x.label) === skeleton,
    );
    if (label && twin) {
      return [{ path: 'label', message: 'looks the same as another case', code: 'same-label' }];
    }
    return edit(set, { ...c, label }, ['label']);
  },

  duplicateCase: (id, label) => {
    const c = get().cases[id];
    if (!c) return undefined;
    const now = nowIso();
    const copy: Case = {
      ...structuredClone(c),
      id: newId(),
      label: uniqueLabel(label ?? c.label, labelsOf(get().cases)),
      createdAt: now,
      updatedAt: now,
    };
    set((s) => placeCopy(s, id, copy));
    save(copy.id);
    return copy.id;
  },

  updatePatient: (id, patch) => {
    const c = get().cases[id];
    if (!c) return [{ path: 'id', message: 'is not a known case' }];
    const paths = Object.keys(patch).map((k) => `patient.${k}`);
    return edit(set, { ...c, patient: { ...c.patient, ...patch } }, paths);
  },

  updateStudy: (id, studyId, patch) => {
    const c = get().cases[id];
    if (!c) return [{ path: 'id', message: 'is not a known case' }];
    const paths = Object.keys(patch).map((k) => `studies.${studyId}.${k}`);
    const studies = { ...c.studies, [studyId]: { ...c.studies[studyId], ...patch } };
    return edit(set, { ...c, studies }, paths);
  },

  setCurrentStep: (id, step) => {
    if (!get().cases[id] || get().currentStep[id] === step) return;
    set((s) => ({ currentStep: { ...s.currentStep, [id]: step } }));
    saveQuietly(id);
  },

  addCase: (c) => {
    const added: Case = {
      ...structuredClone(c),
      id: newId(),
      label: uniqueLabel(c.label, labelsOf(get().cases)),
    };
    set((s) => placeFirst(s, added));
    save(added.id);
    return added.id;
  },

  restoreCases: (list) => restoreAll(get(), set, list),
});
