import type { Locator, Page } from '@playwright/test';
import { newCase } from '../../src/domain/case/parse';
import { addDays } from '../../src/domain/dates';
import { expect, test } from './fixtures';
import { expectSaved, seedCases, todayIso } from './storage';

/**
 * A reload on every step loses nothing: values are entered, and the page is reloaded as soon as
 * it says the last change is saved on the device (each change is committed on its own, in a few
 * milliseconds), then every value is still there, on the same step. The case starts in the
 * localStorage of the versions before IndexedDB, so each test also migrates real old-format data.
 */

type Entry =
  | { kind: 'text'; field: (p: Page) => Locator; value: string; shown?: string }
  | { kind: 'select'; field: (p: Page) => Locator; value: string }
  | { kind: 'check'; field: (p: Page) => Locator };

const text = (name: string | RegExp, value: string, shown?: string): Entry => ({
  kind: 'text',
  field: (p) => p.getByRole('textbox', { name, exact: typeof name === 'string' }),
  value,
  ...(shown ? { shown } : {}),
});
const date = (name: string, value: string): Entry => ({
  kind: 'text',
  field: (p) => p.getByLabel(name, { exact: true }),
  value,
});
const select = (name: string | RegExp, value: string): Entry => ({
  kind: 'select',
  field: (p) => p.getByRole('combobox', { name, exact: typeof name === 'string' }),
  value,
});
const radio = (group: RegExp | string, name: string): Entry => ({
  kind: 'check',
  field: (p) =>
    p
      .getByRole('group', { name: group, exact: typeof group === 'string' })
      .getByRole('radio', { name, exact: true }),
});
const checkbox = (name: string): Entry => ({
  kind: 'check',
  field: (p) => p.getByRole('checkbox', { name, exact: true }),
});

const yesterday = addDays(todayIso(), -1);

const STEPS: { step: string; heading: string; entries: Entry[] }[] = [
  {
    step: 'patient',
    heading: 'Patient & history',
    entries: [
      text('Age (years)', '66'),
      radio('Sex', 'Male'),
      radio('Prior deep vein thrombosis', 'Yes'),
      date('Symptom onset date', addDays(todayIso(), -91)),
      radio('Legs affected', 'Both'),
      checkbox('Signs of venous insufficiency'),
      text('History and notes', 'Left DVT in 2005; right hemiplegia.'),
    ],
  },
  {
    step: 'labs',
    heading: 'Labs',
    entries: [
      radio(/^Status of/, 'Done'),
      date('Date of the study', yesterday),
      // A decimal comma is read as a decimal point and shown back with a point.
      text('Calcium: value', '9,4', '9.4'),
      select('Calcium: unit', 'mg/dL'),
      radio("Calcium: lab's flag", 'Normal'),
      radio("Phosphate: lab's flag", 'Normal'),
    ],
  },
  {
    step: 'ultrasound',
    heading: 'Ultrasound',
    entries: [
      radio(/^Status of/, 'Deferred'),
      select('Reason', 'Not available'),
      text('Note', 'Ultrasound booked for next week.'),
    ],
  },
  {
    step: 'xray',
    heading: 'X-ray',
    entries: [
      radio(/^Status of/, 'Done'),
      date('Date of the study', yesterday),
      radio('Result', 'Reticulated subcutaneous opacities of bone density'),
      radio('Periostitis', 'No'),
      radio('Depth of the deposits', 'Subcutaneous only'),
    ],
  },
  {
    step: 'scintigraphy',
    heading: 'Bone scintigraphy',
    entries: [radio(/^Status of/, 'Done'), radio('Result', 'Soft-tissue hyper-uptake in the legs')],
  },
  {
    step: 'ctmri',
    heading: 'CT / MRI',
    entries: [
      radio(/^Status of CT$/, 'Done'),
      radio('CT: Result', 'Linear subcutaneous plaques with trabecular/reticular pattern'),
      radio(/^Status of MRI$/, 'Skipped'),
      select('MRI: Reason', 'Not indicated'),
    ],
  },
  {
    step: 'biopsy',
    heading: 'Biopsy',
    entries: [
      radio(/^Status of/, 'Done'),
      radio('Histology', 'Ossification: bone trabeculae in deep dermis and fat'),
      radio('Wound-healing problem after the biopsy', 'No'),
    ],
  },
];

async function enter(page: Page, e: Entry) {
  const field = e.field(page);
  if (e.kind === 'text') await field.fill(e.value);
  else if (e.kind === 'select') await field.selectOption({ label: e.value });
  else await field.check();
}

async function expectKept(page: Page, e: Entry, afterReload: boolean) {
  const field = e.field(page);
  if (e.kind === 'text')
    await expect(field).toHaveValue(afterReload ? (e.shown ?? e.value) : e.value);
  else if (e.kind === 'select') await expect(field.locator('option:checked')).toHaveText(e.value);
  else await expect(field).toBeChecked();
}

for (const { step, heading, entries } of STEPS) {
  test(`reload on the ${step} step loses nothing`, async ({ page }) => {
    const c = newCase('reload-case', 'Bed 7', `${todayIso()}T08:00:00.000Z`);
    await seedCases(page, [c]);
    await page.goto(`/cases/${c.id}/${step}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    for (const e of entries) await enter(page, e);
    for (const e of entries) await expectKept(page, e, false);
    await expectSaved(page);

    await page.reload();
    await expect(page).toHaveURL(new RegExp(`/cases/${c.id}/${step}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    for (const e of entries) await expectKept(page, e, true);

    // And the step a case was left on is where it opens again.
    await page.goto(`/cases/${c.id}`);
    await expect(page).toHaveURL(new RegExp(`/cases/${c.id}/${step}$`));
  });
}

test('a new case survives a reload of the case list', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Case label' }).fill('Bed 3, right leg');
  await page.getByRole('button', { name: 'Create case' }).click();
  await expect(page).toHaveURL(/\/patient$/);
  await expectSaved(page);
  await page.goto('/');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Bed 3, right leg', exact: true })).toBeVisible();
});
