import type { Observation } from '@medplum/fhirtypes';
import { asksPregnancyOf } from '../engine/patient';
import { PREGNANCY_MAX_WEEKS } from '../evidence/patient';
import { LOINC } from '../export/fhir/codes';
import type { LocalizedText } from '../text';
import { localized, said as statement } from '../words';
import { PREGNANCY_ANSWERS, PREGNANCY_CONDITION, PREGNANCY_STATUS_LOINC } from './codes';
import {
  NOT_CONFIRMED,
  RESULT_STATUSES,
  conditionDate,
  conditionSource,
  conditionStatus,
  dateOnly,
  daysBetween,
  effective,
  matching,
  notFinal,
  wholeYears,
  words,
  type Reading,
  type RecordData,
  type RecordSource,
  type Unused,
} from './reading';

/**
 * Pregnancy status from the record: LOINC 82810-3 "Pregnancy status" Observations (their SNOMED
 * CT or LOINC answer) and an active, confirmed pregnancy Condition. Pregnancy status changes, so
 * the latest dated statement decides, and its age matters:
 * - "not pregnant" is used only if recorded today; an older one is shown with its date ("ask
 *   again today") and the field stays empty, which the engine reads as unknown (it asks);
 * - "pregnant" (Observation or active Condition) recorded within the last 42 weeks is filled (the
 *   cautious answer: no ionising study is offered as if she were not), with a note to confirm it;
 *   an older one belongs to a pregnancy that has ended and is shown, not filled;
 * - "unknown" fills nothing (it is what an empty field already means).
 * The status is read only for whom the engine asks (a woman, or sex not recorded, of childbearing
 * age or age not recorded, as read from the same record); "pregnant" is filled whoever it is
 * recorded for, as the engine honours it whatever the recorded sex and age.
 */

type Said = 'pregnant' | 'not-pregnant' | 'unknown';

interface Statement {
  readonly said: Said;
  readonly date?: string;
  readonly source: RecordSource;
}

const isPregnancyStatus = (o: Observation) =>
  (o.code.coding ?? []).some((k) => k.system === LOINC && k.code === PREGNANCY_STATUS_LOINC);

function answerOf(o: Observation): Said | undefined {
  for (const k of o.valueCodeableConcept?.coding ?? []) {
    const said = k.system && k.code ? PREGNANCY_ANSWERS[k.system]?.[k.code] : undefined;
    if (said) return said;
  }
  return undefined;
}

const LATER: LocalizedText = localized(statement('record.pregnancy.later'));

/** The dated pregnancy-status Observations with an answer the app knows; the rest, said why. */
function observationStatements(record: RecordData, notUsed: Unused[]): Statement[] {
  const statements: Statement[] = [];
  for (const o of record.observations.filter(isPregnancyStatus)) {
    const date = dateOnly(effective(o));
    const source: RecordSource = {
      resourceType: 'Observation',
      ...(o.id ? { id: o.id } : {}),
      ...(date ? { date } : {}),
      what: words(o.valueCodeableConcept, '') || words(o.code, 'Pregnancy status'),
    };
    if (!RESULT_STATUSES.has(o.status)) {
      if (o.status !== 'entered-in-error') notUsed.push({ reason: notFinal(o.status), source });
      continue;
    }
    const said = answerOf(o);
    if (!said) {
      notUsed.push({
        reason: localized(statement('record.pregnancy.unknown-code')),
        source,
      });
      continue;
    }
    if (!date) {
      notUsed.push({
        reason: localized(statement('record.pregnancy.no-date')),
        source,
      });
      continue;
    }
    statements.push({ said, date, source });
  }
  return statements;
}

/** Active, confirmed, dated pregnancy Conditions ("pregnant"); an ended one says nothing of today. */
function conditionStatements(record: RecordData, notUsed: Unused[]): Statement[] {
  const statements: Statement[] = [];
  for (const cond of matching(record, PREGNANCY_CONDITION)) {
    const status = conditionStatus(cond);
    if (status === 'ignore' || status === 'inactive') continue;
    const source = conditionSource(cond);
    if (status === 'unconfirmed') {
      notUsed.push({ reason: NOT_CONFIRMED, source });
      continue;
    }
    const date = conditionDate(cond);
    if (!date) {
      notUsed.push({
        reason: localized(statement('record.pregnancy.current-no-date')),
        source,
      });
      continue;
    }
    statements.push({ said: 'pregnant', date, source });
  }
  return statements;
}

/** "Pregnant", filled when recorded within the last 42 weeks (with a note unless it is today's). */
function pregnantReading(
  latest: Statement,
  age: number,
  notUsed: Unused[],
): Reading<'pregnant' | 'not-pregnant'> {
  const { weeks, ref } = PREGNANCY_MAX_WEEKS;
  if (age > weeks * 7) {
    notUsed.push({
      reason: localized(statement('record.pregnancy.ended', { weeks })),
      refs: [ref],
      source: latest.source,
    });
    return { notUsed };
  }
  return {
    value: {
      value: 'pregnant',
      source: latest.source,
      ...(age > 0
        ? {
            note: localized(statement('record.pregnancy.before-today')),
          }
        : {}),
    },
    notUsed,
  };
}

/** "Not pregnant" or "unknown": only for whom the engine asks, and "not pregnant" only today's. */
function notPregnantReading(
  record: RecordData,
  latest: Statement,
  age: number,
  today: string,
  notUsed: Unused[],
): Reading<'pregnant' | 'not-pregnant'> {
  const p = record.patient;
  const birth = p?.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(p.birthDate) ? p.birthDate : undefined;
  const asked = asksPregnancyOf({
    ...(p?.gender === 'male' ? { sex: 'male' as const } : {}),
    ...(birth ? { age: wholeYears(birth, today) } : {}),
  });
  if (!asked) return { notUsed };
  if (latest.said === 'unknown') {
    notUsed.push({
      reason: localized(statement('record.pregnancy.not-known')),
      source: latest.source,
    });
    return { notUsed };
  }
  if (age !== 0) {
    notUsed.push({
      reason: localized(statement('record.pregnancy.ask-again')),
      source: latest.source,
    });
    return { notUsed };
  }
  return { value: { value: 'not-pregnant', source: latest.source }, notUsed };
}

export function readPregnancy(
  record: RecordData,
  today: string,
): Reading<'pregnant' | 'not-pregnant'> {
  const notUsed: Unused[] = [];
  const statements = [
    ...observationStatements(record, notUsed),
    ...conditionStatements(record, notUsed),
  ];
  // The latest statement decides; on the same day, "pregnant" comes first (the cautious reading).
  statements.sort(
    (a, b) =>
      (b.date ?? '').localeCompare(a.date ?? '') ||
      Number(b.said === 'pregnant') - Number(a.said === 'pregnant'),
  );
  const [latest, ...earlier] = statements;
  for (const s of earlier) notUsed.push({ reason: LATER, source: s.source });
  if (!latest?.date) return { notUsed };
  const age = daysBetween(latest.date, today);
  return latest.said === 'pregnant'
    ? pregnantReading(latest, age, notUsed)
    : notPregnantReading(record, latest, age, today, notUsed);
}
