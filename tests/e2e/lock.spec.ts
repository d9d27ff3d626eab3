import type { Page } from '@playwright/test';
import { axeCheck, expect, test } from './fixtures';
import { expectSaved, inEnglish, rawStorage } from './storage';

/**
 * The lock for shared ward devices, in the browser, against the raw storage: once a passcode is
 * set every case record is encrypted; the lock engages after the inactivity timeout (the page's
 * clock driven forward, no test waits minutes) and nothing of a case is then in the DOM, the page
 * title, or readable as text in IndexedDB or localStorage; a wrong passcode reveals nothing;
 * locking one tab locks the others; it works offline; "Clear this device" leaves no trace.
 */

const LABEL = 'Bed 44, lock test';
const NOTE = 'Unmistakable lock note 9c2e: stony plaques on the left shin.';
const PASSCODE = 'ward seven tablet';

/** A case with a label and a note, saved. */
async function makeCase(page: Page) {
  await page.goto('/');
  await page.getByLabel('Case label', { exact: true }).fill(LABEL);
  await page.getByRole('button', { name: 'Create case' }).click();
  await page.getByRole('textbox', { name: 'History and notes', exact: true }).fill(NOTE);
  await expectSaved(page);
}

async function setPasscode(page: Page) {
  await page.goto('/settings');
  await page.getByLabel(/^New passcode/).fill(PASSCODE);
  await page.getByLabel('The same passcode again').fill(PASSCODE);
  await page.getByRole('button', { name: 'Set the passcode and encrypt the cases' }).click();
  await expect(page.locator('.lock-state')).toHaveAttribute('data-lock', 'open');
}

async function expectLocked(page: Page) {
  await expect(page.getByRole('heading', { name: 'This device is locked' })).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain('Bed 44');
  expect(html).not.toContain('9c2e');
  expect(await page.title()).not.toContain('Bed 44');
}

async function unlock(page: Page, passcode = PASSCODE) {
  await page.getByLabel('Passcode', { exact: true }).fill(passcode);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

test('HAZ-67 HAZ-68 HAZ-69 the lock engages after the timeout: nothing of a case on screen or readable in storage; a wrong passcode reveals nothing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await inEnglish(page);
  await page.clock.install();
  await makeCase(page);
  expect(await rawStorage(page)).toContain('9c2e');

  await setPasscode(page);
  await axeCheck(page, 'settings with a lock');
  // Every case encrypted, the plain text replaced.
  const raw = await rawStorage(page);
  expect(raw).not.toContain('9c2e');
  expect(raw).not.toContain('Bed 44');
  expect(raw).not.toContain(PASSCODE);
  expect(raw).toContain('"codec":"aes-gcm"');

  // Typing, then leaving the device: the change is committed before the lock, and encrypted.
  // (In the app: a new page load of a device with a lock starts locked.)
  await page.getByRole('link', { name: 'Cases', exact: true }).click();
  await page
    .getByRole('link', { name: /Bed 44/ })
    .first()
    .click();
  const history = page.getByRole('textbox', { name: 'History and notes', exact: true });
  await history.fill(`${NOTE} Typed before leaving.`);
  await page.clock.fastForward('04:30');
  await expect(history).toBeVisible();
  await page.clock.fastForward('00:31');
  await expectLocked(page);
  await axeCheck(page, 'lock screen');
  const locked = await rawStorage(page);
  expect(locked).not.toContain('9c2e');
  expect(locked).not.toContain('Typed before leaving');
  expect(locked).not.toContain('Bed 44');

  // A wrong passcode reveals nothing; a reload does not either.
  await unlock(page, 'not the passcode');
  await expect(page.getByText('That passcode is not right.')).toBeVisible();
  await expectLocked(page);
  await page.reload();
  await expectLocked(page);

  // The right one opens the page the device was locked on, with what was typed.
  await unlock(page);
  await expect(history).toHaveValue(`${NOTE} Typed before leaving.`);
});

test('HAZ-72 locking one tab locks the others; unlocking one leaves the others locked, and a locked tab writes nothing', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await inEnglish(page);
  await makeCase(page);
  await setPasscode(page);
  const second = await context.newPage();
  await second.goto('/');
  await expectLocked(second);
  await unlock(second);
  await expect(second.getByRole('link', { name: /Bed 44/ }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expectLocked(page);
  await expectLocked(second);
  await unlock(second);
  await expect(second.getByRole('link', { name: /Bed 44/ }).first()).toBeVisible();
  // The first tab stays locked: each tab derives its own key.
  await expectLocked(page);
  expect(await rawStorage(page)).not.toContain('9c2e');
});

test('the lock works offline: a locked device opens with its passcode without a network', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await inEnglish(page);
  await makeCase(page);
  await setPasscode(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await context.setOffline(true);
  await page.goto('/');
  await expectLocked(page);
  await unlock(page);
  await expect(page.getByRole('link', { name: /Bed 44/ }).first()).toBeVisible();
  await context.setOffline(false);
});

test('HAZ-73 Clear this device leaves no trace: no database, no localStorage key, no cache, no service worker; another tab is told', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await inEnglish(page);
  await makeCase(page);
  await setPasscode(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    await new Promise((r) => setTimeout(r, 500));
  });
  const other = await context.newPage();
  await other.goto('/evidence');
  await expectLocked(other);
  await page.getByRole('button', { name: 'Clear this device…' }).click();
  await expect(
    page.getByText(/every case \(and any unsaved change\), every setting/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Clear everything' }).click();
  await expect(page.getByText(/This device was cleared: no case/)).toBeVisible();
  await expect(other.getByText(/This device was cleared in another tab/)).toBeVisible();

  const traces = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    localStorage: Object.keys(localStorage),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(traces).toEqual({ databases: [], localStorage: [], caches: [], workers: 0 });
});
