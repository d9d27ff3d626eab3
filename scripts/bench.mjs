/* global console, process, URL, window, document, performance, MutationObserver, localStorage, PerformanceObserver */
// npm run bench: build the app and the bare React + react-router app (scripts/bare-app, the floor
// no React app with a router can go below) with the same Vite, then print, in one run:
// - the gzip bytes of what the first page loads and of every lazy chunk, and where the first
//   page's bytes go, module by module;
// - Lighthouse 12 on the empty case list and on the bare app (mobile, default throttling,
//   median of 3, alternating the two so both see the same machine load);
// - the largest contentful paint of both, observed in headless Chromium with a 4× CPU slowdown
//   (median of 5 cold loads), and the time the first wizard step takes to become interactive;
// - the ratios to the bare app: first-page JS, Lighthouse LCP, observed LCP.
// It prints figures; nothing asserts.
//
// Usage: node scripts/bench.mjs [--no-build] [--runs N] [--lighthouse-runs N] [--no-lighthouse]
// Env: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_DIST (default dist), BENCH_PORT (4399;
// the bare app is served on the next free port).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { BARE_APP_ROOT, buildBareApp } from './bare-app/build.mjs';
import { analyseDist, kB, sizeReport, sum } from './dist-sizes.mjs';
import { lighthouseOnce } from './lighthouse.mjs';
import { moduleReport, moduleSizes } from './module-sizes.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback;
const runs = option('--runs', 5);
const lighthouseRuns = args.includes('--no-lighthouse') ? 0 : option('--lighthouse-runs', 3);
const dist = process.env.BENCH_DIST ?? 'dist';
const bareDist = resolve('node_modules/.cache/bench-bare-app');
const port = Number(process.env.BENCH_PORT ?? 4399);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CPU_SLOWDOWN = 4;

const sizes = moduleSizes();
if (!args.includes('--no-build')) {
  await build({
    logLevel: 'warn',
    plugins: [sizes.plugin],
    build: { outDir: dist, emptyOutDir: true },
  });
}
await buildBareApp(bareDist);
const app = analyseDist(dist);
const bare = analyseDist(bareDist);
console.log(sizeReport(app).join('\n'));
if (sizes.chunks.size) console.log(moduleReport(sizes.chunks, app.firstJs).join('\n'));
console.log(
  `Bare React + react-router app (scripts/bare-app): first page JS ${kB(sum(bare.firstJs))} gzip`,
);

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
const bareServer = await preview({
  configFile: false,
  root: BARE_APP_ROOT,
  logLevel: 'warn',
  build: { outDir: bareDist },
  preview: { host: '127.0.0.1', port: port + 1, strictPort: false },
});
const bareUrl = bareServer.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port + 1}/`;
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

/**
 * One cold load of a page with nothing saved (the app's empty case list): the start time of the
 * last largest-contentful-paint entry once the page has loaded and settled for a moment.
 */
async function lcpOnce(pageUrl) {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    localStorage.setItem(
      'scho-workup:settings',
      JSON.stringify({ state: { lang: 'en' }, version: 1 }),
    );
    window.__lcp = undefined;
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      window.__lcp = entries[entries.length - 1]?.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__lcp !== undefined, null, { timeout: 60_000 });
  await page.evaluate(() => new Promise((r) => window.setTimeout(r, 500)));
  const lcp = await page.evaluate(() => window.__lcp);
  await context.close();
  return lcp;
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

try {
  const ms = (x) => `${Math.round(x)} ms`;
  const range = (xs) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;
  const ratio = (a, b) => (a / b).toFixed(2);

  // Lighthouse first: nothing else runs in the browser meanwhile.
  const lh = { app: [], bare: [] };
  for (let i = 0; i < lighthouseRuns; i += 1) {
    lh.app.push(await lighthouseOnce(url, executablePath));
    lh.bare.push(await lighthouseOnce(bareUrl, executablePath));
  }
  if (lighthouseRuns) {
    console.log(
      `Lighthouse (mobile, default simulated throttling, median of ${lighthouseRuns}, the empty case list / and the bare app)`,
    );
    for (const [name, rs] of [
      ['app', lh.app],
      ['bare app', lh.bare],
    ]) {
      const m = (key) => median(rs.map((r) => r[key]));
      const failed = [...new Set(rs.flatMap((r) => r.failed))];
      console.log(
        `  ${`${name}:`.padEnd(10)} performance ${m('performance')}, accessibility ${m('accessibility')}, best practices ${m('bestPractices')}; LCP ${ms(m('lcp'))} (${range(rs.map((r) => r.lcp))}), FCP ${ms(m('fcp'))}, TBT ${ms(m('tbt'))}${failed.length ? `; not passed: ${failed.join(', ')}` : ''}`,
      );
    }
  }

  await once(); // warm-up: the OS file cache and the servers, not measured
  await lcpOnce(bareUrl);
  const observed = { app: [], bare: [] };
  for (let i = 0; i < runs; i += 1) {
    observed.app.push(await lcpOnce(url));
    observed.bare.push(await lcpOnce(bareUrl));
  }
  console.log(
    `Largest contentful paint observed (headless Chromium ${browser.version()}, ${CPU_SLOWDOWN}× CPU slowdown, 360×640, cold cache, localhost, median of ${runs})`,
  );
  console.log(
    `  app, empty case list:  median ${ms(median(observed.app))}  (runs: ${observed.app.map(Math.round).join(', ')})`,
  );
  console.log(
    `  bare app:              median ${ms(median(observed.bare))}  (runs: ${observed.bare.map(Math.round).join(', ')})`,
  );

  const results = [];
  for (let i = 0; i < runs; i += 1) results.push(await once());
  const list = (key) => results.map((r) => Math.round(r[key] ?? NaN)).join(', ');
  console.log(
    `Time to first wizard step interactive (/cases/:id/patient, ${CPU_SLOWDOWN}× CPU slowdown, 360×640, cold cache, localhost)`,
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

  console.log('Ratios to the bare React + react-router app (goal: JS ≤ 1.25, LCP ≤ 1.15)');
  console.log(
    `  first page JS, gzip:          ${ratio(sum(app.firstJs), sum(bare.firstJs))}  (${kB(sum(app.firstJs))} / ${kB(sum(bare.firstJs))})`,
  );
  if (lighthouseRuns) {
    const lcpApp = median(lh.app.map((r) => r.lcp));
    const lcpBare = median(lh.bare.map((r) => r.lcp));
    console.log(
      `  LCP, Lighthouse mobile:       ${ratio(lcpApp, lcpBare)}  (${ms(lcpApp)} / ${ms(lcpBare)})`,
    );
  }
  const obsApp = median(observed.app);
  const obsBare = median(observed.bare);
  console.log(
    `  LCP, observed (4× CPU):       ${ratio(obsApp, obsBare)}  (${ms(obsApp)} / ${ms(obsBare)})`,
  );
} finally {
  await browser.close();
  await server.close();
  await bareServer.close();
}

// The storage at scale (10 / 200 / 1,000 cases), on the same build: scripts/bench-storage.mjs.
execFileSync(process.execPath, ['scripts/bench-storage.mjs', '--no-build'], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_DIST: dist },
});
