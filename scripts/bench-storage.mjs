/* global Buffer, console, process, URL, window, document, performance, MutationObserver, Storage, localStorage, sessionStorage, navigator */
// npm run bench (its last part), or on its own: node scripts/bench-storage.mjs
// The storage at scale: with 10, 200 and 1,000 realistic cases (labels that repeat, free-text
// notes, every study filled, a per-field edit stamp for each field), in headless Chromium on the
// production build, it prints:
// - import: the time from choosing an all-cases file to "N of N cases added", and the file's size;
// - the case list: the time from navigation to the first case card's link in the page, and how
//   many cards were drawn;
// - keystroke to committed save: the main thread's busy time (the sum of its tasks in a Chromium
//   trace) from the key press until the save is committed, and the wall time;
// - the other tab's cost: the busy time of a second tab (on the case list) in the two seconds
//   after the key press in the first.
// What "committed" means is the app's own word: the status element says "saved"
// (`data-save-state="saved"`) once every edit up to the one it names (`data-save-edit`) is
// committed; an older build counted committed writes (`data-save-count`); a build without either
// (localStorage) saved when `setItem` returned.
// It prints figures; nothing asserts. Options: --no-build, --sizes 10,200,1000, --keys N.
// Env: CHROMIUM_PATH, BENCH_DIST (default dist), BENCH_STORAGE_PORT (4398).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const sizes = option('--sizes', '10,200,1000').split(',').map(Number);
const keys = Number(option('--keys', '5'));
const dist = process.env.BENCH_DIST ?? 'dist';
const port = Number(process.env.BENCH_STORAGE_PORT ?? 4398);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SETTINGS = JSON.stringify({ state: { lang: 'en' }, version: 1 });

if (!args.includes('--no-build')) {
  await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
}

/* ------------------------------------------------------------------------------------------ */
/* Realistic cases                                                                             */
/* ------------------------------------------------------------------------------------------ */

/** A small deterministic generator, so every run imports the same cases. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SENTENCES = [
  'Hard, stony plaques under the skin of both lower legs, worse on the left.',
  'Long-standing venous insufficiency with lipodermatosclerosis and hyperpigmentation.',
  'Previous venous ulcer on the medial malleolus, healed after compression.',
  'Atrial fibrillation on anticoagulation; ischaemic stroke with right hemiplegia.',
  'Left deep vein thrombosis some years ago; wears compression stockings most days.',
  'Mild pain on walking; no fever, no weight loss, no trauma to the legs.',
  'Kidney function reported normal by the family doctor last spring.',
  'Lives alone, mobile with a frame; daughter visits daily and helps with dressings.',
  'Plaques first noticed by the district nurse while changing a dressing.',
  'Palpable firm nodules in the posterior and lateral aspects of the lower third.',
];
const NOTES = [
  'Requested by the ward; report to follow.',
  'Done in the radiology department, read by the duty radiologist.',
  'Patient tolerated the study well.',
  'Compared with the film from the previous admission.',
  'Booked for next week; transport arranged.',
];

function isoDay(daysAgo) {
  return new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
}

/** N cases with the fields a clinician fills in, and the stamp each field's last edit left. */
function realisticCases(n) {
  const rand = rng(20_26 + n);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const cases = [];
  const stamps = {};
  const steps = {};
  for (let i = 0; i < n; i += 1) {
    const id = `bench-${String(i).padStart(5, '0')}-${Math.floor(rand() * 1e9).toString(36)}`;
    // Wards reuse bed numbers: about one case in five shares its label with another.
    const bed = i % 5 === 0 ? 12 : i + 1;
    const label = `Bed ${bed}, ${pick(['left', 'right', 'both'])} leg`;
    const created = new Date(Date.now() - (n - i) * 3_600_000).toISOString();
    const history = Array.from({ length: 3 + Math.floor(rand() * 6) }, () => pick(SENTENCES)).join(
      ' ',
    );
    const date = isoDay(1 + Math.floor(rand() * 60));
    const c = {
      schemaVersion: 1,
      id,
      label,
      createdAt: created,
      updatedAt: created,
      patient: {
        age: 40 + Math.floor(rand() * 50),
        sex: pick(['female', 'male']),
        obesity: rand() < 0.5,
        cviYears: Math.floor(rand() * 30),
        longStandingCvi: true,
        ceap: pick(['C3', 'C4a', 'C4b', 'C5', 'C6']),
        priorDvt: rand() < 0.4,
        immobility: rand() < 0.3,
        onsetDate: isoDay(30 + Math.floor(rand() * 300)),
        laterality: pick(['left', 'right', 'bilateral']),
        lowerThird: true,
        posteriorLateral: rand() < 0.7,
        pain: pick(['none', 'mild', 'moderate']),
        skin: ['cvi-changes'],
        kidneyDisease: false,
        childhoodOnset: false,
        history,
      },
      studies: {
        labs: {
          status: 'done',
          date,
          calcium: { value: 9.4, unit: 'mg/dL', flag: 'normal' },
          phosphate: { value: 3.1, unit: 'mg/dL', flag: 'normal' },
          creatinine: { value: 0.9, unit: 'mg/dL', flag: 'normal' },
          note: pick(NOTES),
        },
        ultrasound: {
          status: 'done',
          date,
          pattern: 'hyperechoic-shadowing',
          depth: 'subcutaneous',
          note: pick(NOTES),
        },
        xray: {
          status: 'done',
          date,
          pattern: 'reticulated-bone-density',
          periostitis: false,
          depth: 'subcutaneous',
          note: pick(NOTES),
        },
        scintigraphy: { status: 'skipped', reason: 'not-indicated' },
        ct: { status: 'planned', note: pick(NOTES) },
        mri: { status: 'not-started' },
        biopsy: { status: 'deferred', reason: 'not-available', note: pick(NOTES) },
      },
    };
    cases.push(c);
    const tab = Math.floor(rand() * 36 ** 8)
      .toString(36)
      .padStart(8, '0');
    const st = { '': `${created}|0000|${tab}`, label: `${created}|0001|${tab}` };
    let k = 2;
    const mark = (path) => {
      st[path] = `${created}|${(k++).toString(36).padStart(4, '0')}|${tab}`;
    };
    for (const key of Object.keys(c.patient)) mark(`patient.${key}`);
    for (const [sid, study] of Object.entries(c.studies)) {
      for (const key of Object.keys(study)) mark(`studies.${sid}.${key}`);
    }
    stamps[id] = st;
    steps[id] = pick(['patient', 'labs', 'ultrasound', 'xray', 'ctmri', 'biopsy']);
  }
  return { cases, stamps, steps };
}

/** An all-cases file: the cases, and (read by builds that keep them) each case's stamps and step. */
function casesFile({ cases, stamps, steps }) {
  const meta = Object.fromEntries(
    cases.map((c) => [c.id, { stamps: stamps[c.id], step: steps[c.id] }]),
  );
  return `${JSON.stringify(
    {
      format: 'scho-workup-cases',
      schemaVersion: 1,
      exportedAt: new Date().toISOString(),
      cases,
      meta,
    },
    null,
    2,
  )}\n`;
}

/** The localStorage envelope a build before IndexedDB saved (for a build whose import refuses). */
function envelope({ cases }) {
  return JSON.stringify({
    state: {
      cases: Object.fromEntries(cases.map((c) => [c.id, c])),
      order: cases.map((c) => c.id),
      currentStep: {},
      quarantine: [],
      stamps: {},
      deleted: {},
    },
    version: 1,
  });
}

/* ------------------------------------------------------------------------------------------ */
/* The browser                                                                                 */
/* ------------------------------------------------------------------------------------------ */

/** Runs in every page before the app: marks key presses, committed saves and the list's arrival. */
function instrument() {
  window.__bench = { listAt: undefined, cards: 0, saves: 0 };
  window.addEventListener('keydown', () => performance.mark('bench-key'), true);
  // A build that saves to localStorage has committed when setItem returns.
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    setItem.call(this, key, value);
    if (key === 'scho-workup:cases') {
      window.__bench.saves += 1;
      performance.mark('bench-saved');
    }
  };
  // A build that marks committed saves: the count on the status element changed (or the
  // element appeared with its first count).
  let count = null;
  const observer = new MutationObserver(() => {
    const status =
      document.querySelector('.save-status[data-save-state="saved"][data-save-edit]') ??
      document.querySelector('[data-save-count]');
    const now =
      status?.getAttribute('data-save-edit') ?? status?.getAttribute('data-save-count') ?? null;
    if (now && now !== count) {
      count = now;
      window.__bench.saves += 1;
      performance.mark('bench-saved');
    }
    if (window.__bench.listAt === undefined) {
      const link = document.querySelector('.case-list a[href^="/cases/"]');
      if (link && !document.querySelector('main[aria-busy="true"]')) {
        window.__bench.listAt = performance.now();
        window.__bench.cards = document.querySelectorAll('.case-list article').length;
      }
    }
  });
  observer.observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-save-count', 'data-save-state', 'data-save-edit', 'aria-busy'],
  });
}

const browser = await chromium.launch({
  executablePath,
  args: JSON.parse(readFileSync(new URL('./chromium-args.json', import.meta.url), 'utf8')),
});
const server = await preview({
  logLevel: 'warn',
  build: { outDir: dist },
  preview: { host: '127.0.0.1', port, strictPort: false },
});
const base = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
const dir = mkdtempSync(join(tmpdir(), 'scho-bench-storage-'));

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const ms = (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(1) : Math.round(x)} ms` : 'n/a');
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

async function newTab(context, path) {
  const page = await context.newPage();
  await page.goto(new URL(path, base).href);
  await page.locator('h1').first().waitFor();
  await page.locator('main[aria-busy="true"]').waitFor({ state: 'detached' });
  return page;
}

/** Import the file through the case list's "Choose a case file"; the time until it says done. */
async function importFile(page, file, n) {
  const t0 = Date.now();
  await page.getByLabel('Choose a case file').setInputFiles(file);
  const done = page.getByText(new RegExp(`: ${n} of ${n} cases? added`));
  const refused = page.locator('.import-error');
  const full = page.getByRole('alert').filter({ hasText: 'Not saved on this device' });
  await done
    .or(refused)
    .or(full)
    .first()
    .waitFor({ timeout: 15 * 60_000 });
  const ms = Date.now() - t0;
  if (await refused.isVisible()) return { ms, refused: (await refused.innerText()).trim() };
  if (await full.isVisible()) return { ms, refused: 'storage full during the import' };
  return { ms };
}

/** The sum of a renderer main thread's task durations (ms) in [from, to] (trace µs). */
function busy(events, pid, tid, from, to) {
  let total = 0;
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X' || e.name !== 'RunTask') continue;
    if (e.ts + e.dur >= from && e.ts <= to) total += e.dur;
  }
  return total / 1000;
}

async function keystrokes(context, page, other, caseId) {
  await page.goto(new URL(`/cases/${encodeURIComponent(caseId)}/patient`, base).href);
  const field = page.getByRole('textbox', { name: 'History and notes', exact: true });
  await field.waitFor();
  await field.focus();
  await page.keyboard.press('End');
  const rows = [];
  for (let i = 0; i < keys; i += 1) {
    await browser.startTracing(undefined, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
      ],
    });
    await page.evaluate(() => performance.mark('bench-tab-a'));
    await other.evaluate(() => performance.mark('bench-tab-b'));
    const before = await page.evaluate(() => window.__bench.saves);
    const t0 = Date.now();
    await page.keyboard.type(String(i % 10));
    await page.waitForFunction((n) => window.__bench.saves > n, before, { timeout: 60_000 });
    const wall = await page.evaluate(() => {
      const key = performance.getEntriesByName('bench-key').at(-1);
      const saved = performance.getEntriesByName('bench-saved').at(-1);
      return saved && key ? saved.startTime - key.startTime : NaN;
    });
    // The other tab hears of the change and redraws: give it two seconds.
    await page.waitForTimeout(Math.max(0, 2000 - (Date.now() - t0)));
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const events = trace.traceEvents ?? trace;
    const find = (name) => events.find((e) => e.name === name && e.cat?.includes('user_timing'));
    const a = find('bench-tab-a');
    const b = find('bench-tab-b');
    const key = events.filter((e) => e.name === 'bench-key' && e.pid === a?.pid).at(-1);
    const saved = events.filter((e) => e.name === 'bench-saved' && e.pid === a?.pid).at(-1);
    if (!a || !b || !key || !saved) {
      rows.push({ main: NaN, wall, other: NaN });
      continue;
    }
    rows.push({
      main: busy(events, a.pid, a.tid, key.ts, saved.ts),
      wall,
      other: a.pid === b.pid ? NaN : busy(events, b.pid, b.tid, key.ts, key.ts + 2_000_000),
    });
  }
  return rows;
}

const results = [];
try {
  for (const n of sizes) {
    const data = realisticCases(n);
    const file = join(dir, `all-cases-${n}.json`);
    const text = casesFile(data);
    writeFileSync(file, text);
    const row = { n, fileBytes: Buffer.byteLength(text) };

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript((settings) => {
      if (!localStorage.getItem('scho-workup:settings')) {
        localStorage.setItem('scho-workup:settings', settings);
      }
    }, SETTINGS);
    await context.addInitScript(instrument);
    let page = await newTab(context, '/');
    const imported = await importFile(page, file, n);
    row.importMs = imported.ms;
    row.refused = imported.refused;
    if (imported.refused) {
      // Put the cases where such a build keeps them (without stamps, so more of them fit).
      await context.close();
      const seeded = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await seeded.addInitScript(
        ([settings, saved]) => {
          if (sessionStorage.getItem('bench-seeded')) return;
          localStorage.setItem('scho-workup:settings', settings);
          try {
            localStorage.setItem('scho-workup:cases', saved);
          } catch {
            window.__benchSeedFailed = true;
          }
          sessionStorage.setItem('bench-seeded', '1');
        },
        [SETTINGS, envelope(data)],
      );
      await seeded.addInitScript(instrument);
      page = await newTab(seeded, '/');
      row.seededWithoutStamps = true;
      row.context = seeded;
    } else {
      row.context = context;
    }
    // What the cases take on the device: IndexedDB (Chromium's usage details) and localStorage.
    row.usage = await page.evaluate(async () => {
      const estimate = await navigator.storage.estimate();
      let chars = 0;
      for (let i = 0; i < localStorage.length; i += 1) {
        const k = localStorage.key(i) ?? '';
        chars += k.length + (localStorage.getItem(k) ?? '').length;
      }
      return (estimate.usageDetails?.indexedDB ?? 0) + chars * 2;
    });

    // The list, from navigation to the first case card's link (median of 3 loads).
    const lists = [];
    for (let i = 0; i < 3; i += 1) {
      await page.reload();
      await page.waitForFunction(() => window.__bench.listAt !== undefined, null, {
        timeout: 120_000,
      });
      lists.push(
        await page.evaluate(() => ({ at: window.__bench.listAt, cards: window.__bench.cards })),
      );
    }
    row.listMs = median(lists.map((l) => l.at));
    row.cards = lists.at(-1)?.cards;
    const listed = await page.locator('.case-list article').count();
    row.cardsAfter = listed;

    if (listed > 0) {
      const other = await newTab(row.context, '/');
      const caseId = data.cases[Math.floor(n / 2)].id;
      const rows = await keystrokes(row.context, page, other, caseId);
      row.keyMain = median(rows.map((r) => r.main));
      row.keyMainMax = Math.max(...rows.map((r) => r.main).filter(Number.isFinite));
      row.keyWall = median(rows.map((r) => r.wall));
      row.other = median(rows.map((r) => r.other));
    }
    await row.context.close();
    delete row.context;
    results.push(row);
    console.error(`bench-storage: ${n} cases done`);
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `Storage at scale (headless Chromium ${browser.version()}, 1280×800, no CPU slowdown, localhost; realistic cases with per-field stamps; ${keys} key presses each; timings noisy on a shared machine)`,
);
console.log(
  '  cases | all-cases file | import            | stored    | list: first card (cards drawn) | keystroke→committed: main thread (max), wall | other tab, main thread',
);
for (const r of results) {
  const imp = r.refused ? `refused: ${r.refused.slice(0, 60)}` : ms(r.importMs);
  const seeded = r.seededWithoutStamps ? ' (seeded without stamps)' : '';
  console.log(
    `  ${String(r.n).padStart(5)} | ${mb(r.fileBytes).padStart(14)} | ${imp.padEnd(17)} | ${mb(r.usage).padStart(9)} | ${`${ms(r.listMs)} (${r.cards ?? 0} of ${r.n})`.padEnd(30)} | ${ms(r.keyMain)} (${ms(r.keyMainMax)}), ${ms(r.keyWall)}${seeded} | ${ms(r.other)}`,
  );
}
