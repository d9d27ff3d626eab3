import type { Condition } from '@medplum/fhirtypes';
import { CKD, DIALYSIS, ckdCategory, type CkdCategory } from './codes';
import {
  NOT_CONFIRMED,
  NO_LONGER_ACTIVE,
  conditionDate,
  conditionSource,
  conditionStatus,
  matching,
  type Reading,
  type RecordData,
  type Unused,
} from './reading';
import { localized, said } from '../words';

/**
 * Kidney function from coded Conditions only. CKD needs its chronicity (more than three months,
 * KDIGO), so a single eGFR result never sets a category: only a CKD diagnosis in the record does,
 * with the KDIGO G category its code states (codes.ts), or "CKD present, category not known" when
 * it states none. Dialysis is read from a current "dependence on renal dialysis" Condition, never
 * from a dialysis Procedure (one session may be acute; chronic dependence is what is coded as a
 * Condition). Absence fills nothing: no CKD Condition is not "no CKD", and no dialysis Condition
 * is not "not on dialysis".
 */

/** A category stated by the condition's codes: the most specific one among its codings. */
function categoryOf(cond: Condition): CkdCategory | undefined {
  const found = (cond.code?.coding ?? [])
    .map(ckdCategory)
    .filter((c): c is CkdCategory => c !== undefined);
  return found.find((c) => c !== 'stage-unknown') ?? found[0];
}

const ORDER: readonly CkdCategory[] = ['G1', 'G2', 'G3a', 'G3b', 'G4', 'G5', 'stage-unknown'];

export function readCkd(record: RecordData): Reading<CkdCategory> {
  const notUsed: Unused[] = [];
  const current: { cond: Condition; category: CkdCategory; date?: string }[] = [];
  for (const cond of matching(record, CKD)) {
    const status = conditionStatus(cond);
    if (status === 'ignore') continue;
    const category = categoryOf(cond);
    if (!category) continue;
    if (status === 'unconfirmed')
      notUsed.push({ reason: NOT_CONFIRMED, source: conditionSource(cond) });
    else if (status === 'inactive')
      notUsed.push({ reason: NO_LONGER_ACTIVE, source: conditionSource(cond) });
    else {
      const date = conditionDate(cond);
      current.push({ cond, category, ...(date ? { date } : {}) });
    }
  }
  // The latest record stating a category; else the latest at all. On the same date, the more
  // advanced category (CKD does not go back a stage in a day).
  current.sort(
    (a, b) =>
      Number(a.category === 'stage-unknown') - Number(b.category === 'stage-unknown') ||
      (b.date ?? '').localeCompare(a.date ?? '') ||
      ORDER.indexOf(b.category) - ORDER.indexOf(a.category),
  );
  const [chosen, ...others] = current;
  if (!chosen) return { notUsed };
  for (const o of others)
    notUsed.push({
      reason: localized(said('record.kidney.other-record')),
      source: conditionSource(o.cond),
    });
  const stage3 = chosen.category === 'stage-unknown' && isStage3(chosen.cond);
  return {
    value: {
      value: chosen.category,
      source: conditionSource(chosen.cond),
      ...(stage3
        ? {
            note: localized(said('record.kidney.stage-3')),
          }
        : chosen.category === 'stage-unknown'
          ? {
              note: localized(said('record.kidney.no-category')),
            }
          : {}),
    },
    notUsed,
  };
}

/** ICD-10 N18.3 / ICD-10-CM N18.30, or SNOMED CT CKD stage 3 (433144002). */
function isStage3(cond: Condition): boolean {
  return (cond.code?.coding ?? []).some((k) => {
    const code = k.code?.trim().toUpperCase().replace('.', '');
    return code === 'N183' || code === 'N1830' || code === '433144002';
  });
}

export function readDialysis(record: RecordData): Reading<'yes'> {
  const notUsed: Unused[] = [];
  let value: Reading<'yes'>['value'];
  for (const cond of matching(record, DIALYSIS)) {
    const status = conditionStatus(cond);
    if (status === 'ignore') continue;
    if (status === 'unconfirmed')
      notUsed.push({ reason: NOT_CONFIRMED, source: conditionSource(cond) });
    else if (status === 'inactive')
      notUsed.push({ reason: NO_LONGER_ACTIVE, source: conditionSource(cond) });
    else value ??= { value: 'yes', source: conditionSource(cond) };
  }
  return value ? { value, notUsed } : { notUsed };
}
