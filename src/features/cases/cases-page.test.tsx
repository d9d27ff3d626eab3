import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { reloadCases, useCases, whenSaved } from '../../store/cases';
import { useSettings } from '../../store/settings';
import { LEGACY_CASES_KEY } from '../../store/storage-places';
import { seedCase } from '../../domain/case/fixtures';
import { newCase } from '../../domain/case/parse';
import { renderAt, setUpUiTest, TODAY } from '../../testing/test-utils';
import { captureDownloads } from '../../ui/testing/downloads';

beforeEach(setUpUiTest);

/** The case list's own live region (the import panel has another). */
const caseStatus = () =>
  screen.getAllByRole('status').find((el) => el.classList.contains('status-line')) ?? null;

const card = (label: string) => screen.getByRole('article', { name: label });

describe('the case list', () => {
  it('explains the app in one sentence when there are no cases', async () => {
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toHaveFocus();
    expect(screen.getByText(/No cases yet\. This app guides/)).toBeInTheDocument();
    expect(screen.getByText(/Never the patient's real name/)).toBeInTheDocument();
  });

  it('refuses an empty label with a message next to the field', async () => {
    const { user } = renderAt('/');
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    const input = screen.getByLabelText('Case label');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Enter a label/);
    expect(useCases.getState().order).toEqual([]);
  });

  it('shows each case with its conclusion and next step, and renames and duplicates', async () => {
    const id = useCases.getState().createCase('Bed 12');
    const { user } = renderAt('/');
    // A saved case's card loads with the first saved case (off the first page's bytes).
    const c = await screen.findByRole('article', { name: 'Bed 12' });
    // The engine loads after the first paint, so the list does not carry it in its chunk.
    expect(await within(c).findByText('Not enough data yet')).toBeInTheDocument();
    // A case just created: the first visit's plan (the history is asked for on its page).
    expect(within(c).getByText('Ultrasound')).toBeInTheDocument();
    expect(within(c).getByRole('link', { name: 'Open Bed 12' })).toHaveAttribute(
      'href',
      `/cases/${id}`,
    );

    await user.click(within(c).getByRole('button', { name: 'Rename' }));
    const input = screen.getByLabelText('New label for Bed 12');
    expect(input).toHaveFocus();
    await user.clear(input);
    await user.type(input, 'Bed 14{Enter}');
    expect(card('Bed 14')).toBeInTheDocument();
    expect(caseStatus()).toHaveTextContent('Renamed to "Bed 14".');

    await user.click(within(card('Bed 14')).getByRole('button', { name: 'Duplicate' }));
    expect(card('Bed 14 (copy)')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Saved cases (2)' })).toBeInTheDocument();
  });

  it('says on the card what the tissue is and how it is known, in the reader’s language', async () => {
    useCases.getState().addCase({ ...seedCase(TODAY), label: 'Seed' });
    renderAt('/');
    const c = await screen.findByRole('article', { name: 'Seed' });
    // Worded from the clinical catalogues, which load with the engine after the first paint.
    expect(await within(c).findByText(/Tissue: Bone \(by biopsy\)/)).toBeInTheDocument();
    act(() => useSettings.setState({ lang: 'es' }));
    expect(await within(c).findByText(/Tejido: Hueso \(por biopsia\)/)).toBeInTheDocument();
  });

  it('deletes only after confirmation, and undoes the delete', async () => {
    useCases.getState().createCase('Bed 1');
    useCases.getState().createCase('Bed 2');
    const { user } = renderAt('/');

    await screen.findByRole('article', { name: 'Bed 1' });
    await user.click(within(card('Bed 1')).getByRole('button', { name: 'Delete' }));
    expect(screen.getByText(/Delete "Bed 1"\?/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(card('Bed 1')).toBeInTheDocument();

    await user.click(within(card('Bed 1')).getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(screen.queryByRole('article', { name: 'Bed 1' })).not.toBeInTheDocument();
    expect(caseStatus()).toHaveTextContent(
      'Case "Bed 1" deleted. Undo is possible until this tab is closed or reloaded.',
    );
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    await user.click(undo);
    expect(card('Bed 1')).toBeInTheDocument();
    expect(caseStatus()).toHaveTextContent('Case "Bed 1" restored.');
    expect(useCases.getState().order.map((id) => useCases.getState().cases[id]?.label)).toEqual([
      'Bed 2',
      'Bed 1',
    ]);

    // After a reload the status line no longer offers Undo: the case is gone.
    await user.click(within(card('Bed 1')).getByRole('button', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
    await act(async () => {
      await whenSaved();
      await reloadCases();
    });
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Bed 1' })).not.toBeInTheDocument();
  });

  it('draws many cases fifty at a time, and finds "Bed 12" by its label', async () => {
    const labels = Array.from({ length: 120 }, (_, i) => `Bed ${i + 1}`);
    useCases
      .getState()
      .restoreCases(
        labels.map((label, i) => ({ case: newCase(`case-${i}`, label, `${TODAY}T08:00:00.000Z`) })),
      );
    const { user } = renderAt('/');
    expect(await screen.findByRole('heading', { name: 'Saved cases (120)' })).toBeInTheDocument();
    await screen.findByRole('article', { name: 'Bed 1' });
    const titles = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles()).toHaveLength(50);
    expect(screen.getByText('Showing 50 of 120.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(titles()).toHaveLength(100);

    const search = screen.getByRole('searchbox', { name: 'Find a case by its label' });
    await user.type(search, 'bed 12');
    // Every label that contains it, whatever the letter case: "Bed 12" and "Bed 120".
    expect(titles()).toEqual(['Bed 12', 'Bed 120']);
    expect(screen.getByText('2 cases match.')).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'Cama');
    expect(screen.getByText('No case label contains “Cama”.')).toBeInTheDocument();
  });
});

describe('the case list: saved data that cannot be read', () => {
  it('says what happened, keeps what is readable, and offers the raw data as a file', async () => {
    const good = 'readable';
    // Saved by a version before IndexedDB: one envelope, one broken case in it.
    const readable = { ...seedCase(TODAY), id: good, label: 'Readable' };
    localStorage.setItem(
      LEGACY_CASES_KEY,
      JSON.stringify({
        state: {
          cases: { [good]: readable, broken: { schemaVersion: 1, id: 'broken', label: 42 } },
          order: [good, 'broken'],
        },
        version: 1,
      }),
    );
    await reloadCases();

    // jsdom has no object URLs: the download is captured instead.
    const downloads = captureDownloads();

    const { user } = renderAt('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some saved cases could not be read.');
    expect(alert).toHaveTextContent('1 case was read and is safe. 1 entry is kept aside.');
    expect(card('Readable')).toBeInTheDocument();
    expect(useCases.getState().cases[good]).toBeDefined();

    await user.click(within(alert).getByRole('button', { name: 'Download the saved data' }));
    expect(downloads.names).toHaveLength(1);
    expect(await downloads.blobs[0]!.text()).toContain('"broken"');

    await user.click(within(alert).getByRole('button', { name: 'Hide this message' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(useCases.getState().quarantine).toHaveLength(1);
  });

  it.each([
    ['truncated JSON', '{"state":{"cases":', 'the stored data is damaged'],
    ['an empty object', '{}', 'unexpected format'],
    ['a future version', '{"state":{"cases":{}},"version":5}', 'newer version of this app'],
  ])('starts with %s and says so', async (_name, raw, message) => {
    localStorage.setItem(LEGACY_CASES_KEY, raw);
    await reloadCases();
    renderAt('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('button', { name: 'Download the saved data' })).toBeInTheDocument();
    expect(screen.getByText(/No cases yet/)).toBeInTheDocument();
  });
});
