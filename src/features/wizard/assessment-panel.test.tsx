import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyCase } from '../../domain/case/fixtures';
import { addDays } from '../../domain/dates';
import { withPatient, withStudies } from '../../domain/engine/test-helpers';
import { useCases } from '../../store/cases';
import { renderAt, setUpUiTest, TODAY } from '../../testing/test-utils';

describe('the assessment panel on a step page', () => {
  beforeEach(setUpUiTest);

  it('HAZ-22 the step page shows discordances and what resolves them', async () => {
    const c = withStudies(emptyCase(TODAY, 60), {
      labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } },
      ultrasound: { status: 'done', pattern: 'hyperechoic-shadowing' },
      biopsy: { status: 'done', histology: 'calcification-without-bone' },
    });
    const id = useCases.getState().addCase(c);
    renderAt(`/cases/${id}/biopsy`);
    const panel = await screen.findByRole('region', { name: 'How sure, and why' });
    expect(
      screen.getAllByText('Findings disagree: bone or calcium not settled').length,
    ).toBeGreaterThan(0);
    expect(within(panel).getByText('Findings that disagree')).toBeInTheDocument();
    expect(within(panel).getByText(/Unresolved/)).toBeInTheDocument();
    expect(within(panel).getAllByText(/deeper or larger biopsy/).length).toBeGreaterThan(0);
    expect(within(panel).getByText(/Calcium without bone \(by biopsy\)/)).toBeInTheDocument();
  });

  it('HAZ-04 an implausible lab value gets a message on its field and is listed as not used', async () => {
    const c = withStudies(emptyCase(TODAY, 60), {
      labs: { status: 'done', calcium: { value: 9.4, unit: 'mmol/L' } },
    });
    const id = useCases.getState().addCase(c);
    renderAt(`/cases/${id}/labs`);
    const field = await screen.findByLabelText('Calcium: value');
    expect(field).toHaveAccessibleDescription(/outside .*as mg\/dL it would be plausible/);
    const panel = screen.getByRole('region', { name: 'How sure, and why' });
    expect(within(panel).getByText(/Lab values not used/)).toBeInTheDocument();
  });

  it('HAZ-08 the first visit suggests the ultrasound with the labs at the same visit', async () => {
    const c = withPatient(emptyCase(TODAY, 20), { age: 70 });
    const id = useCases.getState().addCase(c);
    renderAt(`/cases/${id}/ultrasound`);
    expect(await screen.findByText(/At the same visit/)).toBeInTheDocument();
    expect(screen.getByText(/draw the phospho-calcium labs the same day/)).toBeInTheDocument();
  });

  it('HAZ-06 options with their trade-off are listed after a normal early ultrasound', async () => {
    const c = withStudies(emptyCase(TODAY, 6), {
      labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } },
      ultrasound: { status: 'done', pattern: 'normal', date: addDays(TODAY, 0) },
    });
    const id = useCases.getState().addCase(withPatient(c, { age: 70 }));
    renderAt(`/cases/${id}/xray`);
    expect(await screen.findByText(/Options, with their trade-off/)).toBeInTheDocument();
    expect(screen.getByText(/Repeat the ultrasound in a few days/)).toBeInTheDocument();
  });
});
