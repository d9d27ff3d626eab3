import { addDays } from '../../src/domain/dates';
import {
  axeCheck,
  describeFocus,
  expect,
  tabAndChooseRadio,
  tabAndType,
  tabAndTypeDate,
  tabTo,
  test,
} from './fixtures';
import { todayIso } from './storage';
import type { Page } from '@playwright/test';

/**
 * The seed case (García-Arpa 2020, Reumatol Clin 16:300) entered from a new case to the summary
 * with the keyboard alone: Tab, Shift+Tab, Enter, Space, arrow keys and typing. Locators only
 * check where focus is and what the page shows; nothing is clicked or filled programmatically.
 */

const LABEL = 'Bed 12, left leg';
const HISTORY =
  'Atrial fibrillation; ischaemic stroke with right hemiplegia; left DVT in 2005. Hardening of both legs for 3 months.';

/** Tab to the "Next: …" link of the step navigation and follow it with Enter. */
async function next(page: Page, to: RegExp, heading: string | RegExp) {
  const nav = page.getByRole('navigation', { name: 'Step navigation' });
  await tabTo(page, nav.getByRole('link', { name: /^Next:/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(to);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(heading);
  // Focus lands on the new step's heading, so the next Tab starts from the new content.
  await expect(h1, `focus after navigation is on ${await describeFocus(page)}`).toBeFocused();
}

const statusGroup = (page: Page, modality?: RegExp) =>
  page.getByRole('group', { name: modality ?? /^Status of/ });
/** A one-tap choice: a group of radio buttons named by its legend. */
const choiceGroup = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** Shift+Tab back up to a link of the step bar and follow it with Enter. */
async function open(page: Page, name: RegExp, to: RegExp, heading: string | RegExp) {
  const bar = page.getByRole('navigation', { name: 'Workup steps' });
  await tabTo(page, bar.getByRole('link', { name }), { back: true, max: 200 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(to);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(heading);
  await expect(h1, `focus after navigation is on ${await describeFocus(page)}`).toBeFocused();
}

test('the seed case, from a new case to the summary, by keyboard alone', async ({ page }) => {
  test.setTimeout(180_000);
  const onset = addDays(todayIso(), -91);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();

  // New case with a pseudonymous label; Enter submits and opens the first step.
  await tabAndType(page, page.getByRole('textbox', { name: 'Case label' }), LABEL);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cases\/[^/]+\/patient$/);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Patient & history');
  await expect(h1).toBeFocused();
  const caseUrl = page.url().replace(/\/patient$/, '');
  const esc = caseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  // Patient & history, in the order the form shows the fields.
  await tabAndType(page, page.getByRole('textbox', { name: 'Age (years)' }), '66');
  await tabAndChooseRadio(page, choiceGroup(page, 'Sex'), 'Male');
  await tabAndChooseRadio(page, choiceGroup(page, 'Long-standing venous insufficiency'), 'Yes');
  await tabAndChooseRadio(page, choiceGroup(page, 'Prior deep vein thrombosis'), 'Yes');
  await tabAndChooseRadio(page, choiceGroup(page, 'Immobility (e.g. hemiplegia)'), 'Yes');
  await tabAndTypeDate(page, page.getByLabel('Symptom onset date'), onset);
  await tabAndChooseRadio(page, choiceGroup(page, 'Legs affected'), 'Both, left worse');
  await tabAndChooseRadio(
    page,
    choiceGroup(page, 'Where on the leg'),
    'Lower third, posterior or lateral aspect',
  );
  await tabAndChooseRadio(page, choiceGroup(page, 'Pain'), 'Mild');
  await tabAndType(page, page.getByRole('textbox', { name: 'History and notes' }), HISTORY);
  // Back up with Shift+Tab and change a choice: "Moderate", then "Mild" again.
  await tabAndChooseRadio(page, choiceGroup(page, 'Pain'), 'Moderate', { back: true });
  await tabAndChooseRadio(page, choiceGroup(page, 'Pain'), 'Mild');

  // The advice is the ultrasound with the labs at the same visit; the seed had no ultrasound,
  // so the labs are opened from the step bar (Shift+Tab back up to it).
  await open(page, /^Labs/, new RegExp(`${esc}/labs$`), 'Labs');
  await tabTo(page, page.getByRole('button', { name: 'Calcium and phosphate normal' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('No lab red flag from the values entered.')).toBeVisible();
  await expect(statusGroup(page).getByRole('radio', { name: 'Done' })).toBeChecked();

  await open(page, /^X-ray/, new RegExp(`${esc}/xray$`), 'X-ray');
  // The result first: recording it marks the film done.
  await tabAndChooseRadio(
    page,
    choiceGroup(page, 'Result'),
    'Reticulated subcutaneous opacities of bone density',
  );
  await tabAndChooseRadio(page, choiceGroup(page, 'Depth of the deposits'), 'Subcutaneous only');
  await expect(statusGroup(page).getByRole('radio', { name: 'Done' })).toBeChecked();

  // The scan and the CT of the seed case, entered as they arrived.
  await open(page, /^Bone scintigraphy/, new RegExp(`${esc}/scintigraphy$`), 'Bone scintigraphy');
  await tabAndChooseRadio(
    page,
    choiceGroup(page, 'Result'),
    'Soft-tissue hyper-uptake in the legs',
  );

  await open(page, /^CT \/ MRI/, new RegExp(`${esc}/ctmri$`), 'CT / MRI');
  await tabAndChooseRadio(
    page,
    choiceGroup(page, 'CT: Result'),
    'Linear subcutaneous plaques with trabecular/reticular pattern',
  );
  await tabAndChooseRadio(
    page,
    choiceGroup(page, 'CT: Depth of the deposits'),
    'Subcutaneous only',
  );

  await open(page, /^Biopsy/, new RegExp(`${esc}/biopsy$`), 'Biopsy');
  await tabAndChooseRadio(
    page,
    choiceGroup(page, 'Histology'),
    'Ossification: bone trabeculae in deep dermis and fat',
  );

  await next(page, new RegExp(`${esc}/summary$`), /summary/i);
  await expect(page.getByRole('main')).toContainText(/Confirmed/);
  await expect(page.getByRole('main')).toContainText(LABEL);
  await axeCheck(page, 'summary after the keyboard walkthrough');

  // The note for the record, downloaded with Space on its button.
  await tabTo(page, page.getByRole('button', { name: 'Download note (.txt)' }), { max: 400 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Space'),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.txt$/);

  // Everything entered by keyboard was saved: the case list shows the case and its conclusion.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: LABEL, exact: true })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(/Confirmed/);
});
