/* global URL, Buffer */
// A saved case for the cold-route measurements (/cases/<id>/patient, /cases/<id>/summary), put
// there the way a clinician would: the seed case (García-Arpa 2020) written as a case file by
// the app's own export code (an all-cases file, whose import keeps the case's id when it is
// free: the id is BENCH_CASE_ID), then imported through the case list's import panel. That works
// whatever the app keeps its cases in (localStorage or IndexedDB), and the case is shown in the
// list after a reload before it is used, so it is known to be saved. Then `coldCache` empties
// the HTTP cache and the service worker's caches and registration, keeping the saved data, so
// the route is loaded as on a first visit with a case already on the device (Lighthouse's
// browser), or the saved data are carried into a new browser context (storageState with
// IndexedDB), which starts with an empty cache and no service worker.
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BENCH_CASE_ID = 'bench-case';

/** Local calendar date, YYYY-MM-DD (the app's "today" in the browser on this machine). */
const localIsoDate = (d) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The seed case's file text (dated yesterday, so no study is "in the future"), by the app's own code. */
export async function seedCaseFileText() {
  const server = await createServer({
    root: ROOT,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const { seedCase } = await server.ssrLoadModule('/src/domain/case/fixtures.ts');
    const { casesFileText } = await server.ssrLoadModule('/src/domain/export/all-cases-file.ts');
    const yesterday = localIsoDate(new Date(Date.now() - 86_400_000));
    const c = { ...seedCase(yesterday), id: BENCH_CASE_ID, label: 'Bench case' };
    return casesFileText([c], new Date().toISOString());
  } finally {
    await server.close();
  }
}

/**
 * Import the file through the case list at `appUrl` (the app's root, its base path included)
 * and wait until a reload lists the case.
 * @param {import('@playwright/test').Page} page
 */
export async function importCase(page, appUrl, text) {
  await page.goto(appUrl);
  await page.locator('main:not([aria-busy]) input[type="file"]').setInputFiles({
    name: 'bench-cases.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  // One case added: "Imported … Open the imported case" (a list when a file holds several).
  await page.locator('.import-status a, .import-status li').first().waitFor({ timeout: 60_000 });
  await page.reload();
  await page
    .locator(`main a[href*="/cases/${BENCH_CASE_ID}"]`)
    .first()
    .waitFor({ timeout: 60_000 });
}

/**
 * What Lighthouse's own storage reset does, minus the saved data: empty the browser's HTTP cache
 * and the origin's Cache Storage and service worker; localStorage and IndexedDB stay. Run it
 * from a page that shows none of the app (about:blank).
 * @param {import('@playwright/test').Page} page
 * @param {string} origin
 */
export async function coldCache(page, origin) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin,
    storageTypes: 'cache_storage,service_workers',
  });
  await cdp.send('Network.clearBrowserCache');
  await cdp.detach();
}

/**
 * A `prepare` for scripts/lighthouse.mjs: in Lighthouse's browser (its DevTools port), the case
 * saved through the app at `appUrl` (the file text from `seedCaseFileText`), then a cold cache.
 * @param {string} appUrl the app's root, its base path included
 * @param {string} text
 * @returns {(port: number) => Promise<void>}
 */
export function seededLighthouseBrowser(appUrl, text) {
  return async (port) => {
    const cdpBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      const page = await cdpBrowser.contexts()[0].newPage();
      await importCase(page, appUrl, text);
      await page.goto('about:blank');
      await coldCache(page, new URL(appUrl).origin);
      await page.close();
    } finally {
      await cdpBrowser.close(); // disconnects; the browser stays for Lighthouse
    }
  };
}
