import { appendFileSync } from 'node:fs';
import { expect, test as base, type Locator, type Page } from '@playwright/test';
import axe from 'axe-core';
import { CONTENT_SECURITY_POLICY } from '../../scripts/security-headers.mjs';

/**
 * The fixture every browser test uses. For the whole test it:
 * - records every request the browser context makes (pages and the service worker) and aborts
 *   and reports any request to a host other than the local preview server;
 * - collects console errors and uncaught page errors, and every content-security-policy or
 *   Trusted Types violation (the preview server sends the strict policy of
 *   scripts/security-headers.mjs on every response, and each page of the app is checked to have
 *   been served with it);
 * and fails the test, after it has run, if any of those happened.
 */

interface NetworkLog {
  /** Every request URL, in order. */
  readonly requests: string[];
  /** Requests to anything but the local server (aborted before they leave the machine). */
  readonly foreign: string[];
}

interface Fixtures {
  network: NetworkLog;
  /** Console errors and uncaught exceptions seen so far in this test. */
  browserErrors: string[];
  /** Console error texts a test expects (e.g. a deliberately broken page). None by default. */
  allowedConsoleErrors: RegExp[];
  /**
   * Origins besides the local server a test may reach: the health record a launched session talks
   * to (tests/e2e/smart.ts). None by default: every other host stays impossible.
   */
  allowedOrigins: string[];
  /**
   * The content-security policy every page must be served with: the app's own by default; a
   * launch from the record adds the record's origin to `connect-src` (tests/e2e/smart.ts).
   */
  contentSecurityPolicy: string;
}

/** URLs that never leave the browser. */
const isLocalScheme = (url: string) => /^(data|blob|about|chrome-error):/.test(url);

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  allowedOrigins: [[], { option: true }],
  contentSecurityPolicy: [CONTENT_SECURITY_POLICY, { option: true }],

  network: [
    async ({ context, baseURL, allowedOrigins }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      const log: NetworkLog = { requests: [], foreign: [] };
      const allowed = new Set([origin, ...allowedOrigins]);
      const isForeign = (url: string) => !isLocalScheme(url) && !allowed.has(new URL(url).origin);
      context.on('request', (request) => {
        const url = request.url();
        log.requests.push(url);
        if (isForeign(url)) log.foreign.push(`${request.method()} ${url}`);
      });
      // Nothing may leave the machine: anything not for the local server is aborted here.
      await context.route(
        (url) => isForeign(url.href),
        (route) => route.abort('blockedbyclient'),
      );
      await use(log);
      expect(log.foreign, 'requests to hosts other than the local server').toEqual([]);
    },
    { auto: true },
  ],

  browserErrors: [
    async ({ context, allowedConsoleErrors, baseURL, contentSecurityPolicy }, use) => {
      const errors: string[] = [];
      // A violation is reported as an error even where the browser would not log one.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(
            `content-security-policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`,
          );
        });
      });
      // Every page of the app is served under the strict policy (from the server or, offline,
      // from the service worker's copy of the response).
      const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
      context.on('response', (response) => {
        const request = response.request();
        if (request.resourceType() !== 'document' || !response.url().startsWith(origin)) return;
        if (response.status() >= 300 && response.status() < 400) return;
        const csp = response.headers()['content-security-policy'];
        if (csp !== contentSecurityPolicy) {
          errors.push(`${response.url()} was served without the app's content-security policy`);
        }
      });
      context.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        if (allowedConsoleErrors.some((re) => re.test(text))) return;
        const where = msg.location().url ? ` (${msg.location().url})` : '';
        errors.push(`console.error: ${text}${where}`);
      });
      context.on('weberror', (err) => {
        const e = err.error();
        errors.push(`uncaught: ${e.name}: ${e.message}\n${e.stack ?? ''}`);
      });
      await use(errors);
      expect(errors, 'console errors and uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/* ------------------------------------------------------------------------------------------ */
/* Accessibility                                                                               */
/* ------------------------------------------------------------------------------------------ */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Readable text for a list of axe violations. */
function formatViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 6)
        .map(
          (n) =>
            `    - ${n.target}\n      ${n.html}\n      ${n.summary.replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      const more = v.nodes.length > 6 ? `\n    … and ${v.nodes.length - 6} more` : '';
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

/**
 * Run axe-core (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on the page as it is now. Fails the test (softly,
 * so one run reports every page) with a readable list of violations. Each check is counted in
 * the file named by E2E_AXE_LOG, which the global teardown totals.
 */
export async function axeCheck(page: Page, what?: string): Promise<void> {
  const label = what ?? new URL(page.url()).pathname;
  await page.locator('main[aria-busy="true"]').waitFor({ state: 'detached' });
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags) => {
    const w = window as unknown as { axe: typeof axe };
    const result = await w.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String).join(' '),
        html: n.html.slice(0, 200),
        summary: n.failureSummary ?? '',
      })),
    }));
  }, AXE_TAGS);
  const log = process.env.E2E_AXE_LOG;
  const project = base.info().project.name;
  if (log) {
    appendFileSync(
      log,
      `${JSON.stringify({ project, page: label, violations: violations.length })}\n`,
    );
  }
  expect
    .soft(violations.length, `axe on ${label} (${project}):\n${formatViolations(violations)}`)
    .toBe(0);
}

/* ------------------------------------------------------------------------------------------ */
/* Layout                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** The page must not scroll sideways: `scrollWidth <= innerWidth`. Names the widest elements. */
export async function noSideScroll(page: Page, what?: string): Promise<void> {
  const label = what ?? new URL(page.url()).pathname;
  const r = await page.evaluate(() => {
    const de = document.documentElement;
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const text = (el.textContent ?? '').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${id}> right=${Math.round(el.getBoundingClientRect().right)} "${text}"`;
    };
    // Elements past the right edge that no ancestor clips or scrolls: the ones that widen the page.
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const offenders = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !clipped(el))
      .slice(0, 6)
      .map(describe);
    return { scrollWidth: de.scrollWidth, innerWidth: window.innerWidth, offenders };
  });
  expect
    .soft(
      r.scrollWidth,
      `${label} scrolls sideways at ${r.innerWidth} px (scrollWidth ${r.scrollWidth}); wider elements:\n  ${r.offenders.join('\n  ')}`,
    )
    .toBeLessThanOrEqual(r.innerWidth);
}

/* ------------------------------------------------------------------------------------------ */
/* Keyboard                                                                                    */
/* ------------------------------------------------------------------------------------------ */

const isFocused = (target: Locator) =>
  target.evaluate((el) => el === document.activeElement).catch(() => false);

/** The focused element, described for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'nothing';
    const name =
      el.getAttribute('aria-label') ??
      (el instanceof HTMLInputElement ||
      el instanceof HTMLSelectElement ||
      el instanceof HTMLTextAreaElement
        ? [...(el.labels ?? [])].map((l) => l.textContent).join(' ')
        : el.textContent);
    return `<${el.tagName.toLowerCase()}> "${(name ?? '').trim().slice(0, 80)}"`;
  });
}

/**
 * Press Tab (or Shift+Tab) until `target` has focus. The locator only checks where focus is;
 * every move is a real key press.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { back = false, max = 120 }: { back?: boolean; max?: number } = {},
): Promise<void> {
  await target.waitFor();
  for (let i = 0; i <= max; i += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(
    `Focus never reached ${String(target)} after ${max} ${back ? 'Shift+Tab' : 'Tab'} presses; focus is on ${await describeFocus(page)}`,
  );
}

/** Tab into a radio group and move to the radio with this label by arrow keys. */
export async function tabAndChooseRadio(
  page: Page,
  group: Locator,
  label: string,
  { back = false }: { back?: boolean } = {},
): Promise<void> {
  const radios = group.getByRole('radio');
  const target = group.getByRole('radio', { name: label, exact: true });
  await target.waitFor();
  // Tab lands on the checked radio of the group (or the first one when none is checked).
  await expect(group).toBeVisible();
  for (let i = 0; i <= 120; i += 1) {
    const inGroup = await group.evaluate((g) => g.contains(document.activeElement));
    if (inGroup) break;
    if (i === 120) throw new Error(`Focus never reached ${String(group)}`);
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  const names = await radios.evaluateAll((els) =>
    els.map((el) => (el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''),
  );
  const from = await radios.evaluateAll((els) =>
    els.findIndex((el) => el === document.activeElement),
  );
  const to = names.indexOf(label);
  const key = to > from ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(to - from); i += 1) await page.keyboard.press(key);
  await expect(target).toBeChecked();
}

/** Tab to a text field and type into it (replacing nothing: fields start empty). */
export async function tabAndType(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/**
 * The order in which this Chromium shows a date field's segments. It follows the browser's own
 * locale (the environment's), not the page's, so it is found once by typing into a scratch page.
 */
let dateOrder: Promise<'DMY' | 'MDY' | 'YMD'> | undefined;
function detectDateOrder(page: Page) {
  dateOrder ??= (async () => {
    const probe = await page.context().newPage();
    try {
      await probe.setContent('<input type="date" aria-label="probe" autofocus>');
      await probe.getByLabel('probe').focus();
      await probe.keyboard.type('01022003');
      const v = await probe.getByLabel('probe').inputValue();
      return v === '2003-01-02' ? 'MDY' : v === '2003-02-01' ? 'DMY' : 'YMD';
    } finally {
      await probe.close();
    }
  })();
  return dateOrder;
}

/** Tab to an <input type=date> and type the date segment by segment, in the browser's order. */
export async function tabAndTypeDate(page: Page, field: Locator, iso: string): Promise<void> {
  const [y = '', m = '', d = ''] = iso.split('-');
  const order = await detectDateOrder(page);
  await tabTo(page, field);
  await page.keyboard.type(order === 'DMY' ? d + m + y : order === 'MDY' ? m + d + y : y + m + d);
  await expect(field).toHaveValue(iso);
}
