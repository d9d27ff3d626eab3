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
  const { t, lang } = useT();
  const data = points.map((p) => ({
    pre: p.pre,
    independence: p.independence,
    dependence: p.dependence,
    band: [p.band[0], p.band[1]],
    noTest: p.pre,
  }));
  const tick = (v: number) => formatPercent(lang, v);
  const chart = (
    <ComposedChart
      data={data}
      margin={{ top: 8, right: 16, bottom: 28, left: 8 }}
      {...(width ? { width, height: HEIGHT } : {})}
      accessibilityLayer={false}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis
        dataKey="pre"
        type="number"
        domain={[0, 1]}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        tickFormatter={tick}
        // recharts writes these fills as inline styles: currentColor is the theme's text colour
        // (its defaults, #666 and #808080, fail AA on the night theme and on white).
        tick={{ fill: 'currentColor', fontSize: 12 }}
        label={{
          value: t('probability.chart.x'),
          position: 'insideBottom',
          offset: -16,
          fill: 'currentColor',
        }}
      />
      <YAxis
        type="number"
        domain={[0, 1]}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        tickFormatter={tick}
        tick={{ fill: 'currentColor', fontSize: 12 }}
        width={52}
      />
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
        dot={false}
        isAnimationActive={false}
        strokeDasharray="6 4"
        activeDot={false}
      />
      <Line
        dataKey="independence"
        stroke={COLOUR.independence}
        strokeWidth={2.5}
        dot={false}
        isAnimationActive={false}
        activeDot={false}
      />
      <Line
        dataKey="dependence"
        stroke={COLOUR.dependence}
        strokeWidth={2.5}
        dot={false}
        isAnimationActive={false}
        strokeDasharray="2 3"
        activeDot={false}
      />
    </ComposedChart>
  );
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
      <ul className="prob-legend" aria-label={t('probability.chart.legend')}>
        <li>
          <span className="swatch swatch-band" aria-hidden="true" />
          {t('probability.chart.legendBand')}
        </li>
        <li>
          <span className="swatch swatch-indep" aria-hidden="true" />
          {t('probability.chart.legendIndependence')}
        </li>
        <li>
          <span className="swatch swatch-dep" aria-hidden="true" />
          {t('probability.chart.legendDependence')}
        </li>
        <li>
          <span className="swatch swatch-notest" aria-hidden="true" />
          {t('probability.chart.legendNoTest')}
        </li>
        <li>
          <span className="swatch swatch-range" aria-hidden="true" />
          {t('probability.chart.legendRange')}
        </li>
      </ul>
    </figure>
  );
}
