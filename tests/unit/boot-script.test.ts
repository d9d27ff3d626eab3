import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../src/app/routes';
import { buildBootScript, lazyRoutes } from '../../scripts/prerender-shell.mjs';

/**
 * The boot script (src/app/boot.ts) as the build emits it (scripts/prerender-shell.mjs), run in
 * a page: before the first paint it decides the theme and whether the first page drawn at build
 * time is this reader's page, then requests the app; on a deep link it also preloads what that
 * page loads. Under a base path (/scho/) as at the site's root.
 */

const ENTRY = '/scho/assets/index-abc.js';
const PRELOAD: {
  routes: [string, string[]][];
  lang: Record<string, string[]>;
  schema: string[];
  storage: string[];
} = {
  routes: [
    ['^cases/[^/]+/summary/?$', ['/scho/assets/summary.css', '/scho/assets/summary.js']],
    ['^cases/[^/]+(?:/[^/]+)?/?$', ['/scho/assets/wizard.js']],
    ['^compare/?$', ['/scho/assets/compare.js']],
  ],
  lang: { en: ['/scho/assets/en.js'], es: ['/scho/assets/es.js'] },
  schema: ['/scho/assets/parse.js', '/scho/assets/schema.js'],
  storage: ['/scho/assets/case-sync.js', '/scho/assets/parse.js', '/scho/assets/schema.js'],
};

let boot = '';
beforeAll(async () => {
  boot = await buildBootScript('/scho/');
});

interface Saved {
  cases?: boolean;
  lang?: string;
  theme?: 'light' | 'dark' | 'system';
  lock?: boolean;
}

/**
 * Open `path` with this saved state and run the boot script in the page's <head>; `page`: the
 * document is a page drawn at build time (compare.html: the preload table names it).
 */
function openAt(path: string, saved: Saved = {}, page?: string) {
  stopListening();
  window.history.replaceState(null, '', path);
  localStorage.clear();
  if (saved.cases) localStorage.setItem('scho-workup:cases', '{"state":{},"version":1}');
  if (saved.lock) localStorage.setItem('scho-workup:lock', '{}');
  if (saved.lang || saved.theme) {
    localStorage.setItem(
      'scho-workup:settings',
      JSON.stringify({ state: { lang: saved.lang, theme: saved.theme }, version: 1 }),
    );
  }
  const html = document.documentElement;
  delete html.dataset.shell;
  delete html.dataset.theme;
  document.head.innerHTML =
    `<meta name="app-entry" content="${ENTRY}">` +
    `<script type="application/json" id="app-preload">${JSON.stringify(page ? { page, ...PRELOAD } : PRELOAD)}</script>`;
  new Function(boot)();
  const links = [...document.head.querySelectorAll('link')].map(
    (l) => `${l.rel} ${l.getAttribute('href')}`,
  );
  const scripts = () =>
    [...document.head.querySelectorAll('script[src]')].map((s) => s.getAttribute('src'));
  return { html, links, scripts };
}

/*
 * What each page's boot script listens for, removed before the next page opens and after each
 * test: a later page's DOMContentLoaded would otherwise run an earlier page's loader, whose frame and timer can fire
 * after the test file's page is gone (an uncaught error that fails the run).
 */
const listening: [string, EventListenerOrEventListenerObject][] = [];
beforeEach(() => {
  // (Spies are restored after every test: vite.config.ts.)
  const add = document.addEventListener.bind(document);
  vi.spyOn(document, 'addEventListener').mockImplementation((type, listener, options) => {
    if (listener) listening.push([type, listener]);
    add(type, listener, options);
  });
});

function stopListening() {
  for (const [type, listener] of listening.splice(0)) document.removeEventListener(type, listener);
}

afterEach(() => {
  stopListening();
  document.head.innerHTML = '';
  localStorage.clear();
});

describe('the boot script', () => {
  it('shows the build-time first page to an English reader at the app root, with or without the last slash', () => {
    for (const path of ['/scho/', '/scho']) {
      const { html, links, scripts } = openAt(path);
      expect(html.dataset.shell).toBe('on');
      expect(html.lang).toBe('en');
      // The app is requested once the page is painted, not before: nothing preloaded.
      expect(links).toEqual([]);
      expect(scripts()).toEqual([]);
    }
  });

  it('keeps the first page but hides "No cases yet" when cases are saved', () => {
    expect(openAt('/scho/', { cases: true }).html.dataset.shell).toBe('saved');
  });

  it('hides it from a Spanish reader and preloads Spanish with the app', () => {
    const { html, links, scripts } = openAt('/scho/', { lang: 'es' });
    expect(html.dataset.shell).toBe('off');
    expect(html.lang).toBe('es');
    expect(links).toEqual([`modulepreload ${ENTRY}`, 'modulepreload /scho/assets/es.js']);
    // The entry runs once the page is parsed (#root exists).
    expect(scripts()).toEqual([]);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(scripts()).toEqual([ENTRY]);
  });

  it("on a deep link preloads that page's chunks and stylesheets and the rest of the reader's language", () => {
    expect(openAt('/scho/cases/abc/summary').links).toEqual([
      `modulepreload ${ENTRY}`,
      'modulepreload /scho/assets/en.js',
      'stylesheet /scho/assets/summary.css',
      'modulepreload /scho/assets/summary.js',
      // The case schema, which every page but the list waits for.
      'modulepreload /scho/assets/parse.js',
      'modulepreload /scho/assets/schema.js',
    ]);
    expect(openAt('/scho/cases/abc/xray').links).toContain('modulepreload /scho/assets/wizard.js');
    expect(openAt('/scho/compare/').links).toContain('modulepreload /scho/assets/compare.js');
    // An address no route has: the app (its not-found page) and the language only.
    expect(openAt('/scho/no-such-page').links).toEqual([
      `modulepreload ${ENTRY}`,
      'modulepreload /scho/assets/en.js',
    ]);
  });

  it("takes its languages from the build's table: a saved language the build does not ship is not set", () => {
    const fr = openAt('/scho/', { lang: 'fr' });
    expect(fr.html.lang).toBe('en');
    expect(fr.html.dataset.shell).toBe('on');
    // A language the registry gains is known here with no change to this script.
    PRELOAD.lang = { ...PRELOAD.lang, fr: ['/scho/assets/fr.js'] };
    try {
      const { html, links } = openAt('/scho/', { lang: 'fr' });
      expect(html.lang).toBe('fr');
      expect(html.dataset.shell).toBe('off');
      expect(links).toEqual([`modulepreload ${ENTRY}`, 'modulepreload /scho/assets/fr.js']);
    } finally {
      delete (PRELOAD.lang as Record<string, unknown>).fr;
    }
  });

  it('with saved cases, preloads the storage code the app reads them with, beside the entry', () => {
    // A deep link: at once, once each.
    const deep = openAt('/scho/cases/abc/xray', { cases: true }).links;
    expect(deep).toContain('modulepreload /scho/assets/case-sync.js');
    expect(deep.filter((l) => l.endsWith('/parse.js'))).toHaveLength(1);
    // Nothing saved: no storage code (the app loads it with the first case).
    expect(openAt('/scho/cases/abc/xray').links).not.toContain(
      'modulepreload /scho/assets/case-sync.js',
    );
    // The case list with saved cases: with the entry, once the first page is painted.
    vi.useFakeTimers();
    try {
      const { links, scripts } = openAt('/scho/', { cases: true });
      expect(links).toEqual([]);
      document.dispatchEvent(new Event('DOMContentLoaded'));
      vi.runAllTimers();
      expect(scripts()).toEqual([ENTRY]);
      const hrefs = [...document.head.querySelectorAll('link')].map((l) => l.getAttribute('href'));
      for (const f of PRELOAD.storage) expect(hrefs).toContain(f);
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a page drawn at build time (compare.html) to an English reader at its address, and requests its code, strings and the schema with the app only after the paint', () => {
    vi.useFakeTimers();
    try {
      for (const saved of [{}, { cases: true }]) {
        const { html, links, scripts } = openAt('/scho/compare', saved, 'compare');
        // Not 'saved': that page has no "No cases yet" to hide.
        expect(html.dataset.shell).toBe('page');
        expect(links).toEqual([]);
        document.dispatchEvent(new Event('DOMContentLoaded'));
        vi.runAllTimers();
        expect(scripts()).toEqual([ENTRY]);
        const hrefs = [...document.head.querySelectorAll('link')].map((l) =>
          l.getAttribute('href'),
        );
        for (const f of ['/scho/assets/en.js', '/scho/assets/compare.js', ...PRELOAD.schema]) {
          expect(hrefs).toContain(f);
        }
        expect(hrefs.includes('/scho/assets/case-sync.js')).toBe(Boolean(saved.cases));
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it("hides a page drawn at build time where it is not the reader's: Spanish (no English flash), a case chosen in the address, a lock, another address", () => {
    const spanish = openAt('/scho/compare', { lang: 'es' }, 'compare');
    expect(spanish.html.dataset.shell).toBe('off');
    expect(spanish.links).toContain('modulepreload /scho/assets/es.js');
    expect(spanish.links).toContain('modulepreload /scho/assets/compare.js');
    // The page was drawn with no case chosen.
    expect(openAt('/scho/compare?case=abc', {}, 'compare').html.dataset.shell).toBe('off');
    expect(openAt('/scho/compare', { lock: true }, 'compare').html.dataset.shell).toBe('off');
    // Served for another address (a server's fallback): not that page.
    expect(openAt('/scho/compare/', {}, 'compare').html.dataset.shell).toBe('off');
    expect(openAt('/scho/', {}, 'compare').html.dataset.shell).toBe('off');
    // And index.html served at that page's address (a server that does not serve compare.html).
    expect(openAt('/scho/compare').html.dataset.shell).toBe('off');
  });

  it('sets a chosen theme before the first paint and leaves the system one to the stylesheet', () => {
    expect(openAt('/scho/', { theme: 'dark' }).html.dataset.theme).toBe('dark');
    expect(openAt('/scho/', { theme: 'system' }).html.dataset.theme).toBeUndefined();
  });

  it('falls back to the defaults when the saved settings cannot be read', () => {
    window.history.replaceState(null, '', '/scho/');
    localStorage.setItem('scho-workup:settings', '{not json');
    const { html } = openAt('/scho/');
    expect(html.dataset.shell).toBe('on');
  });

  it('treats an address outside the base path as no page of the app', () => {
    expect(openAt('/other/').html.dataset.shell).toBe('off');
  });
});

describe("the build's view of the route table", () => {
  it('finds every lazy route of src/app/routes.tsx, so each deep link gets its preloads', () => {
    const lazy = (routes[0]?.children ?? []).filter((r) => r.lazy).map((r) => r.path);
    expect(lazyRoutes().map(([path]) => path)).toEqual(lazy);
    for (const [, module] of lazyRoutes()) expect(module).toMatch(/^src\/(features|app)\//);
  });
});
