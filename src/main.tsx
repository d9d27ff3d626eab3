import { StrictMode, startTransition, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { matchRoutes } from 'react-router';
import { App, BASENAME } from './app/app';
import { routes } from './app/routes';
import { takeOverShell } from './app/shell-takeover';
import { loadLanguage } from './i18n/translate';
import { useCases } from './store/cases';
import { useSettings } from './store/settings';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const lang = useSettings.getState().lang;
const warn = (err: unknown) => console.warn('language strings could not be loaded', err);
const html = document.documentElement;

/** Lifts the build-time page's visibility rules (index.html) in the commit that replaces it. */
function TakeOver({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    html.dataset.shell = 'app';
  }, []);
  return children;
}

const app = (
  <StrictMode>
    <TakeOver>
      <App />
    </TakeOver>
  </StrictMode>
);

// The first page's English strings are in this chunk. Another language loads before the first
// paint, so a Spanish reader never sees English flash by (if it cannot load, which is unlikely
// as it is precached, English is the fallback). The rest of English loads only with what draws
// it: every other page (routes.tsx) and the case list's panels' results (i18n/with-strings.ts).
// (A promise, not top-level await: that would make the bundler split the entry into many chunks.)
//
// #root may hold the first page drawn at build time (src/app/shell.tsx). The boot script
// (src/app/boot.ts) marks, before the first paint, whether it is this reader's page: 'on'
// (English, the app's root, no saved cases), 'saved' (the same with saved cases: shown without
// "No cases yet") or 'off' (hidden). Where the shell shows, the boot script requested this one
// only after it was painted. Where it is this reader's page, React takes over its nodes
// (hydrateRoot), so the paint that counts stays the HTML's; anywhere else React draws the page
// afresh, replacing the shell in the same commit.
//
// React takes the shell over only if its first render draws exactly the shell: English, and no
// saved case expected. The boot script read those keys when the page was parsed; the stores read
// them again here, once this script has arrived, and another tab may have saved the first case or
// changed the language in between (the first render is drawn from the stores' first state, and a
// render that does not match the painted page is a hydration error). Then React draws the page
// afresh, with that case.
const shell =
  html.dataset.shell === 'on' &&
  root.firstElementChild !== null &&
  lang === 'en' &&
  !useCases.getInitialState().expectCases;

// In a transition: React then renders the first page in slices of a few milliseconds, yielding to
// the browser between them, instead of in one long task (a tap on the page is never kept waiting
// for the whole tree). A first render has nothing on screen to keep, so the loading states show as
// they would otherwise.
//
// A page drawn at build time into a document of its own (compare.html, probability.html), where
// it is this reader's ('page'): React draws it afresh, not taking its nodes over
// (it reads the saved cases the build did not have), and only once what its route waits for is
// in (its code, the strings, the saved cases: routes.tsx). The route's `lazy` then settles within
// the render's first pause, and React, rendering in a transition, draws the page in its first
// commit: the painted page is replaced by the app's at once, never by a loading line.
void (
  html.dataset.shell === 'page'
    ? Promise.all(
        // Every address matches (the last route is '*').
        matchRoutes(routes, location.pathname, BASENAME)!.map((m) =>
          (m.route.lazy as () => unknown)?.(),
        ),
      ).catch(warn)
    : lang === 'en'
      ? Promise.resolve()
      : loadLanguage(lang).catch(warn)
).then(() => {
  startTransition(() => {
    if (shell) {
      takeOverShell(root);
      hydrateRoot(root, app);
    } else {
      createRoot(root).render(app);
    }
  });
});
