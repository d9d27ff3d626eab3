import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MODALITIES } from '../../domain/evidence';
import { useSettings } from '../../store/settings';
import { buildComparison } from './comparison-model';
import { SensitivityChart, toChartData } from './sensitivity-chart';

describe('SensitivityChart', { timeout: 30_000 }, () => {
  beforeEach(() => useSettings.setState({ lang: 'en' }));

  it('gives every row the full axis (the shape draws the point), keyed by figure id', () => {
    const rows = buildComparison(MODALITIES).sensitivity;
    const data = toChartData(rows);
    expect(data.map((d) => d.key)).toEqual(rows.map((r) => r.key));
    for (const d of data) expect(d.plot).toBe(1);
  });

  it('draws a whisker only for a computed interval, and a point shaped by what the figure is', () => {
    const rows = buildComparison(MODALITIES).sensitivity.filter((r) => r.kind === 'measured');
    const { container } = render(
      <>
        <h2 id="t">Title</h2>
        <p id="d">Description</p>
        <SensitivityChart rows={rows} width={640} labelledBy="t" describedBy="d" />
      </>,
    );
    const withCounts = rows.filter((r) => r.kind === 'measured' && r.ci).length;
    expect(container.querySelectorAll('.fig-ci')).toHaveLength(withCounts);
    expect(container.querySelector('[data-figure="fairchild-2021-us-hand"] .fig-ci')).toBeNull();
    expect(
      container.querySelector('[data-figure="fairchild-2021-us-patient"] .fig-ci'),
    ).not.toBeNull();
    expect(
      container.querySelector('[data-figure="tokoro-2009-xray"] .fig-detection'),
    ).not.toBeNull();
    expect(
      container.querySelector('[data-figure="rosteius-2017-us"] .fig-sensitivity'),
    ).not.toBeNull();
    expect(container.querySelector('[data-figure="kim-2017-ct"] .fig-frequency')).not.toBeNull();
    expect(container.querySelectorAll('.sens-bar')).toHaveLength(0);
  });

  it('follows its container when no width is given (ResponsiveContainer)', () => {
    // jsdom has no layout: report a 360 px wide container.
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private cb: ResizeObserverCallback) {}
        observe(el: Element) {
          this.cb(
            [
              {
                target: el,
                contentRect: { width: 360, height: 452 },
              } as unknown as ResizeObserverEntry,
            ],
            this as unknown as ResizeObserver,
          );
        }
        unobserve() {}
        disconnect() {}
      },
    );
    const { container } = render(
      <>
        <h2 id="t">Title</h2>
        <p id="d">Description</p>
        <SensitivityChart
          rows={buildComparison(MODALITIES).sensitivity.filter((r) => r.group === 'no-figure')}
          labelledBy="t"
          describedBy="d"
        />
      </>,
    );
    const svg = container.querySelector('svg.recharts-surface');
    expect(svg).toHaveAttribute('width', '360');
    expect(svg).toHaveAccessibleName('Title');
    expect(svg).toHaveAccessibleDescription('Description');
    expect(screen.getAllByText('not measured')).toHaveLength(3);
    vi.unstubAllGlobals();
  });
});
