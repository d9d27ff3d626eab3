import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fc, test as fcTest } from '@fast-check/vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedCase } from '../../domain/case/fixtures';
import type { Case } from '../../domain/case/schema';
import { assess } from '../../domain/engine/assess';
import { CASE_FILE_FORMAT, MAX_CASE_FILE_BYTES, caseFileText } from '../../domain/export/case-file';
import { MAX_CASES_FILE_BYTES, casesFileText } from '../../domain/export/all-cases-file';
import { useCases } from '../../store/cases';
import { clock } from '../../store/clock';
import { useSettings } from '../../store/settings';
import { ExportActions } from './export-actions';
import { importCaseText } from './import-case';
import { ImportCases } from './import-cases';

const TODAY = '2026-03-03';

/** Blobs handed to URL.createObjectURL, and the names the download links were given. */
let blobs: Blob[] = [];
let names: string[] = [];

beforeEach(() => {
  vi.spyOn(clock, 'today').mockReturnValue(TODAY);
  vi.spyOn(clock, 'nowIso').mockReturnValue(`${TODAY}T10:00:00.000Z`);
  useSettings.setState({ lang: 'en' });
  useCases.setState(useCases.getInitialState(), true);
  blobs = [];
  names = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    blobs.push(b);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
});

afterEach(() => {
  vi.useRealTimers();
});

function renderWithRouter(ui: React.ReactNode) {
  const router = createMemoryRouter(
    [
      { path: '/', element: ui },
      { path: '/cases/:caseId', element: <h1>Wizard stand-in</h1> },
    ],
    { initialEntries: ['/'] },
  );
  const user = userEvent.setup();
  render(<RouterProvider router={router} />);
  return { user, router };
}

const seed = () => seedCase(TODAY);
const withSeedInStore = () => {
  const c = seed();
  useCases.setState({ cases: { [c.id]: c }, order: [c.id] });
  return c;
};

describe('export actions', () => {
  it('copies the note to the clipboard and says so', async () => {
    const c = seed();
    const { user } = renderWithRouter(<ExportActions c={c} a={assess(c, TODAY)} />);
    await user.click(screen.getByRole('button', { name: 'Copy note for the record' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Note copied to the clipboard.'),
    );
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n')[0]).toBe(
      'Confirmed subcutaneous ossification (SCHO) — García-Arpa 2020 seed case',
    );
    expect(copied).toContain('Date: 3 Mar 2026 (day 91 since onset)');
    expect(copied).toContain('does not replace clinical judgement');
    // The short note by default.
    expect(copied).not.toContain('Risk profile:');
  });

  it('copies the full note one tap away, and downloads the version chosen', async () => {
    const c = seed();
    const { user } = renderWithRouter(<ExportActions c={c} a={assess(c, TODAY)} />);
    const short = screen.getByRole('radio', { name: /^Short/ });
    expect(short).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /^Full/ }));
    await user.click(screen.getByRole('button', { name: 'Copy note for the record' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Note copied to the clipboard.'),
    );
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('(full note)');
    expect(copied).toMatch(/^Risk profile: 2 of 5 features present/m);
    await user.click(screen.getByRole('button', { name: 'Download note (.txt)' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Downloaded'));
    expect(await blobs.at(-1)?.text()).toContain('(full note)');
  });

  it('shows the note to copy by hand when the clipboard is blocked', async () => {
    const c = seed();
    const { user } = renderWithRouter(<ExportActions c={c} a={assess(c, TODAY)} />);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy note for the record' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('did not allow copying');
    const box = screen.getByRole('textbox', { name: 'Note for the record' });
    expect((box as HTMLTextAreaElement).value).toContain(
      'Assessment: Confirmed subcutaneous ossification',
    );
  });

  it('downloads the note as .txt and .md, the case file and the FHIR Bundle', async () => {
    const c = seed();
    const { user } = renderWithRouter(<ExportActions c={c} a={assess(c, TODAY)} />);
    const click = async (name: string) => {
      await user.click(screen.getByRole('button', { name }));
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Downloaded'));
    };
    await click('Download note (.txt)');
    await click('Download note (Markdown)');
    await click('Download case file (.json)');
    await click('Download FHIR R4 Bundle (.json)');
    expect(names).toEqual([
      'scho-garcia-arpa-2020-seed-case-2026-03-03.txt',
      'scho-garcia-arpa-2020-seed-case-2026-03-03.md',
      'scho-garcia-arpa-2020-seed-case-2026-03-03.json',
      'scho-garcia-arpa-2020-seed-case-2026-03-03-fhir.json',
    ]);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Downloaded scho-garcia-arpa-2020-seed-case-2026-03-03-fhir.json.',
    );
    const [txt, md, json, fhir] = await Promise.all(blobs.map((b) => b.text()));
    expect(txt).toContain('Assessment: Confirmed subcutaneous ossification (SCHO).');
    expect(md).toContain('## Assessment');
    expect(JSON.parse(json ?? '')).toMatchObject({ format: CASE_FILE_FORMAT, case: { id: c.id } });
    expect(JSON.parse(fhir ?? '')).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(blobs[3]?.type).toMatch(/^application\/fhir\+json/);
  });
});

describe('import', () => {
  const jsonFile = (text: string, name = 'case.json') =>
    new File([text], name, { type: 'application/json' });

  it('round-trips: the exported case file imports as a new case with the same content', async () => {
    const c = withSeedInStore();
    const { user } = renderWithRouter(
      <>
        <ExportActions c={c} a={assess(c, TODAY)} />
        <ImportCases />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Download case file (.json)' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const text = await blobs[0]!.text();
    await user.upload(screen.getByLabelText('Choose a case file'), jsonFile(text));
    expect(
      await screen.findByText(/Imported “García-Arpa 2020 seed case \(2\)” as a new case\./),
    ).toBeInTheDocument();
    const state = useCases.getState();
    expect(state.order).toHaveLength(2);
    const newId = state.order[0]!;
    expect(newId).not.toBe(c.id);
    expect(state.cases[c.id]).toEqual(c);
    const imported = state.cases[newId]!;
    expect(imported.label).toBe('García-Arpa 2020 seed case (2)');
    const content = { ...imported, id: c.id, label: c.label };
    const original = c;
    expect(content).toEqual(original);
    expect(screen.getByRole('link', { name: 'Open the imported case' })).toHaveAttribute(
      'href',
      `/cases/${encodeURIComponent(newId)}`,
    );
  });

  it('explains invalid JSON and changes nothing', async () => {
    const c = withSeedInStore();
    const before = useCases.getState().cases;
    const { user } = renderWithRouter(<ImportCases />);
    await user.upload(
      screen.getByLabelText('Choose a case file'),
      jsonFile('{"format": ', 'broken.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported from broken.json.');
    expect(alert).toHaveTextContent('The file is not valid JSON.');
    expect(alert).toHaveTextContent(/is not valid JSON \(error at line 1, column \d+\)/);
    expect(useCases.getState().cases).toBe(before);
    expect(useCases.getState().cases[c.id]).toEqual(c);
  });

  it('names the field and the reason for a schema error', async () => {
    withSeedInStore();
    const bad = { ...seed(), patient: { ...seed().patient, age: 200 } };
    const { user } = renderWithRouter(<ImportCases />);
    await user.upload(
      screen.getByLabelText('Choose a case file'),
      jsonFile(caseFileText(bad, 'x')),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('does not pass validation');
    expect(alert).toHaveTextContent('case.patient.age: must be 120 or less');
    expect(useCases.getState().order).toHaveLength(1);
  });

  it('refuses a file over the size limit without reading it', async () => {
    withSeedInStore();
    const { user } = renderWithRouter(<ImportCases />);
    const big = jsonFile('x'.repeat(MAX_CASES_FILE_BYTES + 1), 'huge.json');
    const read = vi.spyOn(big, 'text');
    await user.upload(screen.getByLabelText('Choose a case file'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent('larger than the 5 MiB limit');
    expect(read).not.toHaveBeenCalled();
    expect(useCases.getState().order).toHaveLength(1);
  });

  it('refuses a single-case file over its own 1 MiB limit', async () => {
    withSeedInStore();
    const { user } = renderWithRouter(<ImportCases />);
    const big = jsonFile('x'.repeat(MAX_CASE_FILE_BYTES + 1), 'big.json');
    await user.upload(screen.getByLabelText('Choose a case file'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent('larger than the 1 MiB limit');
    expect(useCases.getState().order).toHaveLength(1);
  });

  it('imports an all-cases file and says what happened to each case, overwriting nothing', async () => {
    const c = withSeedInStore();
    const changed: Case = { ...c, label: 'Changed elsewhere', patient: { ...c.patient, age: 50 } };
    const fresh: Case = { ...seedCase(TODAY), id: 'other-id', label: 'Bed 7' };
    const text = casesFileText(
      [c, changed, fresh, { ...fresh, id: '', label: '' } as Case],
      '2026-03-10T09:00:00.000Z',
    );
    const { user } = renderWithRouter(<ImportCases />);
    await user.upload(screen.getByLabelText('Choose a case file'), jsonFile(text, 'all.json'));
    const status = await screen.findByText(/From all\.json: 2 of 4 cases added/);
    const list = status.parentElement as HTMLElement;
    expect(list).toHaveTextContent('“García-Arpa 2020 seed case” is already here, unchanged');
    expect(list).toHaveTextContent('“Changed elsewhere” added as a new case');
    expect(list).toHaveTextContent('“Bed 7” added.');
    expect(list).toHaveTextContent('Case 4 in the file could not be read');
    const state = useCases.getState();
    expect(state.cases[c.id]).toEqual(c);
    expect(state.cases['other-id']).toEqual(fresh);
    expect(state.order).toHaveLength(3);
  });

  it('imports a dropped file', async () => {
    withSeedInStore();
    renderWithRouter(<ImportCases />);
    const zone = screen.getByTestId('import-drop-zone');
    fireEvent.dragEnter(zone, { dataTransfer: { files: [] } });
    expect(zone).toHaveTextContent('Drop the file to import it');
    fireEvent.drop(zone, { dataTransfer: { files: [jsonFile(caseFileText(seed(), 'x'))] } });
    expect(await screen.findByText(/as a new case/)).toBeInTheDocument();
    expect(useCases.getState().order).toHaveLength(2);
  });

  it('never overwrites: importing a case with an existing id adds a new one', () => {
    const c = withSeedInStore();
    const result = importCaseText(caseFileText(c, 'x'), TODAY);
    expect(result.ok).toBe(true);
    const state = useCases.getState();
    expect(state.order).toHaveLength(2);
    expect(state.cases[c.id]).toEqual(c);
  });

  const texts = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.json(),
    fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
    fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder().decode(b)),
    fc
      .dictionary(
        fc.constantFrom('id', 'label', 'patient', 'studies', 'schemaVersion'),
        fc.jsonValue(),
      )
      .map((inner) =>
        JSON.stringify({ format: CASE_FILE_FORMAT, case: { ...seedCase(TODAY), ...inner } }),
      ),
  );

  fcTest.prop([texts], { numRuns: 150 })(
    'importing anything never throws and, unless valid, never changes the stored cases',
    (text) => {
      const existing: Case = seedCase(TODAY);
      useCases.setState({ cases: { [existing.id]: existing }, order: [existing.id] });
      const before = useCases.getState();
      const result = importCaseText(text, TODAY);
      const after = useCases.getState();
      expect(after.cases[existing.id]).toEqual(existing);
      if (result.ok) {
        expect(after.order).toHaveLength(2);
        expect(after.cases[result.id]).toBeDefined();
      } else {
        expect(after.cases).toBe(before.cases);
        expect(after.order).toBe(before.order);
        expect(result.errors.length).toBeGreaterThan(0);
      }
    },
  );
});
