import type { StateCreator } from 'zustand';
import type { Case } from '../domain/case/schema';
import type { StepId } from '../domain/engine/types';
import { alive, newId } from './slice-common';
import type { CasesState } from './cases';
import { stamp } from './edit-stamp';
import type { Stamp } from './stamps';
import { save } from './sync-start';

/*
 * The undo slice: delete means delete. A deleted case's record becomes a tombstone at once (its
 * id and the deletion's stamp, nothing of the case), so another tab's copy does not revive it;
 * Undo lives in this tab's memory only, and is gone with the tab.
 */

/** A deleted case, kept in this tab's memory only (never stored) so that Undo can bring it back. */
interface DeletedCase {
  readonly case: Case;
  readonly index: number;
  readonly rank: number;
  readonly stamps: Record<string, Stamp>;
  readonly step?: StepId;
}

export interface UndoSlice {
  /** Deleted case ids and when they were deleted, so another tab's copy does not revive them. */
  deleted: Record<string, Stamp>;
  /** The last case deleted in this tab, for Undo: in memory only, gone with the tab. */
  lastDeleted?: DeletedCase;

  deleteCase: (id: string) => void;
  undoDelete: () => string | undefined;
  dismissUndo: () => void;
}

/** The state without case `id`, its tombstone stamped now, and what Undo needs to bring it back. */
function without(s: CasesState, id: string, c: Case): Partial<CasesState> {
  const cases = { ...s.cases };
  delete cases[id];
  const currentStep = { ...s.currentStep };
  delete currentStep[id];
  const stamps = { ...s.stamps };
  delete stamps[id];
  const ranks = { ...s.ranks };
  delete ranks[id];
  return {
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
  };
}

/** The state with a deleted case back under `id`, in its place, with its step and stamps. */
function restored(s: CasesState, deleted: DeletedCase, id: string): Partial<CasesState> {
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
}

export const createUndoSlice: StateCreator<CasesState, [], [], UndoSlice> = (set, get) => ({
  deleted: {},

  deleteCase: (id) => {
    const s = get();
    const c = s.cases[id];
    if (!c) return;
    set(without(s, id, c));
    // The stored record becomes a tombstone at once: nothing of the case stays on the device.
    save(id);
  },

  undoDelete: () => {
    const deleted = get().lastDeleted;
    if (!deleted) return undefined;
    // If the id was taken meanwhile (an import), restore under a fresh one: never overwrite.
    const id = get().cases[deleted.case.id] ? newId() : deleted.case.id;
    set((s) => restored(s, deleted, id));
    save(id);
    return id;
  },

  dismissUndo: () => set({ lastDeleted: undefined }),
});
