import type { Page } from '@playwright/test';
import { seedCase } from '../../src/domain/case/fixtures';
import type { Case } from '../../src/domain/case/schema';
import { addDays, localIsoDate } from '../../src/domain/dates';

/** The localStorage keys the app uses (src/store/cases.ts, src/store/settings.ts). */
export const CASES_KEY = 'scho-workup:cases';
export const SETTINGS_KEY = 'scho-workup:settings';

/** Today on this machine; the browser runs in the same time zone. */
export const todayIso = (): string => localIsoDate(new Date());

/**
 * The seed case (García-Arpa 2020) with every study dated yesterday, so that a test running
 * across midnight never sees a date "in the future".
 */
export function seededCase(id = 'seed-case', label = 'García-Arpa 2020 seed case'): Case {
  return { ...seedCase(addDays(todayIso(), -1)), id, label };
}

/** The store's saved envelope (zustand persist: `{ state, version }`). */
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
