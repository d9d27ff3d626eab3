import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MODALITIES } from '../../domain/evidence';
import { useSettings } from '../../store/settings';
import { buildComparison } from './comparison-model';
import { SensitivityChart, toChartData } from './sensitivity-chart';

describe('SensitivityChart', () => {
  beforeEach(() => useSettings.setState({ lang: 'en' }));

  it('plots a bar length only for measured figures, with the range as error offsets', () => {
    const data = toChartData(buildComparison(MODALITIES).sensitivity);
    const fairchild = data.find((d) => d.row.kind === 'measured' && d.row.range);
    expect(fairchild?.plot).toBe(0.76);
    expect(fairchild?.err?.[0]).toBeCloseTo(0.15);
    expect(fairchild?.err?.[1]).toBeCloseTo(0.02);
    for (const d of data.filter((x) => x.row.kind !== 'measured')) expect(d.err).toBeUndefined();
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
          rows={buildComparison(MODALITIES).sensitivity}
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
