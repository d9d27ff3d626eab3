import { openDB } from 'idb';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { casesReady, clearSavedCases, reloadCases, useCases, whenSaved } from './cases';
import { clock } from './clock';
import { lockNow, useLock } from './lock';
import { eraseAfterForgotten, setUpLock, turnOffLock, unlockWith } from './lock-actions';
import { hasDataKey, setDataKey } from './record-codec';
import { CASES_STORE, DB_NAME, LOCK_KEY, UNSAVED_KEY } from './storage-places';

/*
 * The lock over the stored cases (fake-indexeddb): setting it encrypts every record and leaves
 * no plain text; locking forgets every case and the key; a wrong passcode reveals nothing;
 * turning it off decrypts; a forgotten passcode erases only when asked.
 */

await casesReady();
// Nothing is saved yet, so the app has not opened its database: clearing starts the storage,
// which creates it, before this second connection reads the raw records.
await clearSavedCases();
const other = await openDB(DB_NAME);
afterAll(() => other.close());
const raw = async () => JSON.stringify(await other.getAll(CASES_STORE)) as string;

beforeEach(async () => {
  vi.spyOn(clock, 'today').mockReturnValue('2026-03-10');
  // A device without a lock, and no case.
  setDataKey(undefined);
  localStorage.clear();
  useLock.setState({ status: 'off' });
  await clearSavedCases();
});

async function twoCases() {
  const s = useCases.getState();
  const a = s.createCase('Bed 12, left leg');
  s.updatePatient(a, { history: 'stony plaques since spring' });
  const b = s.createCase('Bed 14');
  expect(await whenSaved()).toBe(true);
  return { a, b };
}

describe('device lock over the stored cases', () => {
  it('HAZ-68 setting a lock encrypts every stored case: no label or note left as text', async () => {
    const { a } = await twoCases();
    expect(await raw()).toContain('stony plaques');
    expect(await setUpLock('correct horse')).toBeNull();
    const text = await raw();
    expect(text).not.toContain('Bed 12');
    expect(text).not.toContain('stony plaques');
    const rec = (await other.get(CASES_STORE, a)) as { value: { codec: string }; rev: number };
    expect(rec.value.codec).toBe('aes-gcm');
    // The versions stay outside the encrypted value.
    expect(rec).toMatchObject({ id: a, format: 2 });
    expect(localStorage.getItem(LOCK_KEY)).not.toContain('correct horse');
    // Edits after the lock are encrypted too.
    useCases.getState().updatePatient(a, { history: 'new plaque on the shin' });
    expect(await whenSaved()).toBe(true);
    expect(await raw()).not.toContain('new plaque');
    await reloadCases();
    expect(useCases.getState().cases[a]!.patient.history).toBe('new plaque on the shin');
  });

  it('HAZ-67 locking commits what was typed, then forgets every case and the key; the unlock brings them back', async () => {
    const { a } = await twoCases();
    await setUpLock('correct horse');
    useCases.getState().updatePatient(a, { history: 'typed just before the lock' });
    await lockNow();
    expect(useLock.getState().status).toBe('locked');
    expect(hasDataKey()).toBe(false);
    expect(useCases.getState().cases).toEqual({});
    expect(useCases.getState().order).toEqual([]);
    expect(JSON.stringify(useCases.getState())).not.toContain('Bed 12');
    expect(await unlockWith('correct horse')).toBeNull();
    expect(useLock.getState().status).toBe('open');
    expect(useCases.getState().cases[a]!.patient.history).toBe('typed just before the lock');
  });

  it('HAZ-69 a wrong passcode reveals nothing: no key, no case in memory', async () => {
    await twoCases();
    await setUpLock('correct horse');
    await lockNow();
    expect(await unlockWith('wrong horse')).toMatchObject({ kind: 'wrong', failures: 1 });
    expect(useLock.getState().status).toBe('locked');
    expect(hasDataKey()).toBe(false);
    expect(useCases.getState().order).toEqual([]);
    expect(await unlockWith('correct horse')).toBeNull();
  });

  it('HAZ-67 a failing save does not hold the lock back: what it could not commit is kept encrypted in memory and saved after the unlock', async () => {
    const { a } = await twoCases();
    await setUpLock('correct horse');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    });
    useCases.getState().updatePatient(a, { history: 'not yet on disk' });
    expect(await whenSaved()).toBe(false);
    await lockNow();
    expect(useLock.getState().status).toBe('locked');
    expect(JSON.stringify(useCases.getState())).not.toContain('not yet on disk');
    put.mockRestore();
    await unlockWith('correct horse');
    expect(useCases.getState().cases[a]!.patient.history).toBe('not yet on disk');
    expect(await whenSaved()).toBe(true);
    await reloadCases();
    expect(useCases.getState().cases[a]!.patient.history).toBe('not yet on disk');
  });

  it('HAZ-68 with a lock the page-closing fallback writes no plain text (the loss window: the last uncommitted change)', async () => {
    const { a } = await twoCases();
    await setUpLock('correct horse');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The page is going away.', 'UnknownError');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    useCases.getState().updatePatient(a, { history: 'typed as the tab closed' });
    expect(await whenSaved()).toBe(false);
    window.dispatchEvent(new Event('pagehide'));
    put.mockRestore();
    expect(localStorage.getItem(UNSAVED_KEY)).toBeNull();
    for (const k of Object.keys(localStorage)) {
      expect(localStorage.getItem(k)).not.toContain('typed as the tab closed');
    }
  });

  it('turning the lock off asks the passcode, decrypts every case and removes the lock', async () => {
    const { a } = await twoCases();
    await setUpLock('correct horse');
    expect(await turnOffLock('wrong horse')).toBe(false);
    expect(localStorage.getItem(LOCK_KEY)).not.toBeNull();
    expect(await turnOffLock('correct horse')).toBe(true);
    expect(localStorage.getItem(LOCK_KEY)).toBeNull();
    expect(await raw()).toContain('stony plaques');
    await reloadCases();
    expect(useCases.getState().cases[a]!.label).toBe('Bed 12, left leg');
  });

  it('HAZ-71 a forgotten passcode erases the encrypted cases only when asked; settings stay', async () => {
    await twoCases();
    await setUpLock('correct horse');
    await lockNow();
    for (let i = 0; i < 5; i += 1) await unlockWith(`guess ${i}`);
    // Failed attempts never erase.
    expect((await other.getAll(CASES_STORE)).length).toBe(2);
    await eraseAfterForgotten();
    expect(await other.getAll(CASES_STORE)).toEqual([]);
    expect(localStorage.getItem(LOCK_KEY)).toBeNull();
    expect(useLock.getState().status).toBe('off');
  });

  it('will not set a lock while unreadable data is kept aside in plain text', async () => {
    localStorage.setItem('scho-workup:cases:backup-1', '{"broken"');
    expect(await setUpLock('correct horse')).toBe('unreadable-kept');
    expect(localStorage.getItem(LOCK_KEY)).toBeNull();
  });
});
