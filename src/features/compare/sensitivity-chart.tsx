import { useState, type KeyboardEvent as ReactKeyboardEvent, type ReactElement } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
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
import type { SensitivityRow } from './comparison-model';
import { SensitivityTooltip } from './sensitivity-tooltip';

/** What recharts plots for one row of the view-model. */
interface Datum {
  readonly key: string;
  /**
   * The bar's length. Rows without a measured figure get 0 only so that recharts lays out their
   * band: the custom shape below draws a labelled "no figure" marker there, never a bar.
   */
  readonly plot: number;
  /** [value − low, high − value] for the range line, when the source gives a range. */
  readonly err?: readonly [number, number];
  readonly row: SensitivityRow;
}

const ROW_HEIGHT = 52;
const AXIS_HEIGHT = 36;
const TICK_WIDTH = 112;
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
  return rows.map((row) => ({
    key: row.key,
    plot: row.kind === 'measured' ? row.value : 0,
    ...(row.kind === 'measured' && row.range
      ? { err: [row.value - row.range[0], row.range[1] - row.value] as const }
      : {}),
    row,
  }));
}

/**
 * One horizontal bar per measured sensitivity figure, grouped by modality, with the source's range
 * as a line. Rows with no figure show a labelled marker ("not measured", "high, no figure").
 * Keyboard: the chart is focusable (recharts' accessibility layer) and the arrow keys move the
 * tooltip from row to row (down/right: next row). `width` fixes the size (tests); otherwise it follows its container.
 */
export function SensitivityChart({
  rows,
  width,
  labelledBy,
  describedBy,
}: {
  rows: readonly SensitivityRow[];
  width?: number;
  labelledBy: string;
  describedBy: string;
}) {
  const { t, tx, lang } = useT();
  const [measured, setMeasured] = useState<number | undefined>(undefined);
  const narrow = (width ?? measured ?? NARROW) < NARROW;
  const data = toChartData(rows);
  const height = data.length * ROW_HEIGHT + AXIS_HEIGHT;
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
      const perUnit = d.row.value > 0 ? w / d.row.value : 0;
      const end = x + Math.max(d.row.value, d.row.range?.[1] ?? 0) * perUnit;
      return (
        <g>
          <rect className="sens-bar" x={x} y={y} width={Math.max(w, 0)} height={h} />
          <text className="sens-value" x={end + 6} y={cy} dominantBaseline="central">
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
    const second = row.kind === 'not-measured' ? undefined : row.source.short;
    return (
      <text className="sens-tick" x={x} y={y} textAnchor="end">
        <tspan x={x} dy={second ? '-0.35em' : '0.35em'} className="sens-tick-name">
          {tx(row.shortName)}
        </tspan>
        {second ? (
          <tspan x={x} dy="1.25em" className="sens-tick-source">
            {second}
          </tspan>
        ) : null}
      </text>
    );
  };

  const chart = (
    <BarChart
      data={data}
      layout="vertical"
      width={width}
      height={width ? height : undefined}
      margin={{ top: 4, right: 60, bottom: 4, left: 4 }}
      barCategoryGap="22%"
      accessibilityLayer
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
    >
      <CartesianGrid horizontal={false} stroke="#c5ced8" />
      <XAxis
        type="number"
        domain={[0, 1]}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        tickFormatter={(v: number) => formatPercent(lang, v)}
        stroke="#4a5561"
        tick={{ fill: '#1b1f24', fontSize: 12 }}
        height={AXIS_HEIGHT - 8}
      />
      <YAxis
        type="category"
        dataKey="key"
        width={TICK_WIDTH}
        tick={renderTick}
        tickLine={false}
        stroke="#4a5561"
        interval={0}
      />
      <Tooltip
        content={(p: TooltipContentProps) => (
          <SensitivityTooltip
            active={p.active}
            row={(p.payload?.[0]?.payload as Datum | undefined)?.row}
          />
        )}
        cursor={{ fill: '#e6edf4' }}
        isAnimationActive={false}
        {...(narrow ? { position: { x: 0 } } : {})}
        wrapperStyle={{ zIndex: 2 }}
      />
      <Bar dataKey="plot" shape={renderShape} isAnimationActive={false}>
        <ErrorBar dataKey="err" direction="x" width={8} stroke="#1b1f24" strokeWidth={2} />
      </Bar>
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
