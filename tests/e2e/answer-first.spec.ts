import { axeCheck, expect, test } from './fixtures';
import { CASES_KEY, envelope, SETTINGS_KEY, seedStorage, seededCase } from './storage';

/**
 * The summary leads with the answer: on a 360 × 740 phone its first screen holds the working
 * conclusion and the plan, in both languages, and the exports come after them. On paper it has
 * a blank line for the patient's identity (the app never stores it), and a link that leaves the
 * app prints its address while links within the app print as plain text.
 */

const seed = seededCase('answer-case', 'Bed 12, left leg');
const settings = (lang: 'en' | 'es') => JSON.stringify({ state: { lang }, version: 1 });

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const lang of ['en', 'es'] as const) {
    test(`a case just created shows the first visit's plan on its first screen (${lang})`, async ({
      page,
    }) => {
      await seedStorage(page, { [SETTINGS_KEY]: settings(lang) });
      await page.goto('/');
      await page
        .getByRole('textbox', { name: lang === 'en' ? 'Case label' : 'Etiqueta del caso' })
        .fill('Bed 4');
      await page
        .getByRole('button', { name: lang === 'en' ? 'Create case' : 'Crear caso' })
        .click();
      await expect(page).toHaveURL(/\/patient$/);
      // The advice names the ultrasound (with the labs at the same visit) before anything is
      // typed, and asks for the history on this page; no scrolling is needed to read it.
      const advice = page.locator('[data-next-step="ultrasound"]').first();
      await expect(advice).toBeVisible();
      await expect(advice).toContainText(
        lang === 'en' ? 'Record the history' : 'Registre la historia',
      );
      const box = (await advice.boundingBox())!;
      console.log(`new case (${lang}): the plan starts at ${box.y} px`);
      expect(box.y).toBeLessThan(740 - 40);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  }

  for (const lang of ['en', 'es'] as const) {
    test(`the summary's first screen holds the conclusion and the plan (${lang})`, async ({
      page,
    }) => {
      await seedStorage(page, { [CASES_KEY]: envelope([seed]), [SETTINGS_KEY]: settings(lang) });
      await page.goto(`/cases/${seed.id}/summary`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        lang === 'en' ? 'Workup summary' : 'Resumen del estudio',
      );
      const bottom = async (selector: string) => {
        const box = await page.locator(selector).first().boundingBox();
        expect(box, selector).not.toBeNull();
        return box!.y + box!.height;
      };
      const conclusion = await bottom('.conclusion');
      const plan = await bottom('.summary-next');
      console.log(`summary (${lang}): conclusion ends at ${conclusion} px, plan at ${plan} px`);
      expect(conclusion).toBeLessThanOrEqual(740);
      expect(plan).toBeLessThanOrEqual(740);
      // The exports follow the answer.
      const exportsTop = (await page.locator('.export-actions').boundingBox())!.y;
      expect(exportsTop).toBeGreaterThan(plan);
    });
  }
});

test('the printed summary: a line for the patient, addresses for links that leave the app', async ({
  page,
}) => {
  await seedStorage(page, { [CASES_KEY]: envelope([seed]), [SETTINGS_KEY]: settings('en') });
  await page.goto(`/cases/${seed.id}/summary`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const identity = page.getByText(/Patient \(name, date of birth, record number\)/);
  await expect(identity).toBeHidden();
  await axeCheck(page, 'summary (screen, identity line hidden)');

  await page.emulateMedia({ media: 'print' });
  await expect(identity).toBeVisible();
  const links = await page.locator('.summary-page a').evaluateAll((as) =>
    as.map((a) => ({
      href: a.getAttribute('href') ?? '',
      after: getComputedStyle(a, '::after').content,
      underline: getComputedStyle(a).textDecorationLine,
      shown: a.getBoundingClientRect().width > 0,
    })),
  );
  const external = links.filter((l) => l.shown && /^https?:/.test(l.href));
  const internal = links.filter((l) => l.shown && l.href.startsWith('/'));
  expect(external.length, 'links to the references on paper').toBeGreaterThan(0);
  for (const l of external) expect(l.after, l.href).toContain(l.href);
  for (const l of internal) {
    expect(l.underline, `${l.href} on paper`).toBe('none');
    expect(l.after, `${l.href} on paper`).toBe('none');
  }
});
