import { axeCheck, expect, noSideScroll, test } from './fixtures';
import { seedCases, seededCase } from './storage';

/**
 * Every route and every wizard step, in both projects (1280×800 and 360×640): the page renders
 * without console errors or uncaught exceptions (the fixture), axe finds no WCAG 2.0/2.1/2.2
 * A/AA violation, and the page does not scroll sideways.
 */

const seed = seededCase();
const STEPS = ['patient', 'labs', 'ultrasound', 'xray', 'scintigraphy', 'ctmri', 'biopsy'];
const caseUrl = (step: string) => `/cases/${seed.id}/${step}`;

const ROUTES: { path: string; heading: RegExp; empty?: boolean }[] = [
  { path: '/', heading: /cases/i, empty: true },
  { path: '/', heading: /cases/i },
  ...STEPS.map((s) => ({ path: caseUrl(s), heading: /./ })),
  { path: caseUrl('summary'), heading: /./ },
  { path: '/compare', heading: /./ },
  { path: '/evidence', heading: /./ },
  { path: '/no-such-page', heading: /not found/i },
  { path: '/cases/no-such-case/patient', heading: /not found/i },
  { path: caseUrl('no-such-step'), heading: /not found/i },
];

for (const route of ROUTES) {
  const name = `${route.path}${route.empty ? ' (no cases yet)' : ''}`;
  test(`${name}: no axe violation, no sideways scroll, no console error`, async ({ page }) => {
    await seedCases(page, route.empty ? [] : [seed]);
    await page.goto(route.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
    await axeCheck(page, name);
    await noSideScroll(page, name);
  });
}

test("a case's summary opened cold fetches the reader's clinical words only; switching language brings the other's before the page changes", async ({
  page,
}) => {
  // Each language's clinical sentences are a chunk of their own (src/domain/words/<code>.ts),
  // named in the build's preload table.
  await seedCases(page, [seed]);
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(caseUrl('summary'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/summary/i);
  const words = await page.evaluate(() => {
    const table = JSON.parse(document.getElementById('app-preload')?.textContent ?? '{}') as {
      words: Record<string, string[]>;
    };
    const chunk = (lang: string) => table.words[lang]?.find((f) => /\/(en|es)-[^/]*\.js$/.test(f));
    return { en: chunk('en'), es: chunk('es') };
  });
  expect(words.en && words.es).toBeTruthy();
  expect(fetched).toContain(words.en);
  expect(fetched).not.toContain(words.es);

  // The switch waits for the Spanish words: the summary is drawn in Spanish, with no error.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/resumen/i);
  expect(fetched).toContain(words.es);
});
