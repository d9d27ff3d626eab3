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
    for (const g of groups) {
      const n = rows.filter((r) => r.group === g.getAttribute('data-group')).length;
      expect(g.querySelector<HTMLElement>('.sens-chart')?.style.height).toBe(`${chartHeight(n)}px`);
    }

    act(() => scrollIntoView());
    await vi.waitFor(() =>
      expect(container.querySelectorAll('svg.recharts-surface')).toHaveLength(groups.length),
    );
  });
});
