import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyCase } from '../../domain/case/fixtures';
import type { Patient } from '../../domain/case/schema';
import { useCases } from '../../store/cases';
import { choice, renderAt, setUpUiTest, TODAY } from '../../testing/test-utils';
import { nextAntithrombotics } from '../../domain/case/antithrombotic-answers';
import { asksPregnancy } from './patient-step';

beforeEach(setUpUiTest);

const theCase = (id: string) => useCases.getState().cases[id]!;

/** A saved case with this patient, opened on the patient step. */
async function openPatientStep(patient: Partial<Patient> = {}, onsetDaysAgo?: number) {
  const c = emptyCase(TODAY, onsetDaysAgo);
  let id = '';
  act(() => {
    id = useCases.getState().addCase({ ...c, patient: { ...c.patient, ...patient } });
  });
  const view = renderAt(`/cases/${id}/patient`);
  await screen.findByRole('heading', { level: 1, name: 'Patient & history' });
  return { ...view, id };
}

describe('the patient step asks for the patient in front of you', () => {
  it('asks the pregnancy status of a woman of 30 or of an unrecorded sex, not of a man', async () => {
    const { user, id } = await openPatientStep({ age: 30 });
    expect(await screen.findByRole('group', { name: 'Pregnancy status' })).toBeInTheDocument();
    await user.click(choice('Sex', 'Male'));
    expect(screen.queryByRole('group', { name: 'Pregnancy status' })).toBeNull();
    await user.click(choice('Sex', 'Female'));
    await user.click(choice('Pregnancy status', 'Not known'));
    expect(theCase(id).patient.pregnancy).toBe('unknown');
  });

  it('never hides a recorded status: a man recorded as "not applicable" still shows it', () => {
    expect(asksPregnancy({ sex: 'male', pregnancy: 'not-applicable' })).toBe(true);
    expect(asksPregnancy({ sex: 'male' })).toBe(false);
    expect(asksPregnancy({ sex: 'female', age: 70 })).toBe(false);
    expect(asksPregnancy({ sex: 'female', age: 12 })).toBe(true);
    expect(asksPregnancy({})).toBe(true);
  });

  it('records both legs with the worse one in one tap ("both lower thirds of the legs, chiefly the left one")', async () => {
    const { user, id } = await openPatientStep({ sex: 'male', age: 66 });
    expect(screen.queryByRole('group', { name: 'Worse leg' })).toBeNull();
    await user.click(choice('Legs affected', 'Both, left worse'));
    expect(theCase(id).patient).toMatchObject({ laterality: 'bilateral', worseSide: 'left' });
    // One leg only: the worse leg recorded before goes with "both".
    await user.click(choice('Legs affected', 'Right'));
    expect(theCase(id).patient.laterality).toBe('right');
    expect(theCase(id).patient.worseSide).toBeUndefined();
    await user.click(choice('Legs affected', 'Both'));
    expect(theCase(id).patient.laterality).toBe('bilateral');
    expect(theCase(id).patient.worseSide).toBeUndefined();
    await user.click(choice('Legs affected', 'Not recorded'));
    expect(theCase(id).patient.laterality).toBeUndefined();
  });

  it('records where on the leg in one tap: the lower third and the aspect together', async () => {
    const { user, id } = await openPatientStep({ sex: 'male', age: 66 });
    await user.click(choice('Where on the leg', 'Lower third, posterior or lateral aspect'));
    expect(theCase(id).patient).toMatchObject({ lowerThird: true, posteriorLateral: true });
    await user.click(
      choice('Where on the leg', 'Above the lower third, anterior or medial aspect'),
    );
    expect(theCase(id).patient).toMatchObject({ lowerThird: false, posteriorLateral: false });
    await user.click(choice('Where on the leg', 'Not recorded'));
    expect(theCase(id).patient.lowerThird).toBeUndefined();
    expect(theCase(id).patient.posteriorLateral).toBeUndefined();
  });

  it('never hides an answer the combined questions cannot show: each is then asked apart', async () => {
    await openPatientStep({ laterality: 'left', worseSide: 'left', lowerThird: true });
    expect(screen.getByRole('group', { name: 'Worse leg' })).toBeInTheDocument();
    expect(choice('Worse leg', 'Left')).toBeChecked();
    expect(choice('Legs affected', 'Left')).toBeChecked();
    expect(choice('Lower third of the leg', 'Yes')).toBeChecked();
    expect(screen.getByRole('group', { name: 'Posterior or lateral aspect' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Where on the leg' })).toBeNull();
  });

  it('records kidney function and antithrombotics; "None" and "Not known" stand alone', async () => {
    const { user, id } = await openPatientStep({ sex: 'male', age: 66 });
    await user.selectOptions(
      screen.getByLabelText('Chronic kidney disease (KDIGO GFR category)'),
      'G5 (kidney failure)',
    );
    await user.click(choice('Dialysis', 'Yes'));
    await user.click(
      screen.getByRole('checkbox', { name: 'Vitamin K antagonist (warfarin, acenocoumarol)' }),
    );
    await user.click(
      screen.getByRole('checkbox', { name: 'Antiplatelet drug (aspirin, clopidogrel)' }),
    );
    expect(theCase(id).patient).toMatchObject({
      ckd: 'G5',
      dialysis: 'yes',
      antithrombotics: ['anticoagulant-vka', 'antiplatelet'],
    });
    await user.click(screen.getByRole('checkbox', { name: 'Not known' }));
    expect(theCase(id).patient.antithrombotics).toEqual(['unknown']);
    await user.click(
      screen.getByRole('checkbox', { name: 'Antiplatelet drug (aspirin, clopidogrel)' }),
    );
    expect(theCase(id).patient.antithrombotics).toEqual(['antiplatelet']);
  });

  it('keeps a drug list tidy whatever is ticked', () => {
    expect(nextAntithrombotics(['antiplatelet'], ['antiplatelet', 'none'])).toEqual(['none']);
    expect(nextAntithrombotics(['none'], ['none', 'antiplatelet'])).toEqual(['antiplatelet']);
    expect(nextAntithrombotics(['antiplatelet'], undefined)).toBeUndefined();
  });

  it('asks about CVI once: the judgement the risk profile reads, and the years as a detail', async () => {
    await openPatientStep({ sex: 'male', age: 66 });
    const group = screen.getByRole('group', { name: 'Chronic venous insufficiency' });
    expect(group).toContainElement(
      screen.getByRole('group', { name: 'Long-standing venous insufficiency' }),
    );
    expect(group).toContainElement(
      screen.getByLabelText('Years with chronic venous insufficiency'),
    );
  });

  it('HAZ-34 an onset eight years ago: the step says "more than a year", never "2922 days"', async () => {
    await openPatientStep({ sex: 'male', age: 66 }, 2922);
    expect(await screen.findByText(/More than a year since symptom onset/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/2922/);
  });
});

describe('the urgency on every step', () => {
  it('HAZ-28 necrosis on dialysis: the next-step box opens with "Urgent: possible calciphylaxis."', async () => {
    await openPatientStep({ age: 64, sex: 'male', skin: ['necrosis'], dialysis: 'yes' }, 30);
    expect(await screen.findByText('Urgent: possible calciphylaxis.')).toBeInTheDocument();
  });
});
