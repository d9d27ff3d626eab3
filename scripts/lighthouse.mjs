/* global console, setTimeout, clearTimeout, URL */
// Lighthouse 12 (mobile: its default form factor, screen and simulated throttling) against a
// URL, in Debian's Chromium with the project's flags. Each run gets a new browser and profile
// (a cold cache); Lighthouse itself never downloads a browser.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';

const chromiumArgs = JSON.parse(
  readFileSync(new URL('./chromium-args.json', import.meta.url), 'utf8'),
);

/** Start Chromium with a DevTools port (and `extraArgs`); resolves to { port, close }. */
async function launch(executablePath, extraArgs = []) {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const child = spawn(
    executablePath,
    [
      ...chromiumArgs,
      ...extraArgs,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${err}`)), 30_000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}): ${err}`)));
  });
  const close = async () => {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill();
    await exited;
    // Chromium's helper processes can still be writing to the profile as the browser exits: a
    // profile that cannot be removed yet is left in the temporary folder, never a failed run.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      // left for the system's temporary-file cleanup
    }
  };
  return { port, close };
}

/** The largest paint's element and its phases, from Lighthouse's own audit of it. */
function lcpBreakdown(audits) {
  const parts = audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = parts[0]?.items?.[0]?.node;
  const lcpPhases = Object.fromEntries(
    (parts[1]?.items ?? []).map((p) => [String(p.phase), Number(p.timing)]),
  );
  return { lcpElement: String(node?.snippet ?? node?.nodeLabel ?? 'n/a'), lcpPhases };
}

/**
 * What the largest paint waited for: the requests that had finished when it happened in the
 * observed load, which is what Lighthouse's simulated slow link charges to it (its estimate
 * replays those requests and their scripts' work on that link), and their bytes on the wire.
 */
function beforeLcp(audits) {
  const observed = audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint;
  const requests = audits['network-requests']?.details?.items ?? [];
  if (!Number.isFinite(observed)) return { requests: NaN, bytes: NaN };
  const done = requests.filter(
    (r) => !String(r.url).startsWith('data:') && Number(r.networkEndTime) <= observed,
  );
  return {
    requests: done.length,
    bytes: done.reduce((n, r) => n + (Number(r.transferSize) || 0), 0),
  };
}

/**
 * One Lighthouse run. `prepare(port)`, if given, runs in the new browser before Lighthouse
 * (e.g. to save a case, then empty the caches: scripts/seed-case.mjs); Lighthouse then keeps the
 * browser's storage as it is (disableStorageReset), so `prepare` must leave the cache cold.
 * @param {string} url
 * @param {string} executablePath
 * @param {{ prepare?: (port: number) => Promise<void>, chromiumArgs?: string[] }} [options]
 * `chromiumArgs`: flags for Chromium beside the project's (scripts/bench-serving.mjs)
 * @returns {Promise<{ performance: number, accessibility: number, bestPractices: number, lcp: number, fcp: number, tbt: number, failed: string[], lcpElement: string, lcpPhases: Record<string, number>, beforeLcp: { requests: number, bytes: number }, longTasks: { url: string, start: number, duration: number }[] }>}
 * scores 0-100, times in ms; `lcpElement` is the largest paint's element (Lighthouse's snippet),
 * `lcpPhases` what its time is made of (time to first byte, load delay, load time, render delay),
 * `beforeLcp` the requests (and their bytes on the wire) finished before it in the observed load,
 * `longTasks` the main thread's long tasks with the script Lighthouse attributes each to
 */
export async function lighthouseOnce(url, executablePath, options = {}) {
  const chrome = await launch(executablePath, options.chromiumArgs);
  try {
    if (options.prepare) await options.prepare(chrome.port);
    const result = await lighthouse(url, {
      port: chrome.port,
      disableStorageReset: Boolean(options.prepare),
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned nothing');
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) console.warn(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const score = (c) => Math.round((categories[c]?.score ?? NaN) * 100);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
      fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
      tbt: audits['total-blocking-time']?.numericValue ?? NaN,
      ...lcpBreakdown(audits),
      beforeLcp: beforeLcp(audits),
      longTasks: (audits['long-tasks']?.details?.items ?? []).map((t) => ({
        url: String(t.url ?? ''),
        start: Number(t.startTime),
        duration: Number(t.duration),
      })),
      // The accessibility and best-practices audits that did not pass, to say what costs points.
      failed: ['accessibility', 'best-practices']
        .flatMap((c) => categories[c]?.auditRefs ?? [])
        .map((ref) => audits[ref.id])
        .filter((a) => a && a.score !== null && a.score < 1)
        .map((a) => a.id),
    };
  } finally {
    await chrome.close();
  }
}

/**
 * One load, kept for `lighthouseReplay`: Lighthouse gathers its trace and network log into `dir`
 * (a new browser and profile, `prepare` and `chromiumArgs` as for `lighthouseOnce`) and audits
 * nothing yet.
 * @param {string} url
 * @param {string} executablePath
 * @param {string} dir
 * @param {{ prepare?: (port: number) => Promise<void>, chromiumArgs?: string[] }} [options]
 */
export async function lighthouseGather(url, executablePath, dir, options = {}) {
  const chrome = await launch(executablePath, options.chromiumArgs);
  try {
    if (options.prepare) await options.prepare(chrome.port);
    await lighthouse(url, {
      port: chrome.port,
      disableStorageReset: Boolean(options.prepare),
      gatherMode: dir,
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
  } finally {
    await chrome.close();
  }
}

/**
 * Lighthouse's estimate of a gathered load (`lighthouseGather`) again, with the bytes of some
 * requests scaled on the wire: `weigh(url)` gives the factor (1 keeps a request as it was). Every
 * request stays, with its place in the chain, and so does every task of the main thread as
 * observed (the scripts' evaluation, the drawing): what is left is what the page costs with the
 * downloads made smaller and nothing else.
 * @param {string} dir
 * @param {{ prepared: boolean, weigh?: (url: string) => number }} options `prepared`: as gathered
 * @returns {Promise<{ lcp: number, fcp: number }>}
 */
export async function lighthouseReplay(dir, { prepared, weigh = () => 1 }) {
  const copy = mkdtempSync(join(tmpdir(), 'bench-lh-replay-'));
  try {
    cpSync(dir, copy, { recursive: true });
    const logFile = join(copy, 'defaultPass.devtoolslog.json');
    const log = JSON.parse(readFileSync(logFile, 'utf8'));
    const factor = new Map();
    for (const e of log) {
      if (e.method === 'Network.requestWillBeSent')
        factor.set(e.params.requestId, weigh(e.params.request.url));
    }
    for (const e of log) {
      const f = factor.get(e.params?.requestId) ?? 1;
      if (f === 1) continue;
      const p = e.params;
      if (e.method === 'Network.loadingFinished')
        p.encodedDataLength = Math.round(p.encodedDataLength * f);
      if (e.method === 'Network.dataReceived') {
        p.encodedDataLength = Math.round(p.encodedDataLength * f);
        p.dataLength = Math.round(p.dataLength * f);
      }
      if (e.method === 'Network.responseReceived' && p.response.encodedDataLength)
        p.response.encodedDataLength = Math.round(p.response.encodedDataLength * f);
    }
    writeFileSync(logFile, JSON.stringify(log));
    const result = await lighthouse(undefined, {
      auditMode: copy,
      disableStorageReset: prepared,
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const audits = result?.lhr.audits ?? {};
    return {
      lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
      fcp: audits['first-contentful-paint']?.numericValue ?? NaN,
    };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
