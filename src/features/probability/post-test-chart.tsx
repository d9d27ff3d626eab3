import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { Interval } from '../../domain/probability';
import { formatPercent } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import type { Lang } from '../../domain/text';
import type { CurvePoint } from './curve';

const HEIGHT = 300;
/** Colours as in probability.css (AA against white); SVG presentation attributes cannot read CSS variables. */
const COLOUR = {
  band: '#9ec1e6',
  independence: '#1d4f91',
  dependence: '#7a3b00',
  noTest: '#5c6670',
  range: '#f3e6c4',
} as const;

/** What the chart plots at one pre-test probability. */
export interface ChartDatum {
  readonly pre: number;
  readonly independence: number;
  readonly dependence: number;
  /** The band's low and high ends (recharts draws an area between them). */
  readonly band: readonly [number, number];
  /** Without a test the post-test probability is the pre-test one: the diagonal. */
  readonly noTest: number;
}

/** The curve's points as the chart plots them: both lines, the band, and the "no test" diagonal. */
export function chartData(points: readonly CurvePoint[]): ChartDatum[] {
  return points.map((p) => ({
    pre: p.pre,
    independence: p.independence,
    dependence: p.dependence,
    band: [p.band[0], p.band[1]],
    noTest: p.pre,
  }));
}

/** Both axes run from 0 to 100 %, ticked every quarter, in the theme's text colour. */
const percentAxis = (lang: Lang) => ({
  type: 'number' as const,
  domain: [0, 1],
  ticks: [0, 0.25, 0.5, 0.75, 1],
  tickFormatter: (v: number) => formatPercent(lang, v),
  // recharts writes these fills as inline styles: currentColor is the theme's text colour
  // (its defaults, #666 and #808080, fail AA on the night theme and on white).
  tick: { fill: 'currentColor', fontSize: 12 },
});

/** A curve is a plain line: no dots, no animation, no highlighted point. */
const PLAIN_LINE = { dot: false, isAnimationActive: false, activeDot: false } as const;

/**
 * The plot: the pre-test range as a column, the band, the "no test" diagonal (dashed), the
 * independence line and the full-dependence line (dotted).
 */
function Curves({
  data,
  pretest,
  width,
}: {
  data: readonly ChartDatum[];
  pretest: Interval | null;
  width: number | undefined;
}) {
  const { t, lang } = useT();
  return (
    <ComposedChart
      data={data}
      margin={{ top: 8, right: 16, bottom: 28, left: 8 }}
      {...(width ? { width, height: HEIGHT } : {})}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        dataKey="pre"
        {...percentAxis(lang)}
        label={{
          value: t('probability.chart.x'),
          position: 'insideBottom',
          offset: -16,
          fill: 'currentColor',
        }}
      />
      <YAxis {...percentAxis(lang)} width={52} />
      {pretest ? (
        <ReferenceArea
          x1={pretest[0]}
          x2={pretest[1]}
          fill={COLOUR.range}
          fillOpacity={0.8}
          ifOverflow="hidden"
        />
      ) : null}
      <Area
        dataKey="band"
        fill={COLOUR.band}
        fillOpacity={0.85}
        isAnimationActive={false}
        stroke="none"
        activeDot={false}
      />
      <Line
        dataKey="noTest"
        stroke={COLOUR.noTest}
        strokeWidth={1.5}
        strokeDasharray="6 4"
        {...PLAIN_LINE}
      />
      <Line dataKey="independence" stroke={COLOUR.independence} strokeWidth={2.5} {...PLAIN_LINE} />
      <Line
        dataKey="dependence"
        stroke={COLOUR.dependence}
        strokeWidth={2.5}
        strokeDasharray="2 3"
        {...PLAIN_LINE}
      />
    </ComposedChart>
  );
}

/** The legend: a swatch (decorative) and the words for each mark of the chart. */
function Legend() {
  const { t } = useT();
  const items = [
    ['swatch-band', t('probability.chart.legendBand')],
    ['swatch-indep', t('probability.chart.legendIndependence')],
    ['swatch-dep', t('probability.chart.legendDependence')],
    ['swatch-notest', t('probability.chart.legendNoTest')],
    ['swatch-range', t('probability.chart.legendRange')],
  ] as const;
  return (
    <ul className="prob-legend" aria-label={t('probability.chart.legend')}>
      {items.map(([swatch, label]) => (
        <li key={swatch}>
          <span className={`swatch ${swatch}`} aria-hidden="true" />
          {label}
        </li>
      ))}
    </ul>
  );
}

/**
 * Post-test against pre-test probability: the band (independence to full dependence, with the
 * LRs' confidence intervals), both lines, the "no test" diagonal and the pre-test range as a
 * column. Loaded on demand with recharts. The table after it carries the same figures in words.
 */
export default function PostTestChart({
  points,
  pretest,
  tableId,
  width,
}: {
  points: readonly CurvePoint[];
  pretest: Interval | null;
  tableId: string;
  width?: number;
}) {
  const { t } = useT();
  const chart = <Curves data={chartData(points)} pretest={pretest} width={width} />;
  return (
    <figure
      className="prob-figure"
      aria-labelledby="prob-chart-title"
      aria-describedby="prob-chart-desc"
    >
      <figcaption>
        <h2 id="prob-chart-title">{t('probability.chart.title')}</h2>
        <p id="prob-chart-desc">
          {t('probability.chart.desc')} <a href={`#${tableId}`}>{t('probability.toTable')}</a>
        </p>
      </figcaption>
      <div className="prob-chart" aria-hidden="true">
        {width ? (
          chart
        ) : (
          <ResponsiveContainer width="100%" height={HEIGHT}>
            {chart}
          </ResponsiveContainer>
        )}
      </div>
      <Legend />
    </figure>
  );
}
