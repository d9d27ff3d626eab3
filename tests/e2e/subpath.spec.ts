import { expect, test } from './fixtures';
import { walkSeedCase } from './walk';

/**
 * A hospital may serve the app under a path of its site (https://intranet/scho/): the base path
 * is a build setting (`BASE_PATH=/scho/ npm run build`). This build is served under /scho/ by its
 * own preview server (playwright.config.ts), with the same strict content-security policy, and
 * every address below is relative to it.
 */
const BASE = '/scho/';

test.describe('served under a sub-path', () => {
  // The deliberate offline navigation logs failed loads of nothing the app needs.
  test.use({ allowedConsoleErrors: [/^Failed to load resource: net::ERR_INTERNET_DISCONNECTED$/] });

  test('the first page, its links, the manifest and the icons stay under the base path', async ({
    page,
    request,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
    // The first page drawn at build time was this reader's page, and the app took it over.
    await expect(page.locator('html')).toHaveAttribute('data-shell', 'app');
    await expect(page.getByRole('button', { name: 'Create case' })).toBeEnabled();

    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) {
      expect(
        href === BASE.slice(0, -1) || href.startsWith(BASE) || href.startsWith('#'),
        href,
      ).toBe(true);
    }
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Evidence' })
      .click();
    await expect(page).toHaveURL(new RegExp(`${BASE}evidence$`));

    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBe(`${BASE}manifest.webmanifest`);
    const manifestUrl = new URL(manifestHref!, page.url()).href;
    const manifest = (await (await request.get(manifestUrl)).json()) as {
      id: string;
      start_url: string;
      scope: string;
      icons: { src: string }[];
    };
    expect([manifest.id, manifest.start_url, manifest.scope]).toEqual([BASE, BASE, BASE]);
    const favicon = await page.locator('link[rel="icon"]').getAttribute('href');
    const icons = [...manifest.icons.map((i) => new URL(i.src, manifestUrl).href), favicon!];
    for (const icon of icons) {
      const url = new URL(icon, page.url());
      expect(url.pathname.startsWith(BASE), url.pathname).toBe(true);
      const r = await request.get(url.href);
      expect(r.status(), url.pathname).toBe(200);
      expect(r.headers()['content-type']).toMatch(/^image\//);
    }
  });

  test('HAZ-62 walks a case to its summary, reopens a deep link, and works offline', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const caseUrl = await walkSeedCase(page, 'Bed 4, sub-path', './');
    expect(caseUrl.startsWith(`${BASE}cases/`), caseUrl).toBe(true);

    // A deep link opened afresh: the server's fallback gives the app, the router its page.
    await page.goto(`${caseUrl}/xray`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('X-ray');

    // The service worker's scope is the base path; the next load is controlled by it.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(BASE);
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);

    await context.setOffline(true);
    // A deep link offline: the worker answers with its copy of the page (its offline fallback).
    await page.goto(`${caseUrl}/summary`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(/Confirmed/);
    await page.goto('./');
    await expect(page.getByRole('link', { name: 'Open Bed 4, sub-path' })).toBeVisible();
    await context.setOffline(false);
  });

  test('the comparison opened cold is its own page under the base path, from the server and, offline, from the service worker', async ({
    page,
    context,
  }) => {
    const drawn = () =>
      page.evaluate(() => document.getElementById('app-preload')?.textContent ?? '');
    await page.goto('compare');
    await expect(page).toHaveURL(new RegExp(`${BASE}compare$`));
    // compare.html, not index.html: the page drawn at build time, then the app's.
    expect(await drawn()).toContain('"page":"compare"');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Compare the investigations' }),
    ).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('data-shell', 'app');
    // Its links stay under the base path.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Cases' })).toHaveAttribute(
      'href',
      BASE.slice(0, -1),
    );

    await page.evaluate(async () => navigator.serviceWorker.ready);
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    await context.setOffline(true);
    await page.goto('probability');
    expect(await drawn()).toContain('"page":"probability"');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Pre-test / post-test explorer' }),
    ).toBeFocused();
    await expect(page.locator('main [disabled]')).toHaveCount(0);
    await context.setOffline(false);
  });
});
