import type { Case, StudyId } from '../case/schema';
import { addDays, daysBetween, isIsoDate } from '../dates';
import { reason } from '../reason';
import type { Timing, TimingWarning } from './types';
import { MAX_DAY_COUNT, XRAY_BLIND_DAYS } from '../day-count';
import { said } from '../words';

export { MAX_DAY_COUNT, showsDayCount, XRAY_BLIND_DAYS } from '../day-count';

/** Days from onset to `date`, or null when either is unknown or the onset is after `date`. */
function daysSinceOnset(c: Case, date: string): number | null {
  const onset = c.patient.onsetDate;
  if (!onset || !isIsoDate(onset) || !isIsoDate(date)) return null;
  const d = daysBetween(onset, date);
  return d >= 0 ? d : null;
}

/** A study's day since onset: from its date, when both dates are known (null otherwise). */
export function studyDay(c: Case, id: StudyId): number | null {
  const date = c.studies[id].date;
  return date ? daysSinceOnset(c, date) : null;
}

export function timing(c: Case, today: string): Timing {
  const days = daysSinceOnset(c, today);
  const onset = c.patient.onsetDate && isIsoDate(c.patient.onsetDate) ? c.patient.onsetDate : null;
  const xrayInformativeFrom = onset ? addDays(onset, XRAY_BLIND_DAYS.to) : null;
  const warnings: TimingWarning[] = [
    ...onsetWarnings(c, onset, today),
    ...earlyFilmWarnings(c, days, xrayInformativeFrom),
    ...(onset ? normalFilmWarnings(c, onset, xrayInformativeFrom) : []),
    ...firstScanWarnings(c),
  ];
  return { daysSinceOnset: days, xrayInformativeFrom, warnings };
}

/** The onset date unknown, or after today. */
function onsetWarnings(c: Case, onset: string | null, today: string): TimingWarning[] {
  const warnings: TimingWarning[] = [];
  if (!onset) {
    warnings.push({
      id: 'onset-unknown',
      severity: 'caution',
      reason: reason(said('engine.timing.onset-unknown'), ['garcia-arpa-2020']),
    });
  } else if (c.patient.onsetDate && c.patient.onsetDate > today) {
    warnings.push({
      id: 'onset-in-future',
      severity: 'warning',
      reason: reason(said('engine.timing.onset-after-today'), []),
    });
  }

  return warnings;
}

/** Before day 14, with no film yet: a normal film now would not exclude. */
function earlyFilmWarnings(
  c: Case,
  days: number | null,
  xrayInformativeFrom: string | null,
): TimingWarning[] {
  const warnings: TimingWarning[] = [];
  const xray = c.studies.xray;
  if (days !== null && days < XRAY_BLIND_DAYS.to && xray.status !== 'done') {
    warnings.push({
      id: 'xray-too-early',
      severity: 'warning',
      modality: 'xray',
      reason: reason(said('engine.timing.early-film', { days, from: xrayInformativeFrom }), [
        'garcia-arpa-2020',
      ]),
    });
  }

  return warnings;
}

/** What a normal film is worth, by the day it was taken. */
function normalFilmWarnings(
  c: Case,
  onset: string,
  xrayInformativeFrom: string | null,
): TimingWarning[] {
  const warnings: TimingWarning[] = [];
  const xray = c.studies.xray;
  // A normal film taken inside the blind window does not exclude ossification.
  if (xray.status === 'done' && xray.pattern === 'normal') {
    const filmDay = xray.date && isIsoDate(xray.date) ? daysBetween(onset, xray.date) : null;
    if (filmDay !== null && filmDay < 0) {
      // Never print a negative day: a film dated before onset is a dating question.
      warnings.push({
        id: 'xray-before-onset',
        severity: 'warning',
        modality: 'xray',
        reason: reason(said('engine.timing.film-before-onset'), []),
      });
    } else if (filmDay !== null && filmDay < XRAY_BLIND_DAYS.to) {
      warnings.push({
        id: 'xray-normal-too-early',
        severity: 'warning',
        modality: 'xray',
        reason: reason(
          said('engine.timing.film-too-early', { day: filmDay, from: xrayInformativeFrom }),
          ['garcia-arpa-2020'],
        ),
      });
    } else if (filmDay !== null) {
      warnings.push({
        id: 'xray-normal-lowers',
        severity: 'info',
        modality: 'xray',
        reason: reason(
          said('engine.timing.film-past-blind-days', {
            day: filmDay,
            beyondCount: filmDay > MAX_DAY_COUNT,
          }),
          ['garcia-arpa-2020', 'scire-ho'],
          true,
        ),
      });
    } else {
      warnings.push({
        id: 'xray-normal-undated',
        severity: 'caution',
        modality: 'xray',
        reason: reason(said('engine.timing.film-undated', { from: xrayInformativeFrom }), [
          'garcia-arpa-2020',
        ]),
      });
    }
  }

  return warnings;
}

/** A first negative bone scan. */
function firstScanWarnings(c: Case): TimingWarning[] {
  const warnings: TimingWarning[] = [];
  // Svircev 2008 (spinal cord injury): 7 of 60 patients had a false-negative first bone scan.
  if (c.studies.scintigraphy.status === 'done' && c.studies.scintigraphy.pattern === 'normal') {
    warnings.push({
      id: 'scintigraphy-negative-repeat',
      severity: 'caution',
      modality: 'scintigraphy',
      reason: reason(said('engine.timing.scan-false-negative'), ['svircev-2008'], true),
    });
  }

  return warnings;
}
