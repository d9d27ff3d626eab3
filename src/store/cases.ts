import { create } from 'zustand';
import { createCasesSlice, type CasesSlice } from './cases-slice';
import { createSyncSlice, type SyncSlice } from './sync-slice';
import { startCases } from './sync-start';
import { createUndoSlice, type UndoSlice } from './undo-slice';

export type { FieldConflict } from './stamps';
export { shownSaveState } from './sync-slice';
export type { RestoredCase } from './cases-slice';
export {
  casesReady,
  clearSavedCases,
  closeForClearing,
  lockCases,
  openCases,
  reloadCases,
  rewriteCases,
  unreadableDataText,
  whenSaved,
} from './sync-start';

/*
 * The cases store: the cases in memory, and the actions that change them, in three slices (as in
 * zustand's slices pattern: each a typed `StateCreator` of its own part of the state, combined
 * here into one store; no middleware is used):
 *   cases-slice.ts  the cases, their order, steps and edit stamps; make, copy, rename (a label
 *                   unlike any other), change the patient or a study (checked, refused with the
 *                   reasons), import and restore (never overwriting);
 *   sync-slice.ts   what the storage says: read yet, what could not be read, saving or saved,
 *                   failures, the values another tab replaced (keep mine), retry;
 *   undo-slice.ts   delete (a tombstone at once), its Undo (in this tab's memory only).
 * The slices share plain functions (slice-common.ts). Every action that changes a case asks for
 * that case (and only that case) to be saved (sync-start.ts, which starts the storage module,
 * case-sync.ts, when there is a case to read or save: a first visit to the empty list loads
 * neither it nor the case schema).
 */

export interface CasesState extends CasesSlice, SyncSlice, UndoSlice {}

export const useCases = create<CasesState>()((...a) => ({
  ...createCasesSlice(...a),
  ...createSyncSlice(...a),
  ...createUndoSlice(...a),
}));

startCases(useCases);
