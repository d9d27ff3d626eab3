import type { Bundle } from '@medplum/fhirtypes';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newCase } from '../../domain/case/parse';
import { prefillCase, type RecordData } from '../../domain/record';
import { useCases } from '../../store/cases';
import { setUpUiTest, TODAY } from '../../testing/test-utils';
import { RecordFiling } from './index';
import type { Opened } from './launch-callback';
import { LaunchPage } from './launch-page';
import { PrefillForm } from './prefill-form';
import { readSession, saveSession } from './session';
import { TEST_SESSION } from './test-session';

const SESSION = TEST_SESSION;

const RECORD: RecordData = {
  patient: { resourceType: 'Patient', id: 'p-1', birthDate: '1960-01-15', gender: 'male' },
  conditions: [],
  observations: [
    {
      resourceType: 'Observation',
      id: 'o-ca',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '2000-8' }], text: 'Calcium' },
      effectiveDateTime: '2026-03-01T08:00:00Z',
      valueQuantity: {
        value: 2.3,
        unit: 'mmol/L',
        system: 'http://unitsofmeasure.org',
        code: 'mmol/L',
      },
    },
  ],
};

function renderRoutes(path: string, element?: React.ReactNode) {
  const router = createMemoryRouter(
    [
      ...(element ? [{ path: '/launch/callback', element }] : []),
      { path: '/launch/*', element: <LaunchPage /> },
      { path: '/cases/:caseId/patient', element: <h1>Wizard stand-in</h1> },
      { path: '/cases/:caseId/summary', element: <RecordFiling caseId="c-1" /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return { router, user: userEvent.setup() };
}

beforeEach(async () => {
  await setUpUiTest();
  sessionStorage.clear();
});
afterEach(() => sessionStorage.clear());

describe('a case not opened from a record', () => {
  it('shows no filing link: the device-only app looks as it did', () => {
    renderRoutes('/cases/c-1/summary');
    expect(screen.queryByRole('link', { name: /file the report/i })).toBeNull();
  });

  it('one opened from the record in this tab links to filing its report', () => {
    saveSession({ ...SESSION, cases: { 'c-1': { filled: [] } } });
    renderRoutes('/cases/c-1/summary');
    expect(
      screen.getByRole('link', { name: 'Check and file the report in the record' }),
    ).toHaveAttribute('href', '/launch/file/c-1');
  });
});

describe('the new case read from the record', () => {
  const opened = (): Opened => {
    saveSession(SESSION);
    return {
      session: SESSION,
      prefill: prefillCase(
        newCase('draft', 'From the record', `${TODAY}T08:00:00Z`),
        RECORD,
        TODAY,
      ),
      banner: undefined,
      today: TODAY,
    };
  };

  it('shows each value with its source, checks a change as typed input, and creates a linked pseudonymous case', async () => {
    const { user, router } = renderRoutes('/launch/callback', <PrefillForm opened={opened()} />);
    expect(screen.getByLabelText('Age (years)')).toHaveValue('66');
    expect(
      screen.getByText(/the birth date in the record \(Patient\), as whole years today/),
    ).toBeInTheDocument();
    expect(screen.getByText('Source: Observation “Calcium”, 1 Mar 2026.')).toBeInTheDocument();
    expect(screen.getByLabelText('Case label')).toHaveValue('From the record, 10 Mar 2026');

    const age = screen.getByLabelText('Age (years)');
    await user.clear(age);
    await user.type(age, '66.5');
    expect(age).toHaveAccessibleDescription(/whole number/i);
    await user.clear(age);
    await user.type(age, '64');

    await user.clear(screen.getByLabelText('Case label'));
    await user.click(screen.getByRole('button', { name: 'Create the case' }));
    expect(screen.getByLabelText('Case label')).toHaveAccessibleDescription(/Enter a label/);
    await user.type(screen.getByLabelText('Case label'), 'Bed 3');
    await user.click(screen.getByRole('button', { name: 'Create the case' }));

    await screen.findByRole('heading', { name: 'Wizard stand-in' });
    const [id] = useCases.getState().order;
    const c = useCases.getState().cases[id!]!;
    expect(c.label).toBe('Bed 3');
    expect(c.patient.age).toBe(64);
    expect(c.studies.labs).toMatchObject({
      status: 'done',
      date: '2026-03-01',
      calcium: { value: 2.3, unit: 'mmol/L' },
    });
    expect(router.state.location.pathname).toBe(`/cases/${id}/patient`);
    // Linked to the record for this tab only; the saved case holds no record id.
    expect(readSession()?.cases[id!]?.filled.map((f) => f.field)).toEqual([
      'age',
      'sex',
      'calcium',
    ]);
    expect(JSON.stringify(localStorage)).not.toMatch(/p-1|o-ca|token-1|1960-01-15/);
  });
});

describe('the schema-2 fields read from the record', () => {
  it('shows the drugs, pregnancy status and kidney fields in the wizard’s controls, each with its source; a refused search is said', async () => {
    saveSession(SESSION);
    const record: RecordData = {
      patient: { resourceType: 'Patient', id: 'p-1', birthDate: '1990-05-05', gender: 'female' },
      conditions: [
        {
          resourceType: 'Condition',
          id: 'k1',
          subject: { reference: 'Patient/p-1' },
          code: {
            coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'N18.32' }],
            text: 'CKD stage 3b',
          },
          recordedDate: '2024-02-01',
        },
      ],
      observations: [
        {
          resourceType: 'Observation',
          id: 'preg',
          status: 'final',
          code: { coding: [{ system: 'http://loinc.org', code: '82810-3' }] },
          effectiveDateTime: '2026-02-01T09:00:00Z',
          valueCodeableConcept: {
            coding: [{ system: 'http://snomed.info/sct', code: '60001007' }],
            text: 'Not pregnant',
          },
        },
      ],
      medicationRequests: [
        {
          resourceType: 'MedicationRequest',
          id: 'w1',
          status: 'active',
          intent: 'order',
          subject: { reference: 'Patient/p-1' },
          authoredOn: '2025-12-01',
          medicationCodeableConcept: {
            coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '11289' }],
            text: 'Warfarin',
          },
        },
      ],
      unread: [{ resourceType: 'MedicationStatement', detail: 'HTTP 403' }],
    };
    const prefill = prefillCase(newCase('draft', 'x', `${TODAY}T08:00:00Z`), record, TODAY);
    const { user } = renderRoutes(
      '/launch/callback',
      <PrefillForm opened={{ session: SESSION, prefill, banner: undefined, today: TODAY }} />,
    );
    expect(
      screen.getByRole('checkbox', { name: 'Vitamin K antagonist (warfarin, acenocoumarol)' }),
    ).toBeChecked();
    expect(
      screen.getByText('Source: Medication order (MedicationRequest) “Warfarin”, 1 Dec 2025.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Chronic kidney disease (KDIGO GFR category)')).toHaveValue('G3b');
    // The old "not pregnant" is listed with its date, the field is not filled.
    expect(screen.queryByLabelText(/Pregnancy/)).toBeNull();
    expect(screen.getByText(/Recorded before today, and pregnancy status changes/)).toBeVisible();
    expect(screen.getByText(/did not answer the search for Medication statement/)).toBeVisible();
    // A change goes through the same rule as the wizard's: "None" clears the drug.
    await user.click(screen.getByRole('checkbox', { name: 'None' }));
    expect(screen.getByRole('checkbox', { name: 'None' })).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'Vitamin K antagonist (warfarin, acenocoumarol)' }),
    ).not.toBeChecked();
  });
});

describe('filing the report', () => {
  it('HAZ-59 a dropped connection says it may have arrived; "Try again" sends the same Bundle, and the record says it had it', async () => {
    const c = { ...newCase('c-1', 'Bed 1', `${TODAY}T08:00:00Z`) };
    useCases.setState({ cases: { 'c-1': c }, order: ['c-1'] });
    saveSession({ ...SESSION, cases: { 'c-1': { filled: [] } } });
    const sent: string[] = [];
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
      sent.push(String(init?.body));
      if (sent.length === 1) throw new TypeError('Failed to fetch');
      const b = JSON.parse(String(init?.body)) as Bundle;
      const answer: Bundle = {
        resourceType: 'Bundle',
        type: 'transaction-response',
        entry: (b.entry ?? []).map((e, i) => ({
          response: { status: '200 OK', location: `${e.resource?.resourceType}/x${i}` },
        })),
      };
      return new Response(JSON.stringify(answer), { status: 200 });
    });
    const { user } = renderRoutes('/launch/file/c-1');
    await user.click(await screen.findByRole('button', { name: 'File in the record' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/may or may not have arrived/);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        /Already in the record.*nothing was filed twice/,
      ),
    );
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBe(sent[0]);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('https://fhir.example.org/r4/');
    expect((fetchMock.mock.calls[0]?.[1]?.headers as Record<string, string>).authorization).toBe(
      'Bearer token-1',
    );
  });

  it('without write permission nothing is sent, and the report is offered as a download', async () => {
    useCases.setState({
      cases: { 'c-1': newCase('c-1', 'Bed 1', `${TODAY}T08:00:00Z`) },
      order: ['c-1'],
    });
    saveSession({ ...SESSION, scope: 'launch patient/*.rs', cases: { 'c-1': { filled: [] } } });
    const fetchMock = vi.spyOn(globalThis, 'fetch');
    const { user } = renderRoutes('/launch/file/c-1');
    await user.click(await screen.findByRole('button', { name: 'File in the record' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /no permission to create DiagnosticReport, Observation, Condition, ServiceRequest/,
    );
    expect(fetchMock).not.toHaveBeenCalled();
    expect(
      screen.getByRole('button', { name: 'Download the report (FHIR, .json)' }),
    ).toBeInTheDocument();
  });

  it('HAZ-54 a case not opened from the record in this tab cannot be filed into it', async () => {
    useCases.setState({
      cases: {
        'c-1': newCase('c-1', 'Bed 1', `${TODAY}T08:00:00Z`),
        'c-2': newCase('c-2', 'Bed 2', `${TODAY}T08:00:00Z`),
      },
      order: ['c-1', 'c-2'],
    });
    saveSession({ ...SESSION, cases: { 'c-1': { filled: [] } } });
    const fetchMock = vi.spyOn(globalThis, 'fetch');
    renderRoutes('/launch/file/c-2');
    expect(
      await screen.findByText(/was not opened from the health record in this tab/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'File in the record' })).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('"Disconnect from the record" forgets the token and the link; the case stays', async () => {
    useCases.setState({
      cases: { 'c-1': newCase('c-1', 'Bed 1', `${TODAY}T08:00:00Z`) },
      order: ['c-1'],
    });
    saveSession({ ...SESSION, cases: { 'c-1': { filled: [] } } });
    const { user } = renderRoutes('/launch/file/c-1');
    await user.click(await screen.findByRole('button', { name: 'Disconnect from the record' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/Disconnected/);
    expect(readSession()).toBeUndefined();
    expect(useCases.getState().cases['c-1']).toBeDefined();
  });
});
