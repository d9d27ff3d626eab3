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
import type { FigureMeasure } from '../../domain/evidence';
import type { SensitivityRow } from './comparison-model';
import { axisHeight, chartHeight } from './sensitivity-size';
import { SensitivityTooltip } from './sensitivity-tooltip';

/** What recharts plots for one row of the view-model. */
interface Datum {
  readonly key: string;
  /**
   * Always 1: every row gets an invisible full-width band, so the custom shape below knows the
   * axis scale and draws the figure's point, its interval and its label itself (never a bar).
   */
  readonly plot: 1;
  readonly row: SensitivityRow;
}

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
  return rows.map((row) => ({ key: row.key, plot: 1, row }));
}

/** The point's shape says what the number is: a sensitivity, a detection rate or a frequency. */
function Marker({ measure, cx, cy }: { measure: FigureMeasure; cx: number; cy: number }) {
  if (measure === 'sensitivity')
    return <circle className="fig-point fig-sensitivity" cx={cx} cy={cy} r={6} />;
  if (measure === 'detection-rate')
    return <circle className="fig-point fig-detection" cx={cx} cy={cy} r={6} />;
  return <rect className="fig-point fig-frequency" x={cx - 6} y={cy - 6} width={12} height={12} />;
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
  const { t, tx, lang } = useT();
  const [measured, setMeasured] = useState<number | undefined>(undefined);
  const narrow = (width ?? measured ?? NARROW) < NARROW;
  const data = toChartData(rows);
  const axisH = axisHeight(Boolean(axisLabel));
  const height = chartHeight(data.length, Boolean(axisLabel));
  const byKey = new Map(data.map((d) => [d.key, d.row]));

  const valueLabel = (row: Extract<SensitivityRow, { kind: 'measured' }>) =>
    `${formatPercent(lang, row.value)}${row.extrapolated ? ' †' : ''}`;
  const markerLabel = (row: SensitivityRow) =>
    row.kind === 'ordinal'
      ? t(`compare.sensitivity.marker.${row.level}`)
      : t('compare.sensitivity.marker.notMeasured');

  const renderShape = (props: BarShapeProps): ReactElement => {
    const d = props.payload as Datum;
    const { x, y, width: w, height: h } = props;
    const cy = y + h / 2;
    if (d.row.kind === 'measured') {
      const at = (v: number) => x + v * Math.max(w, 0);
      const ci = d.row.ci;
      const end = Math.max(at(d.row.value), ci ? at(ci.high) : 0);
      return (
        <g data-figure={d.row.key}>
          {ci ? (
            <g className="fig-ci">
              <line x1={at(ci.low)} x2={at(ci.high)} y1={cy} y2={cy} />
              <line x1={at(ci.low)} x2={at(ci.low)} y1={cy - 5} y2={cy + 5} />
              <line x1={at(ci.high)} x2={at(ci.high)} y1={cy - 5} y2={cy + 5} />
            </g>
          ) : null}
          <Marker measure={d.row.figure.measure} cx={at(d.row.value)} cy={cy} />
          <text className="sens-value" x={end + 9} y={cy} dominantBaseline="central">
            {valueLabel(d.row)}
          </text>
        </g>
      );
    }
    return (
      <g className={`sens-marker sens-marker-${d.row.kind}`}>
        <circle cx={x + 8} cy={cy} r={5} />
        <text x={x + 19} y={cy} dominantBaseline="central">
          {markerLabel(d.row)}
        </text>
      </g>
    );
  };

  const renderTick = (props: YAxisTickContentProps): ReactElement => {
    const row = byKey.get(String(props.payload.value));
    const x = Number(props.x);
    const y = Number(props.y);
    if (!row) return <g />;
    // Long source names are cut here only; the tooltip and the data table give them whole.
    const fit = (s: string) => (s.length > 18 ? `${s.slice(0, 17)}…` : s);
    const lines = [tx(row.shortName)];
    if (row.kind !== 'not-measured') lines.push(fit(row.source.short));
    if (row.kind === 'measured') lines.push(t(`ledger.unit.${row.figure.unit}`));
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
  };

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
        tickFormatter={(v: number) => formatPercent(lang, v)}
        // recharts writes a tick's fill as an inline style: currentColor is the theme's text colour.
        tick={{ fontSize: 12, fill: 'currentColor' }}
        hide={!axisLabel}
        height={axisH - 8}
        {...(axisLabel
          ? {
              label: {
                value: axisLabel,
                position: 'insideBottom' as const,
                offset: 0,
                className: 'sens-axis-label',
                fill: 'currentColor',
              },
            }
          : {})}
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
        content={(p: TooltipContentProps) => (
          <SensitivityTooltip
            active={p.active}
            row={(p.payload?.[0]?.payload as Datum | undefined)?.row}
          />
        )}
        cursor={{ className: 'sens-cursor' }}
        isAnimationActive={false}
        {...(narrow ? { position: { x: 0 } } : {})}
        wrapperStyle={{ zIndex: 2 }}
      />
      <Bar dataKey="plot" shape={renderShape} isAnimationActive={false} />
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
