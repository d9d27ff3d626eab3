import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useCases } from '../../store/cases';
import { renderAt, setUpUiTest } from '../../testing/test-utils';

beforeEach(setUpUiTest);

describe('the identity guard on the free-text fields of the wizard', () => {
  it('HAZ-43 warns when the history holds a name, a date of birth, a record number and a phone, and saves it as typed', async () => {
    const id = useCases.getState().createCase('Bed 12');
    const { user } = renderAt(`/cases/${id}/patient`);
    const history = await screen.findByLabelText('History and notes');
    await user.click(history);
    const typed =
      'Mrs Jones, DOB 03/04/1958, NHC 1234567, tel 07700 900123, jj@example.org. Immobility.';
    await user.paste(typed);
    const warning = await screen.findByText(/This text may identify the patient/);
    expect(warning).toHaveTextContent('what looks like a personal name (“Mrs Jones”)');
    expect(warning).toHaveTextContent('a date of birth (“03/04/1958”)');
    expect(warning).toHaveTextContent('a long number that could be a record or hospital number');
    expect(warning).toHaveTextContent('and 1 more');
    expect(history).toHaveAccessibleDescription(/This text may identify the patient/);
    // A warning, not a block: the text is saved exactly as typed.
    expect(useCases.getState().cases[id]?.patient.history).toBe(typed);
  });

  it('says nothing of a clinical history', async () => {
    const id = useCases.getState().createCase('Bed 12');
    const { user } = renderAt(`/cases/${id}/patient`);
    await user.click(await screen.findByLabelText('History and notes'));
    await user.paste(
      'Atrial fibrillation; ischaemic stroke with right hemiplegia; left DVT in 2005.',
    );
    expect(screen.queryByText(/may identify the patient/)).not.toBeInTheDocument();
  });

  it('warns on a study note too', async () => {
    const id = useCases.getState().createCase('Bed 12');
    const { user } = renderAt(`/cases/${id}/labs`);
    const note = await screen.findByRole('textbox', { name: /Note/ });
    await user.click(note);
    await user.paste('Phone the daughter on +34 612 345 678');
    expect(await screen.findByText(/This text may identify the patient/)).toHaveTextContent(
      'a phone number (“+34 612 345 678”)',
    );
  });
});
