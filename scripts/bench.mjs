/* global console, process, URL, window, document, performance, MutationObserver, PerformanceObserver */
// npm run bench: build the app and the bare React + react-router app (scripts/bare-app, the floor
// no React app with a router can go below) with the same Vite, then print, in one run:
// - what the build holds: the gzip bytes of the entry, of every lazy chunk and of the worker;
// - a first visit the way a phone pays for it (scripts/first-visit.mjs): every script and
//   stylesheet the empty case list fetches in Chromium until the network has been idle for 3 s,
//   gzip, file by file and module by module, against the bare app's; the service worker's
//   precache apart;
// - Lighthouse 12 (mobile, its default simulated throttling) on / and on four routes opened cold
//   (/cases/<id>/patient, /cases/<id>/summary, /compare, /probability, with a case saved first:
//   scripts/seed-case.mjs), and on the bare app, median of 3, alternating the app and the bare
//   app so both see the same machine load, with what each largest paint waited for (the requests
//   finished before it, and their bytes: what the simulated slow link charges to it);
// - the same routes observed in headless Chromium with a 4× CPU slowdown, cold (median of 5):
//   first and largest contentful paint, the main thread's blocking time after the first paint,
//   and for the wizard step the time it becomes interactive;
// - the ratios to the bare app;
// - then the storage at scale (scripts/bench-storage.mjs) and the time to evaluate the evidence
//   registry and the engine as their modules load (scripts/bench-eval.mjs).
// It prints figures; nothing asserts.
//
// Both apps are served over HTTPS (HTTP/2), as a hospital serves the app, or with --http1 over
// plain HTTP/1.1 (scripts/bench-serving.mjs).
//
// Usage: node scripts/bench.mjs [--no-build] [--runs N] [--lighthouse-runs N] [--no-lighthouse]
//   [--http1]
// Env: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_DIST (default dist), BENCH_PORT (4399;
// the bare app is served on the next free port), BENCH_TOP (module rows, default 25).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { buildBareApp } from './bare-app/build.mjs';
import { benchServing, serveAppAndBare } from './bench-serving.mjs';
import { analyseDist, sizeReport } from './dist-sizes.mjs';
import { counted, firstVisit, firstVisitReport, total, watchNetwork } from './first-visit.mjs';
import { lighthouseOnce } from './lighthouse.mjs';
import { moduleReport, moduleSizes } from './module-sizes.mjs';
import {
  BENCH_CASE_ID,
  importCase,
  seedCaseFileText,
  seededLighthouseBrowser,
} from './seed-case.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback;
const runs = option('--runs', 5);
const lighthouseRuns = args.includes('--no-lighthouse') ? 0 : option('--lighthouse-runs', 3);
const dist = process.env.BENCH_DIST ?? 'dist';
const bareDist = resolve('node_modules/.cache/bench-bare-app');
const port = Number(process.env.BENCH_PORT ?? 4399);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const serving = await benchServing(args);
const chromiumArgs = JSON.parse(
  readFileSync(new URL('./chromium-args.json', import.meta.url), 'utf8'),
);
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 360, height: 640 };

const sizes = moduleSizes();
if (!args.includes('--no-build')) {
  await build({
    logLevel: 'warn',
    plugins: [sizes.plugin],
    build: { outDir: dist, emptyOutDir: true },
  });
}
await buildBareApp(bareDist);
console.log(sizeReport(analyseDist(dist)).join('\n'));
console.log(`Served: ${serving.label}`);

const servers = await serveAppAndBare(dist, bareDist, port, serving.https);
const { url, bareUrl } = servers;
const origin = new URL(url).origin;
const browser = await chromium.launch({
  executablePath,
  args: [...chromiumArgs, ...serving.chromiumArgs],
});

/** The routes measured: the first page (nothing saved) and four opened cold (a case saved). */
const ROUTES = [
  { name: '/', path: '', seeded: false },
  { name: '/cases/<id>/patient', path: `cases/${BENCH_CASE_ID}/patient`, seeded: true },
  { name: '/cases/<id>/summary', path: `cases/${BENCH_CASE_ID}/summary`, seeded: true },
  { name: '/compare', path: 'compare', seeded: true },
  { name: '/probability', path: 'probability', seeded: true },
];
const routeUrl = (r) => new URL(r.path, url).href;

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a');
const ratio = (a, b) => (Number.isFinite(a / b) ? (a / b).toFixed(2) : 'n/a');
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/**
 * The saved case, once: imported through the app's own import panel in a throwaway context, then
 * carried (localStorage and IndexedDB) into each cold context.
 */
const seedText = await seedCaseFileText();
async function seededState() {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  const page = await context.newPage();
  await importCase(page, url, seedText);
  const state = await context.storageState({ indexedDB: true });
  await context.close();
  return state;
}

/**
 * One cold load in a new context (empty cache, no service worker; the saved case if `state`),
 * 4× CPU: first and largest contentful paint, and the blocking time after the first paint (each
 * long task's time over 50 ms, until the network has been idle for 3 s), in ms since navigation
 * start. On the wizard step also "interactive": its heading focused and a form control enabled,
 * then a frame painted and a task run.
 */
async function observe(pageUrl, state) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-GB',
    ...(state ? { storageState: state } : {}),
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window;
    w.__perf = { lcp: undefined, tasks: [] };
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      w.__perf.lcp = entries[entries.length - 1]?.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__perf.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    const ready = () => {
      const h1 = document.getElementById('step-heading');
      const input = document.querySelector(
        'main input:not([disabled]), main select:not([disabled])',
      );
      return Boolean(h1 && input && document.activeElement === h1);
    };
    let seen = false;
    const check = () => {
      if (seen || !ready()) return;
      seen = true;
      observer.disconnect();
      window.requestAnimationFrame(() =>
        window.setTimeout(() => {
          w.__perf.interactive = performance.now();
        }, 0),
      );
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    document.addEventListener('focusin', check, true);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  const network = watchNetwork(context, origin);
  await page.goto(pageUrl, { waitUntil: 'load' });
  await network.idle();
  const t = await page.evaluate(() => {
    const p = window.__perf;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const blocking = p.tasks.reduce((n, [start, d]) => {
      const end = start + d;
      const from = Math.max(start, fcp ?? 0);
      return end - from > 50 ? n + (end - from - 50) : n;
    }, 0);
    return { fcp, lcp: p.lcp, blocking, interactive: p.interactive };
  });
  await context.close();
  return t;
}

/** Lighthouse's browser gets the saved case through the import panel, then a cold cache. */
const prepareSeeded = seededLighthouseBrowser(url, seedText);

try {
  // 1. The first visit, the app's and the bare app's.
  const app = await firstVisit(browser, url);
  const bare = await firstVisit(browser, bareUrl);
  console.log(firstVisitReport(app, bare).join('\n'));
  if (sizes.chunks.size) {
    const fetchedJs = counted(app)
      .filter((f) => f.kind === 'js')
      .map((f) => ({
        file: new URL(f.url).pathname.replace(/^.*?(assets\/)/, '$1'),
        gzip: f.gzip,
      }));
    const lines = moduleReport(sizes.chunks, fetchedJs);
    lines[0] = lines[0].replace('First page JS', 'First visit JS (every script the page fetched)');
    lines[lines.indexOf('First page JS by package or folder')] =
      'First visit JS by package or folder';
    console.log(lines.join('\n'));
  }

  // 2. Lighthouse: per round the bare app, then the app's five routes.
  const lh = { bare: [], routes: new Map(ROUTES.map((r) => [r.name, []])) };
  for (let i = 0; i < lighthouseRuns; i += 1) {
    lh.bare.push(
      await lighthouseOnce(bareUrl, executablePath, { chromiumArgs: serving.chromiumArgs }),
    );
    for (const r of ROUTES) {
      lh.routes.get(r.name).push(
        await lighthouseOnce(routeUrl(r), executablePath, {
          chromiumArgs: serving.chromiumArgs,
          ...(r.seeded ? { prepare: prepareSeeded } : {}),
        }),
      );
    }
  }
  const lhMedian = (rs, key) => median(rs.map((x) => x[key]));
  if (lighthouseRuns) {
    console.log(
      `Lighthouse 12 (mobile, default simulated throttling, median of ${lighthouseRuns}; each run a new browser, cold cache; a case saved first on the case routes and the two others)`,
    );
    const bareLcp = lhMedian(lh.bare, 'lcp');
    const line = (name, rs) => {
      const failed = [...new Set(rs.flatMap((x) => x.failed))];
      const lcp = lhMedian(rs, 'lcp');
      const elements = [...new Set(rs.map((x) => x.lcpElement.slice(0, 40)))].join(' / ');
      const renderDelay = median(rs.map((x) => x.lcpPhases['Render Delay']));
      const waited = `${median(rs.map((x) => x.beforeLcp.requests))} requests, ${kB(median(rs.map((x) => x.beforeLcp.bytes)))} on the wire`;
      return `  ${name.padEnd(22)} performance ${lhMedian(rs, 'performance')} (${rs.map((x) => x.performance).join('/')}), a11y ${lhMedian(rs, 'accessibility')}, best practices ${lhMedian(rs, 'bestPractices')}; LCP ${ms(lcp)} (${ratio(lcp, bareLcp)}× bare), FCP ${ms(lhMedian(rs, 'fcp'))}, TBT ${ms(lhMedian(rs, 'tbt'))} (${rs.map((x) => Math.round(x.tbt)).join('/')}); LCP element ${elements}, render delay ${ms(renderDelay)}; before it: ${waited}${failed.length ? `; not passed: ${failed.join(', ')}` : ''}`;
    };
    console.log(line('bare app', lh.bare));
    for (const r of ROUTES) console.log(line(r.name, lh.routes.get(r.name)));
  }

  // 3. Observed in headless Chromium: a warm-up (the OS file cache and the servers), then per
  // round the bare app and the app's five routes.
  const state = await seededState();
  await observe(bareUrl);
  await observe(routeUrl(ROUTES[1]), state);
  const obs = { bare: [], routes: new Map(ROUTES.map((r) => [r.name, []])) };
  for (let i = 0; i < runs; i += 1) {
    obs.bare.push(await observe(bareUrl));
    for (const r of ROUTES) {
      obs.routes.get(r.name).push(await observe(routeUrl(r), r.seeded ? state : undefined));
    }
  }
  console.log(
    `Observed (headless Chromium ${browser.version()}, ${CPU_SLOWDOWN}× CPU slowdown, 360×640, cold cache, localhost, median of ${runs}; blocking: long tasks' time over 50 ms after the first paint, until the network was idle 3 s)`,
  );
  const bareObsLcp = median(obs.bare.map((x) => x.lcp));
  const obsLine = (name, rs) => {
    const m = (key) => median(rs.map((x) => x[key]));
    const list = (key) => rs.map((x) => Math.round(x[key] ?? NaN)).join(', ');
    return (
      `  ${name.padEnd(22)} LCP ${ms(m('lcp'))} (${ratio(m('lcp'), bareObsLcp)}× bare; runs ${list('lcp')}), FCP ${ms(m('fcp'))}, blocking ${ms(m('blocking'))} (runs ${list('blocking')})` +
      (rs.some((x) => x.interactive !== undefined)
        ? `, interactive ${ms(m('interactive'))} (runs ${list('interactive')})`
        : '')
    );
  };
  console.log(obsLine('bare app', obs.bare));
  for (const r of ROUTES) console.log(obsLine(r.name, obs.routes.get(r.name)));

  // 4. The ratios.
  console.log(
    'Ratios to the bare React + react-router app (goals: first visit ≤ 1.25; / TBT ≤ 100 ms, performance ≥ 98; cold routes LCP ≤ 1.5, TBT ≤ 200 ms)',
  );
  const bytes = total(counted(app));
  const bareBytes = total(counted(bare));
  console.log(
    `  first visit, JS + CSS gzip:  ${ratio(bytes, bareBytes)}  (${kB(bytes)} / ${kB(bareBytes)}); precache ${kB(total(app.precache))} apart`,
  );
  for (const r of ROUTES) {
    const lhPart = lighthouseRuns
      ? `Lighthouse LCP ${ratio(lhMedian(lh.routes.get(r.name), 'lcp'), lhMedian(lh.bare, 'lcp'))}, TBT ${ms(lhMedian(lh.routes.get(r.name), 'tbt'))}, performance ${lhMedian(lh.routes.get(r.name), 'performance')}; `
      : '';
    const rs = obs.routes.get(r.name);
    console.log(
      `  ${r.name.padEnd(22)} ${lhPart}observed LCP ${ratio(median(rs.map((x) => x.lcp)), bareObsLcp)}, blocking ${ms(median(rs.map((x) => x.blocking)))}`,
    );
  }
} finally {
  await browser.close();
  await servers.close();
}

// The storage at scale (10 / 200 / 1,000 cases), on the same build: scripts/bench-storage.mjs.
execFileSync(process.execPath, ['scripts/bench-storage.mjs', '--no-build'], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_DIST: dist },
});

// What evaluating the registry and the engine costs as their modules load: scripts/bench-eval.mjs.
execFileSync(process.execPath, ['scripts/bench-eval.mjs'], { stdio: 'inherit' });
