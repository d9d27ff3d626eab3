import { expect, test } from './fixtures';
import { expectSaved, inEnglish, rawStorage } from './storage';

/**
 * "Delete" deletes: after "Yes, delete" the case's record holds nothing of it (a tombstone: the
 * id and the deletion's stamp), read raw from IndexedDB and localStorage; Undo brings it back
 * while the tab is open; after a reload the status line offers no Undo and nothing is left.
 */

const LABEL = 'Bed 31, delete me';
const NOTE = 'Unmistakable note 7f3a: chiefly the left leg.';

test('HAZ-52 a deleted case is gone from every store on the device, and Undo is offered only until the tab is reloaded', async ({
  page,
}) => {
  await inEnglish(page);
  await page.goto('/');
  await page.getByLabel('Case label', { exact: true }).fill(LABEL);
  await page.getByRole('button', { name: 'Create case' }).click();
  await page.getByRole('textbox', { name: 'History and notes', exact: true }).fill(NOTE);
  await expectSaved(page);
  expect(await rawStorage(page)).toContain(NOTE);

  await page.goto('/');
  const card = page.getByRole('article', { name: LABEL });
  await card.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  const status = page.locator('.status-line');
  await expect(status).toContainText(
    `Case "${LABEL}" deleted. Undo is possible until this tab is closed or reloaded.`,
  );
  await expectSaved(page);
  let raw = await rawStorage(page);
  expect(raw).not.toContain(LABEL);
  expect(raw).not.toContain(NOTE);

  // Undo, while the tab is open, brings it back whole.
  await status.getByRole('button', { name: 'Undo' }).click();
  await expect(card).toBeVisible();
  await expectSaved(page);
  expect(await rawStorage(page)).toContain(NOTE);

  // Deleted again, then the page is reloaded: no Undo, no case, nothing of it stored.
  await card.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.getByText(/No cases yet/)).toBeVisible();
  await expect(status.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.getByText(LABEL)).toHaveCount(0);
  raw = await rawStorage(page);
  expect(raw).not.toContain(LABEL);
  expect(raw).not.toContain(NOTE);
});
