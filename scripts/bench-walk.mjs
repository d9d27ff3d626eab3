/* global console, process, URL, window, document, getComputedStyle, navigator */
// npm run bench:walk: the seed case (García-Arpa 2020) entered by a scripted clinician on a phone
// (360 × 740, Debian's Chromium, the production build), from "New case" to the finished summary,
// counting what a person would have to do: taps, keystrokes and screens scrolled. It prints, as
// a benchmark (nothing asserts):
// - the counts when the first concrete advice (a study to order) is first on screen, and when the
//   summary is reached and its conclusion and plan have been read;
// - where the first findings control of each imaging step of a new case sits, and how tall each
//   page is, in phone screens;
// - the note for the record as "Copy note" copies it: lines, words, the line of the assessment.
//
// How a person is counted (the same rules before and after any change to the app):
// - a tap is one touch: a button, a link, a radio, a checkbox, focusing a text field; a native
//   <select> is two (open the list, pick the option);
// - keystrokes are the characters typed; a date is 8 (ddmmyyyy, as a phone's date field takes it);
// - before each tap the page is scrolled just enough for the target to be wholly visible (below
//   any sticky bar); screens scrolled = the distance scrolled / the viewport's height (sideways
//   scrolling in a scrolling strip counts the same way against its width). Scrolling the app does
//   itself (focus moving to a new page's heading) is not counted;
// - to move to a step, the clinician taps whichever visible link to it costs the least scrolling
//   (the Next button, the step bar, a link in the advice); the advice is followed when it names a
//   step of the seed case still to enter, else the next step of the seed case in the wizard's order;
// - a field already showing the wanted value is not touched.
//
// Usage: node scripts/bench-walk.mjs [--no-build]
// Env: CHROMIUM_PATH (default /usr/bin/chromium), BENCH_DIST (default dist), BENCH_WALK_PORT
// (default 4397; the next free port is taken if it is busy).
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const args = process.argv.slice(2);
const dist = process.env.BENCH_DIST ?? 'dist';
const port = Number(process.env.BENCH_WALK_PORT ?? 4397);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 360, height: 740 };
const STUDY_STEPS = ['labs', 'ultrasound', 'xray', 'scintigraphy', 'ctmri', 'biopsy'];
const IMAGING_STEPS = ['ultrasound', 'xray', 'scintigraphy', 'ctmri', 'biopsy'];

if (!args.includes('--no-build')) {
  await build({ logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
}
const server = await preview({
  logLevel: 'warn',
  build: { outDir: dist },
  preview: { host: '127.0.0.1', port, strictPort: false },
});
const base = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({
  executablePath,
  args: JSON.parse(readFileSync(new URL('./chromium-args.json', import.meta.url), 'utf8')),
});

/** ISO date `days` from today, in the machine's time zone (as the app reads "today"). */
function isoDaysFromToday(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The clinician: acts on the page and counts what each action costs a person. */
class Clinician {
  constructor(page) {
    this.page = page;
    this.taps = 0;
    this.keys = 0;
    this.scrolled = 0; // in screens
    this.pages = 1;
    this.lastPath = '';
    this.firstAdvice = null;
  }

  snapshot() {
    return {
      taps: this.taps,
      keys: this.keys,
      screens: this.scrolled,
      pages: this.pages,
    };
  }

  /**
   * Scroll just enough for the element to be wholly visible between any sticky bars (and, in a
   * sideways-scrolling strip, within the strip), count it, and return nothing.
   */
  async reveal(locator) {
    const handle = await locator.elementHandle();
    const moved = await handle.evaluate((el) => {
      const vh = window.innerHeight;
      const vw = window.innerWidth;
      // Sticky or fixed bars at the top and bottom of the viewport cover part of it.
      let top = 0;
      let bottom = vh;
      for (const node of document.querySelectorAll('body *')) {
        const pos = getComputedStyle(node).position;
        if (pos !== 'fixed' && pos !== 'sticky') continue;
        if (node.contains(el)) continue;
        const r = node.getBoundingClientRect();
        if (r.height === 0 || r.height > vh / 2) continue;
        if (r.top <= 1 && r.bottom > top) top = r.bottom;
        if (r.bottom >= vh - 1 && r.top < bottom) bottom = r.top;
      }
      // Sideways: the nearest ancestor that scrolls horizontally.
      let dx = 0;
      let strip = el.parentElement;
      while (
        strip &&
        !(
          strip.scrollWidth > strip.clientWidth + 1 &&
          /(auto|scroll)/.test(getComputedStyle(strip).overflowX)
        )
      ) {
        strip = strip.parentElement;
      }
      if (strip) {
        const s = strip.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        if (r.left < s.left) dx = r.left - s.left - 8;
        else if (r.right > s.right) dx = r.right - s.right + 8;
        if (dx) strip.scrollLeft += dx;
      }
      const r = el.getBoundingClientRect();
      let dy = 0;
      if (r.top < top) dy = r.top - top - 8;
      else if (r.bottom > bottom) dy = Math.min(r.bottom - bottom + 8, r.top - top - 8);
      const before = window.scrollY;
      if (dy) window.scrollBy(0, dy);
      return { dy: Math.abs(window.scrollY - before) / vh, dx: Math.abs(dx) / vw };
    });
    this.scrolled += moved.dy + moved.dx;
  }

  async tap(locator) {
    await this.reveal(locator);
    await locator.click();
    this.taps += 1;
    await this.settle();
  }

  async type(locator, text) {
    await this.reveal(locator);
    await locator.click();
    this.taps += 1;
    await locator.fill(text);
    this.keys += text.length;
    await this.settle();
  }

  async date(label, iso) {
    const field = this.page.getByLabel(label, { exact: true }).first();
    if ((await field.inputValue()) === iso) return;
    await this.reveal(field);
    await field.click();
    this.taps += 1;
    await field.fill(iso);
    this.keys += 8;
    await this.settle();
  }

  /**
   * Choose an option by its visible label, in whatever control the app offers for it: a native
   * select (two taps), a group of radio buttons (one), or a button of that name (one).
   */
  async choose(name, option) {
    const page = this.page;
    const select = page.getByRole('combobox', { name, exact: true });
    if (await select.count()) {
      const current = await select.evaluate((s) => s.selectedOptions[0]?.textContent ?? '');
      if (current === option) return;
      await this.reveal(select);
      await select.selectOption({ label: option });
      this.taps += 2;
      await this.settle();
      return;
    }
    const group = page.getByRole('radiogroup', { name, exact: true });
    const scope = (await group.count()) ? group : page.getByRole('group', { name, exact: true });
    const radio = scope.getByRole('radio', { name: option, exact: true });
    if (await radio.isChecked()) return;
    await this.tap(radio);
  }

  /** A status radio ("Done") in the status group whose legend matches. */
  async status(legend, option) {
    const radio = this.page
      .getByRole('group', { name: legend })
      .getByRole('radio', { name: option, exact: true });
    if (await radio.isChecked()) return;
    await this.tap(radio);
  }

  /** Wait for the app to settle, note a new page, and look for the first concrete advice. */
  async settle() {
    await this.page.waitForLoadState('domcontentloaded');
    await this.page.evaluate(
      () => new Promise((r) => window.requestAnimationFrame(() => window.setTimeout(r, 30))),
    );
    const path = new URL(this.page.url()).pathname;
    if (path !== this.lastPath) {
      if (this.lastPath) this.pages += 1;
      this.lastPath = path;
      await this.page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    if (!this.firstAdvice) {
      const step = await this.page.evaluate(concreteAdviceOnScreen, STUDY_STEPS);
      if (step) this.firstAdvice = { step, ...this.snapshot() };
    }
  }

  /** The step the app recommends, as its advice names it. */
  async recommended() {
    return this.page.evaluate(() => {
      const el = document.querySelector('[data-next-step], .next-step');
      if (!el) return null;
      if (el.dataset.nextStep) return el.dataset.nextStep;
      const link = el.querySelector('a[href*="/cases/"]');
      if (link) return link.getAttribute('href').split('/').pop();
      return window.location.pathname.split('/').pop();
    });
  }

  /** Go to a step by the visible link that costs the least scrolling. */
  async goTo(step) {
    const page = this.page;
    const links = page.locator(`main a[href$="/${step}"]`);
    const n = await links.count();
    let best = null;
    for (let i = 0; i < n; i += 1) {
      const link = links.nth(i);
      if (!(await link.isVisible())) continue;
      const cost = await link.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const vh = window.innerHeight;
        const dy = r.top < 0 ? -r.top : r.bottom > vh ? r.bottom - vh : 0;
        let dx = 0;
        let strip = el.parentElement;
        while (strip && !(strip.scrollWidth > strip.clientWidth + 1)) strip = strip.parentElement;
        if (strip && strip !== document.body && strip !== document.documentElement) {
          const s = strip.getBoundingClientRect();
          dx = r.left < s.left ? s.left - r.left : r.right > s.right ? r.right - s.right : 0;
        }
        return dy / vh + dx / window.innerWidth;
      });
      if (!best || cost < best.cost) best = { link, cost };
    }
    if (!best) throw new Error(`no visible link to the step "${step}" on ${page.url()}`);
    await this.tap(best.link);
    await page.waitForURL(new RegExp(`/${step}$`));
    await this.settle();
  }

  /** Scroll to read an element (its first line at least), counted like any other scroll. */
  async read(locator) {
    await this.reveal(locator);
  }
}

/** In the page: the study a next-step advice on screen names, if one is visible. */
function concreteAdviceOnScreen(studySteps) {
  const vh = window.innerHeight;
  for (const el of document.querySelectorAll('[data-next-step], .next-step')) {
    const r = el.getBoundingClientRect();
    if (r.height === 0 || r.bottom <= 0 || r.top >= vh - 20) continue;
    let step = el.dataset.nextStep;
    if (!step) {
      const link = el.querySelector('a[href*="/cases/"]');
      step = link
        ? link.getAttribute('href').split('/').pop()
        : window.location.pathname.split('/').pop();
    }
    if (studySteps.includes(step)) return step;
  }
  return null;
}

/**
 * The seed case, step by step: the case report's findings, and nothing it does not give (it dates
 * no study, so no study date is typed; the onset is "3 months" before the visit).
 */
const SEED_STEPS = {
  async labs(u) {
    // The case report: "phosphor-calcium metabolism … normal"; a one-tap control when the app has one.
    const allNormal = u.page.getByRole('button', { name: /^calcium and phosphate normal$/i });
    if (await allNormal.count()) {
      await u.tap(allNormal.first());
    } else {
      await u.choose("Calcium: lab's flag", 'Normal');
      await u.choose("Phosphate: lab's flag", 'Normal');
    }
    await u.status(/^Status of/, 'Done');
  },
  async xray(u) {
    await u.choose('Result', 'Reticulated subcutaneous opacities of bone density');
    await u.choose('Depth of the deposits', 'Subcutaneous only');
    await u.status(/^Status of/, 'Done');
  },
  async scintigraphy(u) {
    await u.choose('Result', 'Soft-tissue hyper-uptake in the legs');
    await u.status(/^Status of/, 'Done');
  },
  async ctmri(u) {
    await u.choose('CT: Result', 'Linear subcutaneous plaques with trabecular/reticular pattern');
    await u.choose('CT: Depth of the deposits', 'Subcutaneous only');
    await u.status(/^Status of CT$/, 'Done');
  },
  async biopsy(u) {
    await u.choose('Histology', 'Ossification: bone trabeculae in deep dermis and fat');
    await u.status(/^Status of/, 'Done');
  },
};

async function patient(u) {
  const page = u.page;
  await u.type(page.getByRole('textbox', { name: 'Age (years)' }), '66');
  await u.choose('Sex', 'Male');
  await u.choose('Long-standing venous insufficiency', 'Yes');
  await u.choose('Prior deep vein thrombosis', 'Yes');
  await u.choose('Immobility (e.g. hemiplegia)', 'Yes');
  await u.date('Symptom onset date', isoDaysFromToday(-91));
  // "both lower thirds of the legs, chiefly the left one"
  await u.choose('Legs affected', 'Both, left worse');
  await u.choose('Where on the leg', 'Lower third, posterior or lateral aspect');
  await u.choose('Pain', 'Mild');
  await u.type(
    page.getByRole('textbox', { name: 'History and notes' }),
    'Atrial fibrillation; ischaemic stroke with right hemiplegia; left DVT in 2005.',
  );
}

const f1 = (x) => x.toFixed(1);
const line = (label, s) =>
  `  ${label.padEnd(44)} ${String(s.taps).padStart(3)} taps, ${String(s.keys).padStart(3)} keystrokes, ${f1(s.screens).padStart(5)} screens scrolled, ${s.pages} pages`;

/** A page's height and a point's position, in phone screens. */
const screens = (px) => `${f1(px / VIEWPORT.height)} screens (${Math.round(px)} px)`;

try {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  const page = await context.newPage();
  await page.addInitScript(() => {
    if (!window.localStorage.getItem('scho-workup:settings')) {
      window.localStorage.setItem(
        'scho-workup:settings',
        JSON.stringify({ state: { lang: 'en' }, version: 1 }),
      );
    }
  });
  const u = new Clinician(page);
  const heights = [];
  const firstControls = [];
  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);

  await page.goto(base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  u.lastPath = new URL(page.url()).pathname;
  await u.type(page.getByRole('textbox', { name: 'Case label' }), 'Bed 12, left leg');
  await u.tap(page.getByRole('button', { name: 'Create case' }));
  await page.waitForURL(/\/patient$/);
  await u.settle();
  const created = u.snapshot();
  const caseUrl = new URL(page.url()).pathname.replace(/\/patient$/, '');

  // Every step of the new case, before anything is entered: page height and the first findings
  // control (read without counting: nobody taps here).
  for (const step of ['patient', ...STUDY_STEPS]) {
    const probe = await context.newPage();
    await probe.goto(new URL(`${caseUrl}/${step}`, base).href);
    await probe.getByRole('heading', { level: 1 }).waitFor();
    await probe.evaluate(() => new Promise((r) => window.setTimeout(r, 300)));
    heights.push([step, await probe.evaluate(() => document.documentElement.scrollHeight)]);
    if (IMAGING_STEPS.includes(step)) {
      const bottom = await probe.evaluate(() => {
        const form = document.querySelector('.study');
        const control = form?.querySelector('input, select, textarea, button');
        return control ? control.getBoundingClientRect().bottom + window.scrollY : NaN;
      });
      firstControls.push([step, bottom]);
    }
    await probe.close();
  }

  await patient(u);
  const remaining = ['labs', 'xray', 'scintigraphy', 'ctmri', 'biopsy'];
  while (remaining.length) {
    const advised = await u.recommended();
    const target = remaining.includes(advised) ? advised : remaining[0];
    await u.goTo(target);
    await SEED_STEPS[target](u);
    remaining.splice(remaining.indexOf(target), 1);
  }
  await u.goTo('summary');
  const atSummary = u.snapshot();
  await page.getByText('Confirmed subcutaneous ossification (SCHO)').first().waitFor();
  await page.evaluate(() => new Promise((r) => window.setTimeout(r, 500)));
  const positions = await page.evaluate(() => {
    const y = (sel) => {
      const el = document.querySelector(sel);
      return el ? el.getBoundingClientRect().top + window.scrollY : NaN;
    };
    return {
      conclusion: y('.conclusion'),
      plan: y('.summary-next'),
      height: document.documentElement.scrollHeight,
    };
  });
  await u.read(page.locator('.conclusion').first());
  await u.read(page.locator('.summary-next').first());
  const readSummary = u.snapshot();
  heights.push(['summary', positions.height]);

  // The note for the record, as the summary's copy button copies it.
  await page.getByRole('button', { name: /^Copy/ }).first().click();
  await page
    .getByText(/copied/i)
    .first()
    .waitFor();
  const note = await page.evaluate(() => navigator.clipboard.readText());
  const noteLines = note.trimEnd().split('\n');
  const assessmentLine =
    noteLines.findIndex((l) => /^(Assessment|Impression)\b/.test(l)) + 1 || NaN;

  for (const route of [
    '/compare',
    '/probability',
    `/probability?case=${caseUrl.split('/').pop()}`,
  ]) {
    await page.goto(new URL(route, base).href);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => new Promise((r) => window.setTimeout(r, 800)));
    heights.push([route.replace(/=.*/, '=<case>'), await pageHeight()]);
  }
  await context.close();

  console.log(
    `Seed case walk (García-Arpa 2020), phone ${VIEWPORT.width} × ${VIEWPORT.height}, headless Chromium ${browser.version()}, production build`,
  );
  console.log(line('case created (label typed, Create tapped):', created));
  if (u.firstAdvice) {
    console.log(line(`first concrete advice on screen (${u.firstAdvice.step}):`, u.firstAdvice));
  } else {
    console.log('  first concrete advice on screen:             never');
  }
  console.log(line('summary reached:', atSummary));
  console.log(line('summary read (conclusion and plan seen):', readSummary));
  console.log(
    `  summary: conclusion at ${screens(positions.conclusion)}, plan at ${screens(positions.plan)} from the top`,
  );
  console.log(
    `  note for the record (Copy): ${noteLines.length} lines, ${note.split(/\s+/).filter(Boolean).length} words; assessment on line ${assessmentLine}; title "${noteLines[0]}"`,
  );
  console.log(
    'First findings control of each imaging step of a new case (bottom edge; first screen ends at 740 px)',
  );
  for (const [step, bottom] of firstControls) {
    console.log(
      `  ${step.padEnd(14)} ${Math.round(bottom)} px${bottom <= VIEWPORT.height ? '' : '  (below the first screen)'}`,
    );
  }
  console.log(
    'Page heights at 360 × 740 (a new case for the steps; the finished seed case for the summary)',
  );
  for (const [name, h] of heights) console.log(`  ${name.padEnd(24)} ${screens(h)}`);
} finally {
  await browser.close();
  await server.close();
}
