import { LAB_TITLES } from '../modalities/labs/words';
import { LAB_ANALYTES, type LabAnalyte } from '../case/schema';
import { ANALYTES, unitsOf } from '../modalities/labs/analytes';
import type { LocalizedText } from '../text';
import { localized, said } from '../words';

/**
 * Reading one lab value: its unit, conversion to one working unit, a plausibility check, and the
 * flag the reasoning uses. Pure and shared by the engine and the labs form, so the message beside
 * a field and what the engine does with the value can never disagree. Each analyte's factors,
 * entry limits and reference interval are its entry in the analyte table
 * (`modalities/labs/analytes.ts`).
 */

/**
 * Multiply a value in this unit by the factor to get the working unit (the unit with factor 1:
 * mg/dL for calcium, phosphate and creatinine, pg/mL for PTH, U/L for ALP).
 */
export const TO_WORKING_UNIT: Readonly<Record<LabAnalyte, Readonly<Record<string, number>>>> =
  Object.fromEntries(
    LAB_ANALYTES.map((a) => [a, Object.fromEntries(unitsOf(a).map(([u, f]) => [u, f.toWorking]))]),
  ) as Record<LabAnalyte, Record<string, number>>;

export type LabFlagValue = 'low' | 'normal' | 'high';

export type LabReading =
  /** Nothing entered. */
  | { readonly status: 'empty' }
  /** Only the lab's flag, no number. */
  | { readonly status: 'flag-only'; readonly flag: LabFlagValue }
  /** A number without a unit: not used until the unit is chosen. */
  | {
      readonly status: 'no-unit';
      readonly flag: LabFlagValue | undefined;
      readonly message: LocalizedText;
    }
  /** A number outside the entry limits: never used in the reasoning. */
  | {
      readonly status: 'implausible';
      readonly flag: LabFlagValue | undefined;
      readonly message: LocalizedText;
    }
  | {
      readonly status: 'ok';
      /** In the working unit (the one with factor 1 in TO_WORKING_UNIT). */
      readonly working: number;
      /** The lab's flag when given, else the flag from the cited reference interval, if any. */
      readonly flag: LabFlagValue | undefined;
      readonly flagSource: 'lab' | 'reference-range' | null;
      /** The reference interval's reading when it disagrees with the lab's flag. */
      readonly rangeFlag: LabFlagValue | undefined;
    };

/** Round for display: two significant decimals below 10, one below 100, whole numbers above. */
export function roundLab(v: number): number {
  const places = Math.abs(v) < 10 ? 2 : Math.abs(v) < 100 ? 1 : 0;
  const f = 10 ** places;
  return Math.round(v * f) / f;
}

function rangeFlag(analyte: LabAnalyte, working: number): LabFlagValue | undefined {
  const range = ANALYTES[analyte].referenceRange;
  if (!range) return undefined;
  return working < range.low ? 'low' : working > range.high ? 'high' : 'normal';
}

function implausibleMessage(analyte: LabAnalyte, value: number, unit: string): LocalizedText {
  const factor = TO_WORKING_UNIT[analyte][unit] ?? 1;
  const lim = ANALYTES[analyte].plausible;
  const low = lim.low / factor;
  const high = lim.high / factor;
  // If the same number read in the other unit would be plausible, say so: the usual slip.
  const other = Object.entries(TO_WORKING_UNIT[analyte]).find(
    ([u, f]) => u !== unit && value * f >= lim.low && value * f <= lim.high,
  );
  const n = LAB_TITLES[analyte];
  return localized(
    said('engine.labs.implausible', {
      analyte: n,
      value: roundLab(value),
      low: roundLab(low),
      high: roundLab(high),
      unit,
      otherUnit: other?.[0] ?? '',
    }),
  );
}

/**
 * How the engine reads one analyte as entered. `adultInterval: false` (a patient under 18) never
 * reads a value against the app's adult reference interval: only the reporting lab's own flag,
 * which is age-specific, counts (CALIPER: children's intervals differ from adults').
 */
export function readLab(
  analyte: LabAnalyte,
  v: { readonly value?: number; readonly unit?: string; readonly flag?: LabFlagValue } | undefined,
  opts: { readonly adultInterval?: boolean } = {},
): LabReading {
  const labFlag = v?.flag;
  if (!v || v.value === undefined) {
    return labFlag ? { status: 'flag-only', flag: labFlag } : { status: 'empty' };
  }
  const n = LAB_TITLES[analyte];
  if (!v.unit) {
    return {
      status: 'no-unit',
      flag: labFlag,
      message: localized(said('engine.labs.no-unit', { analyte: n })),
    };
  }
  const factor = TO_WORKING_UNIT[analyte][v.unit];
  const lim = ANALYTES[analyte].plausible;
  const working = factor === undefined ? NaN : v.value * factor;
  if (!Number.isFinite(working) || working < lim.low || working > lim.high) {
    return {
      status: 'implausible',
      flag: labFlag,
      message: implausibleMessage(analyte, v.value, v.unit),
    };
  }
  const fromRange = opts.adultInterval === false ? undefined : rangeFlag(analyte, working);
  return {
    status: 'ok',
    working,
    flag: labFlag ?? fromRange,
    flagSource: labFlag ? 'lab' : fromRange ? 'reference-range' : null,
    rangeFlag: labFlag && fromRange && fromRange !== labFlag ? fromRange : undefined,
  };
}

/** The flag the reasoning uses for this analyte, or undefined. */
export const flagOf = (r: LabReading): LabFlagValue | undefined =>
  r.status === 'empty' ? undefined : r.flag;

/** The message to show beside the field, if the value cannot be used as entered. */
export const fieldMessage = (r: LabReading): LocalizedText | null =>
  r.status === 'no-unit' || r.status === 'implausible' ? r.message : null;
