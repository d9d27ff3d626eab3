import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newCase } from '../domain/case/parse';
import type { Case } from '../domain/case/schema';
import {
  BACKUP_PREFIX,
  CASES_STORAGE_KEY,
  mergeReady,
  syncFromStorage,
  unreadableDataText,
  useCases,
} from './cases';
import { clock } from './clock';

const TODAY = '2026-03-10';

function reset() {
  localStorage.clear();
  useCases.setState(useCases.getInitialState(), true);
  localStorage.clear();
}

/** Re-create the store from what is in localStorage, as a reload would. */
async function reload() {
  // No setState here: through persist it would write before the read.
  await useCases.persist.rehydrate();
}

const saved = () => JSON.parse(localStorage.getItem(CASES_STORAGE_KEY) ?? 'null');
const backups = () => Object.keys(localStorage).filter((k) => k.startsWith(BACKUP_PREFIX));

const validCase = (id: string, label = id) => newCase(id, label, '2026-03-01T09:00:00.000Z');

beforeEach(() => {
  vi.spyOn(clock, 'today').mockReturnValue(TODAY);
  reset();
});
afterEach(reset);

describe('cases store: actions', () => {
  it('creates, renames and duplicates cases, saving each change at once', () => {
    const s = useCases.getState();
    const id = s.createCase('  Bed 12, left leg ');
    expect(useCases.getState().cases[id]?.label).toBe('Bed 12, left leg');
    expect(saved().state.cases[id].label).toBe('Bed 12, left leg');
    expect(saved().version).toBe(1);

    expect(s.renameCase(id, 'Bed 14')).toEqual([]);
    expect(saved().state.cases[id].label).toBe('Bed 14');
    expect(s.renameCase(id, '   ')).not.toEqual([]);
    expect(useCases.getState().cases[id]?.label).toBe('Bed 14');

    const copy = s.duplicateCase(id, 'Bed 14 (copy)');
    expect(copy).toBeDefined();
    expect(useCases.getState().cases[copy!]?.label).toBe('Bed 14 (copy)');
    expect(useCases.getState().order).toEqual([id, copy]);
  });

  it('HAZ-45 saves a label as one visible line, and never lets two cases look alike', () => {
    const s = useCases.getState();
    const id = s.createCase('Bed\u200B 12\nleft leg');
    expect(useCases.getState().cases[id]?.label).toBe('Bed 12 left leg');
    const bed12 = s.createCase('Bed 12');
    // "Bеd 12" with a Cyrillic е, and "Bed 12" with a zero-width space, read as "Bed 12".
    const lookAlike = s.createCase('B\u0435d 12');
    expect(useCases.getState().cases[lookAlike]?.label).toBe('B\u0435d 12 (2)');
    const hidden = s.createCase('Bed\u200B 12');
    expect(useCases.getState().cases[hidden]?.label).toBe('Bed 12 (3)');
    // Renaming into a look-alike of another case is refused, with the reason.
    expect(s.renameCase(id, 'B\u0435d 12')).toEqual([
      { path: 'label', message: 'looks the same as another case', code: 'same-label' },
    ]);
    expect(useCases.getState().cases[id]?.label).toBe('Bed 12 left leg');
    // A case may keep its own label, and a rename is saved as one visible line.
    expect(s.renameCase(bed12, 'Bed 12')).toEqual([]);
    expect(s.renameCase(id, '\u202EBed 20\r\nright')).toEqual([]);
    expect(useCases.getState().cases[id]?.label).toBe('Bed 20 right');
  });

  it('keeps a stored label exactly as it was saved (old labels are shown safely, not rewritten)', async () => {
    const odd = validCase('old', 'Bed 12\nConclusion: Excluded');
    localStorage.setItem(
      CASES_STORAGE_KEY,
      JSON.stringify({ state: { cases: { old: odd }, order: ['old'] }, version: 1 }),
    );
    await reload();
    expect(useCases.getState().cases.old?.label).toBe('Bed 12\nConclusion: Excluded');
  });

  it('deletes with undo, restoring the case in its place', () => {
    const s = useCases.getState();
    const a = s.createCase('A');
    const b = s.createCase('B');
    s.updatePatient(a, { age: 70 });
    s.deleteCase(a);
    expect(useCases.getState().cases[a]).toBeUndefined();
    expect(useCases.getState().lastDeleted?.case.label).toBe('A');
    // The deleted case is in storage too, so a reload right after a delete can still undo it.
    expect(saved().state.lastDeleted.case.id).toBe(a);
    expect(useCases.getState().undoDelete()).toBe(a);
    expect(useCases.getState().order).toEqual([b, a]);
    expect(useCases.getState().cases[a]?.patient.age).toBe(70);
    expect(useCases.getState().lastDeleted).toBeUndefined();
  });

  it('adds an imported case as a new case with a fresh id, never overwriting', () => {
    const s = useCases.getState();
    const id = s.createCase('Bed 4');
    const imported = { ...validCase(id, 'Bed 4'), patient: { age: 50 } };
    const newId = s.addCase(imported);
    expect(newId).not.toBe(id);
    expect(useCases.getState().cases[id]?.patient.age).toBeUndefined();
    expect(useCases.getState().cases[newId]?.label).toBe('Bed 4 (2)');
    expect(s.addCase(imported)).not.toBe(newId);
    expect(Object.values(useCases.getState().cases).map((c) => c.label)).toContain('Bed 4 (3)');
  });

  it('stores only valid values and says why the others were refused', () => {
    const s = useCases.getState();
    const id = s.createCase('Bed 1');
    expect(s.updatePatient(id, { age: 66 })).toEqual([]);
    const errors = s.updatePatient(id, { age: 200 });
    expect(errors).toEqual([
      { path: 'patient.age', message: 'must be 120 or less', code: 'too-large', limit: 120 },
    ]);
    expect(useCases.getState().cases[id]?.patient.age).toBe(66);
    expect(s.updatePatient(id, { onsetDate: '2026-04-01' })).toEqual([
      { path: 'patient.onsetDate', message: 'is in the future', code: 'future' },
    ]);
    expect(s.updatePatient(id, { onsetDate: '2025-12-09' })).toEqual([]);
    expect(
      s.updateStudy(id, 'labs', { calcium: { value: -1, unit: 'mg/dL' } }).map((e) => e.path),
    ).toEqual(['studies.labs.calcium.value']);
    expect(s.updateStudy(id, 'labs', { status: 'done' })).toEqual([]);
    expect(saved().state.cases[id].studies.labs.status).toBe('done');
  });

  it('reloads to exactly the same cases, order and current steps', async () => {
    const s = useCases.getState();
    const a = s.createCase('A');
    s.updatePatient(a, { age: 66, sex: 'male', skin: ['cvi-changes'] });
    s.updateStudy(a, 'xray', { status: 'done', pattern: 'reticulated-bone-density' });
    s.setCurrentStep(a, 'xray');
    const before = useCases.getState();
    await reload();
    const after = useCases.getState();
    expect(after.cases).toEqual(before.cases);
    expect(after.order).toEqual(before.order);
    expect(after.currentStep).toEqual({ [a]: 'xray' });
    expect(after.loadProblem).toBeUndefined();
    expect(backups()).toEqual([]);
  });
});

describe('cases store: robust load', () => {
  it('starts empty with no problem when nothing is saved', async () => {
    await reload();
    expect(useCases.getState().order).toEqual([]);
    expect(useCases.getState().loadProblem).toBeUndefined();
  });

  it('survives truncated JSON, backs it up before any write, and offers it for download', async () => {
    const raw = '{"state":{"cases":{"a":{"schemaVersion":1,"id":"a"';
    localStorage.setItem(CASES_STORAGE_KEY, raw);
    await reload();
    const s = useCases.getState();
    expect(s.loadProblem?.kind).toBe('corrupt-json');
    expect(s.order).toEqual([]);
    const [key] = backups();
    expect(key).toBeDefined();
    expect(localStorage.getItem(key!)).toBe(raw);
    expect(localStorage.getItem(CASES_STORAGE_KEY)).toBe(raw);
    expect(unreadableDataText(s)).toBe(raw);

    // A new change may now write: the original stays in the backup.
    s.createCase('New');
    expect(saved().state.order).toHaveLength(1);
    expect(localStorage.getItem(key!)).toBe(raw);

    // Reloading the same corrupt value twice does not pile up copies.
    localStorage.setItem(CASES_STORAGE_KEY, raw);
    await reload();
    expect(backups()).toHaveLength(1);
  });

  it.each([
    ['an empty object', '{}'],
    ['null', 'null'],
    ['a number', '42'],
    ['cases of the wrong type', '{"state":{"cases":"nope","order":5},"version":1}'],
  ])('reports a wrong shape for %s and starts', async (_name, raw) => {
    localStorage.setItem(CASES_STORAGE_KEY, raw);
    await reload();
    expect(useCases.getState().loadProblem?.kind).toBe('wrong-shape');
    expect(useCases.getState().order).toEqual([]);
    expect(backups()).toHaveLength(1);
  });

  it('recovers readable cases from a list with wrong types around them', async () => {
    const good = validCase('good', 'Good');
    localStorage.setItem(
      CASES_STORAGE_KEY,
      JSON.stringify({ state: { cases: [good, { id: 3 }], order: 'x' }, version: 1 }),
    );
    await reload();
    const s = useCases.getState();
    expect(s.loadProblem?.kind).toBe('wrong-shape');
    expect(s.order).toEqual(['good']);
    expect(s.quarantine).toHaveLength(1);
    expect(s.loadProblem?.recovered).toBe(1);
  });

  it('reads what it can from a future version, and keeps the original', async () => {
    const raw = JSON.stringify({
      state: { cases: { a: validCase('a', 'Kept') }, order: ['a'], newThing: true },
      version: 99,
    });
    localStorage.setItem(CASES_STORAGE_KEY, raw);
    await reload();
    const s = useCases.getState();
    expect(s.loadProblem?.kind).toBe('future-version');
    expect(s.cases.a?.label).toBe('Kept');
    expect(localStorage.getItem(backups()[0]!)).toBe(raw);
  });

  it('keeps unreadable cases aside, never deleting them until the user chooses', async () => {
    const bad = { ...validCase('bad', 'Bad'), patient: { age: 'sixty' } };
    const future = { ...validCase('fut', 'Future'), schemaVersion: 7 };
    localStorage.setItem(
      CASES_STORAGE_KEY,
      JSON.stringify({
        state: { cases: { ok: validCase('ok', 'Fine'), bad, fut: future }, order: ['ok'] },
        version: 1,
      }),
    );
    await reload();
    let s = useCases.getState();
    expect(s.loadProblem?.kind).toBe('some-cases-unreadable');
    expect(s.order).toEqual(['ok']);
    expect(s.quarantine.map((q) => q.key).sort()).toEqual(['cases.bad', 'cases.fut']);
    expect(s.quarantine.find((q) => q.key === 'cases.bad')?.errors[0]).toMatch(/patient\.age/);

    // A write keeps the quarantined entries in storage, and the next load still reports them.
    s.dismissLoadProblem();
    s.updatePatient('ok', { age: 40 });
    expect(saved().state.quarantine).toHaveLength(2);
    await reload();
    s = useCases.getState();
    expect(s.quarantine).toHaveLength(2);
    expect(s.loadProblem?.kind).toBe('some-cases-unreadable');
    expect(s.cases.ok?.patient.age).toBe(40);
    expect(
      JSON.parse(unreadableDataText({ loadProblem: undefined, quarantine: s.quarantine })),
    ).toHaveProperty('quarantine');

    s.discardUnreadable();
    expect(useCases.getState().quarantine).toEqual([]);
    expect(backups()).toEqual([]);
    await reload();
    expect(useCases.getState().loadProblem).toBeUndefined();
  });

  it('holds writes back when no backup can be made, so the only copy is not destroyed', async () => {
    const raw = '{"broken"';
    localStorage.setItem(CASES_STORAGE_KEY, raw);
    const setItem = Storage.prototype.setItem;
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      key: string,
      value: string,
    ) {
      if (key.startsWith(BACKUP_PREFIX)) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    });
    await reload();
    expect(useCases.getState().loadProblem?.writesHeld).toBe(true);
    useCases.getState().createCase('New');
    expect(localStorage.getItem(CASES_STORAGE_KEY)).toBe(raw);
    await Promise.resolve();
    expect(useCases.getState().saveFailed).toBe(true);
    spy.mockRestore();
    useCases.getState().dismissLoadProblem();
    expect(saved().state.order).toHaveLength(1);
  });
});

describe('cases store: other tabs and failing storage', () => {
  /** What another tab would have saved: the stored envelope with one change made to it. */
  interface Saved {
    cases: Record<string, Case>;
    order: string[];
    stamps: Record<string, Record<string, string>>;
    deleted: Record<string, string>;
    lastDeleted?: { case: Case | undefined; index: number };
  }
  function writeAsOtherTab(change: (state: Saved) => void) {
    const env = saved() as { state: Saved };
    change(env.state);
    localStorage.setItem(CASES_STORAGE_KEY, JSON.stringify(env));
  }
  const otherStamp = () => `${new Date(Date.now() + 60_000).toISOString()}|0000|othertab`;

  it('a write never drops a case another tab saved meanwhile', async () => {
    await mergeReady;
    const s = useCases.getState();
    const mine = s.createCase('Mine');
    const theirs = validCase('theirs', 'Theirs');
    writeAsOtherTab((st) => {
      st.cases['theirs'] = theirs;
      st.order.unshift('theirs');
      st.stamps['theirs'] = { '': otherStamp() };
    });
    s.createCase('Mine too');
    expect(Object.keys(saved().state.cases)).toHaveLength(3);
    expect(saved().state.cases.theirs).toEqual(theirs);
    expect(useCases.getState().cases.theirs).toEqual(theirs);
    expect(useCases.getState().cases[mine]?.label).toBe('Mine');
  });

  it('takes in another tab’s edit; tells this tab when a value it typed was replaced', async () => {
    await mergeReady;
    const s = useCases.getState();
    const id = s.createCase('Bed 1');
    s.updatePatient(id, { age: 70, sex: 'female' });
    writeAsOtherTab((st) => {
      const c = st.cases[id]!;
      c.patient.age = 72;
      c.studies.xray.status = 'done';
      st.stamps[id] = {
        ...st.stamps[id],
        'patient.age': otherStamp(),
        'studies.xray.status': otherStamp(),
      };
    });
    syncFromStorage();
    const c = useCases.getState().cases[id];
    expect(c?.patient).toEqual({ age: 72, sex: 'female' });
    expect(c?.studies.xray.status).toBe('done');
    const [conflict, ...more] = useCases.getState().tabConflicts;
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({ caseId: id, path: 'patient.age', mine: 70, theirs: 72 });
    // The merged result is saved as it is: nothing to write back.
    expect(saved().state.cases[id].patient.age).toBe(72);

    useCases.getState().keepMine(conflict!);
    expect(useCases.getState().cases[id]?.patient.age).toBe(70);
    expect(saved().state.cases[id].patient.age).toBe(70);
    expect(useCases.getState().tabConflicts).toEqual([]);
  });

  it('a delete in another tab removes the case here and offers its undo', async () => {
    await mergeReady;
    const s = useCases.getState();
    const id = s.createCase('Bed 1');
    const keep = s.createCase('Bed 2');
    writeAsOtherTab((st) => {
      st.lastDeleted = { case: st.cases[id], index: 1 };
      delete st.cases[id];
      delete st.stamps[id];
      st.order = st.order.filter((x: string) => x !== id);
      st.deleted[id] = otherStamp();
    });
    syncFromStorage();
    expect(useCases.getState().order).toEqual([keep]);
    expect(useCases.getState().lastDeleted?.case.id).toBe(id);
    expect(useCases.getState().undoDelete()).toBe(id);
    expect(saved().state.cases[id]).toBeDefined();
  });

  it('a write that throws QuotaExceededError: told at once, kept in memory, saved data intact', async () => {
    const s = useCases.getState();
    const id = s.createCase('Bed 1');
    const before = localStorage.getItem(CASES_STORAGE_KEY);
    const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(s.updatePatient(id, { age: 80 })).toEqual([]);
    await Promise.resolve();
    expect(useCases.getState().saveFailed).toBe(true);
    expect(useCases.getState().saveError).toBe('quota');
    expect(useCases.getState().cases[id]?.patient.age).toBe(80);
    expect(localStorage.getItem(CASES_STORAGE_KEY)).toBe(before);
    spy.mockRestore();
    useCases.getState().retrySave();
    await Promise.resolve();
    expect(saved().state.cases[id].patient.age).toBe(80);
    expect(useCases.getState().saveFailed).toBe(false);
  });

  it('restores a backed-up case under its own id, and never overwrites one', () => {
    const s = useCases.getState();
    const c = validCase('from-backup', 'Bed 9');
    expect(s.restoreCase(c)).toEqual({ id: 'from-backup', outcome: 'added' });
    expect(useCases.getState().cases['from-backup']).toEqual(c);
    expect(s.restoreCase(c)).toEqual({ id: 'from-backup', outcome: 'same' });
    const other = s.restoreCase({ ...c, label: 'Changed' });
    expect(other.outcome).toBe('copy');
    expect(other.id).not.toBe('from-backup');
    expect(useCases.getState().cases['from-backup']).toEqual(c);
  });
});
