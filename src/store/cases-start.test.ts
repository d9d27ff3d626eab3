import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseSchema, CASE_SCHEMA_VERSION } from '../domain/case/schema';
import { newCase } from '../domain/case/new-case';
import { APP_VERSION } from './app-version';
import { RECORD_FORMAT } from './case-record';
import type * as CasesModule from './cases';
import {
  CASE_COUNT_KEY,
  CASES_CHANNEL,
  CASES_STORE,
  DB_NAME,
  DB_VERSION,
  UNSAVED_KEY,
} from './storage-places';

/*
 * How the cases store starts. A first visit with nothing saved draws the empty list without the
 * storage module and the case schema; that must never hide a saved case: the count kept for the
 * first paint is only a hint, and the site's databases say whether there is anything to read.
 * Each test loads the store afresh, as a new page does, on a device of its own (a fresh
 * IndexedDB, an empty localStorage).
 */

type Store = typeof CasesModule;

/** A page's start: a fresh copy of the store module. */
async function openPage(): Promise<Store> {
  vi.resetModules();
  return import('./cases');
}

/** The app's database exists (the storage module creates it when it starts). */
const storageLoaded = async () => (await indexedDB.databases()).some((d) => d.name === DB_NAME);

/** Another tab writes a case's first record, and posts the notice every tab posts. */
async function writeAsOtherTab(id: string, label: string) {
  const db = await openDB(DB_NAME, DB_VERSION, {
    upgrade(d) {
      if (!d.objectStoreNames.contains(CASES_STORE))
        d.createObjectStore(CASES_STORE, { keyPath: 'id' });
    },
  });
  const c = newCase(id, label, '2026-03-01T09:00:00.000Z');
  await db.put(CASES_STORE, {
    id,
    format: RECORD_FORMAT,
    schemaVersion: CASE_SCHEMA_VERSION,
    app: APP_VERSION,
    rev: 1,
    value: { codec: 'json', data: JSON.stringify({ case: c, stamps: {}, rank: 0 }) },
  });
  db.close();
  const channel = new BroadcastChannel(CASES_CHANNEL);
  channel.postMessage({
    id,
    rev: 1,
    format: RECORD_FORMAT,
    schemaVersion: CASE_SCHEMA_VERSION,
    app: APP_VERSION,
  });
  channel.close();
}

/** Resolves once the store says it has read the saved cases (or that there are none). */
const whenReady = (store: Store) =>
  vi.waitFor(() => {
    expect(store.useCases.getState().ready).toBe(true);
  });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  localStorage.clear();
});
afterEach(() => {
  localStorage.clear();
});

describe('the cases store at start-up', () => {
  it('a first visit with nothing saved: the empty list is ready without opening any database', async () => {
    const store = await openPage();
    await whenReady(store);
    expect(store.useCases.getState().order).toEqual([]);
    expect(await storageLoaded()).toBe(false);
    // (Every page here starts its storage before its test ends: a page left listening would
    // load its storage module into the next test's module registry, shared with that test's page.)
    store.useCases.getState().createCase('Bed 1');
    expect(await store.whenSaved()).toBe(true);
    expect(await storageLoaded()).toBe(true);
  });

  it('the first case made on that visit is saved, and is there after a reload', async () => {
    const store = await openPage();
    await whenReady(store);
    const id = store.useCases.getState().createCase('Bed 3');
    expect(await store.whenSaved()).toBe(true);
    expect(localStorage.getItem(CASE_COUNT_KEY)).toBe('1');

    const again = await openPage();
    await again.casesReady();
    expect(again.useCases.getState().cases[id]?.label).toBe('Bed 3');
  });

  it('HAZ-50 the first case of a device, its page sent away before the storage module has loaded, is kept for the next start', async () => {
    const store = await openPage();
    await whenReady(store);
    const id = store.useCases.getState().createCase('Bed 5');
    // The storage module is still loading (nothing was saved before): the page goes now.
    window.dispatchEvent(new Event('pagehide'));
    const kept = JSON.parse(localStorage.getItem(UNSAVED_KEY) ?? '{}') as {
      state?: { cases?: Record<string, { label: string }> };
    };
    expect(kept.state?.cases?.[id]?.label).toBe('Bed 5');
    expect(await store.whenSaved()).toBe(true);
  });

  it('HAZ-50 a case waiting while the storage module opens its database is kept if the page goes then', async () => {
    const store = await openPage();
    await whenReady(store);
    const c = newCase('wait-1', 'Bed 6', '2026-03-01T09:00:00.000Z');
    // In memory only (not through the store's save, whose own journal would keep it).
    store.useCases.setState((s) => ({ cases: { ...s.cases, [c.id]: c }, order: [c.id] }));
    const sync = await import('./case-sync');
    // The module starts and asks for the write; its database is not open yet when the page goes.
    const started = sync.start(store.useCases);
    sync.requestSave([c.id]);
    window.dispatchEvent(new Event('pagehide'));
    const kept = JSON.parse(localStorage.getItem(UNSAVED_KEY) ?? '{}') as {
      state?: { cases?: Record<string, { label: string }> };
    };
    expect(kept.state?.cases?.[c.id]?.label).toBe('Bed 6');
    await started;
  });

  it('HAZ-75 a saved case is listed even when the count kept for the first paint is missing', async () => {
    await writeAsOtherTab('kept-1', 'Bed 7');
    expect(localStorage.getItem(CASE_COUNT_KEY)).toBeNull();
    const store = await openPage();
    // Until it is read, the list must not say "No cases yet": `ready` waits for the read.
    await whenReady(store);
    expect(store.useCases.getState().order).toEqual(['kept-1']);
    expect(store.useCases.getState().cases['kept-1']?.label).toBe('Bed 7');
  });

  it('HAZ-75 a case another tab makes while this one has nothing saved appears here', async () => {
    const store = await openPage();
    await whenReady(store);
    expect(await storageLoaded()).toBe(false);
    await writeAsOtherTab('other-1', 'Bed 9');
    await vi.waitFor(() => {
      expect(store.useCases.getState().cases['other-1']?.label).toBe('Bed 9');
    });
  });

  it('every page but the list gets the case schema: an edit is checked', async () => {
    const store = await openPage();
    await store.casesReady();
    const id = store.useCases.getState().createCase('Bed 4');
    expect(store.useCases.getState().updatePatient(id, { age: -3 })).toMatchObject([
      { path: 'patient.age', code: 'too-small' },
    ]);
    expect(store.useCases.getState().updatePatient(id, { age: 70 })).toEqual([]);
    await store.whenSaved();
  });
});

describe('a new case without the schema', () => {
  it('is exactly what the case schema makes of its bare fields', () => {
    const made = newCase('c-1', 'Bed 12', '2026-03-01T09:00:00.000Z');
    const parsed = caseSchema.parse({
      schemaVersion: CASE_SCHEMA_VERSION,
      id: 'c-1',
      label: 'Bed 12',
      createdAt: '2026-03-01T09:00:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    });
    expect(made).toEqual(parsed);
    expect(caseSchema.parse(made)).toEqual(made);
  });
});
