/* global console, process, URL */
// CI's size budget, on bytes only: what a first visit to the empty case list fetches (every
// script and stylesheet the page requests until the network has been idle for 3 s, measured in
// Chromium: scripts/first-visit.mjs), gzip, must stay under FIRST_VISIT_BUDGET. The bare React +
// react-router app is measured the same way in the same run, for the ratio. The README
// ("Performance budget") gives the measurement the budget comes from.
// Usage: node scripts/size-budget.mjs [dist]   (build first: npm run build)
// Env: CHROMIUM_PATH (default /usr/bin/chromium), SIZE_PORT (default 4180; the next free port is
// taken if it is busy).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { buildBareApp, previewBareApp } from './bare-app/build.mjs';
import { analyseDist, kB, sizeReport } from './dist-sizes.mjs';
import { counted, firstVisit, firstVisitReport, total } from './first-visit.mjs';

export const FIRST_VISIT_BUDGET = 101_500;

const dist = process.argv[2] ?? 'dist';
const port = Number(process.env.SIZE_PORT ?? 4180);
const bareDist = resolve('node_modules/.cache/size-bare-app');

console.log(sizeReport(analyseDist(dist)).join('\n'));
await buildBareApp(bareDist);
const server = await preview({
  logLevel: 'warn',
  build: { outDir: dist },
  preview: { host: '127.0.0.1', port, strictPort: false },
});
const bareServer = await previewBareApp(bareDist, port + 1);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: JSON.parse(readFileSync(new URL('./chromium-args.json', import.meta.url), 'utf8')),
});
let app;
let bare;
try {
  const url = server.resolvedUrls?.local[0];
  const bareUrl = bareServer.resolvedUrls?.local[0];
  if (!url || !bareUrl) throw new Error('the preview servers gave no address');
  app = await firstVisit(browser, url);
  bare = await firstVisit(browser, bareUrl);
} finally {
  await browser.close();
  await server.close();
  await bareServer.close();
}
console.log(firstVisitReport(app, bare).join('\n'));
const bytes = total(counted(app));
if (bytes > FIRST_VISIT_BUDGET) {
  console.error(
    `size budget: FAILED: a first visit fetches ${kB(bytes)} gzip of scripts and stylesheets, over the budget of ${kB(FIRST_VISIT_BUDGET)}.`,
  );
  console.error(
    'Load the new code when the reader asks for it (a lazy route or import() on use), or raise the budget in scripts/size-budget.mjs and say why in the README.',
  );
  process.exit(1);
}
console.log(
  `size budget: OK: a first visit fetches ${kB(bytes)} gzip of scripts and stylesheets, within the budget of ${kB(FIRST_VISIT_BUDGET)} (${Math.round((100 * bytes) / FIRST_VISIT_BUDGET)} %).`,
);
