import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import type { SensitivityRow } from './comparison-model';
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
    <figure
      className="compare-figure sensitivity"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <figcaption>
        <h2 id={`${id}-title`}>{t('compare.sensitivity.title')}</h2>
        <p id={`${id}-desc`}>
          {t('compare.sensitivity.desc')} <a href={`#${tableId}`}>{t('compare.toTable')}</a>
        </p>
      </figcaption>
      <SensitivityChart
        rows={rows}
        width={width}
        labelledBy={`${id}-title`}
        describedBy={`${id}-desc`}
      />
      <ul className="chart-legend" aria-label={t('compare.sensitivity.legend')}>
        <li>
          <span className="swatch swatch-bar" aria-hidden="true" />
          {t('compare.sensitivity.legendBar')}
        </li>
        <li>
          <span className="swatch swatch-range" aria-hidden="true" />
          {t('compare.sensitivity.legendRange')}
        </li>
        <li>
          <span aria-hidden="true">† </span>
          {t('compare.sensitivity.legendExtrapolated')}
        </li>
        <li>
          <span className="swatch swatch-marker" aria-hidden="true" />
          {t('compare.sensitivity.legendNoFigure')}
        </li>
      </ul>
    </figure>
  );
}
