import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import type { SensitivityRow } from './comparison-model';
import { CompareFigure } from './compare-figure';
import { SensitivityChart } from './sensitivity-chart';

/**
 * The sensitivity chart as a figure: its caption names and describes it (aria-labelledby /
 * aria-describedby, also set on the focusable chart surface) and points to the data table, which
 * is the screen-reader path through the same figures.
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
        { swatch: 'swatch-bar', label: t('compare.sensitivity.legendBar') },
        { swatch: 'swatch-range', label: t('compare.sensitivity.legendRange') },
        { symbol: '†', label: t('compare.sensitivity.legendExtrapolated') },
        { swatch: 'swatch-marker', label: t('compare.sensitivity.legendNoFigure') },
      ]}
    >
      <SensitivityChart
        rows={rows}
        width={width}
        labelledBy={`${id}-title`}
        describedBy={`${id}-desc`}
      />
    </CompareFigure>
  );
}
