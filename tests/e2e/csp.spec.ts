import { CONTENT_SECURITY_POLICY } from '../../scripts/security-headers.mjs';
import { expect, test } from './fixtures';
import { seedCases, seededCase } from './storage';

/**
 * The deployment profile (README, "Serving it in a hospital"): every page comes with the strict
 * content-security policy and Trusted Types, and runs under it (the fixture fails any test on a
 * violation). Here: the page itself holds nothing the policy would have to trust, and what an
 * attacker's injected markup or script would need is refused.
 */

const seed = seededCase();

test('the pages hold no inline script or style and are served with the policy', async ({
  page,
}) => {
  await seedCases(page, [seed]);
  for (const path of ['/', `/cases/${seed.id}/patient`, '/compare']) {
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const inline = await page.evaluate(() => ({
      scripts: [...document.scripts]
        .filter((s) => !s.src && s.type !== 'application/json')
        .map((s) => s.outerHTML.slice(0, 80)),
      styles: document.querySelectorAll('style').length,
      json: [...document.scripts].filter((s) => s.type === 'application/json').length,
    }));
    // The only script without a src is the build's data for the boot script, which never runs.
    expect(inline).toEqual({ scripts: [], styles: 0, json: 1 });
  }
});

test.describe('injected content', () => {
  // The refusals below are reported, as the policy intends; nothing else may be.
  test.use({
    allowedConsoleErrors: [
      new RegExp(
        [
          /^content-security-policy violation: style-src-attr blocked inline /,
          /^Applying inline style violates the following Content Security Policy directive 'style-src 'self''/,
          /^content-security-policy violation: require-trusted-types-for blocked trusted-types-sink /,
          /^This document requires 'Trusted(HTML|ScriptURL)' assignment\. The action has been blocked\.$/,
        ]
          .map((re) => re.source)
          .join('|'),
      ),
    ],
  });

  test('HAZ-61 markup, script URLs and inline styles put in the page by script are refused', async ({
    page,
  }) => {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') refused.push(m.text());
    });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Create case' })).toBeEnabled();
    const result = await page.evaluate(() => {
      const attempt = (f: () => void) => {
        try {
          f();
          return 'allowed';
        } catch (e) {
          return (e as Error).name;
        }
      };
      const main = document.querySelector('main')!;
      const html = attempt(() => {
        main.insertAdjacentHTML('beforeend', '<img src="x" onerror="window.pwned = 1">');
      });
      const script = attempt(() => {
        const s = document.createElement('script');
        s.src = '/evil.js';
        document.head.append(s);
      });
      const heading = document.querySelector('h1')!;
      heading.setAttribute('style', 'color: rgb(255, 0, 0)');
      return { html, script, color: getComputedStyle(heading).color };
    });
    // Trusted Types: a string is never taken as markup or as a script's address.
    expect(result.html).toBe('TypeError');
    expect(result.script).toBe('TypeError');
    // style-src 'self': an inline style attribute is not applied.
    expect(result.color).not.toBe('rgb(255, 0, 0)');
    await expect.poll(() => refused.some((t) => /style-src-attr/.test(t))).toBe(true);
  });
});
