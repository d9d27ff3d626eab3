import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endSession, saveSession } from '../features/ehr-launch/session';
import { setUpUiTest } from '../testing/test-utils';
import { Layout } from './layout';

beforeEach(async () => {
  await setUpUiTest();
  sessionStorage.clear();
});
afterEach(() => sessionStorage.clear());

describe('the footer in a tab opened from the record', () => {
  it('does not say "Data stay on this device" while the tab is connected to the record, and says it again once disconnected', () => {
    const router = createMemoryRouter(
      [{ path: '/', element: <Layout />, children: [{ index: true, element: <p>Page</p> }] }],
      { initialEntries: ['/'] },
    );
    render(<RouterProvider router={router} />);
    const footer = screen.getByRole('contentinfo');
    expect(footer).toHaveTextContent('Data stay on this device.');
    act(() => {
      saveSession({
        fhirBase: 'https://fhir.example.org/r4',
        accessToken: 't',
        scope: 'launch patient/*.cruds',
        patient: 'p-1',
        needPatientBanner: false,
        cases: {},
      });
    });
    expect(footer).not.toHaveTextContent('Data stay on this device.');
    expect(footer).toHaveTextContent(
      /connected to the health record: it has read the patient’s record, and sends a report there only when you file it/,
    );
    act(() => endSession());
    expect(footer).toHaveTextContent('Data stay on this device.');
  });
});
