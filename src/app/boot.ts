/*
 * The boot script: runs before the first paint, as a classic script in <head> (blocking, fetched
 * beside the stylesheet), never inline, so a content-security policy of `script-src 'self'`
 * allows it with no hash to maintain. scripts/prerender-shell.mjs builds it into
 * assets/boot-<hash>.js (the base path written in) and writes what it reads into index.html: the
 * entry script's path (<meta name="app-entry">) and what the page at each address loads
 * (<script type="application/json" id="app-preload">, data, never run).
 *
 * Before anything is drawn it sets:
 * - the chosen theme (data-theme, as the layout does): a night-theme reader never sees a light page;
 * - the language (lang; the languages shipped are the keys of the preload table's `lang`), and
 *   whether the page drawn at build time (#root's content, English: the empty case list in
 *   index.html, or in compare.html and probability.html that page with no case chosen) is this
 *   reader's page (data-shell): only at that page's address for an English reader with no lock
 *   ('on'; 'saved' on the case list when cases are saved, without "No cases yet"; 'page' for the
 *   two others, with no `?case=`), else 'off' (styles.css hides it). Keys and rules:
 *   src/store/settings.ts. The app sets data-shell to 'app' when it takes over (src/main.tsx).
 * Then it requests the app. Where the shell shows, once it has been painted (with, for the two
 * other pages, their chunks, strings and the schema): on a slow link the entry would otherwise
 * share the bandwidth with the HTML and stylesheet the first paint waits for. Anywhere else at once (run once the page is parsed), with the chunks of the page at this
 * address, of the reader's language (strings and clinical words) and of the case schema preloaded
 * beside it: a deep link would
 * otherwise ask for them only once the entry has arrived and run. When cases are saved, the
 * storage code that reads them is preloaded too (beside the entry, wherever it is requested).
 *
 * The entry's URL is handed to the browser through a Trusted Types policy (`scho-loader`) that
 * accepts that one URL and nothing else.
 */
export {};

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
  };
}
/** What the page at each address loads: [pattern of the path below the base, files]. */
interface Preload {
  readonly routes: readonly (readonly [string, readonly string[]])[];
  readonly lang: Readonly<Record<string, readonly string[]>>;
  /** Each language's clinical words, which every page but the case list waits for (routes.tsx). */
  readonly words?: Readonly<Record<string, readonly string[]>>;
  /** The case schema, which every page but the case list waits for (src/store/cases.ts). */
  readonly schema?: readonly string[];
  /** The storage code, loaded as the app starts when cases are saved (src/store/cases.ts). */
  readonly storage?: readonly string[];
  /** The page drawn into this document at build time, below the base path ('' or absent: the case list). */
  readonly page?: string;
}

(() => {
  const html = document.documentElement;
  const base = import.meta.env.BASE_URL;
  let settings: { theme?: unknown; lang?: unknown } = {};
  let hasCases = false;
  // A device with a lock, or a site that requires one: the first page is the lock's, not the list.
  let lockFirst = false;
  try {
    const ls = localStorage;
    // The count kept for this (src/store/storage-places.ts), or the cases an earlier version saved.
    hasCases =
      Number(ls.getItem('scho-workup:case-count')) > 0 || ls.getItem('scho-workup:cases') !== null;
    settings = (JSON.parse(ls.getItem('scho-workup:settings') ?? '{}') as { state?: object })
      .state as typeof settings;
    lockFirst =
      ls.getItem('scho-workup:lock') !== null ||
      (settings as { lock?: { required?: unknown } } | undefined)?.lock?.required === true;
  } catch {
    // Nothing saved, or unreadable: the defaults, as the app will decide too.
  }
  settings ??= {};
  const theme = settings.theme;
  if (theme === 'light' || theme === 'dark') html.dataset.theme = theme;

  let preload: Preload | undefined;
  try {
    preload = JSON.parse(document.getElementById('app-preload')?.textContent ?? '') as Preload;
  } catch {
    // no table: the defaults
  }
  // The languages this build ships, English first: the registry's list (src/domain/languages.ts)
  // as the build wrote it into the page. The rule is the settings store's: the saved language if
  // it is one of them, else the browser's if it is, else English.
  const langs = Object.keys(preload?.lang ?? { en: [] });
  const saved = settings.lang;
  const browser = navigator.language.toLowerCase().split('-')[0];
  const lang =
    typeof saved === 'string' && langs.includes(saved)
      ? saved
      : (langs.find((l) => l === browser) ?? 'en');
  html.lang = lang;
  // The address below the base path ('' at the app's root, with or without the last slash).
  const at = location.pathname;
  const path = `${at}/`.startsWith(base) ? at.slice(base.length) : at;
  // The page drawn at build time into this document: the case list in index.html, or a page
  // that reads nothing saved, drawn as it is without `?case=` (compare.html, probability.html:
  // the preload table's `page`). A server that does not serve those files serves index.html.
  // Where that page is this reader's: 'on' or 'saved' for the case list, 'page' for the others.
  const drawn = preload?.page ?? '';
  const shell =
    lang !== 'en' || path !== drawn || lockFirst || (drawn && location.search)
      ? 'off'
      : drawn
        ? 'page'
        : hasCases
          ? 'saved'
          : 'on';
  html.dataset.shell = shell;

  const entry = document.querySelector<HTMLMetaElement>('meta[name="app-entry"]')?.content;
  if (!entry) return;
  const policy = (window as TrustedTypesWindow).trustedTypes?.createPolicy('scho-loader', {
    createScriptURL: (url) => {
      if (url !== entry) throw new TypeError(`Not the app's entry script: ${url}`);
      return url;
    },
  });
  // With saved cases the app reads them as it starts: their code comes beside the entry.
  const storage = hasCases ? (preload?.storage ?? []) : [];
  const preloadAll = (files: Iterable<string>) => {
    for (const href of files) {
      const link = document.createElement('link');
      // As Vite's own loader would add them later (it skips what is already in the page).
      link.rel = href.endsWith('.css') ? 'stylesheet' : 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    }
  };
  const load = () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = (policy ? policy.createScriptURL(entry) : entry) as string;
    document.head.appendChild(script);
  };
  // Every page but the case list waits for all of the reader's strings, their clinical words
  // and the case schema (routes.tsx); a Spanish reader's case list waits for Spanish (main.tsx). Where the shell
  // shows, the case list needs only the first page's English (in the entry); a page drawn at
  // build time, its own code, strings and the schema, requested with the entry after the paint.
  // (No route is the case list's: it is in the entry.)
  const route = preload?.routes.find(([pattern]) => new RegExp(pattern).test(path));
  const files = new Set([
    ...(shell === 'off' || route ? (preload?.lang[lang] ?? []) : []),
    ...(route ? [...route[1], ...(preload?.words?.[lang] ?? []), ...(preload?.schema ?? [])] : []),
    ...storage,
  ]);
  if (shell !== 'off') {
    document.addEventListener('DOMContentLoaded', () =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          load();
          preloadAll(files);
        }, 0),
      ),
    );
    return;
  }
  // Fetched at once (preloaded), run once the page is parsed (#root is there).
  document.addEventListener('DOMContentLoaded', load);
  preloadAll([entry, ...files]);
})();
