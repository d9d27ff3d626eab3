/* global URL, setTimeout, Buffer */
// A first visit the way a phone pays for it: a cold browser context (empty cache, no service
// worker) opens a URL and the page is left alone until the network has been idle for 3 s. Every
// script and stylesheet the page fetched in that time counts, however it was requested (a
// <script> or <link> in the HTML, the inline loader, import(), modulepreload, prefetch): the
// browser's own network events say what was fetched, and by whom. What the service worker
// fetches for its precache (in the background, in its own thread) is kept apart: reported, never
// counted as the page's.
//
// Bytes: each fetched body, gzipped by node:zlib at its default level (the same measure as
// scripts/dist-sizes.mjs and the bare app's), so the figure does not depend on how a server
// compresses. The bytes the browser actually received (the preview server's own gzip, nothing
// for a file already in the HTTP cache) are kept too, as `transfer`.
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { gzipSync } from 'node:zlib';

const IDLE_MS = 3000;
const LIMIT_MS = 120_000;

/** 'js', 'css', 'html' or 'other', from the response's content type (then the URL). */
function kindOf(contentType = '', url = '') {
  if (/javascript|ecmascript/i.test(contentType)) return 'js';
  if (/text\/css/i.test(contentType)) return 'css';
  if (/text\/html/i.test(contentType)) return 'html';
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  return 'other';
}

/**
 * A file's body as the server sends it uncompressed, from the bench's own server: over HTTPS its
 * certificate is the bench's self-signed one (scripts/bench-serving.mjs), so it is not checked.
 * @param {string} url
 * @returns {Promise<Buffer>}
 */
function bodyOf(url) {
  return new Promise((resolve, reject) => {
    const get = url.startsWith('https:') ? httpsGet : httpGet;
    get(url, { rejectUnauthorized: false }, (res) => {
      const parts = [];
      res.on('data', (d) => parts.push(d));
      res.on('end', () =>
        res.statusCode === 200
          ? resolve(Buffer.concat(parts))
          : reject(new Error(`${url}: HTTP ${res.statusCode}`)),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** @param {string} url */
async function gzipOf(url, cache) {
  let p = cache.get(url);
  if (!p) {
    p = bodyOf(url).then((body) => ({ raw: body.length, gzip: gzipSync(body).length }));
    cache.set(url, p);
  }
  return p;
}

/**
 * @typedef {{ url: string, path: string, kind: 'js' | 'css' | 'html' | 'other', type: string,
 *   at: number, raw: number, gzip: number, transfer: number }} Fetched
 * @typedef {{ page: Fetched[], precache: Fetched[], idleAfter: number }} FirstVisit
 */

/**
 * One cold first visit.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url the page to open
 * @param {{ viewport?: { width: number, height: number }, cpuSlowdown?: number,
 *   idleMs?: number, init?: (page: import('@playwright/test').Page) => Promise<void> }} [options]
 *   `init` runs on the new page before it navigates (e.g. an init script)
 * @returns {Promise<FirstVisit>} `page`: what the page fetched (its document included, kind
 *   'html'); `precache`: what the service worker fetched; `idleAfter`: ms from navigation to the
 *   start of the idle window
 */
export async function firstVisit(browser, url, options = {}) {
  const { viewport = { width: 360, height: 640 }, cpuSlowdown = 4, idleMs = IDLE_MS } = options;
  const context = await browser.newContext({ viewport, serviceWorkers: 'allow' });
  const page = await context.newPage();
  if (options.init) await options.init(page);
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const network = watchNetwork(context, new URL(url).origin);
  await page.goto(url, { waitUntil: 'load' });
  const idleAfter = await network.idle(idleMs);
  const all = await network.fetched();
  await context.close();
  return {
    page: all.filter((f) => !f.fromWorker),
    precache: all.filter((f) => f.fromWorker),
    idleAfter,
  };
}

/**
 * Every request of a browser context (its pages and its service worker), from now on.
 * `idle(ms)` resolves, with the time of the last request's end (ms from the start), once no
 * request has been in flight for `ms`; `fetched()` gives what was fetched from `origin`.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} origin
 */
export function watchNetwork(context, origin) {
  const bodies = new Map();
  const inflight = new Set();
  const done = [];
  const start = Date.now();
  let last = start;
  context.on('request', (r) => {
    inflight.add(r);
    last = Date.now();
  });
  const finish = (r, failed) => {
    inflight.delete(r);
    last = Date.now();
    const at = last - start;
    if (failed || new URL(r.url()).origin !== origin) return;
    done.push(
      (async () => {
        const response = await r.response();
        const sizes = await r.sizes().catch(() => ({ responseBodySize: 0 }));
        return {
          fromWorker: Boolean(r.serviceWorker()),
          url: r.url(),
          path: new URL(r.url()).pathname,
          kind: kindOf(response?.headers()['content-type'], r.url()),
          type: r.resourceType(),
          at,
          transfer: Math.max(0, sizes.responseBodySize),
          ...(await gzipOf(r.url(), bodies)),
        };
      })(),
    );
  };
  context.on('requestfinished', (r) => finish(r, false));
  context.on('requestfailed', (r) => finish(r, true));
  return {
    async idle(ms = IDLE_MS) {
      for (;;) {
        if (inflight.size === 0 && Date.now() - last >= ms) return last - start;
        if (Date.now() - start > LIMIT_MS) throw new Error('the network never went idle');
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    fetched: () => Promise.all(done),
  };
}

/** The page's scripts and stylesheets (what the first-visit figure counts). */
export const counted = (visit) => visit.page.filter((f) => f.kind === 'js' || f.kind === 'css');
export const total = (files) => files.reduce((n, f) => n + f.gzip, 0);
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/**
 * The first visit as lines of text: what the page fetched (file by file, in order), the ratio
 * to the bare app's, and the service worker's precache apart.
 * @param {FirstVisit} app
 * @param {FirstVisit} bare
 */
export function firstVisitReport(app, bare) {
  const own = counted(app);
  const js = own.filter((f) => f.kind === 'js');
  const css = own.filter((f) => f.kind === 'css');
  const bareOwn = counted(bare);
  const html = app.page.find((f) => f.kind === 'html');
  const bareHtml = bare.page.find((f) => f.kind === 'html');
  const row = (f) =>
    `  ${f.path.padEnd(50)} ${kB(f.gzip).padStart(10)} gzip  (${kB(f.raw)} raw)  ${f.type}, at ${f.at} ms`;
  const preJsCss = app.precache.filter((f) => f.kind === 'js' || f.kind === 'css');
  const pageUrls = new Set(app.page.map((f) => f.url));
  const fresh = app.precache.filter((f) => !pageUrls.has(f.url));
  return [
    `First visit (cold, 4× CPU, until the network was idle for ${IDLE_MS / 1000} s; gzip of each fetched body, node:zlib default level)`,
    `  the page fetched ${own.length} scripts and stylesheets:`,
    ...own.map(row),
    `  = JS ${kB(total(js))} + CSS ${kB(total(css))} = ${kB(total(own))} gzip in ${own.length} requests` +
      ` (and the HTML ${html ? kB(html.gzip) : '?'}; the bare app's ${bareHtml ? kB(bareHtml.gzip) : '?'})`,
    `  bare app: ${bareOwn.map((f) => `${f.path} ${kB(f.gzip)}`).join(', ')} = ${kB(total(bareOwn))} gzip in ${bareOwn.length} request(s)`,
    `  ratio to the bare app: ${(total(own) / total(bareOwn)).toFixed(3)}`,
    `Service worker precache (the worker's own background fetches, not the page's; ${app.precache.length} requests)`,
    `  all files ${kB(total(app.precache))} gzip (JS and CSS ${kB(total(preJsCss))}); ` +
      `not already fetched by the page ${kB(total(fresh))} gzip in ${fresh.length} requests; ` +
      `on the wire ${kB(total(app.precache.map((f) => ({ gzip: f.transfer }))))} (the server's gzip; files the page had fetched come from the HTTP cache)`,
  ];
}
