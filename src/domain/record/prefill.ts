import type { CodeableConcept, Condition, Observation, Patient } from '@medplum/fhirtypes';
import type { FieldError } from '../case/errors';
import { crossFieldErrors, parseCase } from '../case/parse';
import {
  LAB_ANALYTES,
  type Case,
  type LabAnalyte,
  type LabValue,
  type Patient as CasePatient,
} from '../case/schema';
import { LAB_LOINC, LOINC } from '../export/fhir';
import type { LocalizedText } from '../text';
import { CVI, DVT, KIDNEY, VARICOSE_VEINS, matchesCodes, type ConditionCodes } from './codes';

/**
 * Reading a health record into a NEW case: each field of the case the record can fill is one
 * entry of `PREFILL_RULES`, which reads its value from the record's resources and says where it
 * came from. Pure: the resources come in, values and their sources go out; nothing here fetches
 * or stores. A value is only ever a suggestion: the clinician sees each with its source and date,
 * can change or drop it, and it is checked by the case schema like typed input (`applyPrefill`).
 *
 * What the record does not say stays empty: no Condition of DVT is not "no prior DVT", so a
 * yes/no field is filled only with yes. The patient's name, identifiers and birth date are never
 * read into the case; the age is computed for today in whole years, as the case stores it.
 */

/** What was read from the record for this patient. */
export interface RecordData {
  readonly patient?: Patient;
  readonly conditions: readonly Condition[];
  readonly observations: readonly Observation[];
}

/** Where a value came from: the resource type, its id in the record, its date, what it said. */
export interface RecordSource {
  readonly resourceType: 'Patient' | 'Condition' | 'Observation';
  readonly id?: string;
  /** The date that matters: a result's effective date, a condition's onset or recorded date. */
  readonly date?: string;
  /** What the resource was, in the record's own words (a code's text or display). */
  readonly what: string;
}

/** The value each field takes, as the case stores it. */
interface PrefillValues extends Record<LabAnalyte, LabValue> {
  readonly age: number;
  readonly sex: NonNullable<CasePatient['sex']>;
  readonly cviYears: number;
  readonly priorDvt: true;
  readonly ckd: 'stage-unknown';
}
export type PrefillFieldId = keyof PrefillValues;

export interface Filled<K extends PrefillFieldId = PrefillFieldId> {
  readonly field: K;
  readonly value: PrefillValues[K];
  readonly source: RecordSource;
  /** Something the clinician should know about the value (a unit converted, say). */
  readonly note?: LocalizedText;
}

/** Something the record holds for a field that was not filled in, and why. */
export interface NotUsed {
  readonly field: PrefillFieldId;
  readonly reason: LocalizedText;
  readonly source: RecordSource;
}

interface Reading<V> {
  readonly value?: {
    readonly value: V;
    readonly source: RecordSource;
    readonly note?: LocalizedText;
  };
  readonly notUsed: readonly Omit<NotUsed, 'field'>[];
}

/** How a field is read from the record and written into a case. */
interface PrefillRule<K extends PrefillFieldId> {
  readonly read: (record: RecordData, today: string) => Reading<PrefillValues[K]>;
  readonly apply: (c: Case, value: PrefillValues[K]) => Case;
}

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                     */
/* ------------------------------------------------------------------------------------------ */

const NOTHING: Reading<never> = { notUsed: [] };

/** The record's own words for a code, shortened for display. */
function words(cc: CodeableConcept | undefined, fallback: string): string {
  const t = cc?.text ?? cc?.coding?.find((k) => k.display)?.display ?? cc?.coding?.[0]?.code;
  const s = (t ?? fallback).trim();
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

const dateOnly = (s: string | undefined): string | undefined =>
  s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;

/** Whole years from `from` to `to` (both YYYY-MM-DD): an age as people say it. */
function wholeYears(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

const setPatient =
  <K extends keyof CasePatient>(key: K) =>
  (c: Case, value: CasePatient[K]): Case => ({ ...c, patient: { ...c.patient, [key]: value } });

type Status = 'ok' | 'unconfirmed' | 'inactive' | 'ignore';

/** Whether a Condition counts: refuted or entered in error never do; tentative ones are shown. */
function conditionStatus(cond: Condition): Status {
  const ver = cond.verificationStatus?.coding?.[0]?.code;
  if (ver === 'refuted' || ver === 'entered-in-error') return 'ignore';
  if (ver && ver !== 'confirmed') return 'unconfirmed';
  const clinical = cond.clinicalStatus?.coding?.[0]?.code;
  if (clinical === 'inactive' || clinical === 'remission' || clinical === 'resolved')
    return 'inactive';
  return 'ok';
}

const conditionSource = (cond: Condition): RecordSource => ({
  resourceType: 'Condition',
  ...(cond.id ? { id: cond.id } : {}),
  ...(dateOnly(cond.onsetDateTime ?? cond.onsetPeriod?.start ?? cond.recordedDate)
    ? { date: dateOnly(cond.onsetDateTime ?? cond.onsetPeriod?.start ?? cond.recordedDate) }
    : {}),
  what: words(cond.code, 'Condition'),
});

const matching = (record: RecordData, codes: ConditionCodes) =>
  record.conditions.filter((cond) => (cond.code?.coding ?? []).some((k) => matchesCodes(k, codes)));

const NOT_CONFIRMED: LocalizedText = {
  en: 'Recorded as not confirmed (provisional, differential or unconfirmed).',
  es: 'Registrado como no confirmado (provisional, diferencial o sin confirmar).',
};

/** A yes/no field filled with "yes" by a confirmed Condition (and, if `active`, a current one). */
function yesFromConditions(codes: ConditionCodes, active: boolean) {
  return (record: RecordData): Reading<true> => {
    const notUsed: Omit<NotUsed, 'field'>[] = [];
    let value: Reading<true>['value'];
    for (const cond of matching(record, codes)) {
      const status = conditionStatus(cond);
      if (status === 'ignore') continue;
      if (status === 'unconfirmed') {
        notUsed.push({ reason: NOT_CONFIRMED, source: conditionSource(cond) });
      } else if (status === 'inactive' && active) {
        notUsed.push({
          reason: {
            en: 'Recorded as no longer active (inactive, in remission or resolved).',
            es: 'Registrado como ya no activo (inactivo, en remisión o resuelto).',
          },
          source: conditionSource(cond),
        });
      } else {
        value ??= { value: true, source: conditionSource(cond) };
      }
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

const RESULT_STATUSES = new Set(['final', 'amended', 'corrected']);

const effective = (o: Observation): string | undefined =>
  o.effectiveDateTime ?? o.effectivePeriod?.start ?? o.issued;

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
    const notUsed: Omit<NotUsed, 'field'>[] = [];
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
        notUsed.push({
          reason: {
            en: `Not a final result (status ${o.status}).`,
            es: `No es un resultado definitivo (estado ${o.status}).`,
          },
          source,
        });
        continue;
      }
      const q = o.valueQuantity;
      const recordUnit = q?.code ?? q?.unit ?? '';
      const reading = UNIT_READINGS[analyte][recordUnit];
      if (q?.value === undefined || !reading) {
        notUsed.push({
          reason:
            q?.value === undefined
              ? { en: 'The result has no number.', es: 'El resultado no tiene un número.' }
              : {
                  en: `In ${recordUnit || 'no unit'}, a unit the case does not take: enter it by hand.`,
                  es: `En ${recordUnit || 'ninguna unidad'}, una unidad que el caso no admite: escríbalo a mano.`,
                },
          source,
        });
        continue;
      }
      const flagCode = o.interpretation?.[0]?.coding?.find((k) => k.code && FLAGS[k.code])?.code;
      const flag = flagCode ? FLAGS[flagCode] : undefined;
      const value: LabValue = {
        value: clean(q.value * reading.factor),
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
                note: {
                  en: `Recorded as ${q.value} ${recordUnit}, read as ${value.value} ${reading.unit}.`,
                  es: `Registrado como ${q.value} ${recordUnit}, leído como ${value.value} ${reading.unit}.`,
                },
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
            reason: {
              en: 'The birth date is recorded without its day: enter the age by hand.',
              es: 'La fecha de nacimiento consta sin el día: escriba la edad a mano.',
            },
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
        notUsed: [
          { reason: { en: 'Recorded as unknown.', es: 'Registrado como desconocido.' }, source },
        ],
      };
    return { value: { value: g, source }, notUsed: [] };
  },
  apply: setPatient('sex'),
};

const cviYears: PrefillRule<'cviYears'> = {
  read: (record, today) => {
    const notUsed: Omit<NotUsed, 'field'>[] = [];
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
          reason: {
            en: 'Recorded without an onset date: enter the years by hand.',
            es: 'Registrada sin fecha de inicio: escriba los años a mano.',
          },
          source: conditionSource(cond),
        });
      } else if (!best || onset < best.onset) best = { onset, cond };
    }
    for (const cond of matching(record, VARICOSE_VEINS)) {
      if (conditionStatus(cond) === 'ignore') continue;
      notUsed.push({
        reason: {
          en: 'Varicose veins are not counted as chronic venous insufficiency: if the insufficiency began then, enter its years by hand.',
          es: 'Las varices no se cuentan como insuficiencia venosa crónica: si la insuficiencia empezó entonces, escriba sus años a mano.',
        },
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
 * added to the case schema (pregnancy status, antithrombotic drugs, CKD stage …) is read from the
 * record by adding its entry here (and its value type to `PrefillValues`).
 */
const PREFILL_RULES: { readonly [K in PrefillFieldId]: PrefillRule<K> } = {
  age,
  sex,
  cviYears,
  priorDvt: { read: yesFromConditions(DVT, false), apply: setPatient('priorDvt') },
  // A kidney Condition says CKD is present; its KDIGO category is for the clinician to choose.
  ckd: {
    read: (record) => {
      const r = yesFromConditions(KIDNEY, true)(record);
      return r.value
        ? { value: { ...r.value, value: 'stage-unknown' as const }, notUsed: r.notUsed }
        : { notUsed: r.notUsed };
    },
    apply: setPatient('ckd'),
  },
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
  return { case: withLabsDate(c, filled, today), filled, notUsed, rejected };
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
