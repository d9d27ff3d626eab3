import type {
  CodeableConcept,
  Condition,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
} from '@medplum/fhirtypes';
import type { LocalizedText } from '../text';
import { localized, said } from '../words';
import { matchesCodes, type ConditionCodes } from './codes';

/**
 * What every read-in rule shares: the record's resources as they come in, where a value came
 * from, and the small readers of dates, words and condition statuses. Pure: nothing here fetches.
 */

/** What was read from the record for this patient. */
export interface RecordData {
  readonly patient?: Patient;
  readonly conditions: readonly Condition[];
  readonly observations: readonly Observation[];
  /** Medication orders and statements, and the Medication resources they point at. */
  readonly medicationRequests?: readonly MedicationRequest[];
  readonly medicationStatements?: readonly MedicationStatement[];
  readonly medications?: readonly Medication[];
  /** Searches the record refused: those fields were not read (the rest was). */
  readonly unread?: readonly RecordUnread[];
}

/** A search the record did not answer, and its answer (an HTTP status and the record's words). */
export interface RecordUnread {
  readonly resourceType: 'MedicationRequest' | 'MedicationStatement' | 'Medication';
  readonly detail: string;
}

/** Where a value came from: the resource type, its id in the record, its date, what it said. */
export interface RecordSource {
  readonly resourceType:
    'Patient' | 'Condition' | 'Observation' | 'MedicationRequest' | 'MedicationStatement';
  readonly id?: string;
  /** The date that matters: a result's effective date, a condition's onset or recorded date. */
  readonly date?: string;
  /** What the resource was, in the record's own words (a code's text or display). */
  readonly what: string;
}

/** Something the record holds for a field that was not filled in, and why. */
export interface Unused {
  readonly reason: LocalizedText;
  /** The references behind the reason, where it rests on a sourced figure. */
  readonly refs?: readonly string[];
  readonly source: RecordSource;
}

/** What one rule read: the value (if any) with its sources, and what it saw but did not use. */
export interface Reading<V> {
  readonly value?: {
    readonly value: V;
    readonly source: RecordSource;
    /** Further resources the value rests on (two drugs, say), each shown with its own date. */
    readonly also?: readonly RecordSource[];
    readonly note?: LocalizedText;
  };
  readonly notUsed: readonly Unused[];
}

export const NOTHING: Reading<never> = { notUsed: [] };

/** The record's own words for a code, shortened for display. */
export function words(cc: CodeableConcept | undefined, fallback: string): string {
  const t = cc?.text ?? cc?.coding?.find((k) => k.display)?.display ?? cc?.coding?.[0]?.code;
  const s = (t ?? fallback).trim();
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

export const dateOnly = (s: string | undefined): string | undefined =>
  s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;

/** Whole years from `from` to `to` (both YYYY-MM-DD): an age as people say it. */
export function wholeYears(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD, calendar days, no time zone). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type ConditionStatus = 'ok' | 'unconfirmed' | 'inactive' | 'ignore';

/** Whether a Condition counts: refuted or entered in error never do; tentative ones are shown. */
export function conditionStatus(cond: Condition): ConditionStatus {
  const ver = cond.verificationStatus?.coding?.[0]?.code;
  if (ver === 'refuted' || ver === 'entered-in-error') return 'ignore';
  if (ver && ver !== 'confirmed') return 'unconfirmed';
  const clinical = cond.clinicalStatus?.coding?.[0]?.code;
  if (clinical === 'inactive' || clinical === 'remission' || clinical === 'resolved')
    return 'inactive';
  return 'ok';
}

/** The date a Condition is dated by: its onset, else when it was recorded. */
export const conditionDate = (cond: Condition): string | undefined =>
  dateOnly(cond.onsetDateTime ?? cond.onsetPeriod?.start ?? cond.recordedDate);

export const conditionSource = (cond: Condition): RecordSource => {
  const date = conditionDate(cond);
  return {
    resourceType: 'Condition',
    ...(cond.id ? { id: cond.id } : {}),
    ...(date ? { date } : {}),
    what: words(cond.code, 'Condition'),
  };
};

export const matching = (record: RecordData, codes: ConditionCodes) =>
  record.conditions.filter((cond) => (cond.code?.coding ?? []).some((k) => matchesCodes(k, codes)));

export const NOT_CONFIRMED: LocalizedText = localized(said('record.not-confirmed'));

export const NO_LONGER_ACTIVE: LocalizedText = localized(said('record.no-longer-active'));

/** Final, amended or corrected: the result statuses a value is read from. */
export const RESULT_STATUSES = new Set(['final', 'amended', 'corrected']);

export const effective = (o: Observation): string | undefined =>
  o.effectiveDateTime ?? o.effectivePeriod?.start ?? o.issued;

export const notFinal = (status: string): LocalizedText =>
  localized(said('record.not-final', { status }));
