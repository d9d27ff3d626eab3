import type {
  ANTITHROMBOTICS,
  CKD_STAGES,
  DIALYSIS_STATUSES,
  LATERALITIES,
  PREGNANCY_STATUSES,
  WORSE_SIDES,
  PAIN_LEVELS,
  SEXES,
  SKIN_SIGNS,
  SKIP_REASONS,
  StudyStatus,
} from '../case/schema';
import { FINDING_PHRASES } from '../modalities/words';
import { LAB_PHRASES } from '../modalities/labs/words';
import type { LocalizedText } from '../text';
import { localized, said } from '../words';

/**
 * The clinical wording of the summary and of every export, by concept, in every language. Each
 * sentence is written once per language in the clinical catalogues (`src/domain/words`, codes
 * `export.*`) and read here by its code, so that the summary page, the note for the record and
 * the FHIR Bundle describe a finding in exactly the same words; a sentence with values (an age,
 * a date) is a catalogue function that the exports render with its parameters. The words for
 * each modality's own findings, and its name, live in its module (`src/domain/modalities/`).
 */

type Vocab<T extends string> = Readonly<Record<T, LocalizedText>>;

export const STUDY_STATUS: Vocab<StudyStatus> = {
  'not-started': localized(said('export.study-status.not-done')),
  planned: localized(said('export.study-status.planned')),
  done: localized(said('export.study-status.done')),
  skipped: localized(said('export.study-status.not-done')),
  deferred: localized(said('export.study-status.deferred')),
};

export const SKIP_REASON: Vocab<(typeof SKIP_REASONS)[number]> = {
  'not-available': localized(said('export.skip-reason.not-available')),
  declined: localized(said('export.skip-reason.declined')),
  'not-indicated': localized(said('export.skip-reason.not-indicated')),
  other: localized(said('export.skip-reason.other')),
};

export const SEX_WORD: Vocab<(typeof SEXES)[number]> = {
  female: localized(said('export.sex.female')),
  male: localized(said('export.sex.male')),
  other: localized(said('export.sex.other')),
};

export const LATERALITY: Vocab<(typeof LATERALITIES)[number]> = {
  left: localized(said('export.laterality.left')),
  right: localized(said('export.laterality.right')),
  bilateral: localized(said('export.laterality.bilateral')),
};

export const WORSE_SIDE: Vocab<(typeof WORSE_SIDES)[number]> = {
  left: localized(said('export.worse-side.left')),
  right: localized(said('export.worse-side.right')),
  equal: localized(said('export.worse-side.equal')),
};

export const PREGNANCY: Vocab<(typeof PREGNANCY_STATUSES)[number]> = {
  'not-applicable': localized(said('export.pregnancy.not-applicable')),
  'not-pregnant': localized(said('export.pregnancy.not-pregnant')),
  possibly: localized(said('export.pregnancy.possibly')),
  pregnant: localized(said('export.pregnancy.pregnant')),
  unknown: localized(said('export.pregnancy.unknown')),
};

export const ANTITHROMBOTIC: Vocab<(typeof ANTITHROMBOTICS)[number]> = {
  none: localized(said('export.antithrombotic.none')),
  'anticoagulant-vka': localized(said('export.antithrombotic.anticoagulant-vka')),
  'anticoagulant-other': localized(said('export.antithrombotic.anticoagulant-other')),
  antiplatelet: localized(said('export.antithrombotic.antiplatelet')),
  unknown: localized(said('export.antithrombotic.unknown')),
};

export const CKD: Vocab<(typeof CKD_STAGES)[number]> = {
  none: localized(said('export.ckd.none')),
  G1: localized(said('export.ckd.g1')),
  G2: localized(said('export.ckd.g2')),
  G3a: localized(said('export.ckd.g3a')),
  G3b: localized(said('export.ckd.g3b')),
  G4: localized(said('export.ckd.g4')),
  G5: localized(said('export.ckd.g5')),
  'stage-unknown': localized(said('export.ckd.stage-unknown')),
  unknown: localized(said('export.ckd.unknown')),
};

export const DIALYSIS: Vocab<(typeof DIALYSIS_STATUSES)[number]> = {
  yes: localized(said('export.dialysis.yes')),
  no: localized(said('export.dialysis.no')),
  unknown: localized(said('export.dialysis.unknown')),
};

export const PAIN: Vocab<(typeof PAIN_LEVELS)[number]> = {
  none: localized(said('export.pain.none')),
  mild: localized(said('export.pain.mild')),
  moderate: localized(said('export.pain.moderate')),
  severe: localized(said('export.pain.severe')),
};

export const SKIN: Vocab<(typeof SKIN_SIGNS)[number]> = {
  normal: localized(said('export.skin.normal')),
  'cvi-changes': localized(said('export.skin.cvi-changes')),
  'venous-ulcer': localized(said('export.skin.venous-ulcer')),
  'livedo-racemosa': localized(said('export.skin.livedo-racemosa')),
  necrosis: localized(said('export.skin.necrosis')),
};

/** Phrases used to write the history line and the findings. */
export const PHRASES = {
  obesity: localized(said('export.phrase.obesity')),
  noObesity: localized(said('export.phrase.no-obesity')),
  cvi: localized(said('export.phrase.cvi')),
  cviLongStanding: localized(said('export.phrase.cvi-long-standing')),
  priorDvt: localized(said('export.phrase.prior-dvt')),
  noPriorDvt: localized(said('export.phrase.no-prior-dvt')),
  immobility: localized(said('export.phrase.immobility')),
  childhoodOnset: localized(said('export.phrase.childhood-onset')),
  hardening: localized(said('export.phrase.hardening')),
  lowerThird: localized(said('export.phrase.lower-third')),
  posteriorLateral: localized(said('export.phrase.posterior-lateral')),
  noResult: localized(said('export.phrase.no-result')),
  // The words of the studies' own findings live with the studies; listed here too so that
  // every phrase of the summary and the exports can be read in one object.
  ...FINDING_PHRASES,
  ...LAB_PHRASES,
} as const;

/** Section headings and fixed lines of the note for the record. */
export const NOTE = {
  subtitle: localized(said('export.note.subtitle')),
  date: localized(said('export.note.heading.date')),
  overAYearSinceOnset: localized(said('export.note.over-a-year-since-onset')),
  urgent: localized(said('export.note.urgent')),
  history: localized(said('export.note.heading.history')),
  background: localized(said('export.note.heading.background')),
  labs: localized(said('export.note.heading.labs')),
  findings: localized(said('export.note.heading.findings')),
  notDone: localized(said('export.note.heading.not-done')),
  labsNotDone: localized(said('export.note.labs-not-done')),
  assessment: localized(said('export.note.heading.assessment')),
  labFlag: localized(said('export.note.heading.lab-flag')),
  fullNote: localized(said('export.note.full-note')),
  riskProfile: localized(said('export.note.heading.risk-profile')),
  differential: localized(said('export.note.heading.differential')),
  raised: localized(said('export.note.raised')),
  consider: localized(said('export.note.consider')),
  plan: localized(said('export.note.heading.plan')),
  nextStep: localized(said('export.note.heading.next-step')),
  appropriateNow: localized(said('export.note.heading.appropriate-now')),
  open: localized(said('export.note.heading.open')),
  nothingOpen: localized(said('export.note.nothing-open')),
  extrapolated: localized(said('probability.extrapolated')),
  timing: localized(said('export.note.heading.timing')),
  references: localized(said('export.note.heading.references')),
} as const;
