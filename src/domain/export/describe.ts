import type { Case, StudyId, StudyStatus } from '../case/schema';
import { STUDY_IDS } from '../case/schema';
import { daysBetween, isIsoDate } from '../dates';
import { describeStudy, hasResult, kindOf, STUDY_NAMES } from '../modalities';
import { labFacts, type LabFact } from '../modalities/labs/facts';
import type { Lang } from '../text';
import { PLAIN_FORMATTERS, type Formatters } from '../formatters';
import { isBlank } from './inert';
import {
  ANTITHROMBOTIC,
  CKD,
  DIALYSIS,
  LATERALITY,
  PAIN,
  PHRASES,
  PREGNANCY,
  SEX_WORD,
  SKIN,
  SKIP_REASON,
  STUDY_STATUS,
  WORSE_SIDE,
} from './vocabulary';
import { render, said } from '../words';

export { PLAIN_FORMATTERS, type Formatters } from '../formatters';
export type { LabFact } from '../modalities/labs/facts';

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
  /** The main result is entered (see the modality module); a secondary finding alone is not one. */
  readonly hasResult: boolean;
  readonly note?: string;
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

/** Imaging and biopsy: every study but the labs, whose values are listed one by one. */
const IMAGING_AND_BIOPSY: readonly StudyId[] = STUDY_IDS.filter((id) => kindOf(id) !== 'labs');

function historyPhrases(c: Case, lang: Lang, fmt: Formatters): string[] {
  const p = c.patient;
  const out: string[] = [];
  if (p.age !== undefined && p.sex) {
    const phrase = render(
      said('export.phrase.age-sex', { age: p.age, sex: SEX_WORD[p.sex][lang] }),
      lang,
    );
    out.push(capitalise(phrase));
  } else if (p.age !== undefined)
    out.push(capitalise(render(said('export.phrase.age', { age: p.age }), lang)));
  else if (p.sex) out.push(capitalise(SEX_WORD[p.sex][lang]));
  if (p.obesity === true) out.push(PHRASES.obesity[lang]);
  if (p.obesity === false) out.push(PHRASES.noObesity[lang]);
  const cviParts: string[] = [];
  if (p.longStandingCvi || p.cviYears !== undefined || p.ceap) {
    cviParts.push(p.longStandingCvi ? PHRASES.cviLongStanding[lang] : PHRASES.cvi[lang]);
    if (p.cviYears !== undefined)
      cviParts.push(
        render(said('export.phrase.cvi-years', { years: fmt.number(p.cviYears) }), lang),
      );
    if (p.ceap) cviParts.push(`(${render(said('export.phrase.ceap', { ceap: p.ceap }), lang)})`);
    out.push(cviParts.join(' '));
  }
  if (p.priorDvt === true) out.push(PHRASES.priorDvt[lang]);
  if (p.priorDvt === false) out.push(PHRASES.noPriorDvt[lang]);
  if (p.immobility === true) out.push(PHRASES.immobility[lang]);
  if (p.ckd) out.push(CKD[p.ckd][lang]);
  if (p.dialysis) out.push(DIALYSIS[p.dialysis][lang]);
  if (p.pregnancy) out.push(PREGNANCY[p.pregnancy][lang]);
  if (p.antithrombotics?.length)
    out.push(p.antithrombotics.map((a) => ANTITHROMBOTIC[a][lang]).join(' + '));
  if (p.childhoodOnset === true) out.push(PHRASES.childhoodOnset[lang]);
  return out;
}

function presentationPhrases(c: Case, lang: Lang): string[] {
  const p = c.patient;
  const out: string[] = [];
  if (p.laterality) out.push(LATERALITY[p.laterality][lang]);
  // The worse side only means something with both legs affected.
  if (p.laterality === 'bilateral' && p.worseSide) out.push(WORSE_SIDE[p.worseSide][lang]);
  if (p.lowerThird) out.push(PHRASES.lowerThird[lang]);
  if (p.posteriorLateral) out.push(PHRASES.posteriorLateral[lang]);
  if (p.pain) out.push(PAIN[p.pain][lang]);
  for (const s of p.skin ?? []) out.push(SKIN[s][lang]);
  return out;
}

function studyFacts(c: Case, id: StudyId, lang: Lang, fmt: Formatters): StudyFacts {
  const s = c.studies[id];
  const findings = s.status === 'done' ? describeStudy(id, s, lang, fmt) : [];
  const statusText =
    s.status === 'skipped' && s.reason
      ? render(said('export.phrase.skipped-because', { reason: SKIP_REASON[s.reason][lang] }), lang)
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
    hasResult: s.status === 'done' && hasResult(id, s),
    ...(s.note && !isBlank(s.note) ? { note: s.note } : {}),
  };
}

/** The case in words, for the summary page, the note and the FHIR Bundle alike. */
export function describeCase(
  c: Case,
  lang: Lang,
  today: string,
  fmt: Formatters = PLAIN_FORMATTERS,
): CaseFacts {
  const labValues = labFacts(c.studies.labs, lang, fmt);
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
    ...(c.patient.history && !isBlank(c.patient.history) ? { background: c.patient.history } : {}),
    labs: studyFacts(c, 'labs', lang, fmt),
    labValues,
    studies: IMAGING_AND_BIOPSY.map((id) => studyFacts(c, id, lang, fmt)),
  };
}

function capitalise(s: string): string {
  return s ? s.charAt(0).toLocaleUpperCase() + s.slice(1) : s;
}
