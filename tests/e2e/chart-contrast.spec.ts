import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CASES_KEY, envelope, SETTINGS_KEY, seedStorage, seededCase } from './storage';
import { assumeCtRange } from './walk';

/**
 * Text drawn in the SVG charts meets WCAG AA contrast in both themes. axe-core does not check SVG
 * text (its colour-contrast rule skips it), so nothing caught the night theme's axis labels drawn
 * #1b1f24 on #12171c. Here every visible <text>/<tspan> of every chart is measured in the real
 * browser: its computed fill (with every opacity on the way) against the chart's background (the
 * nearest ancestor with a background colour), at 4.5:1, or 3:1 for large text (24 px, or
 * 18.66 px bold).
 */

const seed = seededCase();

// A wide screen, where every chart is drawn open (a phone keeps the dossier one tap away).
test.use({ viewport: { width: 1280, height: 800 } });

/** Each page with its charts drawn: the explorer draws its curve once it has a range and a ratio. */
const ROUTES: readonly { route: string; draw?: (page: Page) => Promise<void> }[] = [
  { route: '/compare' },
  { route: `/compare?case=${seed.id}` },
  {
    route: `/probability?case=${seed.id}`,
    draw: assumeCtRange,
  },
];

interface Low {
  readonly text: string;
  readonly fill: string;
  readonly background: string;
  readonly ratio: number;
  readonly needed: number;
}

/** Every SVG text on the page below AA contrast, measured in the page. */
function lowContrastSvgText(page: Page): Promise<{ checked: number; low: Low[] }> {
  return page.evaluate(() => {
    const rgba = (css: string): [number, number, number, number] | null => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r = 0, g = 0, b = 0, a = 1] = m[1]!
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r, g, b, a];
    };
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ([r, g, b]: number[]) =>
      0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
    const background = (el: Element): [number, number, number] => {
      for (
        let n: Element | null = el.closest('svg')?.parentElement ?? null;
        n;
        n = n.parentElement
      ) {
        const c = rgba(getComputedStyle(n).backgroundColor);
        if (c && c[3] > 0) return [c[0], c[1], c[2]];
      }
      return [255, 255, 255];
    };
    const low: Low[] = [];
    let checked = 0;
    const texts = [...document.querySelectorAll('svg text, svg tspan')].filter((el) => {
      // A <text> whose words are all in its <tspan>s is measured through them.
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      return own;
    });
    for (const el of texts) {
      const style = getComputedStyle(el);
      const box = (el as SVGGraphicsElement).getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none' || box.width === 0) continue;
      const fill = rgba(style.fill);
      if (!fill) continue;
      let alpha = fill[3] * Number(style.fillOpacity || 1);
      for (
        let n: Element | null = el;
        n && n.tagName.toLowerCase() !== 'html';
        n = n.parentElement
      ) {
        alpha *= Number(getComputedStyle(n).opacity || 1);
      }
      const bg = background(el);
      const shown = [0, 1, 2].map((i) => fill[i]! * alpha + bg[i]! * (1 - alpha));
      const [l1, l2] = [luminance(shown), luminance(bg)].sort((a, b) => b - a) as [number, number];
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      checked += 1;
      if (ratio < needed) {
        low.push({
          text: (el.textContent ?? '').trim().slice(0, 40),
          fill: style.fill,
          background: `rgb(${bg.join(', ')})`,
          ratio: Math.round(ratio * 100) / 100,
          needed,
        });
      }
    }
    return { checked, low };
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`every text in the SVG charts meets WCAG AA contrast, ${theme} theme`, async ({ page }) => {
    await seedStorage(page, {
      [CASES_KEY]: envelope([seed]),
      [SETTINGS_KEY]: JSON.stringify({ state: { lang: 'en', theme }, version: 1 }),
    });
    for (const { route, draw } of ROUTES) {
      await page.goto(route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // /compare opened cold is first painted from its own HTML; its charts are drawn by the app,
      // which takes over afterwards: scroll only once it has (else the scroll is over before
      // there is a chart to come near).
      await expect(page.locator('html')).toHaveAttribute('data-shell', 'app');
      await draw?.(page);
      // The charts are drawn as they come near the screen: scroll the whole page past them.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += 300) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 60));
        }
      });
      // The charts load on demand: wait for every chart surface the page draws.
      await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
      await page.waitForTimeout(300);
      const { checked, low } = await lowContrastSvgText(page);
      console.log(`${route} (${theme}): ${checked} SVG texts measured, ${low.length} below AA`);
      expect(checked, `${route}: SVG texts found`).toBeGreaterThan(10);
      expect(low, `${route} (${theme}): SVG text below WCAG AA`).toEqual([]);
    }
  });
}
