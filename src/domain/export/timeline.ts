import { STUDY_IDS, type Case, type StudyId } from '../case/schema';
import { daysBetween, isIsoDate } from '../dates';
import type { Assessment } from '../engine/types';

/** One dated event of the workup. */
export type TimelineEvent =
  | { readonly kind: 'onset'; readonly date: string; readonly day: number | null }
  | {
      readonly kind: 'study';
      readonly study: StudyId;
      readonly date: string;
      readonly day: number | null;
      readonly status: Case['studies'][StudyId]['status'];
    }
  | { readonly kind: 'xray-informative'; readonly date: string; readonly day: number | null }
  | { readonly kind: 'today'; readonly date: string; readonly day: number | null };

const ORDER: Readonly<Record<TimelineEvent['kind'], number>> = {
  onset: 0,
  'xray-informative': 1,
  study: 2,
  today: 3,
};

/**
 * The dated events of a case in calendar order: symptom onset, each study with a date, the day
 * from which a normal X-ray is informative (onset + 14 days, García-Arpa 2020) and today. `day`
 * counts from onset (null when the onset is unknown).
 */
export function timeline(c: Case, a: Assessment): TimelineEvent[] {
  const onset = c.patient.onsetDate && isIsoDate(c.patient.onsetDate) ? c.patient.onsetDate : null;
  const dayOf = (date: string): number | null => (onset ? daysBetween(onset, date) : null);
  const events: TimelineEvent[] = [];
  if (onset) events.push({ kind: 'onset', date: onset, day: 0 });
  for (const id of STUDY_IDS) {
    const s = c.studies[id];
    if (s.date && isIsoDate(s.date)) {
      events.push({ kind: 'study', study: id, date: s.date, day: dayOf(s.date), status: s.status });
    }
  }
  if (a.timing.xrayInformativeFrom) {
    const date = a.timing.xrayInformativeFrom;
    events.push({ kind: 'xray-informative', date, day: dayOf(date) });
  }
  if (isIsoDate(a.asOf)) events.push({ kind: 'today', date: a.asOf, day: dayOf(a.asOf) });
  return events
    .map((e, i) => ({ e, i }))
    .sort(
      (x, y) => x.e.date.localeCompare(y.e.date) || ORDER[x.e.kind] - ORDER[y.e.kind] || x.i - y.i,
    )
    .map(({ e }) => e);
}
