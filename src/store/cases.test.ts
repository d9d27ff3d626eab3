import { openDB } from 'idb';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { newCase } from '../domain/case/parse';
import { CASE_SCHEMA_VERSION } from '../domain/case/schema';
import { APP_VERSION } from './app-version';
import { RECORD_FORMAT } from './case-record';
import {
  casesReady,
  clearSavedCases,
  reloadCases,
  shownSaveState,
  unreadableDataText,
  useCases,
  whenSaved,
} from './cases';
import { clock } from './clock';
import {
  CASE_COUNT_KEY,
  CASES_CHANNEL,
  CASES_STORE,
  DB_NAME,
  isAppStorageKey,
  LEGACY_BACKUP_PREFIX,
  LEGACY_CASES_KEY,
  STORAGE_PLACES,
  UNSAVED_KEY,
} from './storage-places';

/*
 * The cases store against IndexedDB (fake-indexeddb in these tests): what is written, record by
 * record; what a reload reads back; the cases of earlier versions migrated from localStorage;
 * another tab's writes (records written beside the store, with the notice a tab posts); a newer
 * version's records; a full disk.
 */

const TODAY = '2026-03-10';
const validCase = (id: string, label = id) => newCase(id, label, '2026-03-01T09:00:00.000Z');

// A second connection, as another tab (or the browser's own tools) would open, once the app has
// created the database (with nothing saved, it does so when it first writes, or is cleared).
await casesReady();
await clearSavedCases();
const other = await openDB(DB_NAME);
afterAll(() => other.close());
const channel = new BroadcastChannel(CASES_CHANNEL);
afterAll(() => channel.close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw records, as stored
type Raw = Record<string, any>;
const record = async (id: string): Promise<Raw | undefined> =>
  (await other.get(CASES_STORE, id)) as Raw | undefined;
const payload = async (id: string) => JSON.parse((await record(id))!.value.data) as Raw;
const allRecords = async () => (await other.getAll(CASES_STORE)) as Raw[];

/** Save whatever is pending, then read everything back as a reload does. */
async function reload() {
  await whenSaved();
  await reloadCases();
}

const otherStamp = (ms = 60_000) => `${new Date(Date.now() + ms).toISOString()}|0000|othertab`;

/** Another tab writes a record (over the revision it read) and posts its notice. */
async function writeAsOtherTab(id: string, change: (p: Raw) => void, versions: Raw = {}) {
  const current = await record(id);
  const p = current?.value ? (JSON.parse(current.value.data) as Raw) : {};
  change(p);
  const rev = (current?.rev ?? 0) + 1;
  const rec = {
    id,
    format: RECORD_FORMAT,
    schemaVersion: CASE_SCHEMA_VERSION,
    app: APP_VERSION,
    rev,
    value: { codec: 'json', data: JSON.stringify(p) },
    ...versions,
  };
  await other.put(CASES_STORE, rec);
  channel.postMessage({
    id,
    rev,
    format: rec.format,
    schemaVersion: rec.schemaVersion,
    app: rec.app,
  });
}

beforeEach(async () => {
  vi.spyOn(clock, 'today').mockReturnValue(TODAY);
  await clearSavedCases();
  localStorage.clear();
});

describe('cases store: each case its own committed record', () => {
  it('creates, renames and duplicates cases, each change committed to that case’s record', async () => {
    const s = useCases.getState();
    const id = s.createCase('  Bed 12, left leg ');
    expect(useCases.getState().saveState).toBe('saving');
    expect(await whenSaved()).toBe(true);
    expect(useCases.getState().saveState).toBe('saved');
    const rec = await record(id);
    expect(rec).toMatchObject({
      id,
      format: RECORD_FORMAT,
      schemaVersion: CASE_SCHEMA_VERSION,
      app: APP_VERSION,
      rev: 1,
    });
    expect((await payload(id)).case.label).toBe('Bed 12, left leg');

    expect(s.renameCase(id, 'Bed 14')).toEqual([]);
    await whenSaved();
    expect((await payload(id)).case.label).toBe('Bed 14');
    expect((await record(id))!.rev).toBe(2);
    expect(s.renameCase(id, '   ')).not.toEqual([]);
    expect(useCases.getState().cases[id]?.label).toBe('Bed 14');

    const copy = s.duplicateCase(id, 'Bed 14 (copy)');
    expect(useCases.getState().cases[copy!]?.label).toBe('Bed 14 (copy)');
    expect(useCases.getState().order).toEqual([id, copy]);
    await whenSaved();
    expect((await payload(copy!)).case.label).toBe('Bed 14 (copy)');
    expect(localStorage.getItem(CASE_COUNT_KEY)).toBe('2');
  });

  it('writes the step a case was opened on, and waits for it, without announcing it as an edit', async () => {
    const s = useCases.getState();
    const id = s.createCase('Bed 3');
    await whenSaved();
    expect(useCases.getState()).toMatchObject({ saveState: 'saved', saveQuiet: false });
    const edits = useCases.getState().saveEdits;

    s.setCurrentStep(id, 'xray');
    // Written and waited for like any change…
    expect(useCases.getState()).toMatchObject({ saveState: 'saving', saveQuiet: true });
    // …while the status still says the last edit is saved.
    expect(shownSaveState(useCases.getState())).toBe('saved');
    expect(await whenSaved()).toBe(true);
    expect((await payload(id)).step).toBe('xray');
    // …but not an edit: "Saved on this device" still speaks of the last edit, and no new one
    // is announced for it.
    expect(useCases.getState()).toMatchObject({ saveState: 'saved', saveQuiet: true });
    expect(useCases.getState().saveEdits).toBe(edits);
    expect(shownSaveState(useCases.getState())).toBe('saved');

    // An edit while the step is still being written is announced.
    s.setCurrentStep(id, 'labs');
    expect(s.renameCase(id, 'Bed 4')).toEqual([]);
    expect(useCases.getState()).toMatchObject({
      saveState: 'saving',
      saveQuiet: false,
      saveEdits: edits + 1,
    });
    await whenSaved();
    expect(useCases.getState()).toMatchObject({ saveState: 'saved', saveQuiet: false });
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
      LEGACY_CASES_KEY,
      JSON.stringify({ state: { cases: { old: odd }, order: ['old'] }, version: 1 }),
    );
    await reload();
    expect(useCases.getState().cases.old?.label).toBe('Bed 12\nConclusion: Excluded');
    expect((await payload('old')).case.label).toBe('Bed 12\nConclusion: Excluded');
  });

  it('a keystroke writes one case, however many are saved', async () => {
    const s = useCases.getState();
    const ids = Array.from({ length: 30 }, (_, i) => s.createCase(`Bed ${i}`));
    await whenSaved();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    s.updatePatient(ids[7]!, { age: 71 });
    await whenSaved();
    expect(put).toHaveBeenCalledTimes(1);
    expect(put.mock.calls[0]![0]).toMatchObject({ id: ids[7] });
  });

  it('reloads to exactly the same cases, order, steps and stamps', async () => {
    const s = useCases.getState();
    const a = s.createCase('A');
    const b = s.createCase('B');
    s.updatePatient(a, { age: 66, sex: 'male', skin: ['cvi-changes'] });
    s.updateStudy(a, 'xray', { status: 'done', pattern: 'reticulated-bone-density' });
    s.setCurrentStep(a, 'xray');
    s.duplicateCase(b, 'B copy');
    const before = useCases.getState();
    await reload();
    const after = useCases.getState();
    expect(after.cases).toEqual(before.cases);
    expect(after.order).toEqual(before.order);
    expect(after.currentStep).toEqual({ [a]: 'xray' });
    expect(after.stamps).toEqual(before.stamps);
    expect(after.loadProblem).toBeUndefined();
  });

  it('stores only valid values and says why the others were refused', async () => {
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
    expect(s.updateStudy(id, 'labs', { status: 'done' })).toEqual([]);
    await whenSaved();
    expect((await payload(id)).case.studies.labs.status).toBe('done');
    expect((await payload(id)).case.patient.age).toBe(66);
  });

  it('adds an imported case as a new case with a fresh id, never overwriting', () => {
    const s = useCases.getState();
    const id = s.createCase('Bed 4');
    const imported = { ...validCase(id, 'Bed 4'), patient: { age: 50 } };
    const newId = s.addCase(imported);
    expect(newId).not.toBe(id);
    expect(useCases.getState().cases[id]?.patient.age).toBeUndefined();
    expect(useCases.getState().cases[newId]?.label).toBe('Bed 4 (2)');
  });

  it('restores backed-up cases under their own ids and labels, with their steps and stamps; never overwrites', async () => {
    const s = useCases.getState();
    const mine = s.createCase('Bed 12');
    const a = validCase('from-backup-a', 'Bed 12');
    const b = validCase('from-backup-b', 'Bed 12');
    const stamps = {
      '': '2026-03-01T09:00:00.000Z|0000|abcdefgh',
      label: '2026-03-02T09:00:00.000Z|0000|abcdefgh',
    };
    const out = s.restoreCases([{ case: a, stamps, step: 'xray' }, { case: b }]);
    expect(out).toEqual([
      { id: 'from-backup-a', outcome: 'added' },
      { id: 'from-backup-b', outcome: 'added' },
    ]);
    const st = useCases.getState();
    // Three cases called "Bed 12": a label is a name, not an identity.
    expect([mine, 'from-backup-a', 'from-backup-b'].map((id) => st.cases[id]?.label)).toEqual([
      'Bed 12',
      'Bed 12',
      'Bed 12',
    ]);
    expect(st.currentStep['from-backup-a']).toBe('xray');
    expect(st.stamps['from-backup-a']).toEqual(stamps);
    expect(st.order).toEqual([mine, 'from-backup-a', 'from-backup-b']);

    expect(s.restoreCases([{ case: a }])).toEqual([{ id: 'from-backup-a', outcome: 'same' }]);
    const [copy] = useCases.getState().restoreCases([{ case: { ...a, patient: { age: 40 } } }]);
    expect(copy!.outcome).toBe('copy');
    expect(copy!.id).not.toBe('from-backup-a');
    expect(useCases.getState().cases[copy!.id]?.label).toBe('Bed 12 (2)');
    expect(useCases.getState().cases['from-backup-a']).toEqual(a);
    await reload();
    expect(useCases.getState().currentStep['from-backup-a']).toBe('xray');
  });
});

describe('cases store: delete means delete (HAZ-52)', () => {
  it('HAZ-52 a deleted case leaves nothing of itself in storage; Undo lives only in this tab’s memory', async () => {
    const s = useCases.getState();
    const a = s.createCase('Bed 3, left leg');
    const b = s.createCase('Bed 4');
    s.updatePatient(a, { age: 70, history: 'Left DVT in 2005' });
    s.setCurrentStep(a, 'labs');
    await whenSaved();
    s.deleteCase(a);
    expect(useCases.getState().cases[a]).toBeUndefined();
    expect(useCases.getState().lastDeleted?.case.label).toBe('Bed 3, left leg');
    await whenSaved();
    // The record is a tombstone: the deletion's stamp, nothing of the case.
    const tomb = await record(a);
    expect(Object.keys(tomb!).sort()).toEqual([
      'app',
      'deleted',
      'format',
      'id',
      'rev',
      'schemaVersion',
    ]);
    const everything = JSON.stringify([await allRecords(), { ...localStorage }]);
    for (const text of ['Bed 3, left leg', 'Left DVT in 2005', '"age":70']) {
      expect(everything).not.toContain(text);
    }

    // Undo (in this tab) brings it back whole, in its place, with its step.
    expect(useCases.getState().undoDelete()).toBe(a);
    expect(useCases.getState().order).toEqual([b, a]);
    expect(useCases.getState().cases[a]?.patient.age).toBe(70);
    await whenSaved();
    expect((await payload(a)).step).toBe('labs');

    // After a reload there is no Undo: the deleted case is gone.
    useCases.getState().deleteCase(a);
    await reload();
    expect(useCases.getState().lastDeleted).toBeUndefined();
    expect(useCases.getState().cases[a]).toBeUndefined();
    expect(localStorage.getItem(CASE_COUNT_KEY)).toBe('1');
  });
});

describe('cases store: a page that goes before its last change is committed', () => {
  it('keeps the uncommitted changes in localStorage as it goes, and the next start merges them in', async () => {
    const s = useCases.getState();
    const keep = s.createCase('Bed 1');
    const gone = s.createCase('Bed 2');
    await whenSaved();
    // The writes do not get through before the page goes (here: they fail).
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The page is going away.', 'UnknownError');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    s.updatePatient(keep, { age: 64 });
    s.deleteCase(gone);
    expect(await whenSaved()).toBe(false);
    window.dispatchEvent(new Event('pagehide'));
    put.mockRestore();
    expect(localStorage.getItem(UNSAVED_KEY)).toContain('"age":64');
    expect((await payload(keep)).case.patient.age).toBeUndefined();

    await reloadCases();
    expect(await whenSaved()).toBe(true);
    expect((await payload(keep)).case.patient.age).toBe(64);
    expect((await record(gone))!.deleted).toBeDefined();
    expect(useCases.getState().order).toEqual([keep]);
    expect(localStorage.getItem(UNSAVED_KEY)).toBeNull();
  });
});

describe('cases store: the localStorage of earlier versions, migrated once', () => {
  const envelope = (state: Raw, version = 1) => JSON.stringify({ state, version });

  it('migrates every case with its stamps and step, verifies, then removes the old copy', async () => {
    const a = { ...validCase('a', 'Bed 1'), patient: { age: 66 } };
    const b = validCase('b', 'Bed 2');
    const st = {
      '': '2026-03-01T09:00:00.000Z|0000|oldtab00',
      'patient.age': '2026-03-02T09:00:00.000Z|0000|oldtab00',
    };
    localStorage.setItem(
      LEGACY_CASES_KEY,
      envelope({
        cases: { a, b },
        order: ['b', 'a'],
        currentStep: { a: 'labs' },
        quarantine: [],
        stamps: { a: st },
        deleted: { gone: '2026-03-03T09:00:00.000Z|0000|oldtab00' },
        lastDeleted: { case: validCase('gone', 'Deleted before'), index: 0 },
      }),
    );
    await reload();
    const s = useCases.getState();
    expect(s.loadProblem).toBeUndefined();
    expect(s.order).toEqual(['b', 'a']);
    expect(s.cases.a).toEqual(a);
    expect(s.currentStep).toEqual({ a: 'labs' });
    expect(s.stamps.a).toEqual(st);
    expect((await payload('a')).case).toEqual(a);
    expect((await record('gone'))!.deleted).toBeDefined();
    // Verified, so the old copy is gone; and the old Undo slot was not carried over.
    expect(localStorage.getItem(LEGACY_CASES_KEY)).toBeNull();
    expect(JSON.stringify(await allRecords())).not.toContain('Deleted before');
    expect(localStorage.getItem(CASE_COUNT_KEY)).toBe('2');
    // A second start finds nothing to migrate and the same cases.
    await reload();
    expect(useCases.getState().order).toEqual(['b', 'a']);
  });

  it('a tab of an earlier version still writing its envelope: its edit is merged in, field by field', async () => {
    const s = useCases.getState();
    const id = s.createCase('Bed 5');
    s.updatePatient(id, { age: 70 });
    await whenSaved();
    const c = useCases.getState().cases[id]!;
    const raw = envelope({
      cases: { [id]: { ...c, patient: { age: 70, sex: 'female' } } },
      order: [id],
      currentStep: {},
      quarantine: [],
      stamps: { [id]: { ...useCases.getState().stamps[id], 'patient.sex': otherStamp() } },
      deleted: {},
    });
    localStorage.setItem(LEGACY_CASES_KEY, raw);
    window.dispatchEvent(new StorageEvent('storage', { key: LEGACY_CASES_KEY, newValue: raw }));
    await vi.waitFor(() =>
      expect(useCases.getState().cases[id]?.patient).toEqual({ age: 70, sex: 'female' }),
    );
    await whenSaved();
    await vi.waitFor(async () => expect((await payload(id)).case.patient.sex).toBe('female'));
  });

  it('survives truncated JSON: keeps it verbatim, offers it, and saves new cases beside it', async () => {
    const raw = '{"state":{"cases":{"a":{"schemaVersion":1,"id":"a"';
    localStorage.setItem(LEGACY_CASES_KEY, raw);
    await reload();
    const s = useCases.getState();
    expect(s.loadProblem?.kind).toBe('corrupt-json');
    expect(s.order).toEqual([]);
    expect(await unreadableDataText()).toBe(raw);
    s.createCase('New');
    await whenSaved();
    expect(await allRecords()).toHaveLength(1);
    expect(localStorage.getItem(LEGACY_CASES_KEY)).toBe(raw);
  });

  it.each([
    ['an empty object', '{}'],
    ['null', 'null'],
    ['a number', '42'],
    ['cases of the wrong type', '{"state":{"cases":"nope","order":5},"version":1}'],
  ])('reports a wrong shape for %s and starts, keeping the text', async (_name, raw) => {
    localStorage.setItem(LEGACY_CASES_KEY, raw);
    await reload();
    expect(useCases.getState().loadProblem?.kind).toBe('wrong-shape');
    expect(useCases.getState().order).toEqual([]);
    expect(localStorage.getItem(LEGACY_CASES_KEY)).toBe(raw);
  });

  it('migrates the readable cases of a list with wrong types around them', async () => {
    const good = validCase('good', 'Good');
    localStorage.setItem(
      LEGACY_CASES_KEY,
      JSON.stringify({ state: { cases: [good, { id: 3 }], order: 'x' }, version: 1 }),
    );
    await reload();
    const s = useCases.getState();
    expect(s.loadProblem?.kind).toBe('wrong-shape');
    expect(s.order).toEqual(['good']);
    expect(s.quarantine).toHaveLength(1);
    expect((await payload('good')).case).toEqual(good);
  });

  it('says what could not be read before it lists the cases read with it (the alert never pushes the list down)', async () => {
    const bad = { ...validCase('bad', 'Bad'), patient: { age: 'sixty' } };
    localStorage.setItem(
      LEGACY_CASES_KEY,
      envelope({ cases: { ok: validCase('ok', 'Fine'), bad }, order: ['ok'] }),
    );
    const seen: { listed: number; problem: boolean }[] = [];
    const stop = useCases.subscribe((st) =>
      seen.push({ listed: st.order.length, problem: st.loadProblem !== undefined }),
    );
    try {
      await reload();
    } finally {
      stop();
    }
    const firstListed = seen.find((x) => x.listed > 0);
    expect(firstListed).toEqual({ listed: 1, problem: true });
  });

  it('keeps unreadable cases aside until the user discards them', async () => {
    const bad = { ...validCase('bad', 'Bad'), patient: { age: 'sixty' } };
    localStorage.setItem(
      LEGACY_CASES_KEY,
      envelope({ cases: { ok: validCase('ok', 'Fine'), bad }, order: ['ok'] }),
    );
    localStorage.setItem(`${LEGACY_BACKUP_PREFIX}2026-01-01`, '{"older":"copy"}');
    await reload();
    let s = useCases.getState();
    expect(s.loadProblem?.kind).toBe('some-cases-unreadable');
    expect(s.order).toEqual(['ok']);
    expect(s.quarantine.map((q) => q.key)).toEqual(['cases.bad']);
    s.dismissLoadProblem();
    s.updatePatient('ok', { age: 40 });
    await reload();
    s = useCases.getState();
    expect(s.loadProblem?.kind).toBe('some-cases-unreadable');
    expect(s.cases.ok?.patient.age).toBe(40);
    s.discardUnreadable();
    await vi.waitFor(() => expect(localStorage.getItem(LEGACY_CASES_KEY)).toBeNull());
    expect(Object.keys(localStorage).filter((k) => k.startsWith(LEGACY_BACKUP_PREFIX))).toEqual([]);
    await reload();
    expect(useCases.getState().loadProblem).toBeUndefined();
    expect(useCases.getState().cases.ok?.patient.age).toBe(40);
  });

  it('writes nowhere but the places listed in storage-places.ts', async () => {
    localStorage.setItem(
      LEGACY_CASES_KEY,
      envelope({ cases: { ok: validCase('ok', 'Fine'), bad: { id: 1 } }, order: ['ok'] }),
    );
    await reload();
    useCases.getState().createCase('More');
    await whenSaved();
    for (const key of Object.keys(localStorage)) expect(isAppStorageKey(key), key).toBe(true);
    const databases = STORAGE_PLACES.filter((p) => p.kind === 'indexeddb').map(
      (p) => p.name.split('/')[0],
    );
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual(databases);
    // Every record holds patient data, and the list says so (encryption at rest must cover it).
    expect(STORAGE_PLACES.find((p) => p.name === `${DB_NAME}/${CASES_STORE}`)?.patientData).toBe(
      true,
    );
  });
});

describe('cases store: records this tab cannot read', () => {
  it('keeps a damaged record aside, never writes over it, and offers it as a download', async () => {
    await other.put(CASES_STORE, {
      id: 'broken',
      format: RECORD_FORMAT,
      schemaVersion: CASE_SCHEMA_VERSION,
      app: APP_VERSION,
      rev: 3,
      value: { codec: 'json', data: '{"case":{"id":"broken","label":' },
    });
    useCases.getState().createCase('Fine');
    await reload();
    const s = useCases.getState();
    expect(s.loadProblem?.kind).toBe('some-cases-unreadable');
    expect(s.quarantine.map((q) => q.key)).toEqual(['broken']);
    expect(await unreadableDataText()).toContain('{\\"case\\":{\\"id\\":\\"broken\\"');
    expect((await record('broken'))!.rev).toBe(3);
    s.discardUnreadable();
    await vi.waitFor(async () => expect(await record('broken')).toBeUndefined());
  });

  it('keeps what it does not understand in a record of its own version when it writes', async () => {
    const c = validCase('x', 'Bed 8');
    await other.put(CASES_STORE, {
      id: 'x',
      format: RECORD_FORMAT,
      schemaVersion: CASE_SCHEMA_VERSION,
      app: APP_VERSION,
      rev: 1,
      shelf: 'B',
      value: {
        codec: 'json',
        data: JSON.stringify({
          case: { ...c, ward: 'Vascular', patient: { age: 60, frailty: 'mild' } },
          stamps: {},
          rank: 0,
          pinned: true,
        }),
      },
    });
    await reload();
    useCases.getState().updatePatient('x', { age: 61 });
    await whenSaved();
    const rec = await record('x');
    expect(rec!.shelf).toBe('B');
    const p = await payload('x');
    expect(p.pinned).toBe(true);
    expect(p.case.ward).toBe('Vascular');
    expect(p.case.patient).toEqual({ age: 61, frailty: 'mild' });
  });
});

describe('cases store: versions side by side (HAZ-51)', () => {
  it('HAZ-51 a record written by a newer version stops this tab writing: nothing is overwritten, the edit stays on screen', async () => {
    const id = useCases.getState().createCase('Bed 2');
    await whenSaved();
    await writeAsOtherTab(
      id,
      (p) => {
        p.case.patient = { age: 55 };
        p.case.schemaVersion = CASE_SCHEMA_VERSION + 1;
        p.case.newField = 'only the newer version knows';
      },
      { app: '99.0.0', schemaVersion: CASE_SCHEMA_VERSION + 1 },
    );
    await vi.waitFor(() => expect(useCases.getState().saveError).toBe('newer'));
    expect(useCases.getState().newerVersion).toContain('app 99.0.0');
    const before = await record(id);
    // This tab's user keeps typing: kept in memory, never written.
    expect(useCases.getState().updatePatient(id, { age: 40 })).toEqual([]);
    expect(useCases.getState().cases[id]?.patient.age).toBe(40);
    const other2 = useCases.getState().createCase('Bed 3');
    await new Promise((r) => setTimeout(r, 50));
    expect(await record(id)).toEqual(before);
    expect(await record(other2)).toBeUndefined();
    expect(useCases.getState().saveFailed).toBe(true);
  });

  it('HAZ-51 a newer record met at start-up is not shown, not overwritten, and stops writing', async () => {
    await other.put(CASES_STORE, {
      id: 'n',
      format: RECORD_FORMAT + 1,
      schemaVersion: CASE_SCHEMA_VERSION,
      app: APP_VERSION,
      rev: 4,
      value: { codec: 'aes-gcm', data: 'opaque' },
    });
    await reloadCases();
    expect(useCases.getState().saveError).toBe('newer');
    expect(useCases.getState().order).toEqual([]);
    useCases.getState().createCase('Typed anyway');
    await new Promise((r) => setTimeout(r, 50));
    expect((await allRecords()).map((r) => r.id)).toEqual(['n']);
  });

  it('reads a record of an older app version and writes it back as its own', async () => {
    const c = validCase('old', 'Bed 6');
    await other.put(CASES_STORE, {
      id: 'old',
      format: RECORD_FORMAT,
      schemaVersion: CASE_SCHEMA_VERSION,
      app: '0.0.1',
      rev: 1,
      value: { codec: 'json', data: JSON.stringify({ case: c, stamps: {}, rank: 0 }) },
    });
    await reloadCases();
    expect(useCases.getState().cases.old).toEqual(c);
    useCases.getState().renameCase('old', 'Bed 6b');
    await whenSaved();
    expect(await record('old')).toMatchObject({ app: APP_VERSION, rev: 2 });
  });
});

describe('cases store: other tabs', () => {
  it('a write never drops another tab’s write to the same case: it merges, then writes', async () => {
    const s = useCases.getState();
    const id = s.createCase('Bed 1');
    await whenSaved();
    // The other tab writes without this tab hearing it first (its notice is lost).
    const current = await record(id);
    const p = await payload(id);
    p.case.patient = { cviYears: 15 };
    p.stamps['patient.cviYears'] = otherStamp();
    await other.put(CASES_STORE, {
      ...current,
      rev: current!.rev + 1,
      value: { codec: 'json', data: JSON.stringify(p) },
    });
    s.updatePatient(id, { age: 71 });
    await whenSaved();
    await vi.waitFor(async () =>
      expect((await payload(id)).case.patient).toEqual({ age: 71, cviYears: 15 }),
    );
    expect(useCases.getState().cases[id]?.patient).toEqual({ age: 71, cviYears: 15 });
    expect((await record(id))!.rev).toBe(3);
  });

  it('takes in another tab’s edit; tells this tab when a value it typed was replaced', async () => {
    const s = useCases.getState();
    const id = s.createCase('Bed 1');
    s.updatePatient(id, { age: 70, sex: 'female' });
    await whenSaved();
    await writeAsOtherTab(id, (p) => {
      p.case.patient.age = 72;
      p.case.studies.xray.status = 'done';
      p.stamps['patient.age'] = otherStamp();
      p.stamps['studies.xray.status'] = otherStamp();
    });
    await vi.waitFor(() => expect(useCases.getState().cases[id]?.patient.age).toBe(72));
    expect(useCases.getState().cases[id]?.studies.xray.status).toBe('done');
    const [conflict, ...more] = useCases.getState().tabConflicts;
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({ caseId: id, path: 'patient.age', mine: 70, theirs: 72 });
    useCases.getState().keepMine(conflict!);
    await whenSaved();
    expect((await payload(id)).case.patient.age).toBe(70);
    expect(useCases.getState().tabConflicts).toEqual([]);
  });

  it('a case another tab creates or deletes appears or goes here', async () => {
    const s = useCases.getState();
    const keep = s.createCase('Bed 2');
    const gone = s.createCase('Bed 1');
    await whenSaved();
    await writeAsOtherTab('theirs', (p) => {
      p.case = validCase('theirs', 'From the other tab');
      p.stamps = { '': otherStamp() };
      p.rank = 10;
    });
    await vi.waitFor(() => expect(useCases.getState().order).toEqual([gone, keep, 'theirs']));
    const rev = (await record(gone))!.rev + 1;
    await other.put(CASES_STORE, {
      id: gone,
      format: RECORD_FORMAT,
      schemaVersion: CASE_SCHEMA_VERSION,
      app: APP_VERSION,
      rev,
      deleted: otherStamp(120_000),
    });
    channel.postMessage({
      id: gone,
      rev,
      format: RECORD_FORMAT,
      schemaVersion: CASE_SCHEMA_VERSION,
      app: APP_VERSION,
    });
    await vi.waitFor(() => expect(useCases.getState().order).toEqual([keep, 'theirs']));
    // Only the tab that deleted it can undo it.
    expect(useCases.getState().lastDeleted).toBeUndefined();
  });
});

describe('cases store: failing storage', () => {
  it('a write that fails with QuotaExceededError: told at once, kept in memory, saved data intact, retried', async () => {
    const s = useCases.getState();
    const id = s.createCase('Bed 1');
    await whenSaved();
    const before = await record(id);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(s.updatePatient(id, { age: 80 })).toEqual([]);
    expect(await whenSaved()).toBe(false);
    expect(useCases.getState().saveError).toBe('quota');
    expect(useCases.getState().cases[id]?.patient.age).toBe(80);
    expect(await record(id)).toEqual(before);
    put.mockRestore();
    useCases.getState().retrySave();
    expect(await whenSaved()).toBe(true);
    expect((await payload(id)).case.patient.age).toBe(80);
    expect(useCases.getState().saveFailed).toBe(false);
  });
});
