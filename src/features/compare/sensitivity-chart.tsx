import { useState, type KeyboardEvent as ReactKeyboardEvent, type ReactElement } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
  type YAxisTickContentProps,
} from 'recharts';
import { formatPercent } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import type { AnalysisUnit, FigureMeasure } from '../../domain/evidence';
import type { Lang, LocalizedText } from '../../domain/text';
import type { SensitivityRow } from './comparison-model';
import { axisHeight, chartHeight } from './sensitivity-size';
import { SensitivityTooltip } from './sensitivity-tooltip';

/**
 * What recharts plots for one row of the view-model: its key only. The row itself (its texts in
 * every language) stays out of recharts' data, which its store walks and freezes property by
 * property: that would render each text in every language, of which the reader has loaded one.
 * The chart's renderers find the row by its key.
 */
interface Datum {
  readonly key: string;
  /**
   * Always 1: every row gets an invisible full-width band, so the custom shape below knows the
   * axis scale and draws the figure's point, its interval and its label itself (never a bar).
   */
  readonly plot: 1;
}

/** The row a datum stands for. */
type RowOf = (d: Datum | undefined) => SensitivityRow | undefined;

const TICK_WIDTH = 124;
/** Below this width the tooltip is pinned to the chart's left edge so that it stays on screen. */
const NARROW = 560;

/**
 * recharts' keyboard layer steps with ArrowLeft/ArrowRight only, and in a vertical layout it
 * counts "top to bottom" as the reverse direction, so ArrowRight would move up the list. The
 * rows read top to bottom, so Down/Right step to the next row and Up/Left to the previous one:
 * the key is translated and re-sent to the chart surface (marked, so it is not translated twice).
 */
const FORWARDED = new WeakSet<Event>();
const KEY_FOR_RECHARTS: Readonly<Record<string, string>> = {
  ArrowDown: 'ArrowLeft',
  ArrowRight: 'ArrowLeft',
  ArrowUp: 'ArrowRight',
  ArrowLeft: 'ArrowRight',
};

function translateArrowKeys(e: ReactKeyboardEvent<HTMLDivElement>) {
  const key = KEY_FOR_RECHARTS[e.key];
  const target = e.target;
  if (!key || FORWARDED.has(e.nativeEvent) || !(target instanceof SVGSVGElement)) return;
  e.preventDefault();
  e.stopPropagation();
  const forwarded = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  FORWARDED.add(forwarded);
  target.dispatchEvent(forwarded);
}

export function toChartData(rows: readonly SensitivityRow[]): Datum[] {
  return rows.map((row) => ({ key: row.key, plot: 1 }));
}

/**
 * What one row draws, and where, on an axis that starts (0 %) at `x` and is `width` pixels long
 * (100 %). A figure: its point, its 95% interval only where the source gives counts, and its value
 * after both. A row with no figure: a labelled marker at the start of the axis ("not measured",
 * "high, no figure"), never a point at 0 %.
 */
export type RowMarks =
  | {
      readonly kind: 'figure';
      readonly measure: FigureMeasure;
      readonly point: number;
      readonly ci: { readonly low: number; readonly high: number } | null;
      readonly value: number;
      readonly extrapolated: boolean;
      readonly labelX: number;
    }
  | {
      readonly kind: 'marker';
      readonly rowKind: 'ordinal' | 'not-measured';
      readonly marker: 'notMeasured' | 'high' | 'low';
      readonly dotX: number;
      readonly labelX: number;
    };

export function rowMarks(row: SensitivityRow, x: number, width: number): RowMarks {
  if (row.kind !== 'measured')
    return {
      kind: 'marker',
      rowKind: row.kind,
      marker: row.kind === 'ordinal' ? row.level : 'notMeasured',
      dotX: x + 8,
      labelX: x + 19,
    };
  const at = (v: number) => x + v * Math.max(width, 0);
  const point = at(row.value);
  const ci = row.ci ? { low: at(row.ci.low), high: at(row.ci.high) } : null;
  return {
    kind: 'figure',
    measure: row.figure.measure,
    point,
    ci,
    value: row.value,
    extrapolated: row.extrapolated,
    labelX: Math.max(point, ci ? ci.high : 0) + 9,
  };
}

/** The point's shape says what the number is: a sensitivity, a detection rate or a frequency. */
function Marker({ measure, cx, cy }: { measure: FigureMeasure; cx: number; cy: number }) {
  if (measure === 'sensitivity')
    return <circle className="fig-point fig-sensitivity" cx={cx} cy={cy} r={6} />;
  if (measure === 'detection-rate')
    return <circle className="fig-point fig-detection" cx={cx} cy={cy} r={6} />;
  return <rect className="fig-point fig-frequency" x={cx - 6} y={cy - 6} width={12} height={12} />;
}

/** The 95% interval as a line with a tick at each end. */
function Whisker({ low, high, cy }: { low: number; high: number; cy: number }) {
  return (
    <g className="fig-ci">
      <line x1={low} x2={high} y1={cy} y2={cy} />
      <line x1={low} x2={low} y1={cy - 5} y2={cy + 5} />
      <line x1={high} x2={high} y1={cy - 5} y2={cy + 5} />
    </g>
  );
}

/** One row's marks (see `rowMarks`), centred on `cy`. */
function RowShape({ figureKey, marks, cy }: { figureKey: string; marks: RowMarks; cy: number }) {
  const { t, lang } = useT();
  if (marks.kind === 'marker')
    return (
      <g className={`sens-marker sens-marker-${marks.rowKind}`}>
        <circle cx={marks.dotX} cy={cy} r={5} />
        <text x={marks.labelX} y={cy} dominantBaseline="central">
          {t(`compare.sensitivity.marker.${marks.marker}`)}
        </text>
      </g>
    );
  return (
    <g data-figure={figureKey}>
      {marks.ci ? <Whisker low={marks.ci.low} high={marks.ci.high} cy={cy} /> : null}
      <Marker measure={marks.measure} cx={marks.point} cy={cy} />
      <text className="sens-value" x={marks.labelX} y={cy} dominantBaseline="central">
        {`${formatPercent(lang, marks.value)}${marks.extrapolated ? ' †' : ''}`}
      </text>
    </g>
  );
}

/** recharts' shape for a row: the invisible full-width band tells where the axis is. */
const shapeFor =
  (rowOf: RowOf) =>
  (props: BarShapeProps): ReactElement => {
    const row = rowOf(props.payload as Datum | undefined);
    if (!row) return <g />;
    return (
      <RowShape
        figureKey={row.key}
        marks={rowMarks(row, props.x, props.width)}
        cy={props.y + props.height / 2}
      />
    );
  };

/**
 * What a row's axis label says, line by line: the modality; where there is a source, the source,
 * its long name cut here only (the tooltip and the data table give it whole); for a figure, its
 * unit.
 */
export function tickLines(row: SensitivityRow): {
  name: LocalizedText;
  source?: string;
  unit?: AnalysisUnit;
} {
  const fit = (s: string) => (s.length > 18 ? `${s.slice(0, 17)}…` : s);
  if (row.kind === 'not-measured') return { name: row.shortName };
  const source = fit(row.source.short);
  if (row.kind === 'ordinal') return { name: row.shortName, source };
  return { name: row.shortName, source, unit: row.figure.unit };
}

/** A row's label on the category axis: its lines, centred on the row. */
function RowTick({ row, x, y }: { row: SensitivityRow | undefined; x: number; y: number }) {
  const { t, tx } = useT();
  if (!row) return <g />;
  const { name, source, unit } = tickLines(row);
  const lines = [tx(name)];
  if (source !== undefined) lines.push(source);
  if (unit) lines.push(t(`ledger.unit.${unit}`));
  const first = lines.length === 3 ? '-0.9em' : lines.length === 2 ? '-0.35em' : '0.35em';
  return (
    <text className="sens-tick" x={x} y={y} textAnchor="end">
      {lines.map((line, i) => (
        <tspan
          key={i}
          x={x}
          dy={i === 0 ? first : '1.2em'}
          className={i === 0 ? 'sens-tick-name' : 'sens-tick-source'}
        >
          {line}
        </tspan>
      ))}
    </text>
  );
}

const tooltipFor = (rowOf: RowOf) => (p: TooltipContentProps) => (
  <SensitivityTooltip active={p.active} row={rowOf(p.payload?.[0]?.payload as Datum | undefined)} />
);

/**
 * The 0–100 % axis, named by what it measures. Without a label (rows with no figure) it is not
 * drawn, and keeps only a thin margin.
 */
function valueAxisProps(axisLabel: string | undefined, lang: Lang) {
  return {
    tickFormatter: (v: number) => formatPercent(lang, v),
    hide: !axisLabel,
    height: axisHeight(Boolean(axisLabel)) - 8,
    ...(axisLabel
      ? {
          label: {
            value: axisLabel,
            position: 'insideBottom' as const,
            offset: 0,
            className: 'sens-axis-label',
            fill: 'currentColor',
          },
        }
      : {}),
  };
}

/**
 * One row per figure: a point at the value whose shape says what it is (filled dot: sensitivity;
 * open ring: detection rate; open square: frequency) and, only where the source gives counts, a
 * line for the Wilson 95% interval computed from them. Figures in different units are separate
 * rows, labelled with their unit. Rows with no figure show a labelled marker ("not measured",
 * "high, no figure").
 * Keyboard: the chart is focusable (recharts' accessibility layer) and the arrow keys move the
 * tooltip from row to row (down/right: next row). `width` fixes the size (tests); otherwise it follows its container.
 */
export function SensitivityChart({
  rows,
  width,
  labelledBy,
  describedBy,
  axisLabel,
}: {
  rows: readonly SensitivityRow[];
  width?: number;
  labelledBy: string;
  describedBy: string;
  /**
   * What the 0–100 % axis measures ("Sensitivity, %"): each kind of figure has its own chart and
   * its own labelled axis. Without a label (rows with no figure) no axis is drawn.
   */
  axisLabel?: string;
}) {
  const { lang } = useT();
  const [measured, setMeasured] = useState<number | undefined>(undefined);
  const narrow = (width ?? measured ?? NARROW) < NARROW;
  const data = toChartData(rows);
  const height = chartHeight(data.length, Boolean(axisLabel));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const rowOf: RowOf = (d) => (d ? byKey.get(d.key) : undefined);
  const renderTick = (props: YAxisTickContentProps): ReactElement => (
    <RowTick row={byKey.get(String(props.payload.value))} x={Number(props.x)} y={Number(props.y)} />
  );

  const chart = (
    <BarChart
      data={data}
      layout="vertical"
      width={width}
      height={width ? height : undefined}
      margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
      barCategoryGap="22%"
      accessibilityLayer
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      {/* Colours come from the theme's variables (compare.css): no colour is fixed here, so the
          night theme's axis is as readable as the day's. */}
      <CartesianGrid horizontal={false} />
      <XAxis
        type="number"
        domain={[0, 1]}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        // recharts writes a tick's fill as an inline style: currentColor is the theme's text colour.
        tick={{ fontSize: 12, fill: 'currentColor' }}
        {...valueAxisProps(axisLabel, lang)}
      />
      <YAxis
        type="category"
        dataKey="key"
        width={TICK_WIDTH}
        tick={renderTick}
        tickLine={false}
        interval={0}
      />
      <Tooltip
        content={tooltipFor(rowOf)}
        cursor={{ className: 'sens-cursor' }}
        isAnimationActive={false}
        {...(narrow ? { position: { x: 0 } } : {})}
        wrapperStyle={{ zIndex: 2 }}
      />
      <Bar dataKey="plot" shape={shapeFor(rowOf)} isAnimationActive={false} />
    </BarChart>
  );

  return (
    // The capture handler only adapts the arrow keys for the focusable chart surface inside.
    <div className="sens-chart" style={{ height }} onKeyDownCapture={translateArrowKeys}>
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={height} onResize={(w) => setMeasured(w)}>
          {chart}
        </ResponsiveContainer>
      )}
    </div>
  );
}
