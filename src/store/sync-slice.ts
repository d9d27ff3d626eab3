import type { StateCreator } from 'zustand';
import { putCase } from './slice-common';
import type { CasesState } from './cases';
import type { LoadProblem, QuarantinedCase } from './load-cases';
import { setField, type FieldConflict } from './stamps';
import { caseParser, expectCases, withStorage } from './sync-start';

/*
 * The sync slice: what the storage says (sync-start.ts starts the storage module, case-sync.ts
 * reads, writes and hears the other tabs, and sets this state): whether the saved cases have been
 * read, what could not be read (kept aside until the user decides), whether every change is
 * committed or saving failed or stopped, and the values typed here that another tab replaced.
 */

/** Why saving stopped: the storage is full, writing is refused, or a newer version saved here. */
type SaveError = 'quota' | 'blocked' | 'newer';

export interface SyncSlice {
  /** Saved entries that could not be read, kept as they were until the user decides. */
  quarantine: QuarantinedCase[];
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
  /** The changes being saved, or last saved, are not the clinician's edits (a step opened). */
  saveQuiet: boolean;
  /** How many edits this tab has asked to save: "Saved on this device" speaks of the last one. */
  saveEdits: number;
  /** Values typed in this tab that a later edit in another tab replaced (not saved). */
  tabConflicts: FieldConflict[];
  /** "Clear this device" removed the storage (here or in another tab): nothing is written. */
  deviceCleared: boolean;

  dismissLoadProblem: () => void;
  /** Forget the unreadable entries and the copies kept aside, once the user has chosen to. */
  discardUnreadable: () => void;
  /** Put this tab's value of a field back (a new edit), and forget that conflict. */
  keepMine: (conflict: FieldConflict) => void;
  dismissConflicts: () => void;
  /** Try the failed writes again (after the user freed some space). */
  retrySave: () => void;
}

/**
 * What "Saving…" / "Saved on this device" says of the clinician's edits: a step merely opened is
 * written quietly, so while such a write is pending or last, it is "saved" if an edit was saved
 * before it in this tab (every edit is committed: a quiet write never starts while one is
 * pending), and nothing otherwise.
 */
export const shownSaveState = (s: Pick<SyncSlice, 'saveQuiet' | 'saveEdits' | 'saveState'>) =>
  s.saveQuiet ? (s.saveEdits > 0 ? 'saved' : 'idle') : s.saveState;

export const createSyncSlice: StateCreator<CasesState, [], [], SyncSlice> = (set, get) => ({
  quarantine: [],
  ready: false,
  expectCases: expectCases(),
  saveFailed: false,
  saveState: 'idle',
  saveQuiet: false,
  saveEdits: 0,
  tabConflicts: [],
  deviceCleared: false,

  keepMine: (conflict) => {
    const c = get().cases[conflict.caseId];
    set((s) => ({
      tabConflicts: s.tabConflicts.filter(
        (x) => !(x.caseId === conflict.caseId && x.path === conflict.path),
      ),
    }));
    if (!c) return;
    const result = caseParser()?.parseCase(setField(c, conflict.path, conflict.mine));
    if (result?.ok) putCase(set, result.value, [conflict.path]);
  },

  dismissConflicts: () => set({ tabConflicts: [] }),

  retrySave: () => {
    set({ saveFailed: false, saveError: undefined });
    withStorage((m) => m.retry());
  },

  dismissLoadProblem: () => set({ loadProblem: undefined }),

  discardUnreadable: () => {
    set({ quarantine: [], loadProblem: undefined });
    withStorage((m) => m.discardUnreadable());
  },
});
