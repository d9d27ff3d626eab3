import type { Case, StudyId } from '../case/schema';
import { addDays, daysBetween, isIsoDate } from '../dates';
import { reason } from '../reason';
import type { Timing, TimingWarning } from './types';
import { MAX_DAY_COUNT, XRAY_BLIND_DAYS } from '../day-phrase';

export { dayPhrase, MAX_DAY_COUNT, showsDayCount, XRAY_BLIND_DAYS } from '../day-phrase';

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
      reason: reason(
        {
          en: 'Symptom onset date not recorded: the app cannot tell whether a plain X-ray is still too early (it may show nothing for 10–14 days).',
          es: 'Fecha de inicio no registrada: no se puede saber si la radiografía simple es aún demasiado precoz (puede no mostrar nada durante 10–14 días).',
        },
        ['garcia-arpa-2020'],
      ),
    });
  } else if (c.patient.onsetDate && c.patient.onsetDate > today) {
    warnings.push({
      id: 'onset-in-future',
      severity: 'warning',
      reason: reason(
        {
          en: 'The onset date is after today: check it; timing advice is suspended.',
          es: 'La fecha de inicio es posterior a hoy: revísela; el consejo temporal queda en suspenso.',
        },
        [],
      ),
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
      reason: reason(
        {
          en: `Day ${days} since onset: a plain X-ray may still be normal (it may show nothing until 10–14 days), so a normal film now does not exclude ossification. From ${xrayInformativeFrom} a normal film lowers the suspicion but does not remove it.`,
          es: `Día ${days} desde el inicio: la radiografía simple puede ser aún normal (puede no mostrar nada hasta los 10–14 días), así que una radiografía normal ahora no descarta osificación. Desde el ${xrayInformativeFrom} una radiografía normal reduce la sospecha, pero no la elimina.`,
        },
        ['garcia-arpa-2020'],
      ),
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
        reason: reason(
          {
            en: 'The normal X-ray is dated before the symptom onset: check both dates; until then it cannot say anything about this lesion.',
            es: 'La radiografía normal tiene fecha anterior al inicio de los síntomas: revise ambas fechas; hasta entonces no dice nada de esta lesión.',
          },
          [],
        ),
      });
    } else if (filmDay !== null && filmDay < XRAY_BLIND_DAYS.to) {
      warnings.push({
        id: 'xray-normal-too-early',
        severity: 'warning',
        modality: 'xray',
        reason: reason(
          {
            en: `The normal X-ray was taken on day ${filmDay}, before day 14: it does not exclude ossification. Repeat from ${xrayInformativeFrom} or rely on ultrasound.`,
            es: `La radiografía normal se hizo el día ${filmDay}, antes del día 14: no descarta osificación. Repítala a partir del ${xrayInformativeFrom} o apóyese en la ecografía.`,
          },
          ['garcia-arpa-2020'],
        ),
      });
    } else if (filmDay !== null) {
      warnings.push({
        id: 'xray-normal-lowers',
        severity: 'info',
        modality: 'xray',
        reason: reason(
          {
            en: `The normal X-ray was taken ${filmDay > MAX_DAY_COUNT ? 'more than a year after onset' : `on day ${filmDay}`}, after the 10–14 days in which a film may be normal: it lowers the suspicion but does not remove it (in neurogenic heterotopic ossification, X-ray became positive about 2–6 weeks after a positive bone scan).`,
            es: `La radiografía normal se hizo ${filmDay > MAX_DAY_COUNT ? 'más de un año después del inicio' : `el día ${filmDay}`}, pasados los 10–14 días en que puede ser normal: reduce la sospecha pero no la elimina (en la osificación heterotópica neurógena, la radiografía se hizo positiva unas 2–6 semanas después de una gammagrafía positiva).`,
          },
          ['garcia-arpa-2020', 'scire-ho'],
          true,
        ),
      });
    } else {
      warnings.push({
        id: 'xray-normal-undated',
        severity: 'caution',
        modality: 'xray',
        reason: reason(
          {
            en: `The normal X-ray has no date: if it was taken before ${xrayInformativeFrom} (day 14), it does not exclude ossification; after it, it lowers but does not remove the suspicion.`,
            es: `La radiografía normal no tiene fecha: si se hizo antes del ${xrayInformativeFrom} (día 14), no descarta osificación; después, reduce la sospecha pero no la elimina.`,
          },
          ['garcia-arpa-2020'],
        ),
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
      reason: reason(
        {
          en: 'A first negative bone scan can be falsely negative (7 of 60 patients in spinal cord injury): if suspicion persists, consider repeating it.',
          es: 'Una primera gammagrafía negativa puede ser un falso negativo (7 de 60 pacientes con lesión medular): si la sospecha persiste, valore repetirla.',
        },
        ['svircev-2008'],
        true,
      ),
    });
  }

  return warnings;
}
