import { useEffect, useId, useState } from 'react';
import { FIGURE_MEASURES } from '../../domain/evidence';
import { useT } from '../../i18n/use-t';
import { useNearView } from '../../ui/use-near-view';
import { SENSITIVITY_GROUPS, type SensitivityRow } from './comparison-model';
import { CompareFigure } from './compare-figure';
import type * as ChartModule from './sensitivity-chart';
import { chartHeight } from './sensitivity-size';

/*
 * The charts and their library (recharts, about 105 kB gzip, and the longest task of the page)
 * load when the figure comes near the screen: below the fold on a phone, a cold visit to the
 * comparison draws its introduction, the day control and the table (the same figures in words)
 * without them. Until then each chart's space is kept, so nothing moves when it arrives.
 */
let chartModule: typeof ChartModule | undefined;
let chartLoad: Promise<typeof ChartModule> | undefined;
/** Load the charts' code (the unit tests call it first, to draw the page in one pass). */
export const loadSensitivityChart = (): Promise<typeof ChartModule> =>
  (chartLoad ??= import('./sensitivity-chart').then((m) => (chartModule = m)));

/** The chart once it is near the screen and its code has arrived; until then, its space. */
function ChartWhenNear(props: Parameters<typeof ChartModule.SensitivityChart>[0]) {
  const [ref, near] = useNearView<HTMLDivElement>();
  const [loaded, setLoaded] = useState(chartModule);
  useEffect(() => {
    if (!near || loaded) return;
    let live = true;
    loadSensitivityChart().then(
      (m) => live && setLoaded(m),
      (err: unknown) => console.warn('the chart could not be loaded', err),
    );
    return () => {
      live = false;
    };
  }, [near, loaded]);
  const Chart = near ? loaded?.SensitivityChart : undefined;
  return Chart ? (
    <Chart {...props} />
  ) : (
    <div
      ref={ref}
      className="sens-chart"
      style={{ height: chartHeight(props.rows.length, Boolean(props.axisLabel)) }}
    />
  );
}

/** The measured rows of a group, one list per kind of number, in a fixed order. */
function byMeasure(rows: readonly SensitivityRow[]) {
  return FIGURE_MEASURES.map((measure) => ({
    measure,
    rows: rows.filter((r) => r.kind === 'measured' && r.figure.measure === measure),
  })).filter((m) => m.rows.length > 0);
}

/**
 * The figures chart as a figure: one section per applicability group (direct, indirect, other
 * disease, no figure), each under its own heading, so calciphylaxis never shares a scale with the
 * SCHO figures; within a group, one chart per kind of number (sensitivity, detection rate,
 * frequency), each with its axis labelled. The caption names and describes it and points to the data table, which is the
 * screen-reader path through the same figures.
 */
export function SensitivityFigure({
  rows,
  tableId,
  width,
}: {
  rows: readonly SensitivityRow[];
  tableId: string;
  width?: number;
}) {
  const { t } = useT();
  const id = useId();
  const groups = SENSITIVITY_GROUPS.map((group) => ({
    group,
    rows: rows.filter((r) => r.group === group),
  })).filter((g) => g.rows.length > 0);
  return (
    <CompareFigure
      id={id}
      className="sensitivity"
      title={t('compare.sensitivity.title')}
      desc={t('compare.sensitivity.desc')}
      tableId={tableId}
      legendClass="chart-legend"
      legendLabel={t('compare.sensitivity.legend')}
      legend={[
        { swatch: 'swatch-sensitivity', label: t('ledger.legendSensitivity') },
        { swatch: 'swatch-detection', label: t('ledger.legendDetection') },
        { swatch: 'swatch-frequency', label: t('ledger.legendFrequency') },
        { swatch: 'swatch-range', label: t('ledger.legendWhisker') },
        { symbol: '†', label: t('compare.sensitivity.legendExtrapolated') },
        { swatch: 'swatch-marker', label: t('compare.sensitivity.legendNoFigure') },
      ]}
    >
      {groups.map((g) => (
        <section
          key={g.group}
          className={`sens-group sens-group-${g.group}`}
          aria-labelledby={`${id}-${g.group}`}
          data-group={g.group}
        >
          <h3 id={`${id}-${g.group}`}>{t(`ledger.group.${g.group}`)}</h3>
          <p id={`${id}-${g.group}-desc`} className="sens-group-desc">
            {t(`ledger.groupDesc.${g.group}`)}
          </p>
          {g.group === 'no-figure' ? (
            <ChartWhenNear
              rows={g.rows}
              width={width}
              labelledBy={`${id}-${g.group}`}
              describedBy={`${id}-${g.group}-desc`}
            />
          ) : (
            // A sensitivity, a detection rate and a frequency never share an axis: one chart
            // each, its axis named by what it measures.
            byMeasure(g.rows).map(({ measure, rows: measured }) => (
              <div key={measure} className="sens-measure" data-measure={measure}>
                <ChartWhenNear
                  rows={measured}
                  width={width}
                  labelledBy={`${id}-${g.group} ${id}-${g.group}-${measure}`}
                  describedBy={`${id}-${g.group}-desc`}
                  axisLabel={t(`compare.sensitivity.axis.${measure}`)}
                />
                <span id={`${id}-${g.group}-${measure}`} className="visually-hidden">
                  {t(`compare.sensitivity.axis.${measure}`)}
                </span>
              </div>
            ))
          )}
        </section>
      ))}
    </CompareFigure>
  );
}
