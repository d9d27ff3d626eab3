import { localeOf } from '../domain/languages';
import type { Lang } from '../domain/text';

/** A calendar date (YYYY-MM-DD) in the reader's language, e.g. "3 Mar 2026" / "3 mar 2026". */
export function formatDate(lang: Lang, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function formatNumber(lang: Lang, n: number, maxFractionDigits = 2): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: maxFractionDigits }).format(
    n,
  );
}

/** 0.889 → "88.9 %" / "88,9 %". */
export function formatPercent(lang: Lang, fraction: number): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(fraction);
}
