import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate } from './dates';

describe('calendar dates', () => {
  it('counts whole days across a daylight-saving change', () => {
    // Europe moves clocks on 2026-03-29; calendar arithmetic must not lose or gain a day.
    expect(daysBetween('2026-03-20', '2026-04-03')).toBe(14);
    expect(addDays('2026-03-20', 14)).toBe('2026-04-03');
  });
  it('handles month and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
  });
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2026-11-25')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('25/11/2026')).toBe(false);
  });
});
