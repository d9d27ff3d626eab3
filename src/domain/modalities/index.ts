import type { ObservationComponent } from '@medplum/fhirtypes';
import type { Studies } from './core';
import { MODALITY_IDS, type ModalityId } from '../evidence/types';
import { PLAIN_FORMATTERS } from '../formatters';
import type { Lang, LocalizedText } from '../text';
import { textByLanguage } from '../text-by-language';
import { localized, said } from '../words';
import type { Reason } from '../reason';
import { biopsy } from './biopsy';
import { STEP_IDS, STEP_STUDIES, type StepId } from './core';
import { ct } from './cross-sectional/ct';
import { mri } from './cross-sectional/mri';
import { labs } from './labs';
import { scintigraphy } from './scintigraphy';
import type { ModalityRegistry, StudySignals } from './types';
import { ultrasound } from './ultrasound';
import { xray } from './xray';

export { STEP_STUDIES, MODALITY_CORES, kindOf } from './core';
export type { StepId, ModalityKind } from './core';
export type { ModalityRegistry, StudySignals } from './types';

/**
 * The modality registry: one module per investigation, in the order of the workup. Steps,
 * forms, findings, summaries, notes and exports are derived from it; a modality missing here is a
 * compile error.
 */
export const MODALITY_MODULES: ModalityRegistry = {
  labs,
  ultrasound,
  xray,
  scintigraphy,
  ct,
  mri,
  biopsy,
};

/**
 * The order in which the engine reads the done studies (each module's `readRank`): its findings
 * are listed, its normal result named and its advice tried in this order.
 */
export const READ_ORDER: readonly ModalityId[] = [...MODALITY_IDS].sort(
  (x, y) => MODALITY_MODULES[x].readRank - MODALITY_MODULES[y].readRank,
);

/*
 * Typed access for a modality known only at run time: the generic parameter ties the module to
 * its own study's type.
 */

/** The one definition of "has a result": the study's main result is entered. */
export const hasResult = <K extends ModalityId>(id: K, s: Studies[K]): boolean =>
  MODALITY_MODULES[id].hasResult(s);

/** What a (done) study says, for the engine. */
export const readStudy = <K extends ModalityId>(id: K, s: Studies[K]): StudySignals =>
  MODALITY_MODULES[id].read(s);

/** What a normal result of this study is worth against a deposit (its module says). */
export const normalReading = <K extends ModalityId>(
  id: K,
  s: Studies[K],
  day: number | null,
): Reason | null => MODALITY_MODULES[id].normalReading(s, day);

/** The study's findings in words, main result first. */
export const describeStudy = <K extends ModalityId>(
  id: K,
  s: Studies[K],
  lang: Lang,
  fmt = PLAIN_FORMATTERS,
): string[] => MODALITY_MODULES[id].describe(s, lang, fmt);

/** The finding Observation's code text and components, for a study with findings. */
export function fhirFinding<K extends ModalityId>(
  id: K,
  s: Studies[K],
  lang: Lang,
): { readonly code: string; readonly components: ObservationComponent[] } | undefined {
  const finding = MODALITY_MODULES[id].fhir.finding;
  return finding && { code: finding.code[lang], components: finding.components(s, lang) };
}

/** The name each study goes by in summaries, notes, open items and reasons. */
export const STUDY_NAMES: Readonly<Record<ModalityId, LocalizedText>> = Object.fromEntries(
  MODALITY_IDS.map((id) => [id, MODALITY_MODULES[id].studyName]),
) as Record<ModalityId, LocalizedText>;

/** The steps that are not studies, named for the note and the summary. */
const OTHER_STEP_NAMES = {
  patient: localized(said('modality.step.patient')),
  summary: localized(said('modality.step.summary')),
} as const;

/**
 * "CT or MRI", "TC o RM": a step that records several studies is named after all of them, joined
 * by each language's own "or" (`Intl.ListFormat`). Made when a language is first read: building
 * the formatters of every language as this module loads cost the case pages' start-up.
 */
const joinOr = (names: readonly LocalizedText[]): LocalizedText =>
  textByLanguage((lang) =>
    new Intl.ListFormat(lang, { type: 'disjunction' }).format(names.map((n) => n[lang])),
  );

/** The step names used for "next step", matching the wizard's steps. */
export const STEP_NAMES: Readonly<Record<StepId, LocalizedText>> = Object.fromEntries(
  STEP_IDS.map((step) => [
    step,
    step === 'patient' || step === 'summary'
      ? OTHER_STEP_NAMES[step]
      : joinOr(STEP_STUDIES[step].map((m) => STUDY_NAMES[m])),
  ]),
) as Record<StepId, LocalizedText>;
