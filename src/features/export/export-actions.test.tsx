import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { seedCase } from '../../domain/case/fixtures';
import { assess } from '../../domain/engine/assess';
import { CASE_FILE_FORMAT, exportFileStem } from '../../domain/export/case-file';
import { useCases } from '../../store/cases';
import { clock } from '../../store/clock';
import { useSettings } from '../../store/settings';
import { ExportActions } from './export-actions';
import { captureDownloads, renderWithRouter } from '../../ui/testing/downloads';

const TODAY = '2026-03-03';

/** Blobs handed to URL.createObjectURL, and the names the download links were given. */
let blobs: Blob[] = [];
let names: string[] = [];

beforeEach(() => {
  vi.spyOn(clock, 'today').mockReturnValue(TODAY);
  vi.spyOn(clock, 'nowIso').mockReturnValue(`${TODAY}T10:00:00.000Z`);
  useSettings.setState({ lang: 'en' });
  useCases.setState(useCases.getInitialState(), true);
  ({ blobs, names } = captureDownloads());
});

afterEach(() => {
  vi.useRealTimers();
});

const seed = () => seedCase(TODAY);

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

  it('a download that cannot be made says why, changes nothing, and leaves every button usable', async () => {
    const c = seed();
    const before = structuredClone(c);
    const { user } = renderWithRouter(<ExportActions c={c} a={assess(c, TODAY)} />);
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy note for the record' }));
    expect(await screen.findByRole('textbox', { name: 'Note for the record' })).toBeVisible();
    URL.createObjectURL = vi.fn(() => {
      throw new Error('The disk is full');
    });
    await user.click(screen.getByRole('button', { name: 'Download note (Markdown)' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'The export could not be made (The disk is full). Nothing was changed.',
      ),
    );
    // The earlier hand-copy box belongs to the earlier copy: it goes with the new attempt.
    expect(screen.queryByRole('textbox', { name: 'Note for the record' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('');
    for (const button of screen.getAllByRole('button')) expect(button).toBeEnabled();
    expect(c).toEqual(before);
  });

  it('HAZ-44 downloads the note as .txt and .md, the case file and the FHIR Bundle, named by case id and day, never by label', async () => {
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
    const stem = exportFileStem(c.id, TODAY);
    expect(stem).toMatch(/^scho-case-2026-03-03-[0-9a-f]{8}$/);
    expect(names).toEqual([`${stem}.txt`, `${stem}.md`, `${stem}.json`, `${stem}-fhir.json`]);
    for (const n of names) expect(n).not.toMatch(/garcia|arpa|seed/i);
    expect(screen.getByRole('status')).toHaveTextContent(`Downloaded ${stem}-fhir.json.`);
    const [txt, md, json, fhir] = await Promise.all(blobs.map((b) => b.text()));
    expect(txt).toContain('Assessment: Confirmed subcutaneous ossification (SCHO).');
    expect(md).toContain('## Assessment');
    expect(JSON.parse(json ?? '')).toMatchObject({ format: CASE_FILE_FORMAT, case: { id: c.id } });
    expect(JSON.parse(fhir ?? '')).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(blobs[3]?.type).toMatch(/^application\/fhir\+json/);
  });
});
