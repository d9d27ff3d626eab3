import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fc, test as fcTest } from '@fast-check/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedCase } from '../../domain/case/fixtures';
import type { Case } from '../../domain/case/schema';
import { assess } from '../../domain/engine/assess';
import { CASE_FILE_FORMAT, MAX_CASE_FILE_BYTES, caseFileText } from '../../domain/export/case-file';
import { casesFileText } from '../../domain/export/all-cases-file';
import { clearSavedCases, useCases, whenSaved } from '../../store/cases';
import { clock } from '../../store/clock';
import { useSettings } from '../../store/settings';
import { ExportActions } from '../export';
import { importCaseText } from './import-case';
import { ImportCases } from './import-cases';
import { captureDownloads, renderWithRouter } from '../../ui/testing/downloads';

const TODAY = '2026-03-03';

/** Blobs handed to URL.createObjectURL. */
let blobs: Blob[] = [];

beforeEach(async () => {
  vi.spyOn(clock, 'today').mockReturnValue(TODAY);
  vi.spyOn(clock, 'nowIso').mockReturnValue(`${TODAY}T10:00:00.000Z`);
  useSettings.setState({ lang: 'en' });
  await clearSavedCases();
  ({ blobs } = captureDownloads());
});

afterEach(() => {
  vi.useRealTimers();
});

const seed = () => seedCase(TODAY);
const withSeedInStore = () => {
  const c = seed();
  useCases.setState({ cases: { [c.id]: c }, order: [c.id] });
  return c;
};

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

  it('HAZ-46 tidies an imported label into one visible line and says so (a trace, not a silent rewrite)', async () => {
    withSeedInStore();
    const odd = { ...seed(), id: 'other', label: 'Bed 9\u200B\nConclusion: Excluded' };
    const { user } = renderWithRouter(<ImportCases />);
    await user.upload(
      screen.getByLabelText('Choose a case file'),
      jsonFile(caseFileText(odd, 'x')),
    );
    const done = await screen.findByText(/Imported “Bed 9 Conclusion: Excluded” as a new case\./);
    expect(done).toHaveTextContent(
      'Its label was made one visible line (line breaks and invisible characters removed).',
    );
    expect(Object.values(useCases.getState().cases).map((c) => c.label)).toContain(
      'Bed 9 Conclusion: Excluded',
    );
  });

  it('HAZ-49 refuses an imported case with a 300,000-character createdAt, naming the field', async () => {
    withSeedInStore();
    const huge = { ...seed(), id: 'huge', createdAt: '2'.repeat(300_000) };
    const { user } = renderWithRouter(<ImportCases />);
    await user.upload(
      screen.getByLabelText('Choose a case file'),
      jsonFile(caseFileText(huge, 'x')),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('case.createdAt: Too long: at most 40 characters.');
    expect(useCases.getState().order).toHaveLength(1);
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
    expect(alert).toHaveTextContent('case.patient.age: Must be 120 or less.');
    expect(useCases.getState().order).toHaveLength(1);
  });

  it('refuses a file larger than the space the browser still gives the app, without reading it', async () => {
    withSeedInStore();
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { estimate: () => Promise.resolve({ quota: 3_000_000, usage: 1_000_000 }) },
    });
    const { user } = renderWithRouter(<ImportCases />);
    const big = jsonFile('x'.repeat(2_100_000), 'huge.json');
    const read = vi.spyOn(big, 'text');
    await user.upload(screen.getByLabelText('Choose a case file'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'larger than the space this browser still gives this app on this device (about 2 MB)',
    );
    expect(read).not.toHaveBeenCalled();
    expect(useCases.getState().order).toHaveLength(1);
    vi.unstubAllGlobals();
  });

  it('HAZ-53 a backup larger than 5 MiB (non-Latin free text) round-trips whole: labels, steps and stamps', async () => {
    // 250 cases whose notes are Greek and Chinese text: about 8 MB of UTF-8, over the old limit.
    const note = 'Σκληρές πλάκες κάτω από το δέρμα των κνημών· 小腿皮下硬斑块，边界清楚。'.repeat(
      80,
    );
    const s = useCases.getState();
    for (let i = 0; i < 250; i += 1) {
      const id = s.createCase(`Κρεβάτι ${i}`);
      s.updatePatient(id, { history: note.slice(0, 4900), age: 40 + (i % 50) });
      s.updateStudy(id, 'labs', { status: 'done', note: note.slice(0, 4900) });
      s.updateStudy(id, 'xray', { status: 'planned', note: note.slice(0, 4900) });
      s.setCurrentStep(id, i % 3 ? 'labs' : 'xray');
    }
    expect(await whenSaved()).toBe(true);
    const saved = useCases.getState();
    // Wards reuse their bed numbers: in a backup gathered from several devices, half the cases are
    // called "Bed 12" (this app never lets two cases on one device look alike, but a restore keeps
    // each case's own label).
    const before = {
      ...saved,
      cases: Object.fromEntries(
        saved.order.map((id, i) => [
          id,
          { ...saved.cases[id]!, ...(i % 2 ? { label: 'Bed 12' } : {}) },
        ]),
      ),
    };
    // The file "Download all cases" writes: the cases in list order, each one's step and stamps.
    const text = casesFileText(
      before.order.map((id) => before.cases[id]!),
      `${TODAY}T10:00:00.000Z`,
      undefined,
      Object.fromEntries(
        before.order.map((id) => [
          id,
          { step: before.currentStep[id], stamps: before.stamps[id] ?? {} },
        ]),
      ),
    );
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(7_500_000);

    await clearSavedCases();
    const { user } = renderWithRouter(<ImportCases />);
    await user.upload(screen.getByLabelText('Choose a case file'), jsonFile(text, 'all.json'));
    expect(
      await screen.findByText(/From all\.json: 250 of 250 cases added/, undefined, {
        timeout: 20_000,
      }),
    ).toBeInTheDocument();
    const after = useCases.getState();
    expect(after.order).toEqual(before.order);
    expect(after.cases).toEqual(before.cases);
    expect(after.currentStep).toEqual(before.currentStep);
    expect(after.stamps).toEqual(before.stamps);
    // 125 cases called "Bed 12" come back as "Bed 12", each its own case.
    expect(Object.values(after.cases).filter((c) => c.label === 'Bed 12')).toHaveLength(125);
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
