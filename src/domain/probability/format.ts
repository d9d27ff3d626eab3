import { localeOf } from '../languages';
import type { Lang } from '../text';
import type { Interval } from './odds';

/** 0.0712 → "7.1 %"; shown to one decimal so narrow ranges do not collapse to one number. */
export function pct(lang: Lang, p: number): string {
  return new Intl.NumberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(p);
}

export function pctRange(lang: Lang, r: Interval): string {
  const [a, b] = [pct(lang, r[0]), pct(lang, r[1])];
  return a === b ? a : `${a}–${b}`;
}

/** A likelihood ratio to three significant figures ("40.5", "0.235"). */
export function ratio(lang: Lang, x: number): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumSignificantDigits: 3 }).format(x);
}

export function ratioRange(lang: Lang, r: Interval): string {
  return `${ratio(lang, r[0])}–${ratio(lang, r[1])}`;
}
