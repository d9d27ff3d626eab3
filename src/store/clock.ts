import { localIsoDate } from '../domain/dates';

/**
 * The clinician's clock, in one place so tests can fix "today" (vi.setSystemTime or vi.spyOn).
 * The engine itself never reads the clock: it is always handed a date.
 */
export const clock = {
  /** Today's local calendar date, YYYY-MM-DD. */
  today: (): string => localIsoDate(new Date()),
  /** Now as an ISO date-time, for createdAt/updatedAt. */
  nowIso: (): string => new Date().toISOString(),
};

export const today = (): string => clock.today();
export const nowIso = (): string => clock.nowIso();
