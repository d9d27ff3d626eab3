import type { Page } from '@playwright/test';
import { addDays } from '../../src/domain/dates';
import { expect } from './fixtures';
import { todayIso } from './storage';

/** Open a step from the step bar (results arrive in any order, whatever the advice is). */
async function openStep(page: Page, name: string, heading: string | RegExp = name) {
  await page
    .getByRole('navigation', { name: 'Workup steps' })
    .getByRole('link', { name: new RegExp(`^${name.replace(/[/()]/g, '\\$&')}`) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

/** Follow the Next button, which leads where the advice points (here: the summary). */
async function nextStep(page: Page, heading: string | RegExp) {
  await page
    .getByRole('navigation', { name: 'Step navigation' })
    .getByRole('link', { name: /^Next:/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

const status = (page: Page, group: RegExp, name: string) =>
  page.getByRole('group', { name: group }).getByRole('radio', { name, exact: true }).check();
/** A one-tap choice (a group of radio buttons) by its legend. */
const pick = (page: Page, name: string, label: string) =>
  page
    .getByRole('group', { name, exact: true })
    .getByRole('radio', { name: label, exact: true })
    .check();

/**
 * The seed case entered with the mouse, from "New case" to the summary. Returns the case's URL
 * (`/cases/<id>`, under the base path if the app has one: `home` is the app's root).
 */
export async function walkSeedCase(page: Page, label: string, home = '/'): Promise<string> {
  const yesterday = addDays(todayIso(), -1);
  await page.goto(home);
  await page.getByRole('textbox', { name: 'Case label' }).fill(label);
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Patient & history');
  const caseUrl = new URL(page.url()).pathname.replace(/\/patient$/, '');

  await page.getByRole('textbox', { name: 'Age (years)' }).fill('66');
  await pick(page, 'Sex', 'Male');
  await pick(page, 'Long-standing venous insufficiency', 'Yes');
  await pick(page, 'Prior deep vein thrombosis', 'Yes');
  await pick(page, 'Immobility (e.g. hemiplegia)', 'Yes');
  await page.getByLabel('Symptom onset date').fill(addDays(todayIso(), -91));
  await pick(page, 'Legs affected', 'Both, left worse');
  await pick(page, 'Where on the leg', 'Lower third, posterior or lateral aspect');
  await pick(page, 'Pain', 'Mild');
  await page
    .getByRole('textbox', { name: 'History and notes' })
    .fill('Atrial fibrillation; ischaemic stroke with right hemiplegia; left DVT in 2005.');

  await openStep(page, 'Labs');
  await page.getByRole('button', { name: 'Calcium and phosphate normal' }).click();
  await page.getByLabel('Date of the study', { exact: true }).fill(yesterday);
  await expect(
    page.getByRole('group', { name: /^Status of/ }).getByRole('radio', { name: 'Done' }),
  ).toBeChecked();

  await openStep(page, 'X-ray');
  await pick(page, 'Result', 'Reticulated subcutaneous opacities of bone density');
  await pick(page, 'Depth of the deposits', 'Subcutaneous only');
  await page.getByLabel('Date of the study', { exact: true }).fill(yesterday);
  await status(page, /^Status of/, 'Done');

  await openStep(page, 'Bone scintigraphy');
  await pick(page, 'Result', 'Soft-tissue hyper-uptake in the legs');

  await openStep(page, 'CT / MRI');
  await pick(page, 'CT: Result', 'Linear subcutaneous plaques with trabecular/reticular pattern');
  await pick(page, 'CT: Depth of the deposits', 'Subcutaneous only');

  await openStep(page, 'Biopsy');
  await pick(page, 'Histology', 'Ossification: bone trabeculae in deep dermis and fat');

  await nextStep(page, /summary/i);
  await expect(page.getByRole('main')).toContainText(/Confirmed/);
  return caseUrl;
}

/**
 * In the probability explorer: a pre-test range of 5–20 % and a positive CT whose sensitivity and
 * specificity the clinician assumes (90 % and 80 %: an LR+ of 4.5), so the explorer draws its
 * what-if curve.
 */
export async function assumeCtRange(page: Page): Promise<void> {
  await page.getByRole('radio', { name: /My own range/ }).check();
  await page.getByLabel('From (%)').fill('5');
  await page.getByLabel('To (%)').fill('20');
  const ct = page.getByTestId('result-ct');
  await ct.getByRole('checkbox').check();
  await ct.getByLabel('Assumed sensitivity (%)').fill('90');
  await ct.getByLabel('Assumed specificity (%)').fill('80');
  await ct.getByRole('radio', { name: /Positive/ }).check();
}
