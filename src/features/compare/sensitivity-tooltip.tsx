import { useT } from '../../i18n/use-t';
import type { SensitivityRow } from './comparison-model';
import { useFigureText } from './figure-text';

/**
 * The chart's tooltip, on hover and on keyboard focus: the figure, the source (first author and
 * year), the setting it was measured in, and whether it is extrapolated. Rows without a figure
 * say so, with the registry's own words.
 */
export function SensitivityTooltip({ active, row }: { active?: boolean; row?: SensitivityRow }) {
  const { t, tx } = useT();
  const figureText = useFigureText();
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{tx(row.name)}</p>
      {row.kind === 'measured' ? (
        <>
          <p>
            <strong>{figureText(row)}</strong>
          </p>
          <p>
            {t(`ledger.measure.${row.figure.measure}`)}, {t(`ledger.unit.${row.figure.unit}`)} ·{' '}
            {t('ledger.col.strength')}: {t(`ledger.strength.${row.figure.strength.grade}`)}
          </p>
          <p>
            <span className="chart-tooltip-key">{t('compare.sensitivity.setting')}: </span>
            {tx(row.setting)}
          </p>
        </>
      ) : row.kind === 'ordinal' ? (
        <p>
          <strong>{t(`compare.sensitivity.level.${row.level}`)}</strong> — {tx(row.text)}
        </p>
      ) : (
        <p>
          <strong>{t('compare.sensitivity.marker.notMeasured')}</strong> — {tx(row.text)}
        </p>
      )}
      {row.kind !== 'not-measured' ? (
        <p>
          <span className="chart-tooltip-key">{t('compare.sensitivity.source')}: </span>
          {row.source.short}
          {row.extrapolated ? (
            <span className="mark mark-extrapolated">{t('common.extrapolated')}</span>
          ) : null}
        </p>
      ) : null}
    </div>
  );
}
