import { act, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useCases } from '../../store/cases';
import {
  choice,
  recommendedStep,
  reloadAndCompare,
  renderAt,
  setUpUiTest,
  statusGroup,
  stepper,
} from '../../testing/test-utils';

beforeEach(setUpUiTest);

const heading = (name: string) => screen.findByRole('heading', { level: 1, name });
const caseId = () => useCases.getState().order[0]!;
const theCase = () => useCases.getState().cases[caseId()]!;

describe('the wizard, walked through with the seed case (García-Arpa 2020)', () => {
  it('takes the case from "new" to a confirmed conclusion, losing nothing on reload', async () => {
    const { user, router } = renderAt('/');
    expect(screen.getByText(/No cases yet/)).toBeInTheDocument();

    // New case with a pseudonymous label.
    await user.type(screen.getByLabelText('Case label'), 'Bed 12, left leg');
    await user.click(screen.getByRole('button', { name: 'Create case' }));

    // 1. Patient & history.
    const h1 = await heading('Patient & history');
    expect(h1).toHaveFocus();
    expect(router.state.location.pathname).toBe(`/cases/${caseId()}/patient`);
    await user.type(screen.getByLabelText('Age (years)'), '66');
    await user.click(choice('Sex', 'Male'));
    await user.click(choice('Long-standing venous insufficiency', 'Yes'));
    await user.selectOptions(screen.getByLabelText('CEAP clinical class'), 'C4a');
    await user.click(choice('Prior deep vein thrombosis', 'Yes'));
    await user.click(choice('Immobility (e.g. hemiplegia)', 'Yes'));
    await user.type(screen.getByLabelText('Symptom onset date'), '2025-12-09');
    await user.click(choice('Legs affected', 'Both, left worse'));
    await user.click(choice('Where on the leg', 'Lower third, posterior or lateral aspect'));
    await user.click(choice('Pain', 'Mild'));
    await user.click(screen.getByRole('checkbox', { name: 'Signs of venous insufficiency' }));
    await user.click(screen.getByLabelText('History and notes'));
    await user.paste(
      'Atrial fibrillation; ischaemic stroke with right hemiplegia; left DVT in 2005.',
    );
    expect(theCase().patient).toMatchObject({
      age: 66,
      sex: 'male',
      longStandingCvi: true,
      ceap: 'C4a',
      priorDvt: true,
      immobility: true,
      onsetDate: '2025-12-09',
      laterality: 'bilateral',
      worseSide: 'left',
      lowerThird: true,
      posteriorLateral: true,
      pain: 'mild',
      skin: ['cvi-changes'],
    });
    expect(screen.getByRole('heading', { name: 'Risk profile' })).toBeInTheDocument();
    expect(screen.getByText('91 days since symptom onset.')).toBeInTheDocument();
    await reloadAndCompare();

    // The first visit's plan: the ultrasound, with the labs drawn at the same visit (HAZ-08).
    // Next follows the advice; the labs are one tap away in the advice itself.
    expect(screen.getByRole('link', { name: /^Next: Ultrasound, as advised/ })).toBeInTheDocument();
    await user.click(
      within(screen.getByText(/At the same visit/).closest('p')!).getByRole('link', {
        name: 'Labs',
      }),
    );

    // 2. Labs: phospho-calcium metabolism normal. A result marks the labs done (HAZ-63).
    expect(await heading('Labs')).toHaveFocus();
    await user.type(screen.getByLabelText('Calcium: value'), '9.4');
    await user.selectOptions(screen.getByLabelText('Calcium: unit'), 'mg/dL');
    await user.click(choice("Calcium: lab's flag", 'Normal'));
    await user.type(screen.getByLabelText('Phosphate: value'), '3,5');
    await user.selectOptions(screen.getByLabelText('Phosphate: unit'), 'mg/dL');
    await user.click(choice("Phosphate: lab's flag", 'Normal'));
    expect(theCase().studies.labs).toMatchObject({
      status: 'done',
      calcium: { value: 9.4, unit: 'mg/dL', flag: 'normal' },
      phosphate: { value: 3.5, unit: 'mg/dL', flag: 'normal' },
    });
    expect(screen.getByText('No lab red flag from the values entered.')).toBeInTheDocument();
    await reloadAndCompare();

    // 3. Ultrasound, as advised: not done in the seed; deferred for want of a machine.
    await user.click(screen.getByRole('link', { name: /^Next: Ultrasound/ }));
    expect(await heading('Ultrasound')).toHaveFocus();
    // On the recommended step itself, Next waits for the step to be dealt with.
    expect(screen.queryByRole('link', { name: /^Next:/ })).not.toBeInTheDocument();
    expect(screen.getByText(/This is the recommended step/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Advice for this case now' })).toBeInTheDocument();
    await user.click(within(statusGroup('Ultrasound')).getByRole('radio', { name: 'Deferred' }));
    await user.selectOptions(screen.getByLabelText('Reason'), 'Not available');
    expect(theCase().studies.ultrasound).toMatchObject({
      status: 'deferred',
      reason: 'not-available',
    });
    await reloadAndCompare();

    // 4. X-ray, as advised on day 91: reticulated opacities of bone density.
    await user.click(screen.getByRole('link', { name: /^Next: X-ray/ }));
    expect(await heading('X-ray')).toHaveFocus();
    expect(screen.getByText('91 days since symptom onset.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'From 23 Dec 2025 (day 14) a normal film lowers the suspicion but does not remove it.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Radiation (ACR relative radiation level)')).toBeInTheDocument();
    await user.click(choice('Result', 'Reticulated subcutaneous opacities of bone density'));
    await user.click(choice('Depth of the deposits', 'Subcutaneous only'));
    expect(theCase().studies.xray).toMatchObject({
      status: 'done',
      pattern: 'reticulated-bone-density',
      depth: 'subcutaneous',
    });
    await reloadAndCompare();

    // Bone is shown: the advice (and Next) is the biopsy, not the next step in order. The scan
    // and the CT of the seed case arrived too: entered through the step bar.
    expect(screen.getByRole('link', { name: /^Next: Biopsy/ })).toBeInTheDocument();

    // 5. Bone scintigraphy: soft-tissue uptake.
    await user.click(within(stepper()).getByRole('link', { name: /Bone scintigraphy/ }));
    expect(await heading('Bone scintigraphy')).toHaveFocus();
    await user.click(choice('Result', 'Soft-tissue hyper-uptake in the legs'));
    expect(theCase().studies.scintigraphy).toMatchObject({
      status: 'done',
      pattern: 'soft-tissue-uptake',
    });
    await reloadAndCompare();

    // 6. CT / MRI: CT shows trabecular plaques; MRI skipped as not indicated.
    await user.click(within(stepper()).getByRole('link', { name: /CT \/ MRI/ }));
    expect(await heading('CT / MRI')).toHaveFocus();
    await user.click(
      choice('CT: Result', 'Linear subcutaneous plaques with trabecular/reticular pattern'),
    );
    await user.click(choice('CT: Depth of the deposits', 'Subcutaneous only'));
    await user.click(
      within(statusGroup('MRI')).getByRole('radio', {
        name: 'Skipped',
      }),
    );
    await user.selectOptions(screen.getByLabelText('MRI: Reason'), 'Not indicated');
    expect(theCase().studies.ct).toMatchObject({ status: 'done', pattern: 'trabecular-plaques' });
    expect(theCase().studies.mri).toMatchObject({ status: 'skipped', reason: 'not-indicated' });
    await reloadAndCompare();

    // 7. Biopsy, as advised: ossification in the deep dermis and fat.
    await user.click(screen.getByRole('link', { name: /^Next: Biopsy/ }));
    expect(await heading('Biopsy')).toHaveFocus();
    await user.click(choice('Histology', 'Ossification: bone trabeculae in deep dermis and fat'));
    expect(theCase().studies.biopsy).toMatchObject({ status: 'done', histology: 'ossification' });
    await reloadAndCompare();

    // The engine's conclusion, on the step and in the case list.
    expect(screen.getByText('Confirmed subcutaneous ossification (SCHO)')).toBeInTheDocument();
    const links = within(stepper()).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      expect.stringContaining('Recorded'),
      expect.stringContaining('Done'),
      expect.stringContaining('Deferred'),
      expect.stringContaining('Done'),
      expect.stringContaining('Done'),
      expect.stringContaining('Done'),
      expect.stringContaining('Done'),
      expect.stringContaining('Summary'),
    ]);
    expect(links[6]).toHaveAttribute('aria-current', 'step');

    await user.click(screen.getByRole('link', { name: /^Next: Summary/ }));
    expect(await heading('Summary stand-in')).toBeInTheDocument();
    await act(() => router.navigate('/'));
    await heading('Cases');
    const card = await screen.findByRole('article', { name: 'Bed 12, left leg' });
    expect(
      within(card).getByText('Confirmed subcutaneous ossification (SCHO)'),
    ).toBeInTheDocument();
  }, 120_000);
});

describe('the wizard: navigation and recommendations', () => {
  it('moves the "recommended next" marker as findings are entered', async () => {
    const id = useCases.getState().createCase('Bed 3');
    const { user } = renderAt(`/cases/${id}/patient`);
    await heading('Patient & history');
    // A case just created: the first visit's plan at once, the ultrasound with the labs drawn at
    // the same visit (HAZ-08), and the history asked for alongside.
    expect(recommendedStep()).toHaveTextContent('Ultrasound');
    expect(screen.getByText(/Record the history as you go/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Age (years)'), '70');
    await waitFor(() =>
      expect(screen.queryByText(/Record the history as you go/)).not.toBeInTheDocument(),
    );
    expect(recommendedStep()).toHaveTextContent('Ultrasound');

    await user.click(within(stepper()).getByRole('link', { name: /Labs/ }));
    await heading('Labs');
    await user.click(choice("Calcium: lab's flag", 'Normal'));
    await user.click(choice("Phosphate: lab's flag", 'Normal'));
    await waitFor(() => expect(recommendedStep()).toHaveTextContent('Ultrasound'));
    expect(screen.getByRole('link', { name: 'Ultrasound' })).toHaveAttribute(
      'href',
      `/cases/${id}/ultrasound`,
    );

    // Skipping the ultrasound moves the recommendation on again.
    await user.click(screen.getByRole('link', { name: 'Ultrasound' }));
    await heading('Ultrasound');
    await user.click(within(statusGroup('Ultrasound')).getByRole('radio', { name: 'Skipped' }));
    await user.selectOptions(screen.getByLabelText('Reason'), 'Declined by the patient');
    expect(useCases.getState().cases[id]?.studies.ultrasound).toMatchObject({
      status: 'skipped',
      reason: 'declined',
    });
    await waitFor(() => expect(recommendedStep()).not.toHaveTextContent('Ultrasound'));
    expect(within(stepper()).getByRole('link', { name: /Ultrasound/ })).toHaveTextContent(
      'Skipped',
    );

    // Choosing "done" clears the skip reason: it no longer applies.
    await user.click(within(statusGroup('Ultrasound')).getByRole('radio', { name: 'Done' }));
    expect(useCases.getState().cases[id]?.studies.ultrasound.reason).toBeUndefined();
    expect(screen.queryByLabelText('Reason')).not.toBeInTheDocument();
  }, 15_000);

  it('sends a link without a step to the last step opened, else to the recommended one', async () => {
    const id = useCases.getState().createCase('Bed 5');
    const { router } = renderAt(`/cases/${id}`);
    await heading('Patient & history');
    expect(router.state.location.pathname).toBe(`/cases/${id}/patient`);

    await act(async () => {
      useCases.getState().setCurrentStep(id, 'biopsy');
      await router.navigate(`/cases/${id}`);
    });
    await heading('Biopsy');
  });

  it('does not draw a step again when the case records which step is current', async () => {
    // A step records itself as the case's current step just after it is drawn (for a link
    // without a step); nothing the step shows depends on it, so on a phone it must not cost a
    // second drawing of the whole form.
    const id = useCases.getState().createCase('Bed 7');
    let commits = 0;
    renderAt(`/cases/${id}/patient`, () => (commits += 1));
    await heading('Patient & history');
    await waitFor(() => expect(useCases.getState().currentStep[id]).toBe('patient'));
    const drawn = commits;
    act(() => useCases.getState().setCurrentStep(id, 'biopsy'));
    expect(commits).toBe(drawn);
    expect(useCases.getState().currentStep[id]).toBe('biopsy');
  });

  it('gives an unknown case or step a friendly page with a way back', async () => {
    const id = useCases.getState().createCase('Bed 6');
    renderAt('/cases/no-such-case/patient');
    await heading('Case not found');
    expect(screen.getByRole('link', { name: 'Back to the case list' })).toHaveAttribute(
      'href',
      '/',
    );

    renderAt(`/cases/${id}/tomography`);
    await heading('Step not found');
    expect(screen.getByRole('link', { name: 'Open the first step of this case' })).toHaveAttribute(
      'href',
      `/cases/${id}/patient`,
    );
  });

  it('shows what to look for, with citations, and the figures the registry lacks', async () => {
    const id = useCases.getState().createCase('Bed 7');
    renderAt(`/cases/${id}/ultrasound`);
    await heading('Ultrasound');
    expect(screen.getByRole('heading', { name: 'What to look for' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'García-Arpa 2020' }).length).toBeGreaterThan(0);
    expect(screen.getAllByText('extrapolated').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: /^At a glance/ })).toHaveTextContent(
      'At a glance · No ionising radiation',
    );
  });
});

describe('the wizard: validation as the user goes', () => {
  it('keeps invalid input on screen with a message next to it, and never stores it', async () => {
    const id = useCases.getState().createCase('Bed 8');
    const { user } = renderAt(`/cases/${id}/patient`);
    await heading('Patient & history');

    const age = screen.getByLabelText('Age (years)');
    await user.type(age, '66');
    expect(useCases.getState().cases[id]?.patient.age).toBe(66);
    await user.clear(age);
    await user.type(age, 'sixty');
    expect(age).toHaveValue('sixty');
    expect(age).toHaveAttribute('aria-invalid', 'true');
    expect(age).toHaveAccessibleDescription(/Enter a number/);
    // The last valid value was removed by clearing, and nothing invalid was stored.
    expect(useCases.getState().cases[id]?.patient.age).toBeUndefined();

    await user.clear(age);
    await user.type(age, '130');
    expect(age).toHaveAccessibleDescription(/Must be 120 or less/);
    expect(useCases.getState().cases[id]?.patient.age).toBe(13);

    await user.clear(age);
    await user.type(age, '66.5');
    expect(age).toHaveAccessibleDescription(/Enter a whole number/);
    await user.clear(age);
    await user.type(age, '66');
    expect(age).not.toHaveAttribute('aria-invalid');
    expect(useCases.getState().cases[id]?.patient.age).toBe(66);

    const onset = screen.getByLabelText('Symptom onset date');
    await user.type(onset, '2026-04-01');
    expect(onset).toHaveAccessibleDescription(/This date is in the future/);
    expect(useCases.getState().cases[id]?.patient.onsetDate).toBeUndefined();
    await reloadAndCompare();
  });

  it('says when a lab value is not a number', async () => {
    const id = useCases.getState().createCase('Bed 9');
    const { user } = renderAt(`/cases/${id}/labs`);
    await heading('Labs');
    const calcium = screen.getByLabelText('Calcium: value');
    await user.type(calcium, '9..4');
    expect(calcium).toHaveAttribute('aria-invalid', 'true');
    expect(calcium).toHaveAccessibleDescription(/Enter a number/);
    expect(useCases.getState().cases[id]?.studies.labs.calcium?.value).toBe(9);
  });
});
