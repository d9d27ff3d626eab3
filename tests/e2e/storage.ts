import type { Page } from '@playwright/test';
import { seedCase } from '../../src/domain/case/fixtures';
import type { Case } from '../../src/domain/case/schema';
import { addDays, localIsoDate } from '../../src/domain/dates';

/**
 * Where the app keeps things (src/store/storage-places.ts): the cases in IndexedDB, one record
 * per case; in localStorage the settings, the case count the first paint reads, and the key where
 * versions before IndexedDB kept every case (the app migrates it once).
 */
export const CASES_KEY = 'scho-workup:cases';
export const SETTINGS_KEY = 'scho-workup:settings';
const DB_NAME = 'scho-workup';

/** Today on this machine; the browser runs in the same time zone. */
export const todayIso = (): string => localIsoDate(new Date());

/**
 * The seed case (García-Arpa 2020) with every study dated yesterday, so that a test running
 * across midnight never sees a date "in the future".
 */
export function seededCase(id = 'seed-case', label = 'García-Arpa 2020 seed case'): Case {
  return { ...seedCase(addDays(todayIso(), -1)), id, label };
}

/** The envelope versions before IndexedDB saved in localStorage (`{ state, version }`). */
export function envelope(cases: readonly Case[], version = 1): string {
  return JSON.stringify({
    state: {
      cases: Object.fromEntries(cases.map((c) => [c.id, c])),
      order: cases.map((c) => c.id),
      currentStep: {},
      quarantine: [],
    },
    version,
  });
}

/**
 * Put raw values into localStorage before the app's first script runs, once per tab: a reload
 * must show what the app saved since, not the seed again.
 */
export async function seedStorage(page: Page, values: Record<string, string>): Promise<void> {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('e2e-seeded')) return;
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
    sessionStorage.setItem('e2e-seeded', '1');
  }, values);
}

/** Seed the case store with these cases (and English, whatever the browser's language). */
export function seedCases(page: Page, cases: readonly Case[]): Promise<void> {
  return seedStorage(page, {
    [CASES_KEY]: envelope(cases),
    [SETTINGS_KEY]: JSON.stringify({ state: { lang: 'en' }, version: 1 }),
  });
}

/** A stored record, as IndexedDB holds it (src/store/case-record.ts). */
export interface StoredRecord {
  id: string;
  format: number;
  schemaVersion: number;
  app: string;
  rev: number;
  deleted?: string;
  value?: { codec: string; data: string };
}

/** Every record in the app's database, and the cases in them (decoded), read in the page. */
export async function storedCases(page: Page): Promise<{
  records: StoredRecord[];
  cases: Record<string, Case>;
  steps: Record<string, string>;
  stamps: Record<string, Record<string, string>>;
}> {
  return page.evaluate(async (name) => {
    // Opening a database that does not exist would create it, empty: only read one the app made.
    const dbs = await indexedDB.databases();
    const none = { records: [], cases: {}, steps: {}, stamps: {} };
    if (!dbs.some((d) => d.name === name)) return none;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    try {
      if (!db.objectStoreNames.contains('cases')) return none;
      const records = await new Promise<StoredRecord[]>((resolve, reject) => {
        const r = db.transaction('cases').objectStore('cases').getAll();
        r.onsuccess = () => resolve(r.result as StoredRecord[]);
        r.onerror = () => reject(r.error);
      });
      const cases: Record<string, Case> = {};
      const steps: Record<string, string> = {};
      const stamps: Record<string, Record<string, string>> = {};
      for (const rec of records) {
        if (!rec.value) continue;
        const p = JSON.parse(rec.value.data) as {
          case: Case;
          step?: string;
          stamps: Record<string, string>;
        };
        cases[rec.id] = p.case;
        stamps[rec.id] = p.stamps;
        if (p.step) steps[rec.id] = p.step;
      }
      return { records, cases, steps, stamps };
    } finally {
      db.close();
    }
  }, DB_NAME);
}

/** The page says the last change is committed to the device ("Saved on this device"). */
export async function expectSaved(page: Page): Promise<void> {
  await page.locator('.save-status[data-save-state="saved"]').waitFor({ state: 'attached' });
}

/** Every value the origin keeps, as raw text: each IndexedDB record, each localStorage entry. */
export function rawStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: unknown[] = [{ ...localStorage }];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const store of db.objectStoreNames) {
        out.push(
          await new Promise((resolve, reject) => {
            const r = db.transaction(store).objectStore(store).getAll();
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          }),
        );
      }
      db.close();
    }
    return JSON.stringify(out);
  });
}

/** English, whatever the browser's language, unless the app has saved a language already. */
export async function inEnglish(page: Page): Promise<void> {
  await page.addInitScript((key) => {
    if (!localStorage.getItem(key)) {
      localStorage.setItem(key, JSON.stringify({ state: { lang: 'en' }, version: 1 }));
    }
  }, SETTINGS_KEY);
}
