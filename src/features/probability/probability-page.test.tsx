import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { seedCase } from '../../domain/case/fixtures';
import type { ProbabilitySources } from '../../domain/probability';
import { textIn } from '../../domain/words/testing/texts';
import { useCases } from '../../store/cases';
import { clock } from '../../store/clock';
import { useSettings } from '../../store/settings';
import { ProbabilityPage } from './probability-page';

/**
 * Hand-made sources (not clinical figures) to exercise the page's rules: one calcification
 * anchor, and one ultrasound 2×2 table with no false positives.
 */
const SOURCES: ProbabilitySources = {
  anchors: [
    {
      id: 'calc',
      label: textIn({ en: 'Calcification anchor', es: 'Ancla de calcificación' }),
      range: [0.2, 0.4],
      rangeBasis: textIn({ en: 'test range', es: 'intervalo de prueba' }),
      measures: 'calcification',
      setting: textIn({ en: 'test setting', es: 'ámbito de prueba' }),
      refs: ['garcia-arpa-2020'],
    },
  ],
  accuracy: [
    {
      id: 'us',
      modality: 'ultrasound',
      table: { tp: 13, fn: 4, fp: 0, tn: 26 },
      positive: textIn({ en: 'deposit seen', es: 'depósito visto' }),
      referenceStandard: 'xray',
      unit: 'patient',
      setting: textIn({ en: 'test setting', es: 'ámbito de prueba' }),
      extrapolated: true,
      ref: 'fairchild-2021',
    },
  ],
};

function renderPage(path = '/probability', sources = SOURCES) {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[path]}>
      <ProbabilityPage sources={sources} chartWidth={600} />
    </MemoryRouter>,
  );
  return user;
}

// User-event walks through several fields: allow for a busy machine.
describe('ProbabilityPage', { timeout: 20_000 }, () => {
  beforeEach(() => {
    useSettings.setState({ lang: 'en' });
    useCases.setState({ cases: {}, order: [] });
    vi.spyOn(clock, 'today').mockReturnValue('2026-03-12');
  });

  it('offers each anchor with its citation and "calcification is not ossification"', async () => {
    const user = renderPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.getByRole('radio', { name: /Calcification anchor/ })).not.toBeChecked();
    await user.click(screen.getByRole('radio', { name: /Calcification anchor/ }));
    expect(screen.getByRole('radio', { name: /Calcification anchor/ })).toBeChecked();
    expect(
      screen.getByText(/Calcification is not ossification/, { selector: 'p' }),
    ).toBeInTheDocument();
    expect((screen.getByTestId('export-text') as HTMLTextAreaElement).value).toMatch(
      /Calcification is not ossification/,
    );
    expect(screen.getAllByRole('link', { name: 'García-Arpa 2020' }).length).toBeGreaterThan(0);
  });

  it('refuses a number for every investigation without a 2×2 table', () => {
    renderPage();
    for (const m of ['xray', 'scintigraphy', 'ct', 'mri']) {
      expect(screen.getByTestId(`no-lr-${m}`)).toHaveTextContent(
        'No likelihood ratio can be computed from the sources.',
      );
    }
    expect(screen.queryByTestId('no-lr-ultrasound')).toBeNull();
  });

  it('leaves LR+ undefined with no false positives until the labelled corrected value is chosen', async () => {
    const user = renderPage();
    await user.click(screen.getByRole('radio', { name: /Calcification anchor/ }));
    const us = screen.getByTestId('result-ultrasound');
    await user.click(within(us).getByRole('radio', { name: /Positive/ }));
    expect(within(us).getByText(/LR\+ is undefined/)).toBeInTheDocument();
    expect(screen.getByTestId('post-test-waiting')).toBeInTheDocument();
    await user.click(within(us).getByRole('checkbox', { name: /continuity-corrected/ }));
    // 20–40 % with the corrected LR+ 40.5: 91–96.4 % at the point estimate.
    expect(screen.getByTestId('post-test')).toHaveTextContent('91%–96.4%');
    expect(screen.getByTestId('frequency-tree')).toHaveTextContent(
      'Of 100 legs like this, about 20–40 have the target condition',
    );
  });

  it('shows LR− with its log-method CI from the same table', async () => {
    const user = renderPage();
    const us = screen.getByTestId('result-ultrasound');
    await user.click(within(us).getByRole('radio', { name: /Negative/ }));
    expect(screen.getByTestId('lr-ultrasound-negative')).toHaveTextContent(
      'LR− 0.235 (95% CI 0.0999–0.554, log method)',
    );
  });

  it('keeps a bad own range as typed and says what is wrong', async () => {
    const user = renderPage();
    await user.click(screen.getByRole('radio', { name: /My own range/ }));
    await user.type(screen.getByLabelText('From (%)'), '30');
    await user.type(screen.getByLabelText('To (%)'), '10');
    expect(screen.getByRole('alert')).toHaveTextContent(/the first no larger than the second/);
    expect(screen.getByLabelText('From (%)')).toHaveValue('30');
  });

  it('fills a case’s own results and never changes the case', async () => {
    const c = { ...seedCase('2026-03-12'), id: 'c1', label: 'Bed 4' };
    useCases.setState({ cases: { c1: c }, order: ['c1'] });
    const before = JSON.stringify(useCases.getState().cases);
    const user = renderPage('/probability?case=c1');
    expect(screen.getByTestId('case-note')).toHaveTextContent('Results filled in from “Bed 4”');
    const xray = screen.getByTestId('result-xray');
    expect(within(xray).getByRole('radio', { name: /Positive/ })).toBeChecked();
    await user.click(within(xray).getByRole('radio', { name: /Negative/ }));
    expect(JSON.stringify(useCases.getState().cases)).toBe(before);
  });

  it('says at the top, in one sentence, why this case gets no number and what evidence would give one', async () => {
    const c = { ...seedCase('2026-03-12'), id: 'c1', label: 'Bed 4' };
    useCases.setState({ cases: { c1: c }, order: ['c1'] });
    const user = renderPage('/probability?case=c1', {
      ...SOURCES,
      accuracy: [{ ...SOURCES.accuracy[0]!, id: 'scan', modality: 'scintigraphy' }],
    });
    const why = screen.getByTestId('why-no-number');
    // Before every section of the explorer.
    const pretest = screen.getByRole('heading', { name: /Pre-test probability/ });
    expect(why.compareDocumentPosition(pretest) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(why).toHaveTextContent(
      'No post-test probability can be given for Bed 4 yet: no pre-test range is chosen (the population closest to this leg, or your own, below); the sources give no accuracy table (true and false positives and negatives against a reference standard) for X-ray and CT; the table for Bone scintigraphy has an empty cell, so its likelihood ratio is undefined (a continuity-corrected value, labelled as such, can be chosen below); an accuracy study of X-ray, CT, and Bone scintigraphy against biopsy in legs with venous disease, giving all four cells, would allow one.',
    );
    // With a range, the results still give no number; with the labelled corrected value, one.
    await user.click(screen.getByRole('radio', { name: /Calcification anchor/ }));
    expect(screen.getByTestId('why-no-number')).not.toHaveTextContent('no pre-test range');
    const scan = screen.getByTestId('result-scintigraphy');
    await user.click(within(scan).getByRole('checkbox', { name: /continuity-corrected/ }));
    expect(screen.queryByTestId('why-no-number')).toBeNull();
    expect(screen.getByTestId('post-test')).toBeInTheDocument();
  });

  it('says why in Spanish too, and without a case', () => {
    useSettings.setState({ lang: 'es' });
    renderPage();
    expect(screen.getByTestId('why-no-number')).toHaveTextContent(
      /^Aún no se puede dar una probabilidad postprueba: no se ha elegido un intervalo preprueba .*; no se ha elegido ningún resultado más abajo\.$/,
    );
  });
});
