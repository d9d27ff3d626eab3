import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MODALITIES } from '../../domain/evidence';
import { useSettings } from '../../store/settings';
import { buildComparison } from './comparison-model';
import { SensitivityChart, rowMarks, tickLines, toChartData } from './sensitivity-chart';

describe('SensitivityChart', { timeout: 30_000 }, () => {
  beforeEach(() => useSettings.setState({ lang: 'en' }));

  it('gives every row the full axis (the shape draws the point), keyed by figure id', () => {
    const rows = buildComparison(MODALITIES).sensitivity;
    const data = toChartData(rows);
    expect(data.map((d) => d.key)).toEqual(rows.map((r) => r.key));
    for (const d of data) expect(d.plot).toBe(1);
  });

  const row = (key: string) => {
    const r = buildComparison(MODALITIES).sensitivity.find((x) => x.key === key);
    if (!r) throw new Error(`no row ${key}`);
    return r;
  };

  it('draws a modality with no measured figure as a labelled "not measured" marker, never as a point at 0 %, while a measured 0 % is a point with its interval', () => {
    // An axis from x = 100 (0 %) to x = 500 (100 %).
    for (const key of ['xray-not-measured-0', 'ct-not-measured-0', 'mri-not-measured-0']) {
      expect(rowMarks(row(key), 100, 400)).toEqual({
        kind: 'marker',
        rowKind: 'not-measured',
        marker: 'notMeasured',
        dotX: 108,
        labelX: 119,
      });
    }
    // "High, no figure" stays words: a level, no invented value.
    expect(rowMarks(row('ultrasound-ordinal-0'), 100, 400)).toMatchObject({
      kind: 'marker',
      marker: 'high',
    });
    // A measured 0 % is a figure: a point at 0 % with its interval, its value written after both.
    const zero = rowMarks(row('jvs-vl-c1-c3'), 100, 400);
    if (zero.kind !== 'figure' || !zero.ci) throw new Error('a figure with an interval');
    expect(zero.point).toBe(100);
    expect(zero.value).toBe(0);
    expect(zero.ci.low).toBe(100);
    expect(zero.labelX).toBe(zero.ci.high + 9);
  });

  it('draws an interval only where the source gives counts, and never under the value label', () => {
    const withCounts = rowMarks(row('rosteius-2017-us'), 0, 1000);
    expect(withCounts).toMatchObject({ kind: 'figure', point: 889, extrapolated: true });
    if (withCounts.kind !== 'figure' || !withCounts.ci) throw new Error('an interval');
    expect(withCounts.ci.low).toBeLessThan(889);
    expect(withCounts.ci.high).toBeGreaterThan(889);
    expect(withCounts.labelX).toBe(withCounts.ci.high + 9);
    // Fairchild's per-hand 78 % has no counts: a point, no interval, its label after the point.
    const noCounts = rowMarks(row('fairchild-2021-us-hand'), 0, 1000);
    expect(noCounts).toMatchObject({ kind: 'figure', ci: null, labelX: 789 });
  });

  it('labels each row with its modality, its source and the unit the figure counts', () => {
    expect(tickLines(row('fairchild-2021-us-hand'))).toEqual({
      name: row('fairchild-2021-us-hand').shortName,
      source: 'Fairchild 2021',
      unit: 'hand',
    });
    // A long source name is cut on the axis only (the tooltip and the table give it whole).
    expect(tickLines(row('jvs-vl-c4-c6')).source).toBe('J Vasc Surg Venou…');
    expect(tickLines(row('ultrasound-ordinal-0'))).not.toHaveProperty('unit');
    expect(tickLines(row('mri-not-measured-0'))).toEqual({
      name: row('mri-not-measured-0').shortName,
    });
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
