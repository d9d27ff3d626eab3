import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { seedCases, seededCase } from './storage';

/**
 * Hospital wifi drops. After one visit the service worker has precached the shell and every
 * chunk, so the app reloads, walks a step and exports with the network off.
 */
test.describe('offline', () => {
  // The deliberate probe below logs a failed load; a chunk missing from the precache would fail
  // the page assertions instead.
  test.use({ allowedConsoleErrors: [/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/] });

  test('works offline after the first visit: reload, walk a step, export', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await seedCases(page, [seededCase('offline-case', 'Bed 3, offline')]);
    await page.goto('/');
    // The first visit installs the service worker; the next load is controlled by it.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    await context.setOffline(true);
    // A request that is not precached must fail, or "offline" proves nothing.
    const probe = await page.evaluate(() =>
      fetch(`/not-precached-${Date.now()}.txt`).then(
        (r) => `status ${r.status}`,
        () => 'failed',
      ),
    );
    expect(probe).toBe('failed');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();

    // Walk a step: the wizard's chunk comes from the precache, and the entry is saved.
    await page.getByRole('link', { name: 'Open Bed 3, offline' }).click();
    await page.goto('/cases/offline-case/ultrasound');
    await expect(page.getByRole('heading', { level: 1, name: 'Ultrasound' })).toBeVisible();
    await page.getByRole('radio', { name: 'Done' }).first().check();
    await page
      .getByRole('group', { name: 'Result', exact: true })
      .getByRole('radio')
      .nth(2)
      .check();
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Done' }).first()).toBeChecked();

    // Export: the note and its code load from the precache too.
    await page.goto('/cases/offline-case/summary');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download note (.txt)' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('Bed 3, offline');
    expect(text).toContain('Ultrasound');

    // The comparison page, with its chart library, is available offline as well.
    await page.goto('/compare');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Compare the investigations' }),
    ).toBeVisible();
    await context.setOffline(false);
  });
});

test('the summary prints as a clean document: no navigation or buttons, the disclaimer kept', async ({
  page,
}) => {
  await seedCases(page, [seededCase()]);
  await page.goto('/cases/seed-case/summary');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Seen on screen first, so that "hidden on paper" cannot pass for a region that is not there.
  const exportsRegion = page.getByRole('region', { name: 'Note for the record, print and export' });
  await expect(exportsRegion).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(exportsRegion).toBeHidden();
  await expect(page.getByText(/does not replace clinical judgement/).first()).toBeVisible();
  // Chromium's own PDF output: A4, a few pages, not an empty document.
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(8);
});
