import type { Page } from '@playwright/test';
import { addDays } from '../../src/domain/dates';
import { expect } from './fixtures';
import { todayIso } from './storage';

async function nextStep(page: Page, heading: string | RegExp) {
  await page
    .getByRole('navigation', { name: 'Step navigation' })
    .getByRole('link', { name: /^Next:/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

const status = (page: Page, group: RegExp, name: string) =>
  page.getByRole('group', { name: group }).getByRole('radio', { name, exact: true }).check();
const choose = (page: Page, name: string, label: string) =>
  page.getByRole('combobox', { name, exact: true }).selectOption({ label });

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
  await choose(page, 'Sex', 'Male');
  await choose(page, 'Long-standing venous insufficiency', 'Yes');
  await choose(page, 'Prior deep vein thrombosis', 'Yes');
  await choose(page, 'Immobility (e.g. hemiplegia)', 'Yes');
  await page.getByLabel('Symptom onset date').fill(addDays(todayIso(), -91));
  await choose(page, 'Legs affected', 'Both');
  await choose(page, 'Lower third of the leg', 'Yes');
  await choose(page, 'Posterior or lateral aspect', 'Yes');
  await choose(page, 'Pain', 'Mild');
  await page
    .getByRole('textbox', { name: 'History and notes' })
    .fill('Atrial fibrillation; ischaemic stroke with right hemiplegia; left DVT in 2005.');

  await nextStep(page, 'Labs');
  await status(page, /^Status of/, 'Done');
  await page.getByLabel('Date of the study', { exact: true }).fill(yesterday);
  await choose(page, "Calcium: lab's flag", 'Normal');
  await choose(page, "Phosphate: lab's flag", 'Normal');

  await nextStep(page, 'Ultrasound');
  await nextStep(page, 'X-ray');
  await status(page, /^Status of/, 'Done');
  await page.getByLabel('Date of the study', { exact: true }).fill(yesterday);
  await choose(page, 'Result', 'Reticulated subcutaneous opacities of bone density');
  await choose(page, 'Depth of the deposits', 'Subcutaneous only');

  await nextStep(page, 'Bone scintigraphy');
  await status(page, /^Status of/, 'Done');
  await choose(page, 'Result', 'Soft-tissue hyper-uptake in the legs');

  await nextStep(page, 'CT / MRI');
  await status(page, /^Status of CT$/, 'Done');
  await choose(page, 'CT: Result', 'Linear subcutaneous plaques with trabecular/reticular pattern');
  await choose(page, 'CT: Depth of the deposits', 'Subcutaneous only');

  await nextStep(page, 'Biopsy');
  await status(page, /^Status of/, 'Done');
  await choose(page, 'Histology', 'Ossification: bone trabeculae in deep dermis and fat');

  await nextStep(page, /summary/i);
  await expect(page.getByRole('main')).toContainText(/Confirmed/);
  return caseUrl;
}
