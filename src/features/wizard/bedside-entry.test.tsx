import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyCase } from '../../domain/case/fixtures';
import { withPatient, withStudies } from '../../domain/engine/test-helpers';
import { useCases } from '../../store/cases';
import { useSettings } from '../../store/settings';
import { choice, renderAt, setUpUiTest, statusGroup, TODAY } from '../../testing/test-utils';

/**
 * Entering a case at the bedside: one tap per answer, a result that counts without a second tap,
 * the labs' "all normal" in one action, the lab's units remembered for the site, and a Next
 * button that follows the advice.
 */

beforeEach(setUpUiTest);

const heading = (name: string) => screen.findByRole('heading', { level: 1, name });
const group = (name: string) => screen.getByRole('group', { name });
const stored = (id: string) => useCases.getState().cases[id]!;

describe('a result counts once it is recorded', () => {
  it('HAZ-63 a result recorded on a study not yet started marks it done, in the same tap', async () => {
    const id = useCases.getState().addCase(emptyCase(TODAY, 60));
    const { user } = renderAt(`/cases/${id}/xray`);
    await heading('X-ray');
    expect(
      within(statusGroup('Plain X-ray')).getByRole('radio', { name: 'Not started' }),
    ).toBeChecked();
    await user.click(choice('Result', 'Reticulated subcutaneous opacities of bone density'));
    expect(stored(id).studies.xray).toMatchObject({
      status: 'done',
      pattern: 'reticulated-bone-density',
    });
    expect(within(statusGroup('Plain X-ray')).getByRole('radio', { name: 'Done' })).toBeChecked();
    // The engine now reads it: the working conclusion moves on from "not enough data".
    await waitFor(() =>
      expect(document.querySelector('.wizard-case')).toHaveTextContent(
        'Probable subcutaneous ossification',
      ),
    );
  });

  it('HAZ-63 a planned study keeps its status: its result stays a draft until marked done', async () => {
    const c = withStudies(emptyCase(TODAY, 60), { xray: { status: 'planned' } });
    const id = useCases.getState().addCase(c);
    const { user } = renderAt(`/cases/${id}/xray`);
    await heading('X-ray');
    await user.click(choice('Result', 'Normal'));
    expect(stored(id).studies.xray).toMatchObject({ status: 'planned', pattern: 'normal' });
  });

  it('takes an answer back with "Not recorded", and shows every option whole', async () => {
    const id = useCases.getState().addCase(emptyCase(TODAY, 60));
    const { user } = renderAt(`/cases/${id}/biopsy`);
    await heading('Biopsy');
    const options = within(group('Histology')).getAllByRole('radio');
    expect(options.map((o) => o.closest('label')?.textContent)).toEqual([
      'Not recorded',
      'Ossification: bone trabeculae in deep dermis and fat',
      'Calcium deposits without bone (calcinosis cutis)',
      'Another diagnosis',
      'Non-diagnostic sample',
    ]);
    await user.click(choice('Histology', 'Another diagnosis'));
    expect(stored(id).studies.biopsy.histology).toBe('other-diagnosis');
    await user.click(choice('Histology', 'Not recorded'));
    expect(stored(id).studies.biopsy.histology).toBeUndefined();
  });
});

describe('labs in one action', () => {
  it('"Calcium and phosphate normal" sets the lab\'s own flags, values optional, and the labs done', async () => {
    const id = useCases.getState().addCase(emptyCase(TODAY, 60));
    const { user } = renderAt(`/cases/${id}/labs`);
    await heading('Labs');
    await user.click(screen.getByRole('button', { name: 'Calcium and phosphate normal' }));
    expect(stored(id).studies.labs).toEqual({
      status: 'done',
      calcium: { flag: 'normal' },
      phosphate: { flag: 'normal' },
    });
    // Nothing else is claimed: PTH, creatinine and ALP stay not recorded.
    expect(choice("PTH: lab's flag", 'Not recorded')).toBeChecked();
    expect(screen.getByText('No lab red flag from the values entered.')).toBeInTheDocument();
    // Done: the button has nothing left to do.
    expect(
      screen.queryByRole('button', { name: 'Calcium and phosphate normal' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'All 5 normal' }));
    expect(stored(id).studies.labs.alp).toEqual({ flag: 'normal' });
  });

  it('HAZ-66 no "normal" shortcut is offered over an abnormal flag', async () => {
    const c = withStudies(emptyCase(TODAY, 60), {
      labs: {
        status: 'done',
        calcium: { value: 2.4, unit: 'mmol/L' },
        phosphate: { flag: 'high' },
      },
    });
    const id = useCases.getState().addCase(c);
    renderAt(`/cases/${id}/labs`);
    await heading('Labs');
    // Phosphate is flagged high: no "normal" shortcut may cover it.
    expect(
      screen.queryByRole('button', { name: 'Calcium and phosphate normal' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'All 5 normal' })).not.toBeInTheDocument();
  });

  it('a shortcut keeps what was typed and adds only the flag', async () => {
    const c = withStudies(emptyCase(TODAY, 60), {
      labs: { status: 'done', calcium: { value: 2.4, unit: 'mmol/L' } },
    });
    const id = useCases.getState().addCase(c);
    const { user } = renderAt(`/cases/${id}/labs`);
    await heading('Labs');
    await user.click(screen.getByRole('button', { name: 'Calcium and phosphate normal' }));
    expect(stored(id).studies.labs.calcium).toEqual({
      value: 2.4,
      unit: 'mmol/L',
      flag: 'normal',
    });
  });

  it("remembers the unit chosen as this site's unit when the site has none", async () => {
    useSettings.setState({ site: { unavailable: [] } });
    const id = useCases.getState().addCase(emptyCase(TODAY, 60));
    const { user } = renderAt(`/cases/${id}/labs`);
    await heading('Labs');
    await user.selectOptions(screen.getByLabelText('Calcium: unit'), 'mmol/L');
    expect(useSettings.getState().site.units).toEqual({ calcium: 'mmol/L' });
    // A site unit already set is the site's: one case's unit does not change it.
    await user.selectOptions(screen.getByLabelText('Calcium: unit'), 'mg/dL');
    expect(useSettings.getState().site.units).toEqual({ calcium: 'mmol/L' });

    // The next case: a value typed without a unit takes the remembered one.
    const next = useCases.getState().addCase({ ...emptyCase(TODAY, 60), id: 'case-2' });
    const second = renderAt(`/cases/${next}/labs`);
    await screen.findAllByRole('heading', { level: 1, name: 'Labs' });
    const fields = screen.getAllByLabelText('Calcium: value');
    await second.user.type(fields.at(-1)!, '2.4');
    expect(stored(next).studies.labs.calcium).toEqual({ value: 2.4, unit: 'mmol/L' });
  });
});

describe('the Next button follows the advice', () => {
  it('HAZ-64 leads to the recommended step, never to the next step in order', async () => {
    // Day 60, labs normal, ultrasound done and normal: the engine advises the X-ray.
    const c = withStudies(withPatient(emptyCase(TODAY, 60), { age: 70 }), {
      labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } },
      ultrasound: { status: 'done', pattern: 'normal' },
    });
    const id = useCases.getState().addCase(c);
    renderAt(`/cases/${id}/ultrasound`);
    await heading('Ultrasound');
    const next = screen.getByRole('link', { name: /^Next:/ });
    expect(next).toHaveAccessibleName(/^Next: X-ray, as advised/);
    expect(next).toHaveAttribute('href', `/cases/${id}/xray`);
  });

  it('on the patient step says where to enter the onset, not "on the patient step"', async () => {
    const id = useCases.getState().addCase(emptyCase(TODAY));
    renderAt(`/cases/${id}/patient`);
    await heading('Patient & history');
    expect(screen.getByText(/enter the symptom onset date above/)).toBeInTheDocument();
    expect(screen.queryByText(/enter it on the patient step/)).not.toBeInTheDocument();
  });

  it("the risk profile gives one count, the engine's", async () => {
    const id = useCases.getState().addCase(withPatient(emptyCase(TODAY, 60), { age: 70 }));
    renderAt(`/cases/${id}/patient`);
    await heading('Patient & history');
    const risk = screen.getByRole('heading', { name: 'Risk profile' }).closest('section')!;
    expect(risk.textContent?.match(/\d+ of \d+ (recorded )?risk (features|factors)/g)).toEqual([
      '1 of 5 risk features',
    ]);
  });
});
