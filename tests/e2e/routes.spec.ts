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
