import { formatPercent } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import type { SensitivityRow } from './comparison-model';

type Measured = Extract<SensitivityRow, { kind: 'measured' }>;

/**
 * "76% (13/17; 95% CI 56.6–89.9%)", or "78% (no counts, no interval)": the figure, its counts and
 * the interval computed from them, in words. Shared by the tooltip and the data table.
 */
export function useFigureText() {
  const { t, lang } = useT();
  const pct = (v: number) => formatPercent(lang, v);
  return (row: Measured): string => {
    const f = row.figure;
    const value = pct(f.value);
    if (!f.counts || !row.ci) return `${value} (${t('ledger.noCi')})`;
    const counts = t('ledger.counts', { events: f.counts.events, total: f.counts.total });
    const ci = t('ledger.ci', { low: pct(row.ci.low), high: pct(row.ci.high) });
    return `${value} (${counts}; ${ci})`;
  };
}
