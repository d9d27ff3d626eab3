import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The comparison and the probability explorer opened cold (a bookmark, the installed app's last
 * page) are painted from their own HTML (compare.html, probability.html, drawn at build time)
 * while the app's script is on its way; the app then draws the same page, with what is saved on
 * this device. The entry script is held back here, as a slow link would.
 */
async function holdEntry(page: Page) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  return { release, requested: () => requested };
}

const PAGES = [
  { path: '/compare', heading: 'Compare the investigations', es: 'Comparar las pruebas' },
  {
    path: '/probability',
    heading: 'Pre-test / post-test explorer',
    es: 'Explorador de probabilidad preprueba / postprueba',
  },
];

for (const { path, heading } of PAGES) {
  test(`${path} opened cold is painted from its own page before the script arrives, then the app draws it: no loading line, nothing left disabled`, async ({
    page,
  }) => {
    const entry = await holdEntry(page);
    await page.goto(path);
    // Painted from the HTML, inert: the script is requested only after that paint.
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-shell', 'page');
    await expect(page.getByRole('main')).toHaveAttribute('aria-busy', 'true');
    await expect.poll(entry.requested).toBe(true);
    // From here on, a loading line in place of the page would be a flash of nothing.
    await page.evaluate(() => {
      const w = window as unknown as { loadingSeen: boolean };
      w.loadingSeen = false;
      new MutationObserver(() => {
        if (document.querySelector('main > [role="status"], main > * > [role="status"]')) {
          w.loadingSeen = true;
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    entry.release();

    await expect(page.locator('html')).toHaveAttribute('data-shell', 'app');
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
    await expect(page.getByRole('main')).not.toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('main [disabled], main [data-shell-added]')).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as unknown as { loadingSeen: boolean }).loadingSeen),
    ).toBe(false);
  });
}

test.describe('a Spanish reader', () => {
  test.use({ locale: 'es-ES' });

  for (const { path, heading, es } of PAGES) {
    test(`never sees the English page drawn at build time at ${path}`, async ({ page }) => {
      const entry = await holdEntry(page);
      // (The page's load waits for the entry, which is requested at once here.)
      await page.goto(path, { waitUntil: 'domcontentloaded' });
      await expect.poll(entry.requested).toBe(true);
      await expect(page.locator('html')).toHaveAttribute('data-shell', 'off');
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(page.getByRole('heading', { name: heading })).toBeHidden();
      entry.release();
      await expect(page.getByRole('heading', { level: 1, name: es })).toBeVisible();
    });
  }
});

test('a case chosen in the address is drawn by the app, not the page drawn with none', async ({
  page,
}) => {
  const entry = await holdEntry(page);
  await page.goto('/compare?case=no-such-case', { waitUntil: 'domcontentloaded' });
  await expect.poll(entry.requested).toBe(true);
  await expect(page.locator('html')).toHaveAttribute('data-shell', 'off');
  await expect(page.getByRole('heading', { name: 'Compare the investigations' })).toBeHidden();
  entry.release();
  await expect(page.getByTestId('case-note')).toBeVisible();
});
