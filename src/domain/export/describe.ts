import type { Case, LabAnalyte, LabValue, StudyId, StudyStatus } from '../case/schema';
import { LAB_ANALYTES, STUDY_IDS } from '../case/schema';
import { daysBetween, isIsoDate } from '../dates';
import type { Lang } from '../text';
import {
  CROSS_FINDING,
  DEPTH,
  HISTOLOGY_FINDING,
  LAB_FLAG,
  LAB_NAMES,
  LATERALITY,
  PAIN,
  PHRASES,
  SCINT_FINDING,
  SEX_WORD,
  SKIN,
  SKIP_REASON,
  STUDY_NAMES,
  STUDY_STATUS,
  US_FINDING,
  XRAY_FINDING,
  fill,
} from './vocabulary';

/**
 * How dates and numbers are written. The feature layer passes the app's i18n formatters so that
 * exports read like the screen; the defaults (ISO dates, plain numbers) keep the domain testable.
 */
export interface Formatters {
  readonly date: (isoDate: string) => string;
  readonly number: (n: number) => string;
}

export const PLAIN_FORMATTERS: Formatters = {
  date: (d) => d,
  number: (n) => String(n),
};

/** One study of the case in words. Free text (`note`) is carried verbatim, never interpreted. */
export interface StudyFacts {
  readonly id: StudyId;
  readonly name: string;
  readonly status: StudyStatus;
  /** "done", "not done (not available)", "deferred"… */
  readonly statusText: string;
  /** Why it was skipped or deferred, in words. */
  readonly reason?: string;
  readonly date?: string;
  /** The recorded result in words, main finding first; empty when none was entered. */
  readonly findings: readonly string[];
  readonly hasResult: boolean;
  readonly note?: string;
}

export interface LabFact {
  readonly analyte: LabAnalyte;
  readonly name: string;
  readonly value?: number;
  readonly unit?: string;
  readonly flag?: NonNullable<LabValue['flag']>;
  /** "calcium 9.4 mg/dL (normal)". */
  readonly text: string;
}

export interface CaseFacts {
  /** Who the patient is and the venous background: "66-year-old man", "prior DVT", … */
  readonly history: readonly string[];
  /** The lesion: side, site, pain, skin. */
  readonly presentation: readonly string[];
  readonly onset?: { readonly date: string; readonly days: number | null };
  /** The clinician's free-text history, verbatim. */
  readonly background?: string;
  readonly labs: StudyFacts;
  readonly labValues: readonly LabFact[];
  /** Imaging and biopsy, in the order of the workup. */
  readonly studies: readonly StudyFacts[];
}

const IMAGING_AND_BIOPSY: readonly StudyId[] = STUDY_IDS.filter((id) => id !== 'labs');

function historyPhrases(c: Case, lang: Lang, fmt: Formatters): string[] {
  const p = c.patient;
  const out: string[] = [];
  if (p.age !== undefined && p.sex) {
    const phrase = fill(PHRASES.ageSex[lang], { age: p.age, sex: SEX_WORD[p.sex][lang] });
    out.push(capitalise(phrase));
  } else if (p.age !== undefined) out.push(capitalise(fill(PHRASES.age[lang], { age: p.age })));
  else if (p.sex) out.push(capitalise(SEX_WORD[p.sex][lang]));
  if (p.obesity === true) out.push(PHRASES.obesity[lang]);
  if (p.obesity === false) out.push(PHRASES.noObesity[lang]);
  const cviParts: string[] = [];
  if (p.longStandingCvi || p.cviYears !== undefined || p.ceap) {
    cviParts.push(p.longStandingCvi ? PHRASES.cviLongStanding[lang] : PHRASES.cvi[lang]);
    if (p.cviYears !== undefined)
      cviParts.push(fill(PHRASES.cviYears[lang], { years: fmt.number(p.cviYears) }));
    if (p.ceap) cviParts.push(`(${fill(PHRASES.ceap[lang], { ceap: p.ceap })})`);
    out.push(cviParts.join(' '));
  }
  if (p.priorDvt === true) out.push(PHRASES.priorDvt[lang]);
  if (p.priorDvt === false) out.push(PHRASES.noPriorDvt[lang]);
  if (p.immobility === true) out.push(PHRASES.immobility[lang]);
  if (p.kidneyDisease === true) out.push(PHRASES.kidneyDisease[lang]);
  if (p.kidneyDisease === false) out.push(PHRASES.noKidneyDisease[lang]);
  if (p.childhoodOnset === true) out.push(PHRASES.childhoodOnset[lang]);
  return out;
}

function presentationPhrases(c: Case, lang: Lang): string[] {
  const p = c.patient;
  const out: string[] = [];
  if (p.laterality) out.push(LATERALITY[p.laterality][lang]);
  if (p.lowerThird) out.push(PHRASES.lowerThird[lang]);
  if (p.posteriorLateral) out.push(PHRASES.posteriorLateral[lang]);
  if (p.pain) out.push(PAIN[p.pain][lang]);
  for (const s of p.skin ?? []) out.push(SKIN[s][lang]);
  return out;
}

function labFacts(c: Case, lang: Lang, fmt: Formatters): LabFact[] {
  const out: LabFact[] = [];
  for (const analyte of LAB_ANALYTES) {
    const v = c.studies.labs[analyte];
    if (!v || (v.value === undefined && v.flag === undefined)) continue;
    const name = LAB_NAMES[analyte][lang];
    const flag = v.flag ? LAB_FLAG[v.flag][lang] : undefined;
    const value = v.value !== undefined ? fmt.number(v.value) : undefined;
    const unit = v.unit ?? '';
    let phrase: string;
    if (value !== undefined && flag)
      phrase = fill(PHRASES.labValueFlag[lang], { name, value, unit, flag });
    else if (value !== undefined)
      phrase = unit
        ? fill(PHRASES.labValue[lang], { name, value, unit })
        : fill(PHRASES.labValueOnly[lang], { name, value });
    else phrase = fill(PHRASES.labFlagOnly[lang], { name, flag: flag ?? '' });
    out.push({
      analyte,
      name,
      ...(v.value !== undefined ? { value: v.value } : {}),
      ...(v.unit ? { unit: v.unit } : {}),
      ...(v.flag ? { flag: v.flag } : {}),
      text: phrase
        .replace(/\s+\(/g, ' (')
        .replace(/\s{2,}/g, ' ')
        .trim(),
    });
  }
  return out;
}

function findingsOf(c: Case, id: StudyId, lang: Lang, labs: readonly LabFact[]): string[] {
  const s = c.studies;
  const out: string[] = [];
  switch (id) {
    case 'labs':
      return labs.map((l) => l.text);
    case 'ultrasound':
      if (s.ultrasound.pattern) out.push(US_FINDING[s.ultrasound.pattern][lang]);
      if (s.ultrasound.depth) out.push(DEPTH[s.ultrasound.depth][lang]);
      return out;
    case 'xray':
      if (s.xray.pattern) out.push(XRAY_FINDING[s.xray.pattern][lang]);
      if (s.xray.depth) out.push(DEPTH[s.xray.depth][lang]);
      if (s.xray.periostitis === true) out.push(PHRASES.periostitis[lang]);
      if (s.xray.periostitis === false) out.push(PHRASES.noPeriostitis[lang]);
      return out;
    case 'scintigraphy':
      if (s.scintigraphy.pattern) out.push(SCINT_FINDING[s.scintigraphy.pattern][lang]);
      return out;
    case 'ct':
    case 'mri':
      if (s[id].pattern) out.push(CROSS_FINDING[s[id].pattern][lang]);
      if (s[id].depth) out.push(DEPTH[s[id].depth][lang]);
      return out;
    case 'biopsy':
      if (s.biopsy.histology) out.push(HISTOLOGY_FINDING[s.biopsy.histology][lang]);
      if (s.biopsy.woundProblem === true) out.push(PHRASES.woundProblem[lang]);
      return out;
  }
}

function studyFacts(c: Case, id: StudyId, lang: Lang, labs: readonly LabFact[]): StudyFacts {
  const s = c.studies[id];
  const findings = s.status === 'done' ? findingsOf(c, id, lang, labs) : [];
  const statusText =
    s.status === 'skipped' && s.reason
      ? fill(PHRASES.skippedBecause[lang], { reason: SKIP_REASON[s.reason][lang] })
      : s.status === 'deferred' && s.reason
        ? `${STUDY_STATUS.deferred[lang]} (${SKIP_REASON[s.reason][lang]})`
        : STUDY_STATUS[s.status][lang];
  return {
    id,
    name: STUDY_NAMES[id][lang],
    status: s.status,
    statusText,
    ...(s.reason && (s.status === 'skipped' || s.status === 'deferred')
      ? { reason: SKIP_REASON[s.reason][lang] }
      : {}),
    ...(s.date ? { date: s.date } : {}),
    findings,
    hasResult: findings.length > 0,
    ...(s.note && s.note.trim() ? { note: s.note } : {}),
  };
}

/** The case in words, for the summary page, the note and the FHIR Bundle alike. */
export function describeCase(
  c: Case,
  lang: Lang,
  today: string,
  fmt: Formatters = PLAIN_FORMATTERS,
): CaseFacts {
  const labValues = labFacts(c, lang, fmt);
  const onsetDate = c.patient.onsetDate;
  const onset =
    onsetDate && isIsoDate(onsetDate)
      ? {
          date: onsetDate,
          days: isIsoDate(today) && onsetDate <= today ? daysBetween(onsetDate, today) : null,
        }
      : undefined;
  return {
    history: historyPhrases(c, lang, fmt),
    presentation: presentationPhrases(c, lang),
    ...(onset ? { onset } : {}),
    ...(c.patient.history && c.patient.history.trim() ? { background: c.patient.history } : {}),
    labs: studyFacts(c, 'labs', lang, labValues),
    labValues,
    studies: IMAGING_AND_BIOPSY.map((id) => studyFacts(c, id, lang, labValues)),
  };
}

function capitalise(s: string): string {
  return s ? s.charAt(0).toLocaleUpperCase() + s.slice(1) : s;
}
