import type { Observation, Patient } from '@medplum/fhirtypes';
import type { LocalizedText } from '../../text';
import { plainFreeText } from '../inert';
import {
  ANTITHROMBOTIC,
  CKD,
  DIALYSIS,
  LATERALITY,
  PAIN,
  PREGNANCY,
  SKIN,
  WORSE_SIDE,
} from '../vocabulary';
import { CASE_ID_SYSTEM, CODE_TEXT, UCUM, V3_OBSERVATION_VALUE, category, codeText } from './codes';
import type { BundleContext, Entry } from './context';

/** The Patient: pseudonymous. No name, no birth date; the case id is the only identifier. */
export function patientEntry(ctx: BundleContext): Entry {
  const { c } = ctx;
  const patient: Patient = {
    resourceType: 'Patient',
    id: ctx.uuid('patient'),
    meta: {
      security: [{ system: V3_OBSERVATION_VALUE, code: 'PSEUDED', display: 'pseudonymized' }],
    },
    identifier: [{ system: CASE_ID_SYSTEM, value: c.id }],
    ...(c.patient.sex ? { gender: c.patient.sex } : {}),
  };
  return { key: 'patient', resource: patient };
}

type HistoryCategory = 'exam' | 'social-history';

/** Collects the history Observations, one per recorded item, in the order they are added. */
function historyCollector(ctx: BundleContext) {
  const entries: Entry[] = [];
  const L = (t: LocalizedText) => t[ctx.lang];
  const add = (
    key: string,
    code: LocalizedText,
    value: Partial<Observation>,
    cat?: HistoryCategory,
  ) => {
    const obs: Observation = {
      resourceType: 'Observation',
      id: ctx.uuid(`history-${key}`),
      status: 'final',
      ...(cat ? { category: category(cat) } : {}),
      code: codeText(L(code)),
      subject: ctx.subject,
      effectiveDateTime: ctx.a.asOf,
      ...value,
    };
    entries.push({ key: `history-${key}`, resource: obs });
  };
  const yesNo = (key: keyof typeof CODE_TEXT, v: boolean | undefined, cat?: 'exam') => {
    if (v !== undefined) add(key, CODE_TEXT[key], { valueBoolean: v }, cat);
  };
  const text = (key: keyof typeof CODE_TEXT, value: string, cat?: HistoryCategory) =>
    add(key, CODE_TEXT[key], { valueCodeableConcept: codeText(value) }, cat);
  return { entries, add, yesNo, text, L };
}

/** The age as a ten-year bracket (pseudonymity: not the exact age; 90 and over are pooled). */
function ageBracket(age: number, years: string): Partial<Observation> {
  const low = age >= 90 ? 90 : Math.floor(age / 10) * 10;
  return {
    valueRange: {
      low: { value: low, unit: years, system: UCUM, code: 'a' },
      ...(low < 90 ? { high: { value: low + 9, unit: years, system: UCUM, code: 'a' } } : {}),
    },
  };
}

/** History Observations: the venous background, the lesion and the free-text history. */
export function historyEntries(ctx: BundleContext): Entry[] {
  const p = ctx.c.patient;
  const { entries, add, yesNo, text, L } = historyCollector(ctx);
  if (p.age !== undefined) add('age', CODE_TEXT.ageBracket, ageBracket(p.age, L(CODE_TEXT.years)));
  yesNo('obesity', p.obesity, 'exam');
  if (p.cviYears !== undefined) {
    add('cviYears', CODE_TEXT.cviYears, {
      valueQuantity: { value: p.cviYears, unit: L(CODE_TEXT.years), system: UCUM, code: 'a' },
    });
  }
  yesNo('longStandingCvi', p.longStandingCvi);
  if (p.ceap) text('ceap', p.ceap, 'exam');
  yesNo('priorDvt', p.priorDvt);
  yesNo('immobility', p.immobility);
  if (p.onsetDate) add('onset', CODE_TEXT.onset, { valueDateTime: p.onsetDate });
  if (p.laterality) text('laterality', L(LATERALITY[p.laterality]), 'exam');
  if (p.laterality === 'bilateral' && p.worseSide)
    text('worseSide', L(WORSE_SIDE[p.worseSide]), 'exam');
  yesNo('lowerThird', p.lowerThird, 'exam');
  yesNo('posteriorLateral', p.posteriorLateral, 'exam');
  if (p.pain) text('pain', L(PAIN[p.pain]), 'exam');
  if (p.skin?.length) text('skin', p.skin.map((s) => L(SKIN[s])).join('; '), 'exam');
  if (p.ckd) text('ckd', L(CKD[p.ckd]));
  if (p.dialysis) text('dialysis', L(DIALYSIS[p.dialysis]));
  if (p.pregnancy) text('pregnancy', L(PREGNANCY[p.pregnancy]));
  if (p.antithrombotics?.length)
    text('antithrombotics', p.antithrombotics.map((a) => L(ANTITHROMBOTIC[a])).join('; '));
  yesNo('childhoodOnset', p.childhoodOnset);
  if (ctx.facts.background) {
    // A plain string: kept as typed, with controls shown as marks and bidi runs isolated.
    add('history', CODE_TEXT.history, { valueString: plainFreeText(ctx.facts.background, '') });
  }
  return entries;
}
