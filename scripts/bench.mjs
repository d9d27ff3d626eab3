/* global console, process, URL, window, document, performance, MutationObserver, localStorage */
// npm run bench: build, print the gzip bytes of what the first page loads and of every lazy
// chunk, then time how long the first wizard step takes to become interactive in headless
// Chromium with a 4× CPU slowdown (median of 5 cold loads). It prints figures; nothing asserts.
//
// Usage: node scripts/bench.mjs [--no-build] [--runs N]
// Env: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_DIST (default dist), BENCH_PORT (4399).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { analyseDist, sizeReport } from './dist-sizes.mjs';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const dist = process.env.BENCH_DIST ?? 'dist';
const port = Number(process.env.BENCH_PORT ?? 4399);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CPU_SLOWDOWN = 4;

if (!args.includes('--no-build')) {
  await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
}
console.log(sizeReport(analyseDist(dist)).join('\n'));

/** A new, empty case as the store saves it (src/store/cases.ts, schema version 1). */
const now = new Date().toISOString();
const savedCases = JSON.stringify({
  state: {
    cases: {
      'bench-case': {
        schemaVersion: 1,
        id: 'bench-case',
        label: 'Bench case',
        createdAt: now,
        updatedAt: now,
      },
    },
    order: ['bench-case'],
    currentStep: {},
    quarantine: [],
  },
  version: 1,
});

const server = await preview({
  logLevel: 'warn',
  build: { outDir: dist },
  preview: { host: '127.0.0.1', port, strictPort: false },
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({
  executablePath,
  // The same flags as the browser tests (playwright.config.ts).
  args: JSON.parse(readFileSync(new URL('./chromium-args.json', import.meta.url), 'utf8')),
});

/**
 * One cold load (a new browser context: empty cache, no service worker) of the patient step of
 * a saved case. "Interactive": the step's heading (h1#step-heading) is in the page and focused
 * and a form control is enabled (seen by a MutationObserver), then a frame has been painted and
 * the main thread has run a task. In milliseconds since navigation start (performance.now()).
 */
async function once() {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.addInitScript((saved) => {
    localStorage.setItem('scho-workup:cases', saved);
    localStorage.setItem(
      'scho-workup:settings',
      JSON.stringify({ state: { lang: 'en' }, version: 1 }),
    );
    const ready = () => {
      const h1 = document.getElementById('step-heading');
      const input = document.querySelector(
        'main input:not([disabled]), main select:not([disabled])',
      );
      return Boolean(h1 && input && document.activeElement === h1);
    };
    // Ready in the DOM, then one frame painted and a task run: on screen, main thread free.
    let seen = false;
    const check = () => {
      if (seen || !ready()) return;
      seen = true;
      observer.disconnect();
      window.requestAnimationFrame(() =>
        window.setTimeout(() => {
          window.__interactiveAt = performance.now();
        }, 0),
      );
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    // Focus moves without a mutation: check on focus changes too.
    document.addEventListener('focusin', check, true);
  }, savedCases);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(new URL('/cases/bench-case/patient', url).href);
  await page.waitForFunction(() => window.__interactiveAt !== undefined, null, { timeout: 60_000 });
  // Let the paint timing entries land before reading them.
  await page.evaluate(
    () => new Promise((r) => window.requestAnimationFrame(() => window.setTimeout(r, 200))),
  );
  const t = await page.evaluate(() => ({
    interactive: window.__interactiveAt,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    dcl: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd,
  }));
  await context.close();
  return t;
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

try {
  await once(); // warm-up: the OS file cache and the server, not measured
  const results = [];
  for (let i = 0; i < runs; i += 1) results.push(await once());
  const ms = (x) => `${Math.round(x)} ms`;
  const list = (key) => results.map((r) => Math.round(r[key] ?? NaN)).join(', ');
  console.log(
    `Time to first wizard step interactive (/cases/:id/patient, headless Chromium ${browser.version()}, ${CPU_SLOWDOWN}× CPU slowdown, 360×640, cold cache, localhost)`,
  );
  const rows = [
    ['interactive (heading focused, form enabled, painted)', 'interactive'],
    ['first contentful paint', 'fcp'],
    ['DOMContentLoaded', 'dcl'],
  ];
  for (const [label, key] of rows) {
    const m = ms(median(results.map((r) => r[key] ?? NaN)));
    console.log(`  ${`${label}:`.padEnd(54)} median ${m.padStart(7)}  (runs: ${list(key)})`);
  }
} finally {
  await browser.close();
  await server.close();
}
