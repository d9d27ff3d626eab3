import { readFileSync } from 'node:fs';
import { axeCheck, expect, noSideScroll, test } from './fixtures';
import { CASES_KEY, envelope, seedStorage, seededCase } from './storage';

/**
 * Corrupt saved state in 'scho-workup:cases', put there before the app's first script runs: the
 * app starts, says what happened in an alert, offers the raw saved text as a download, and keeps
 * every case it can still read (a valid case next to a broken one is still listed and opens).
 */

const valid = seededCase('valid-1', 'Bed 1, still readable');
const validEntry = JSON.parse(envelope([valid])) as { state: { cases: object } };

const SCENARIOS: { name: string; raw: string; title: RegExp; readable: string[] }[] = [
  {
    name: 'truncated JSON',
    raw: envelope([valid]).slice(0, 120),
    title: /could not be read|damaged/i,
    readable: [],
  },
  {
    name: 'wrong types',
    raw: JSON.stringify({
      state: {
        cases: {
          ...validEntry.state.cases,
          bad: {
            schemaVersion: 1,
            id: 42,
            label: ['Bed 2'],
            createdAt: 1,
            updatedAt: null,
            patient: { age: 'sixty-six', sex: 7 },
            studies: 'none',
          },
        },
        order: 'valid-1',
        currentStep: [],
        quarantine: {},
      },
      version: '1',
    }),
    title: /unexpected format/i,
    readable: [valid.label],
  },
  {
    name: 'an unknown future version',
    raw: JSON.stringify({
      state: { ...validEntry.state, order: [valid.id], currentStep: {}, quarantine: [] },
      version: 99,
    }),
    title: /newer version/i,
    readable: [valid.label],
  },
  {
    name: 'an empty object',
    raw: '{}',
    title: /unexpected format/i,
    readable: [],
  },
  {
    name: 'a broken case next to a valid one',
    raw: JSON.stringify({
      state: {
        cases: {
          ...validEntry.state.cases,
          broken: { schemaVersion: 1, id: 'broken', label: '', patient: { age: -3 } },
        },
        order: [valid.id, 'broken'],
        currentStep: {},
        quarantine: [],
      },
      version: 1,
    }),
    title: /some saved cases could not be read/i,
    readable: [valid.label],
  },
];

for (const s of SCENARIOS) {
  test(`corrupt saved state (${s.name}): the app starts, says so, offers the raw data, keeps what it can read`, async ({
    page,
  }) => {
    await seedStorage(page, { [CASES_KEY]: s.raw });
    await page.goto('/');

    // It starts: the case list and the new-case form are there.
    await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Case label' })).toBeEditable();

    // It says what happened.
    const alert = page.getByRole('alert').filter({ hasText: s.title });
    await expect(alert).toBeVisible();
    await axeCheck(page, `/ with the alert for ${s.name}`);
    await noSideScroll(page, `/ with the alert for ${s.name}`);

    // It offers the raw saved data as a download, byte for byte.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: /download/i }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    expect(readFileSync(await download.path(), 'utf8')).toBe(s.raw);

    // It keeps what it can read.
    for (const label of s.readable) {
      await expect(page.getByRole('heading', { name: label, exact: true })).toBeVisible();
    }

    // Nothing is lost on a reload: the readable cases are still listed and the raw text is still
    // on the device.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
    // The alert again (it comes with the read, drawn with the list).
    await expect(alert).toBeVisible();
    for (const label of s.readable) {
      await expect(page.getByRole('heading', { name: label, exact: true })).toBeVisible();
    }
    const kept = await page.evaluate(
      (raw) => Object.keys(localStorage).filter((k) => localStorage.getItem(k) === raw),
      s.raw,
    );
    expect(kept, 'a verbatim copy of the saved text is kept in localStorage').not.toEqual([]);

    // A readable case still opens in the wizard.
    if (s.readable[0]) {
      await page.getByRole('link', { name: `Open ${s.readable[0]}` }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/./);
      await expect(page).toHaveURL(new RegExp(`/cases/${valid.id}/`));
    }
  });
}

test('the alert about unreadable data is drawn with the list, never after it (the list does not jump under a finger)', async ({
  page,
}) => {
  const broken = SCENARIOS.find((s) => s.name === 'a broken case next to a valid one')!;
  await seedStorage(page, { [CASES_KEY]: broken.raw });
  // The alert's code arrives late, as on a slow network: the list must wait for it.
  await page.route(/load-problem-alert[^/]*\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 600));
    await route.continue();
  });
  // Watch, from the first script, for the list and the alert entering the page.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenOrder: string[] }).seenOrder = seen;
    new MutationObserver(() => {
      // Both in one change count as drawn together (the alert is listed first).
      if (!seen.includes('alert') && document.querySelector('main [role="alert"]')) {
        seen.push('alert');
      }
      if (!seen.includes('list') && document.querySelector('main .case-card')) seen.push('list');
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: broken.title })).toBeVisible();
  await expect(page.getByRole('heading', { name: valid.label, exact: true })).toBeVisible();
  const order = await page.evaluate(() => (window as unknown as { seenOrder: string[] }).seenOrder);
  expect(order[0], `what came first: ${order.join(', ')}`).toBe('alert');
});
