import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ComparePage } from '../features/compare/compare-page';
import { ProbabilityPage } from '../features/probability/probability-page';
import { loadLanguage } from '../i18n/translate';
import { loadWords } from '../i18n/clinical-words';
import { useSettings } from '../store/settings';
import { AppRoutes, BASENAME } from './app';
import { Layout } from './layout';
import { SHELL_ADDED as ADDED } from './shell-takeover';

/**
 * The first page as static HTML, rendered at build time into index.html's #root (see
 * scripts/prerender-shell.mjs): the app's own route table at its root (the layout and the empty
 * case list; under the base path, so its links are the app's) in English, exactly as React draws it, so the first paint needs no JavaScript and React
 * can take the same nodes over (hydrateRoot, src/main.tsx) instead of drawing new ones. The lazy
 * panels and notices wait for the takeover (useHydrated), so they are not in it.
 *
 * Until the app takes over, every control is disabled (a click would do nothing, or submit the
 * form as a page load) and the main landmark says it is busy; `takeOverShell` removes exactly
 * those additions first (shell-takeover.ts). Never part of the app's bundle.
 */
export function renderShell(): string {
  useSettings.setState({ lang: 'en', theme: 'system' });
  const html = renderToString(
    <MemoryRouter basename={BASENAME} initialEntries={[import.meta.env.BASE_URL]}>
      <AppRoutes />
    </MemoryRouter>,
  );
  return inert(html);
}

/** Every control disabled and the main landmark busy, each marked so it can be undone. */
function inert(html: string): string {
  return html
    .replace(/<(input|select|button)\b/g, `<$1 disabled="" ${ADDED}="disabled"`)
    .replace(/<main\b/, `<main aria-busy="true" ${ADDED}="aria-busy"`);
}

/**
 * The pages that read nothing saved on the device, drawn at build time into a page of their own
 * (`<path>.html`, served for `/<path>` by the server and the service worker): a reader who opens
 * one cold sees it painted from the HTML while its code is on its way. Each page's path below
 * the base path.
 */
export const STATIC_PAGES: Readonly<Record<string, ComponentType>> = {
  compare: ComparePage,
  probability: ProbabilityPage,
};

/**
 * One of STATIC_PAGES as static HTML, in the layout, in English, with no case chosen (what a
 * reader sees at that address without `?case=`). React does not take these nodes over: when the
 * page's code has arrived the app draws the same page afresh in one commit (src/main.tsx), so
 * the markup need not match node for node; until then every control is disabled.
 */
export async function renderPage(path: string): Promise<string> {
  const Page = STATIC_PAGES[path];
  if (!Page) throw new Error(`No page drawn at build time for ${path}`);
  useSettings.setState({ lang: 'en', theme: 'system' });
  // All of English: these pages draw strings the first page's do not include.
  await Promise.all([loadLanguage('en'), loadWords(['en'])]);
  const html = renderToString(
    <MemoryRouter basename={BASENAME} initialEntries={[`${import.meta.env.BASE_URL}${path}`]}>
      <Routes>
        <Route element={<Layout />}>
          <Route path={path} element={<Page />} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
  // Inline style attributes (the figures' bars, in the dossier, closed on a phone) are refused
  // by the content-security policy (`style-src 'self'`) in a page's HTML, each with a console
  // error; React sets them through the DOM once the app draws the page.
  return inert(html.replace(/ style="[^"]*"/g, ''));
}
