import { newCase } from '../../src/domain/case/parse';
import { axeCheck, expect, noSideScroll, test } from './fixtures';
import { seedCases, seededCase, todayIso } from './storage';

/**
 * Beyond the pages as they first load: the states a clinician meets on the way (messages,
 * confirmations, revealed fields, another language), each checked with axe and for sideways
 * scrolling, in both projects.
 */

const seed = seededCase();
const empty = newCase('empty-case', 'Bed 5', `${todayIso()}T08:00:00.000Z`);

test.beforeEach(async ({ page }) => {
  await seedCases(page, [seed, empty]);
});

test('validation messages next to their fields', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByText('Enter a label.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Case label' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await axeCheck(page, '/ with a validation message');
  await noSideScroll(page, '/ with a validation message');

  await page.goto(`/cases/${empty.id}/patient`);
  const age = page.getByRole('textbox', { name: 'Age (years)' });
  await age.fill('sixty');
  await expect(age).toHaveAttribute('aria-invalid', 'true');
  await expect(age).toHaveAccessibleDescription(/number/i);
  await axeCheck(page, 'patient step with an invalid age');
  await noSideScroll(page, 'patient step with an invalid age');
});

test('a study set aside reveals its reason; a timing warning on the X-ray step', async ({
  page,
}) => {
  await page.goto(`/cases/${empty.id}/patient`);
  // Onset 3 days ago: a plain film is too early to be trusted.
  const onset = new Date(Date.now() - 3 * 86_400_000);
  const iso = `${onset.getFullYear()}-${String(onset.getMonth() + 1).padStart(2, '0')}-${String(onset.getDate()).padStart(2, '0')}`;
  await page.getByLabel('Symptom onset date').fill(iso);
  await page.goto(`/cases/${empty.id}/xray`);
  await page
    .getByRole('group', { name: /^Status of/ })
    .getByRole('radio', { name: 'Skipped', exact: true })
    .check();
  await expect(page.getByRole('combobox', { name: 'Reason' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(/10.14 days|day 1[04]/i);
  await axeCheck(page, 'X-ray step, skipped, early');
  await noSideScroll(page, 'X-ray step, skipped, early');
});

test('delete asks first, then offers undo', async ({ page }) => {
  await page.goto('/');
  const actions = page.getByRole('group', { name: 'Actions for Bed 5' });
  await actions.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText(/Delete "Bed 5"\?/)).toBeVisible();
  await axeCheck(page, '/ asking to confirm a delete');
  await noSideScroll(page, '/ asking to confirm a delete');
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await axeCheck(page, '/ offering undo');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { name: 'Bed 5', exact: true })).toBeVisible();
});

test('rename form on the case list', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('group', { name: 'Actions for Bed 5' })
    .getByRole('button', { name: 'Rename' })
    .click();
  await expect(page.getByRole('textbox', { name: 'New label for Bed 5' })).toBeVisible();
  await axeCheck(page, '/ renaming a case');
  await noSideScroll(page, '/ renaming a case');
});

test('the summary after copying the note', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(`/cases/${seed.id}/summary`);
  await page.getByRole('button', { name: 'Copy note for the record' }).click();
  await expect(page.getByRole('status').filter({ hasText: /copied/i })).toBeVisible();
  await axeCheck(page, 'summary after a copy');
});

test('the comparison for a case, then with the day set by hand', async ({ page }) => {
  await page.goto('/compare');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Case', exact: true })
    .selectOption({ label: seed.label });
  await expect(page.getByRole('main')).toContainText(/day 92 since onset today/i);
  await axeCheck(page, '/compare for a case');
  await noSideScroll(page, '/compare for a case');
  await page.getByRole('spinbutton', { name: 'Days since onset' }).fill('5');
  await expect(page.getByRole('button', { name: /Back to the case.s day/ })).toBeVisible();
  await axeCheck(page, '/compare with a day set by hand');
  await noSideScroll(page, '/compare with a day set by hand');
});

test('in Spanish: every page names its language', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  for (const path of ['/', `/cases/${seed.id}/patient`, `/cases/${seed.id}/summary`, '/compare']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await axeCheck(page, `${path} in Spanish`);
    await noSideScroll(page, `${path} in Spanish`);
  }
});
