import type { Condition } from '@medplum/fhirtypes';
import type { FieldError } from '../case/errors';
import { crossFieldErrors, parseCase } from '../case/parse';
import {
  LAB_ANALYTES,
  type Antithrombotic,
  type Case,
  type LabAnalyte,
  type LabValue,
  type Patient as CasePatient,
} from '../case/schema';
import { LAB_LOINC, LOINC } from '../export/fhir';
import type { LocalizedText } from '../text';
import { localized, said } from '../words';
import { readAntithrombotics } from './antithrombotics';
import { CVI, DVT, VARICOSE_VEINS, type CkdCategory, type ConditionCodes } from './codes';
import { readCkd, readDialysis } from './kidney';
import { readPregnancy } from './pregnancy';
import {
  NOTHING,
  NOT_CONFIRMED,
  RESULT_STATUSES,
  conditionSource,
  conditionStatus,
  dateOnly,
  effective,
  matching,
  notFinal,
  wholeYears,
  words,
  type Reading,
  type RecordData,
  type RecordSource,
  type RecordUnread,
  type Unused,
} from './reading';

export type { RecordData, RecordSource } from './reading';

/**
 * Reading a health record into a NEW case: each field of the case the record can fill is one
 * entry of `PREFILL_RULES`, which reads its value from the record's resources and says where it
 * came from. Pure: the resources come in, values and their sources go out; nothing here fetches
 * or stores. A value is only ever a suggestion: the clinician sees each with its source and date,
 * can change or drop it, and it is checked by the case schema like typed input (`applyPrefill`).
 *
 * What the record does not say stays empty: no Condition of DVT is not "no prior DVT", no CKD
 * Condition is not "no CKD", no anticoagulant order is not "none", so a yes/no field is filled
 * only with yes. The patient's name, identifiers and birth date are never read into the case; the
 * age is computed for today in whole years, as the case stores it.
 */

/** The value each field takes, as the case stores it. */
interface PrefillValues extends Record<LabAnalyte, LabValue> {
  readonly age: number;
  readonly sex: NonNullable<CasePatient['sex']>;
  readonly pregnancy: 'pregnant' | 'not-pregnant';
  readonly cviYears: number;
  readonly priorDvt: true;
  readonly ckd: CkdCategory;
  readonly dialysis: 'yes';
  readonly antithrombotics: Antithrombotic[];
}
export type PrefillFieldId = keyof PrefillValues;

export interface Filled<K extends PrefillFieldId = PrefillFieldId> {
  readonly field: K;
  readonly value: PrefillValues[K];
  readonly source: RecordSource;
  /** Further resources the value rests on (each drug of several), with their dates. */
  readonly also?: readonly RecordSource[];
  /** Something the clinician should know about the value (a unit converted, say). */
  readonly note?: LocalizedText;
}

/** Something the record holds for a field that was not filled in, and why. */
export interface NotUsed extends Unused {
  readonly field: PrefillFieldId;
}

/** How a field is read from the record and written into a case. */
interface PrefillRule<K extends PrefillFieldId> {
  readonly read: (record: RecordData, today: string) => Reading<PrefillValues[K]>;
  readonly apply: (c: Case, value: PrefillValues[K]) => Case;
}

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                     */
/* ------------------------------------------------------------------------------------------ */

const setPatient =
  <K extends keyof CasePatient>(key: K) =>
  (c: Case, value: CasePatient[K]): Case => ({ ...c, patient: { ...c.patient, [key]: value } });

/**
 * A yes/no field filled with "yes" by a confirmed Condition, current or past (a resolved DVT is a
 * prior DVT); a tentative one is shown, not filled.
 */
function yesFromConditions(codes: ConditionCodes) {
  return (record: RecordData): Reading<true> => {
    const notUsed: Unused[] = [];
    let value: Reading<true>['value'];
    for (const cond of matching(record, codes)) {
      const status = conditionStatus(cond);
      if (status === 'ignore') continue;
      if (status === 'unconfirmed')
        notUsed.push({ reason: NOT_CONFIRMED, source: conditionSource(cond) });
      else value ??= { value: true, source: conditionSource(cond) };
    }
    return value ? { value, notUsed } : { notUsed };
  };
}

/* ------------------------------------------------------------------------------------------ */
/* Labs                                                                                        */
/* ------------------------------------------------------------------------------------------ */

/**
 * The record's unit (UCUM code, else its printed unit) as a unit the case takes, with the factor
 * to multiply by. Only exact equivalences: ng/L is pg/mL; creatinine in mmol/L is 1000 µmol/L;
 * for an enzyme an international unit is the unit (1 µmol/min), and 1 µkat/L is 60 U/L.
 */
const UNIT_READINGS: Readonly<
  Record<LabAnalyte, Readonly<Record<string, { unit: string; factor: number }>>>
> = {
  calcium: { 'mg/dL': { unit: 'mg/dL', factor: 1 }, 'mmol/L': { unit: 'mmol/L', factor: 1 } },
  phosphate: { 'mg/dL': { unit: 'mg/dL', factor: 1 }, 'mmol/L': { unit: 'mmol/L', factor: 1 } },
  pth: {
    'pg/mL': { unit: 'pg/mL', factor: 1 },
    'ng/L': { unit: 'pg/mL', factor: 1 },
    'pmol/L': { unit: 'pmol/L', factor: 1 },
  },
  creatinine: {
    'mg/dL': { unit: 'mg/dL', factor: 1 },
    'umol/L': { unit: 'µmol/L', factor: 1 },
    'µmol/L': { unit: 'µmol/L', factor: 1 },
    'mmol/L': { unit: 'µmol/L', factor: 1000 },
  },
  alp: {
    'U/L': { unit: 'U/L', factor: 1 },
    '[IU]/L': { unit: 'U/L', factor: 1 },
    'IU/L': { unit: 'U/L', factor: 1 },
    'ukat/L': { unit: 'U/L', factor: 60 },
    'µkat/L': { unit: 'U/L', factor: 60 },
  },
};

/** The LOINC codes of each analyte, in every unit: what the read-in recognises. */
export const LAB_CODES: Readonly<Record<LabAnalyte, readonly string[]>> = Object.fromEntries(
  LAB_ANALYTES.map((a) => [a, Object.values(LAB_LOINC[a]).map((l) => l.code)]),
) as Record<LabAnalyte, string[]>;

const FLAGS: Readonly<Record<string, LabValue['flag']>> = {
  N: 'normal',
  L: 'low',
  LU: 'low',
  LL: 'low',
  H: 'high',
  HU: 'high',
  HH: 'high',
};

/** Round away the binary noise of a unit conversion, keeping every digit the lab gave. */
const clean = (n: number) => Number.parseFloat(n.toPrecision(12));

function labFromRecord(analyte: LabAnalyte) {
  return (record: RecordData): Reading<LabValue> => {
    const codes = new Set(LAB_CODES[analyte]);
    const found = record.observations
      .filter((o) =>
        (o.code.coding ?? []).some((k) => k.system === LOINC && codes.has(k.code ?? '')),
      )
      .sort((x, y) => (effective(y) ?? '').localeCompare(effective(x) ?? ''));
    const notUsed: Unused[] = [];
    for (const o of found) {
      // The record's words; a bare code is named by its LOINC display.
      const loinc = o.code.coding?.find((k) => k.system === LOINC && codes.has(k.code ?? ''));
      const known = Object.values(LAB_LOINC[analyte]).find((l) => l.code === loinc?.code);
      const bare = !o.code.text && !o.code.coding?.some((k) => k.display);
      const source: RecordSource = {
        resourceType: 'Observation',
        ...(o.id ? { id: o.id } : {}),
        ...(dateOnly(effective(o)) ? { date: dateOnly(effective(o)) } : {}),
        what: bare && known ? known.display : words(o.code, 'Observation'),
      };
      if (!RESULT_STATUSES.has(o.status)) {
        notUsed.push({ reason: notFinal(o.status), source });
        continue;
      }
      const q = o.valueQuantity;
      const recordUnit = q?.code ?? q?.unit ?? '';
      const reading = UNIT_READINGS[analyte][recordUnit];
      if (q?.value === undefined || !reading) {
        notUsed.push({
          reason:
            q?.value === undefined
              ? localized(said('record.lab.no-number'))
              : localized(said('record.lab.unit-not-taken', { unit: recordUnit })),
          source,
        });
        continue;
      }
      const flagCode = o.interpretation?.[0]?.coding?.find((k) => k.code && FLAGS[k.code])?.code;
      const flag = flagCode ? FLAGS[flagCode] : undefined;
      const read = clean(q.value * reading.factor);
      const value: LabValue = {
        value: read,
        unit: reading.unit as LabValue['unit'],
        ...(flag ? { flag } : {}),
      };
      const converted = reading.factor !== 1 || recordUnit !== reading.unit;
      return {
        value: {
          value,
          source,
          ...(converted
            ? {
                note: localized(
                  said('record.lab.converted', {
                    recorded: q.value,
                    recordUnit,
                    read,
                    unit: reading.unit,
                  }),
                ),
              }
            : {}),
        },
        notUsed,
      };
    }
    return { notUsed };
  };
}

const setLab =
  (analyte: LabAnalyte) =>
  (c: Case, value: LabValue): Case => ({
    ...c,
    studies: { ...c.studies, labs: { ...c.studies.labs, status: 'done', [analyte]: value } },
  });

/* ------------------------------------------------------------------------------------------ */
/* The table                                                                                   */
/* ------------------------------------------------------------------------------------------ */

const age: PrefillRule<'age'> = {
  read: (record, today) => {
    const birth = record.patient?.birthDate;
    if (!birth) return NOTHING;
    const source: RecordSource = { resourceType: 'Patient', what: 'birthDate' };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(birth)) {
      return {
        notUsed: [
          {
            reason: localized(said('record.age.birth-date-without-day')),
            source,
          },
        ],
      };
    }
    return { value: { value: wholeYears(birth, today), source }, notUsed: [] };
  },
  apply: setPatient('age'),
};

const sex: PrefillRule<'sex'> = {
  read: (record) => {
    const g = record.patient?.gender;
    if (!g) return NOTHING;
    const source: RecordSource = { resourceType: 'Patient', what: 'gender' };
    if (g === 'unknown')
      return {
        notUsed: [{ reason: localized(said('record.sex.unknown')), source }],
      };
    return { value: { value: g, source }, notUsed: [] };
  },
  apply: setPatient('sex'),
};

const cviYears: PrefillRule<'cviYears'> = {
  read: (record, today) => {
    const notUsed: Unused[] = [];
    let best: { onset: string; cond: Condition } | undefined;
    for (const cond of matching(record, CVI)) {
      const status = conditionStatus(cond);
      if (status === 'ignore') continue;
      if (status === 'unconfirmed') {
        notUsed.push({ reason: NOT_CONFIRMED, source: conditionSource(cond) });
        continue;
      }
      const onset = dateOnly(cond.onsetDateTime ?? cond.onsetPeriod?.start);
      if (!onset) {
        notUsed.push({
          reason: localized(said('record.cvi.no-onset')),
          source: conditionSource(cond),
        });
      } else if (!best || onset < best.onset) best = { onset, cond };
    }
    for (const cond of matching(record, VARICOSE_VEINS)) {
      if (conditionStatus(cond) === 'ignore') continue;
      notUsed.push({
        reason: localized(said('record.cvi.varicose-veins')),
        source: conditionSource(cond),
      });
    }
    if (!best) return { notUsed };
    return {
      value: {
        value: Math.max(0, wholeYears(best.onset, today)),
        source: conditionSource(best.cond),
      },
      notUsed,
    };
  },
  apply: setPatient('cviYears'),
};

/**
 * Every field the record can fill, one entry each, in the order the review shows them. A field
 * added to the case schema is read from the record by adding its entry here (and its value type
 * to `PrefillValues`). The side that is worse (bilateral lesions) is left to the clinician:
 * records rarely code it.
 */
const PREFILL_RULES: { readonly [K in PrefillFieldId]: PrefillRule<K> } = {
  age,
  sex,
  pregnancy: { read: readPregnancy, apply: setPatient('pregnancy') },
  cviYears,
  priorDvt: { read: yesFromConditions(DVT), apply: setPatient('priorDvt') },
  ckd: { read: readCkd, apply: setPatient('ckd') },
  dialysis: { read: readDialysis, apply: setPatient('dialysis') },
  antithrombotics: { read: readAntithrombotics, apply: setPatient('antithrombotics') },
  calcium: { read: labFromRecord('calcium'), apply: setLab('calcium') },
  phosphate: { read: labFromRecord('phosphate'), apply: setLab('phosphate') },
  pth: { read: labFromRecord('pth'), apply: setLab('pth') },
  creatinine: { read: labFromRecord('creatinine'), apply: setLab('creatinine') },
  alp: { read: labFromRecord('alp'), apply: setLab('alp') },
};

const PREFILL_FIELDS = Object.keys(PREFILL_RULES) as PrefillFieldId[];

/* ------------------------------------------------------------------------------------------ */
/* Into a case                                                                                 */
/* ------------------------------------------------------------------------------------------ */

export interface Prefill {
  /** The new case with every value that passed the case schema. */
  readonly case: Case;
  readonly filled: readonly Filled[];
  /** What the record held but was not filled in: the reason, or the schema's objection. */
  readonly notUsed: readonly NotUsed[];
  /** The fields a value could not be filled into, with the schema's errors (never silent). */
  readonly rejected: readonly { readonly filled: Filled; readonly errors: readonly FieldError[] }[];
  /** Searches the record refused (their fields were not read): said, never silent. */
  readonly unread: readonly RecordUnread[];
}

/** The case's own checks: the schema, then the cross-field rules (dates not in the future). */
export function checkCase(c: Case, today: string): { case?: Case; errors: FieldError[] } {
  const parsed = parseCase(c, today);
  if (!parsed.ok) return { errors: [...parsed.errors] };
  const cross = crossFieldErrors(parsed.value, today);
  return cross.length ? { errors: cross } : { case: parsed.value, errors: [] };
}

/** Apply one value to a case; returns the errors that stopped it (empty when applied). */
function applyValue<K extends PrefillFieldId>(
  c: Case,
  field: K,
  value: PrefillValues[K],
  today: string,
): { case: Case; errors: FieldError[] } {
  const checked = checkCase(PREFILL_RULES[field].apply(c, value), today);
  return checked.case ? { case: checked.case, errors: [] } : { case: c, errors: checked.errors };
}

/** The labs' date: the latest of the results filled in (never after today). */
function withLabsDate(c: Case, filled: readonly Filled[], today: string): Case {
  const dates = filled
    .filter((f) => (LAB_ANALYTES as readonly string[]).includes(f.field))
    .map((f) => f.source.date)
    .filter((d): d is string => d !== undefined && d <= today)
    .sort();
  const latest = dates[dates.length - 1];
  return latest
    ? { ...c, studies: { ...c.studies, labs: { ...c.studies.labs, date: latest } } }
    : c;
}

/**
 * Read the record into a new case: each rule in turn; a value the case schema refuses is listed
 * with its errors and left out, never forced in.
 */
export function prefillCase(base: Case, record: RecordData, today: string): Prefill {
  let c = base;
  const filled: Filled[] = [];
  const notUsed: NotUsed[] = [];
  const rejected: { filled: Filled; errors: FieldError[] }[] = [];
  for (const field of PREFILL_FIELDS) {
    const reading = (PREFILL_RULES[field].read as PrefillRule<typeof field>['read'])(record, today);
    notUsed.push(...reading.notUsed.map((n) => ({ ...n, field })));
    if (!reading.value) continue;
    const f = { field, ...reading.value } as Filled;
    const result = applyValue(c, field, f.value as never, today);
    if (result.errors.length) rejected.push({ filled: f, errors: result.errors });
    else {
      c = result.case;
      filled.push(f);
    }
  }
  return {
    case: withLabsDate(c, filled, today),
    filled,
    notUsed,
    rejected,
    unread: record.unread ?? [],
  };
}

/**
 * The labs of the case that are still exactly as read from the record: the record's Observation
 * id per analyte. A write-back points at those results instead of filing them a second time.
 */
export function unchangedRecordLabs(
  c: Case,
  filled: readonly Filled[],
): Partial<Record<LabAnalyte, string>> {
  const out: Partial<Record<LabAnalyte, string>> = {};
  for (const f of filled) {
    if (!(LAB_ANALYTES as readonly string[]).includes(f.field) || !f.source.id) continue;
    const analyte = f.field as LabAnalyte;
    const now = c.studies.labs[analyte];
    const was = f.value as LabValue;
    if (
      c.studies.labs.status === 'done' &&
      now?.value === was.value &&
      now?.unit === was.unit &&
      now?.flag === was.flag
    )
      out[analyte] = f.source.id;
  }
  return out;
}
