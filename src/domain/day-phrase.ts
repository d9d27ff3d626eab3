import type { LocalizedText } from './text';
import { localized, said } from './words';

/**
 * Day counts since onset in words (the catalogues' `domain.day-phrase`), with the day-count facts
 * they depend on (`./day-count.ts`).
 */
export { MAX_DAY_COUNT, showsDayCount, XRAY_BLIND_DAYS } from './day-count';

/** "day 40" / "more than a year after onset (an insidious onset's date is approximate)". */
export const dayPhrase = (days: number): LocalizedText =>
  localized(said('domain.day-phrase', { days }));
