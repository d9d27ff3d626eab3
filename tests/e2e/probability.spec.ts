import { axeCheck, expect, noSideScroll, test } from './fixtures';
import { assumeCtRange } from './walk';
import {
  CASES_KEY,
  SETTINGS_KEY,
  seedCases,
  seededCase,
  seedStorage,
  envelope,
  storedCases,
} from './storage';

/**
 * The pre-test / post-test explorer (/probability): axe and layout at both widths in both
 * languages, a case's results filled in without changing the case, what-if labelled, no request
 * off the device (the fixture), and the page working offline after one visit.
 */
const seed = seededCase('prob-case', 'Bed 7, explorer');

for (const lang of ['en', 'es'] as const) {
  test(`/probability (${lang}): no axe violation, no sideways scroll`, async ({ page }) => {
    await seedStorage(page, {
      [CASES_KEY]: envelope([seed]),
      [SETTINGS_KEY]: JSON.stringify({ state: { lang }, version: 1 }),
    });
    await page.goto('/probability');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      lang === 'en' ? 'Pre-test / post-test explorer' : /Explorador de probabilidad/,
    );
    await axeCheck(page, `/probability (${lang})`);
    await noSideScroll(page, `/probability (${lang})`);

    // The same with a case's results, a what-if assumption and the clinician's own range open.
    await page.goto(`/probability?case=${seed.id}`);
    await expect(page.getByTestId('case-note')).toContainText('Bed 7, explorer');
    const own = lang === 'en' ? /My own range/ : /Mi propio intervalo/;
    await page.getByRole('radio', { name: own }).check();
    await page.getByLabel(lang === 'en' ? 'From (%)' : 'Desde (%)').fill('5');
    await page.getByLabel(lang === 'en' ? 'To (%)' : 'Hasta (%)').fill('20');
    const ct = page.getByTestId('result-ct');
    await ct.getByRole('checkbox').check();
    await ct
      .getByLabel(lang === 'en' ? 'Assumed sensitivity (%)' : 'Sensibilidad supuesta (%)')
      .fill('90');
    await ct
      .getByLabel(lang === 'en' ? 'Assumed specificity (%)' : 'Especificidad supuesta (%)')
      .fill('80');
    await ct.getByRole('radio', { name: lang === 'en' ? /Positive/ : /Positivo/ }).check();
    await expect(page.getByTestId('post-test')).toBeVisible();
    await axeCheck(page, `/probability with a case and a what-if (${lang})`);
    await noSideScroll(page, `/probability with a case and a what-if (${lang})`);
  });
}

test('a case fills the explorer; no likelihood ratio without a 2×2 table; what-if labelled; the case is unchanged', async ({
  page,
}) => {
  await seedCases(page, [seed]);
  await page.goto(`/probability?case=${seed.id}`);
  // The seed case's X-ray shows bone density: filled in as positive.
  const xray = page.getByTestId('result-xray');
  await expect(xray.getByRole('radio', { name: /Positive/ })).toBeChecked();
  await expect(page.getByTestId('no-lr-xray')).toContainText(
    'No likelihood ratio can be computed from the sources.',
  );
  const before = (await storedCases(page)).records;
  expect(before).toHaveLength(1);

  await assumeCtRange(page);
  // 5–20 % with an assumed LR+ of 4.5: 19.1–52.9 %, labelled as the clinician's assumption.
  await expect(page.getByTestId('post-test')).toContainText('19.1%–52.9%');
  await expect(page.getByTestId('post-test')).toContainText('WHAT-IF');

  // The export leaves the assumption out unless chosen, and labels it when chosen.
  const text = page.getByTestId('export-text');
  await expect(text).not.toHaveValue(/WHAT-IF/);
  await expect(text).toHaveValue(/left out of this export/);
  await page.getByRole('checkbox', { name: /Include my what-if assumptions/ }).check();
  await expect(text).toHaveValue(/assumed sensitivity 90%.*WHAT-IF/);

  // Nothing the explorer did reached the saved case.
  expect((await storedCases(page)).records).toEqual(before);
});

test.describe('offline', () => {
  test.use({ allowedConsoleErrors: [/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/] });

  test('the explorer and its chart load offline after the first visit', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await seedCases(page, [seed]);
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await context.setOffline(true);
    const probe = await page.evaluate(() =>
      fetch(`/not-precached-${Date.now()}.txt`).then(
        (r) => `status ${r.status}`,
        () => 'failed',
      ),
    );
    expect(probe).toBe('failed');

    await page.goto('/probability');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Pre-test / post-test explorer' }),
    ).toBeVisible();
    await page.getByRole('radio', { name: /My own range/ }).check();
    await page.getByLabel('From (%)').fill('10');
    await page.getByLabel('To (%)').fill('30');
    const us = page.getByTestId('result-ultrasound');
    await us.getByRole('checkbox').check();
    await us.getByLabel('Assumed sensitivity (%)').fill('80');
    await us.getByLabel('Assumed specificity (%)').fill('90');
    await us.getByRole('radio', { name: /Negative/ }).check();
    await expect(page.getByTestId('post-test')).toBeVisible();
    // The chart's lazy chunk (recharts) comes from the precache.
    await expect(page.locator('.prob-chart svg').first()).toBeVisible();
  });
});
