import { createBrowserRouter, type RouteObject } from 'react-router';
import { CasesPage } from '../features/cases/cases-page';
import { Layout } from './layout';
import { NotFound } from './not-found';
import { RouteError } from './route-error';
import { RouteLoading } from './route-loading';

/**
 * The case list is the first page and ships in the entry chunk; every other page (the wizard,
 * the comparison with its charts, the summary with its exports, the evidence list) is a lazy
 * chunk, so a hospital phone downloads only what the first screen needs.
 */
export const routes: RouteObject[] = [
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
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
