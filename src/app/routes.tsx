import type { RouteObject } from 'react-router';
import { LANGS, type Lang } from '../domain/languages';
import { CasesPage } from '../features/cases/cases-page';
import { followWithWords, loadLanguage } from '../i18n/translate';
import { casesReady } from '../store/cases';
import { useSettings } from '../store/settings';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { RouteLoading } from './route-loading';

/**
 * The case list is the first page and ships in the entry chunk; every other page (the wizard,
 * the comparison with its charts, the summary with its exports, the evidence list) is a lazy
 * chunk, so a hospital phone downloads only what the first screen needs.
 */
const table: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown while the first lazily loaded page of a deep link arrives.
    HydrateFallback: RouteLoading,
    children: [
      { index: true, element: <CasesPage />, errorElement: <RouteError /> },
      {
        path: 'cases/:caseId/summary',
        errorElement: <RouteError />,
        lazy: async () => ({
          Component: (await import('../features/summary/summary-page')).SummaryPage,
        }),
      },
      {
        path: 'cases/:caseId/:step?',
        errorElement: <RouteError />,
        lazy: async () => ({
          Component: (await import('../features/wizard/wizard-page')).WizardPage,
        }),
      },
      {
        path: 'compare',
        errorElement: <RouteError />,
        lazy: async () => ({
          Component: (await import('../features/compare/compare-page')).ComparePage,
        }),
      },
      {
        path: 'probability',
        errorElement: <RouteError />,
        lazy: async () => ({
          Component: (await import('../features/probability/probability-page')).ProbabilityPage,
        }),
      },
      {
        path: 'evidence',
        errorElement: <RouteError />,
        lazy: async () => ({
          Component: (await import('../features/evidence/evidence-page')).EvidencePage,
        }),
      },
      {
        path: 'settings',
        errorElement: <RouteError />,
        lazy: async () => ({
          Component: (await import('../features/settings/settings-page')).SettingsPage,
        }),
      },
      {
        path: 'launch/*',
        errorElement: <RouteError />,
        // The report filed to the record carries English codings whatever the reader's language.
        handle: { words: 'every' },
        lazy: async () => ({
          Component: (await import('../features/ehr-launch/launch-page')).LaunchPage,
        }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('./not-found')).NotFound }),
      },
    ],
  },
];

/** A language's clinical words, their loader (not in the first page's code) fetched as needed. */
const wordsOf = (lang: Lang): Promise<void> =>
  import('../i18n/clinical-words').then((m) => m.loadWords([lang]));

/**
 * A page's clinical words. From the moment a page asks for them, a switch of language waits for
 * the new language's words too (said before the loader has arrived, so a switch made while the
 * page loads cannot draw it in a language whose words are not here).
 */
function loadPageWords(langs: readonly Lang[] = [useSettings.getState().lang]): Promise<unknown> {
  followWithWords(wordsOf);
  return Promise.all(langs.map(wordsOf));
}

/** The languages whose clinical words a page needs: the reader's, or every language. */
const wordsFor = (r: RouteObject): readonly Lang[] | undefined =>
  (r.handle as { words?: string } | undefined)?.words === 'every' ? LANGS : undefined;

/**
 * Every page but the case list waits for all of the reader's strings (the entry has only the
 * first page's), for the reader's clinical words (every page but "not found" shows clinical text)
 * and for the saved cases to be read from IndexedDB (a deep link to a case must not say "not
 * found" before they are): each lazy route's code, the strings, the words and the cases load side
 * by side.
 */
function withStrings(list: readonly RouteObject[]): RouteObject[] {
  return list.map((r) => {
    const { lazy, children } = r;
    const next = { ...r } as RouteObject;
    if (typeof lazy === 'function') {
      // Once: the app may ask ahead (src/main.tsx, a page drawn at build time) and again as it
      // draws the page, and then finds it loaded (as React.lazy and the data router, it keeps
      // a failed load's error).
      let once: Promise<unknown> | undefined;
      next.lazy = (() =>
        (once ??= Promise.all([
          lazy(),
          loadLanguage(useSettings.getState().lang).catch((err: unknown) =>
            console.warn('language strings could not be loaded', err),
          ),
          casesReady(),
          // A page that shows clinical text is drawn once the reader's clinical words are here;
          // a failed download fails the page's load (its error page offers a reload), as its code would.
          r.path === '*' ? undefined : loadPageWords(wordsFor(r)),
        ]).then(([loaded]) => loaded))) as RouteObject['lazy'];
    }
    if (children) next.children = withStrings(children);
    return next;
  }) as RouteObject[];
}

export const routes: RouteObject[] = withStrings(table);
