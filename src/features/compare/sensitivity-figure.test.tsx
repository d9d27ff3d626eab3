import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MODALITIES } from '../../domain/evidence';
import { useSettings } from '../../store/settings';
import { buildComparison } from './comparison-model';
import { SensitivityFigure } from './sensitivity-figure';
import { chartHeight } from './sensitivity-size';

/*
 * The figures chart is drawn when it comes near the screen: a cold visit to the comparison on a
 * phone does not load and draw the chart library for a chart below the fold. Here the browser's
 * IntersectionObserver is a stand-in the test drives.
 */
let observed: { cb: IntersectionObserverCallback; el: Element }[] = [];

class FakeObserver {
  constructor(private readonly cb: IntersectionObserverCallback) {}
  observe(el: Element) {
    observed.push({ cb: this.cb, el });
  }
  disconnect() {
    observed = observed.filter((o) => o.cb !== this.cb);
  }
}

/** The reader scrolls: every observed element comes into view. */
function scrollIntoView() {
  for (const { cb, el } of observed) {
    cb(
      [{ isIntersecting: true, target: el } as unknown as IntersectionObserverEntry],
      {} as IntersectionObserver,
    );
  }
}

beforeEach(() => {
  observed = [];
  useSettings.setState({ lang: 'en' });
  vi.stubGlobal('IntersectionObserver', FakeObserver);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the figures chart, drawn when it comes near the screen', () => {
  it('keeps its space and draws no chart until then; then draws every group', async () => {
    const rows = buildComparison(MODALITIES).sensitivity;
    const { container } = render(<SensitivityFigure rows={rows} tableId="data" width={640} />);
    // The figure, its caption and its groups' headings are there; the charts are not.
    expect(
      screen.getByRole('figure', { name: 'Figures reported for each investigation' }),
    ).toBeInTheDocument();
    expect(container.querySelector('svg.recharts-surface')).toBeNull();
    const groups = [...container.querySelectorAll('.sens-group')];
    expect(groups.length).toBeGreaterThan(1);
    // Each chart's space is the chart's own height: one chart per kind of number (its axis
    // labelled), one unlabelled chart for the group without figures.
    const placeholders = [...container.querySelectorAll<HTMLElement>('.sens-chart')];
    for (const box of placeholders) {
      const group = box.closest('.sens-group')?.getAttribute('data-group');
      const measure = box.closest('.sens-measure')?.getAttribute('data-measure');
      const n = rows.filter(
        (r) =>
          r.group === group &&
          (measure === null || measure === undefined
            ? true
            : r.kind === 'measured' && r.figure.measure === measure),
      ).length;
      expect(box.style.height).toBe(`${chartHeight(n, Boolean(measure))}px`);
    }
    expect(placeholders.length).toBeGreaterThanOrEqual(groups.length);

    act(() => scrollIntoView());
    await vi.waitFor(() =>
      expect(container.querySelectorAll('svg.recharts-surface')).toHaveLength(placeholders.length),
    );
  });
});
