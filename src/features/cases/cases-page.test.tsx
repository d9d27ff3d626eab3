import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CASES_STORAGE_KEY, useCases } from '../../store/cases';
import { renderAt, setUpUiTest } from '../../testing/test-utils';

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
    expect(within(c).getByText('Patient & history')).toBeInTheDocument();
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
    expect(caseStatus()).toHaveTextContent('Case "Bed 1" deleted.');
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();

    // The deleted case survives a reload until undone or dismissed.
    await act(async () => {
      await useCases.persist.rehydrate();
    });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(card('Bed 1')).toBeInTheDocument();
    expect(caseStatus()).toHaveTextContent('Case "Bed 1" restored.');
    expect(useCases.getState().order.map((id) => useCases.getState().cases[id]?.label)).toEqual([
      'Bed 2',
      'Bed 1',
    ]);
  });
});

describe('the case list: saved data that cannot be read', () => {
  it('says what happened, keeps what is readable, and offers the raw data as a file', async () => {
    const good = useCases.getState().createCase('Readable');
    const stored = JSON.parse(localStorage.getItem(CASES_STORAGE_KEY)!);
    stored.state.cases.broken = { schemaVersion: 1, id: 'broken', label: 42 };
    localStorage.setItem(CASES_STORAGE_KEY, JSON.stringify(stored));
    await useCases.persist.rehydrate();

    const createObjectURL = vi.fn((_blob: Blob) => 'blob:saved');
    const revokeObjectURL = vi.fn();
    // jsdom has no object URLs: provide them for this test only.
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});

    const { user } = renderAt('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Some saved cases could not be read.');
    expect(alert).toHaveTextContent('1 case was read and is safe. 1 entry is kept aside.');
    expect(card('Readable')).toBeInTheDocument();
    expect(useCases.getState().cases[good]).toBeDefined();

    await user.click(within(alert).getByRole('button', { name: 'Download the saved data' }));
    expect(click).toHaveBeenCalled();
    const blob = createObjectURL.mock.calls[0]![0];
    expect(await blob.text()).toContain('"broken"');

    await user.click(within(alert).getByRole('button', { name: 'Hide this message' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(useCases.getState().quarantine).toHaveLength(1);
  });

  it.each([
    ['truncated JSON', '{"state":{"cases":', 'the stored data is damaged'],
    ['an empty object', '{}', 'unexpected format'],
    ['a future version', '{"state":{"cases":{}},"version":5}', 'newer version of this app'],
  ])('starts with %s and says so', async (_name, raw, message) => {
    localStorage.setItem(CASES_STORAGE_KEY, raw);
    await useCases.persist.rehydrate();
    renderAt('/');
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('button', { name: 'Download the saved data' })).toBeInTheDocument();
    expect(screen.getByText(/No cases yet/)).toBeInTheDocument();
  });
});
