import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { newCase } from '../../domain/case/parse';
import { FIGURES, MODALITIES } from '../../domain/evidence';
import { useCases } from '../../store/cases';
import { clock } from '../../store/clock';
import { useSettings } from '../../store/settings';
import { ComparePage } from './compare-page';
import { buildComparison, type Registry } from './comparison-model';
import { loadSensitivityChart } from './sensitivity-figure';

function renderPage(path = '/compare', registry?: Registry) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <ComparePage chartWidth={640} {...(registry ? { registry } : {})} />
    </MemoryRouter>,
  );
}

const chartValues = (container: HTMLElement) =>
  [...container.querySelectorAll('.sens-value')].map((n) => n.textContent);
const tableRows = () =>
  within(screen.getByTestId('sensitivity-table')).getAllByRole('row').slice(1);

function seedCase(onsetDate?: string) {
  const c = newCase('case-1', 'Bed 12', '2026-03-01T08:00:00.000Z');
  const withOnset = onsetDate ? { ...c, patient: { ...c.patient, onsetDate } } : c;
  useCases.setState({ cases: { [c.id]: withOnset }, order: [c.id] });
  return c.id;
}

describe('ComparePage', { timeout: 30_000 }, () => {
  // The charts load when they come near the screen (at once without IntersectionObserver, as
  // here); loaded first, the page is drawn in one pass.
  beforeAll(() => loadSensitivityChart());
  beforeEach(() => {
    useSettings.setState({ lang: 'en' });
    useCases.setState({ cases: {}, order: [] });
    vi.spyOn(clock, 'today').mockReturnValue('2026-03-12');
  });

  it('focuses its heading and names each figure by its caption', () => {
    renderPage();
    const h1 = screen.getByRole('heading', { level: 1, name: 'Compare the investigations' });
    expect(h1).toHaveFocus();
    const fig = screen.getByRole('figure', { name: 'Figures reported for each investigation' });
    // Touch first: a phone has no arrow keys.
    expect(fig).toHaveAccessibleDescription(
      /Tap a row, or with a keyboard focus a chart and use the arrow keys/,
    );
    const surface = fig.querySelector('svg.recharts-surface');
    expect(surface).toHaveAccessibleName(
      'Direct: legs with venous disease Detection rate, % (0–100)',
    );
    expect(surface).toHaveAttribute('tabindex', '0');
    expect(
      screen.getByRole('figure', { name: /When each investigation can first show/ }),
    ).toBeInTheDocument();
    expect(within(fig).getByRole('link', { name: 'Go to the data table' })).toHaveAttribute(
      'href',
      '#compare-data',
    );
  });

  it('renders the registry figures in the chart and in the table, direct group first', () => {
    const { container } = renderPage();
    const values = chartValues(container);
    expect(values.slice(0, 3)).toEqual(['65%', '92.9%', '85.7%']);
    expect(values).toContain('88.9% †');
    const us = tableRows().find((r) => r.getAttribute('data-row') === 'rosteius-2017-us');
    expect(us).toHaveTextContent('88.9% (193/217; 95% CI 84.1%–92.5%)');
    expect(us).toHaveTextContent('CT or MRI');
    expect(within(us!).getByRole('link', { name: 'Rosteius 2017' })).toHaveAttribute(
      'href',
      '/evidence#ref-rosteius-2017',
    );
    const hand = tableRows().find((r) => r.getAttribute('data-row') === 'fairchild-2021-us-hand');
    expect(hand).toHaveTextContent('78% (no counts, no interval)');
    expect(hand).toHaveTextContent('per hand');
  });

  it('shows the groups as separate charts, calciphylaxis apart from the SCHO figures', () => {
    const { container } = renderPage();
    const groups = [...container.querySelectorAll('.sens-group')].map((g) =>
      g.getAttribute('data-group'),
    );
    expect(groups).toEqual(['direct', 'indirect', 'other-disease', 'no-figure']);
    const other = container.querySelector('.sens-group-other-disease')!;
    expect(other).toHaveTextContent('Other disease: calciphylaxis (not SCHO)');
    expect(other.querySelectorAll('[data-figure]')).toHaveLength(2);
    const direct = container.querySelector('.sens-group-direct')!;
    expect(direct.querySelector('[data-figure="kroshinsky-scint"]')).toBeNull();
  });

  it('marks detection rates differently from sensitivities, in the chart and the table', () => {
    const { container } = renderPage();
    expect(
      container.querySelector('[data-figure="tokoro-2009-xray"] .fig-detection'),
    ).not.toBeNull();
    expect(container.querySelector('[data-figure="tokoro-2009-xray"] .fig-sensitivity')).toBeNull();
    const tokoro = tableRows().find((r) => r.getAttribute('data-row') === 'tokoro-2009-xray');
    expect(tokoro).toHaveTextContent('detection rate (no reference standard)');
    expect(screen.getByText(/Open ring: a detection rate/)).toBeInTheDocument();
  });

  it('follows changed figures, in the chart and the table', () => {
    const changed = FIGURES.map((f) => (f.id === 'rosteius-2017-us' ? { ...f, value: 0.42 } : f));
    const { container } = render(
      <MemoryRouter initialEntries={['/compare']}>
        <ComparePage chartWidth={640} figures={changed} />
      </MemoryRouter>,
    );
    expect(chartValues(container)).toContain('42% †');
    expect(container).not.toHaveTextContent('88.9%');
  });

  it('shows "not measured" for X-ray, CT and MRI sensitivity, never a bar', () => {
    const { container } = renderPage();
    const markers = [...container.querySelectorAll('.sens-marker-not-measured')];
    expect(markers).toHaveLength(3);
    markers.forEach((m) => expect(m).toHaveTextContent('not measured'));
    expect(container.querySelectorAll('.sens-bar')).toHaveLength(0);
    for (const name of [
      'Plain X-ray',
      'Computed tomography (CT)',
      'Magnetic resonance imaging (MRI)',
    ]) {
      const row = tableRows().find(
        (r) =>
          r.getAttribute('data-group') === 'no-figure' &&
          within(r).queryByRole('rowheader', { name }),
      );
      expect(row).toHaveTextContent('Not measured');
    }
    expect(container.querySelectorAll('.sens-marker-ordinal')).toHaveLength(2);
  });

  it('keeps chart and table in step: same rows, same order, same figures', () => {
    const { container } = renderPage();
    const model = buildComparison(MODALITIES).sensitivity;
    expect(tableRows().map((r) => r.getAttribute('data-row'))).toEqual(model.map((r) => r.key));
    const ticks = [...container.querySelectorAll('.sens-tick-name')].map((n) => n.textContent);
    expect(ticks).toEqual(model.map((r) => r.shortName.en));
    const tableFigures = tableRows()
      .map((r) => r.querySelector('.cell-figure')?.textContent ?? '')
      .filter((s) => /^\d/.test(s))
      .map((s) => s.split(' (')[0]);
    expect(chartValues(container).map((s) => s?.replace(' †', ''))).toEqual(tableFigures);
  });

  it('shows the source, setting and extrapolated mark in the tooltip on keyboard focus', async () => {
    const { container } = renderPage();
    const surfaces = container.querySelectorAll<SVGElement>('svg.recharts-surface');
    const box = () => container.querySelector('.chart-tooltip');
    // The direct group: the accessibility layer shows the first row on focus.
    act(() => surfaces[0]!.focus());
    expect(box()).toHaveTextContent('Plain X-ray');
    expect(box()).toHaveTextContent('65% (13/20; 95% CI 43.3%–81.9%)');
    expect(box()).toHaveTextContent('detection rate (no reference standard), per patient');
    expect(box()).toHaveTextContent('Source: Tokoro 2009');
    expect(box()).not.toHaveTextContent('extrapolated');
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(box()).toHaveTextContent('Source: Woźniak 2020'));
    expect(box()).toHaveTextContent('per limb');
    await userEvent.keyboard('{ArrowUp}');
    await waitFor(() => expect(box()).toHaveTextContent('Tokoro 2009'));
    // The indirect group's sensitivities (after the direct group's detection rates and frequencies).
    act(() => surfaces[2]!.focus());
    await waitFor(() => expect(box()).toHaveTextContent('Source: Rosteius 2017'));
    expect(box()).toHaveTextContent(
      'Setting: Hip heterotopic ossification after spinal cord injury',
    );
    expect(box()).toHaveTextContent('extrapolated');
  });

  it('starts the marker at the case day and moves it with the control', async () => {
    const id = seedCase('2026-03-01');
    renderPage(`/compare?case=${id}`);
    const number = screen.getByRole('spinbutton', { name: 'Days since onset' });
    const slider = screen.getByRole('slider', { name: 'Days since onset, slider' });
    expect(number).toHaveValue(11);
    expect(slider).toHaveValue('11');
    expect(screen.getByTestId('case-note')).toHaveTextContent('Bed 12: day 11 since onset today.');
    expect(screen.getByTestId('state-xray')).toHaveTextContent('On day 11: May show (days 10–13)');
    expect(document.querySelector('.timeline-marker')).toHaveAttribute('data-day', '11');

    await userEvent.clear(number);
    await userEvent.type(number, '20');
    expect(screen.getByTestId('state-xray')).toHaveTextContent(
      'On day 20: A normal film lowers the suspicion (from day 14)',
    );
    expect(document.querySelector('.timeline-marker')).toHaveAttribute('data-day', '20');
    expect(slider).toHaveValue('20');
    const which = screen.getByRole('table', { name: 'Which test, when?' });
    expect(within(which).getByRole('columnheader', { name: 'On day 20' })).toBeInTheDocument();
    expect(
      within(which).getByRole('rowheader', { name: 'Plain X-ray' }).closest('tr'),
    ).toHaveTextContent('A normal film lowers the suspicion (from day 14)');

    fireEvent.change(slider, { target: { value: '4' } });
    expect(number).toHaveValue(4);
    expect(screen.getByTestId('state-xray')).toHaveTextContent('Too early (before day 10)');
    expect(screen.getByTestId('state-ultrasound')).toHaveTextContent('No sourced day figure');

    await userEvent.click(screen.getByRole('button', { name: 'Back to the case’s day (11)' }));
    expect(number).toHaveValue(11);
  });

  it('uses a native range input (arrow keys from the browser) with a spoken value', () => {
    renderPage();
    const slider = screen.getByRole('slider', { name: 'Days since onset, slider' });
    expect(slider).toHaveAttribute('type', 'range');
    expect(slider).toHaveAttribute('min', '0');
    expect(slider).toHaveAttribute('max', '120');
    expect(slider).toHaveValue('0');
    fireEvent.change(slider, { target: { value: '14' } });
    expect(screen.getByTestId('state-xray')).toHaveTextContent(
      'A normal film lowers the suspicion (from day 14)',
    );
    expect(slider).toHaveAttribute('aria-valuetext', 'Day 14');
  });

  it('says so when the case has no onset date or does not exist', () => {
    const id = seedCase();
    renderPage(`/compare?case=${id}`);
    expect(screen.getByTestId('case-note')).toHaveTextContent('day since onset is not known');
    expect(screen.getByTestId('state-xray')).toHaveTextContent('On day 0');
  });

  it("gives each dose in the registry's words, the same as the step page, and marks what it lacks", () => {
    const { container } = renderPage();
    const table = screen.getByTestId('timing-table');
    const xray = within(table).getByRole('rowheader', { name: 'Plain X-ray' }).closest('tr')!;
    // One source of truth: the X-ray step's "at a glance" cites this same text.
    expect(xray).toHaveTextContent(MODALITIES.xray.radiation!.doseText.en);
    expect(xray).not.toHaveTextContent('No sourced dose figure');
    expect(xray).toHaveTextContent('No sourced figure');
    const card = container.querySelector('.burden-card[data-modality="xray"]');
    expect(card).toHaveTextContent(MODALITIES.xray.radiation!.doseText.en);
    const scint = within(table)
      .getByRole('rowheader', { name: /Bone scintigraphy/ })
      .closest('tr')!;
    expect(scint).toHaveTextContent('4.2–6.3 mSv for an adult Tc-99m MDP bone scan');
    expect(scint).toHaveTextContent('(1–10 mSv)');
    expect(scint).toHaveTextContent('ACR relative radiation level 3 of 4');
  });

  it('answers "which test, when?" first, biopsy included, for a new case on the chosen day', () => {
    renderPage();
    const which = screen.getByRole('table', { name: 'Which test, when?' });
    // Before every chart: the answer comes first.
    const firstFigure = screen.getByRole('figure', {
      name: 'Figures reported for each investigation',
    });
    expect(
      which.compareDocumentPosition(firstFigure) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      within(which)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Ultrasound',
      'Plain X-ray',
      'Bone scintigraphy (three-phase, Tc-99m MDP)',
      'Computed tomography (CT)',
      'Magnetic resonance imaging (MRI)',
      'Biopsy (skin and subcutaneous tissue)',
    ]);
    expect(screen.getByText(/Advice for a new case on day 0 since onset/)).toBeInTheDocument();
    const row = (name: string | RegExp) =>
      within(which).getByRole('rowheader', { name }).closest('tr')!;
    // Day 0: a film may still be normal (the engine says so); the ultrasound is the first test.
    expect(row('Ultrasound')).toHaveTextContent('Usually appropriate');
    expect(row('Plain X-ray')).toHaveTextContent('Usually not appropriate');
    expect(row('Plain X-ray')).toHaveTextContent('Too early (before day 10)');
    expect(row(/^Biopsy/)).toHaveTextContent('None: a tissue sample');
    expect(row(/^Biopsy/)).toHaveTextContent('Bone trabeculae enclosing adipose tissue');
    // Day 20: the film is advised.
    fireEvent.change(screen.getByRole('slider', { name: 'Days since onset, slider' }), {
      target: { value: '20' },
    });
    expect(row('Plain X-ray')).toHaveTextContent('Usually appropriate');
  });

  it('gives the chosen case its own advice, as on its step pages', () => {
    const id = seedCase('2026-03-01');
    renderPage(`/compare?case=${id}`);
    expect(
      screen.getByText('Advice for Bed 12 today (day 11 since onset), as on its step pages.'),
    ).toBeInTheDocument();
  });

  it('never puts figures of different kinds on one axis, and names what each axis measures', () => {
    const { container } = renderPage();
    const charts = [...container.querySelectorAll<HTMLElement>('.sens-measure')];
    expect(charts.length).toBeGreaterThanOrEqual(4);
    const shape = {
      sensitivity: 'fig-sensitivity',
      'detection-rate': 'fig-detection',
      frequency: 'fig-frequency',
    };
    for (const chart of charts) {
      const measure = chart.dataset.measure as keyof typeof shape;
      const points = [...chart.querySelectorAll('.fig-point')];
      expect(points.length).toBeGreaterThan(0);
      expect(points.every((p) => p.classList.contains(shape[measure]))).toBe(true);
      expect(chart.querySelector('.sens-axis-label, .recharts-label')).toHaveTextContent(
        /^(Sensitivity|Detection rate|Frequency), % \(0–100\)$/,
      );
    }
  });

  it('speaks Spanish', () => {
    useSettings.setState({ lang: 'es' });
    const { container } = renderPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Comparar las pruebas');
    expect(chartValues(container)[0]).toMatch(/^65\s%$/);
    expect(chartValues(container)).toContainEqual(expect.stringMatching(/^88,9\s%\s†$/));
    expect(container.querySelectorAll('.sens-marker-not-measured')[0]).toHaveTextContent(
      'no medida',
    );
  });
});
