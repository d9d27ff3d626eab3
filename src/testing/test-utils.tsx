import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { expect, vi } from 'vitest';
import { clearSavedCases, reloadCases, useCases, whenSaved } from '../store/cases';
import { clock } from '../store/clock';
import { useSettings } from '../store/settings';
import { CasesPage } from '../features/cases/cases-page';
import { WizardPage } from '../features/wizard/wizard-page';

/** The visit date of every UI test: onset "about three months before" is 2025-12-09. */
export const TODAY = '2026-03-10';

/**
 * The routes of src/app/routes.tsx that these features own, without the app shell (features may
 * not import from app). The summary page belongs to another feature: a stand-in marks arrival.
 */
const testRoutes: RouteObject[] = [
  { path: '/', element: <CasesPage /> },
  { path: '/cases/:caseId/summary', element: <h1>Summary stand-in</h1> },
  { path: '/cases/:caseId/:step?', element: <WizardPage /> },
  { path: '/evidence', element: <h1>Evidence stand-in</h1> },
];

/** English, a fixed "today", and no saved case (nothing in IndexedDB or localStorage). */
export async function setUpUiTest() {
  vi.spyOn(clock, 'today').mockReturnValue(TODAY);
  useSettings.setState({ lang: 'en' });
  await clearSavedCases();
  localStorage.clear();
}

/**
 * The routes above at `path`. `onCommit`, if given, is called each time React commits a drawing
 * of the page (a Profiler around it), to check what a change draws again.
 */
export function renderAt(path: string, onCommit?: () => void) {
  const router = createMemoryRouter(testRoutes, { initialEntries: [path] });
  const user = userEvent.setup();
  const app = <RouterProvider router={router} />;
  render(
    onCommit ? (
      <Profiler id="page" onRender={onCommit}>
        {app}
      </Profiler>
    ) : (
      app
    ),
  );
  return { router, user };
}

/** Re-create the store from what is saved (as a reload does) and check nothing was lost. */
export async function reloadAndCompare() {
  await whenSaved();
  const before = useCases.getState();
  await act(async () => {
    await reloadCases();
  });
  const after = useCases.getState();
  expect(after.cases).toEqual(before.cases);
  expect(after.order).toEqual(before.order);
  expect(after.currentStep).toEqual(before.currentStep);
  expect(after.loadProblem).toBeUndefined();
}

export const stepper = () => screen.getByRole('navigation', { name: 'Workup steps' });

/** The stepper link of the step the engine recommends next. */
export const recommendedStep = () =>
  within(stepper())
    .getAllByRole('link')
    .find((a) => a.textContent?.includes('Recommended next'));

/** An option of a one-tap choice (a group of radio buttons) by the group's and the option's names. */
export const choice = (group: string, option: string) =>
  within(screen.getByRole('group', { name: group })).getByRole('radio', { name: option });

export const statusGroup = (modality: RegExp | string) =>
  screen.getByRole('group', {
    name: typeof modality === 'string' ? `Status of ${modality}` : modality,
  });
