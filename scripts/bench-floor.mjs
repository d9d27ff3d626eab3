/* global console, process, URL */
// npm run bench:floor: how much of a cold case route's largest paint is downloading, and how much
// is not. Lighthouse 12 (mobile, its default simulated throttling, as scripts/lighthouse.mjs runs
// it) gathers one load of the bare React + react-router app and of /cases/<id>/patient and
// /cases/<id>/summary opened cold with a case saved (scripts/seed-case.mjs), then estimates each
// load again, the same requests and the same main-thread work as observed, with downloads made
// smaller (scripts/lighthouse.mjs, lighthouseReplay):
// - as measured: the estimate `npm run bench` prints;
// - "only the entry": every file at 1 % of its bytes on the wire but the page's HTML and the
//   entry script (React, react-router and the app's shell, which the bare app's one script is
//   the floor of): what the route would take if its own chunks, strings, clinical words,
//   stylesheets and icons cost nothing to download;
// - "no downloads": every file at 1 %: what is left is round trips and the main thread's work
//   (evaluating the scripts, reading the saved case, running the engine, drawing), slowed 4×.
// Median of N loads per route, the bare app and the routes alternating. It prints figures;
// nothing asserts.
//
// Served over HTTPS (HTTP/2) or, with --http1, plain HTTP/1.1, as npm run bench
// (scripts/bench-serving.mjs).
//
// Usage: node scripts/bench-floor.mjs [--no-build] [--runs N] [--http1]
// Env: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_DIST (default dist), BENCH_PORT (4499;
// the bare app is served on the next free port).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { buildBareApp } from './bare-app/build.mjs';
import { benchServing, serveAppAndBare } from './bench-serving.mjs';
import { lighthouseGather, lighthouseReplay } from './lighthouse.mjs';
import { BENCH_CASE_ID, seedCaseFileText, seededLighthouseBrowser } from './seed-case.mjs';

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) || 3 : 3;
const dist = process.env.BENCH_DIST ?? 'dist';
const bareDist = resolve('node_modules/.cache/bench-bare-app');
const port = Number(process.env.BENCH_PORT ?? 4499);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const serving = await benchServing(args);

if (!args.includes('--no-build')) {
  await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
}
await buildBareApp(bareDist);
/** The entry script's path, as the build wrote it for the boot script (scripts/prerender-shell.mjs). */
const entryPath = /<meta name="app-entry" content="([^"]+)"/.exec(
  readFileSync(join(dist, 'index.html'), 'utf8'),
)?.[1];
if (!entryPath) throw new Error(`No <meta name="app-entry"> in ${join(dist, 'index.html')}`);

const servers = await serveAppAndBare(dist, bareDist, port, serving.https);
const { url, bareUrl } = servers;
const prepare = seededLighthouseBrowser(url, await seedCaseFileText());

const TARGETS = [
  { name: 'bare app', url: bareUrl, seeded: false },
  {
    name: '/cases/<id>/patient',
    url: new URL(`cases/${BENCH_CASE_ID}/patient`, url).href,
    seeded: true,
  },
  {
    name: '/cases/<id>/summary',
    url: new URL(`cases/${BENCH_CASE_ID}/summary`, url).href,
    seeded: true,
  },
];
const pathOf = (u) => new URL(u).pathname;
/** The ways each load is estimated: a name and the factor on each request's bytes. */
const WEIGHTS = (t) => [
  { name: 'as measured', weigh: () => 1 },
  {
    name: 'only the entry',
    weigh: (u) =>
      pathOf(u) === pathOf(t.url) || (t.seeded ? pathOf(u).endsWith(entryPath) : u.endsWith('.js'))
        ? 1
        : 0.01,
  },
  { name: 'no downloads', weigh: () => 0.01 },
];

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const lcp = new Map(TARGETS.map((t) => [t.name, WEIGHTS(t).map(() => [])]));
const work = mkdtempSync(join(tmpdir(), 'bench-floor-'));
try {
  for (let i = 0; i < runs; i += 1) {
    for (const t of TARGETS) {
      const dir = join(work, `${i}-${t.seeded ? pathOf(t.url).split('/').pop() : 'bare'}`);
      await lighthouseGather(t.url, executablePath, dir, {
        chromiumArgs: serving.chromiumArgs,
        ...(t.seeded ? { prepare } : {}),
      });
      const ways = WEIGHTS(t);
      for (let w = 0; w < ways.length; w += 1) {
        const r = await lighthouseReplay(dir, { prepared: t.seeded, weigh: ways[w].weigh });
        lcp.get(t.name)[w].push(r.lcp);
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  await servers.close();
}

const bare = median(lcp.get('bare app')[0]);
console.log(
  `Lighthouse 12's LCP estimate (mobile, simulated throttling; served ${serving.label}), the same loads estimated again with smaller downloads; median of ${runs}, ratio to the bare app as measured`,
);
console.log(
  `  ${''.padEnd(22)}${WEIGHTS(TARGETS[0])
    .map((w) => w.name.padEnd(24))
    .join('')}`,
);
for (const t of TARGETS) {
  const cells = lcp.get(t.name).map((xs) => {
    const m = median(xs);
    return `${Math.round(m)} ms (${(m / bare).toFixed(2)}×)`.padEnd(24);
  });
  console.log(`  ${t.name.padEnd(22)}${cells.join('')}`);
}
console.log(
  '  as measured: the estimate npm run bench prints; only the entry: every file but the HTML and the entry script at 1 % of its bytes (the bare app: its one script kept); no downloads: every file at 1 %',
);
