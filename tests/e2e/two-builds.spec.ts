import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectSaved, SETTINGS_KEY, storedCases } from './storage';

/**
 * Two builds of the app on one origin, side by side: the build under test, and the same code
 * built as a newer version (SCHO_APP_VERSION=99.0.0). A small server serves one build or the
 * other, and the test switches it, as a deployment does. Two tabs run the older build; a new
 * version is published; both tabs are offered it; one tab's user chooses "Update now", the
 * other's "Later". The first tab reloads into the newer version; the second is never reloaded.
 * Then the newer tab saves a change, and the older tab, which meets a record written by a newer
 * version, stops saving, says why, keeps what its user types on screen and offers it as a
 * download; the newer tab's record is never overwritten.
 */

const PORT = Number(process.env.E2E_TWO_BUILDS_PORT ?? 4212);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OLD_DIST = resolve(process.env.E2E_DIST ?? 'dist');
const NEW_DIST = `${OLD_DIST}-newer`;
const NEW_VERSION = '99.0.0';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The build the server serves now. */
let serving = OLD_DIST;
let server: Server;

// eslint-disable-next-line no-empty-pattern -- Playwright passes the fixtures first; none is needed
test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== 'desktop') return;
  test.setTimeout(600_000);
  // The newer version: the same code with another app version in every record it writes.
  const built = spawnSync('npx', ['vite', 'build', '--outDir', NEW_DIST, '--emptyOutDir'], {
    env: { ...process.env, SCHO_APP_VERSION: NEW_VERSION },
    stdio: 'pipe',
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`the newer build failed:\n${built.stderr}`);
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', ORIGIN).pathname);
    let file = join(serving, path);
    if (!file.startsWith(serving)) file = serving;
    if (!existsSync(file) || statSync(file).isDirectory()) {
      // Client routes get the app's page; a missing file is a 404, as on a real server.
      if (extname(path)) {
        res.writeHead(404).end();
        return;
      }
      file = join(serving, 'index.html');
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(PORT, '127.0.0.1', r));
});

test.afterAll(async () => {
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
});

const age = (page: Page) => page.getByRole('textbox', { name: 'Age (years)', exact: true });

/** A tab of this context, on `path`, controlled by the service worker. */
async function openTab(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${ORIGIN}${path}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
  await page.locator('main[aria-busy="true"]').waitFor({ state: 'detached' });
  return page;
}

test('HAZ-51 an older tab beside a newer one: the newer data are never overwritten, the older tab says why, and Update now in one tab reloads no other', async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'two builds once is enough');
  test.setTimeout(180_000);
  serving = OLD_DIST;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  context.on('console', (m) => {
    if (m.type() !== 'error') return;
    // React reports a recovered error with its cause in the first argument.
    void m
      .args()[0]
      ?.evaluate((v: unknown) => String((v as { cause?: { stack?: string } })?.cause?.stack ?? ''))
      .then(
        (cause) => errors.push(`${m.text()} ${cause}`),
        () => errors.push(m.text()),
      );
  });
  context.on('weberror', (e) => errors.push(e.error().message));
  await context.addInitScript((key) => {
    // Not in a document without storage (a new tab's about:blank).
    if (location.protocol !== 'http:') return;
    if (!localStorage.getItem(key)) {
      localStorage.setItem(key, JSON.stringify({ state: { lang: 'en' }, version: 1 }));
    }
  }, SETTINGS_KEY);

  // Two tabs of the older build on one case.
  const one = await openTab(context, '/');
  await one.getByLabel('Case label', { exact: true }).fill('Bed 12, two builds');
  await one.getByRole('button', { name: 'Create case' }).click();
  await expect(one).toHaveURL(/\/cases\/[^/]+\/patient$/);
  const path = new URL(one.url()).pathname;
  const id = decodeURIComponent(path.split('/')[2]!);
  await age(one).fill('70');
  await expectSaved(one);
  const two = await openTab(context, path);
  await expect(age(two)).toHaveValue('70');
  await one.evaluate(() => Object.assign(window, { tabMark: 'one' }));
  await two.evaluate(() => Object.assign(window, { tabMark: 'two' }));

  // A newer version is published; both tabs are offered it.
  serving = NEW_DIST;
  await one.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  for (const tab of [one, two]) {
    await expect(tab.getByText('A new version is ready.')).toBeVisible({ timeout: 60_000 });
  }
  // The second tab's user says "Later"; the first tab's user, "Update now".
  await two.getByRole('button', { name: 'Later' }).click();
  await Promise.all([
    one.waitForEvent('load', { timeout: 60_000 }),
    one.getByRole('button', { name: 'Update now' }).click(),
  ]);
  await expect(age(one)).toHaveValue('70');
  expect(await one.evaluate(() => (window as { tabMark?: string }).tabMark)).toBeUndefined();

  // The second tab was not reloaded: it says so, and waits for its own user.
  await expect(two.getByText('A new version was started in another tab.')).toBeVisible();
  expect(await two.evaluate(() => (window as { tabMark?: string }).tabMark)).toBe('two');

  // The newer tab saves a change: its record says which version wrote it.
  await age(one).fill('71');
  await expectSaved(one);
  await expect
    .poll(async () => (await storedCases(one)).records.find((r) => r.id === id)?.app)
    .toBe(NEW_VERSION);

  // The older tab hears of it and stops saving, and says why.
  const alert = two.getByRole('alert').filter({ hasText: 'Not saved on this device' });
  await expect(alert).toContainText(
    'Cases on this device were saved by a newer version of this app (app 99.0.0',
  );
  await expect(alert).toContainText('This tab has stopped saving, so that it cannot overwrite');
  // What its user types stays on screen, is never written, and can be downloaded.
  await age(two).fill('60');
  await expect(age(two)).toHaveValue('60');
  await two.waitForTimeout(500);
  const stored = await storedCases(two);
  expect(stored.cases[id]?.patient.age).toBe(71);
  expect(stored.records.find((r) => r.id === id)?.app).toBe(NEW_VERSION);
  const [download] = await Promise.all([
    two.waitForEvent('download'),
    alert.getByRole('button', { name: 'Download all cases' }).click(),
  ]);
  const file = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
  expect(file.cases[0].patient.age).toBe(60);
  expect(await two.evaluate(() => (window as { tabMark?: string }).tabMark)).toBe('two');

  // Only when its user says so does it reload, into the newer version, which saves again.
  await Promise.all([
    two.waitForEvent('load'),
    alert.getByRole('button', { name: 'Reload this page' }).click(),
  ]);
  await expect(age(two)).toHaveValue('71');
  await age(two).fill('72');
  await expectSaved(two);
  await expect.poll(async () => (await storedCases(one)).cases[id]?.patient.age).toBe(72);
  await expect(age(one)).toHaveValue('72');
  expect(errors).toEqual([]);
  await context.close();
});
