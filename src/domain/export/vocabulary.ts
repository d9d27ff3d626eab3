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

/**
 * The clinical wording of the summary and of every export, in both languages. It lives in the
 * domain (not in the UI dictionaries) so that the summary page, the note for the record and the
 * FHIR Bundle describe a finding in exactly the same words. The words for each modality's own
 * findings, and its name, live in its module (`src/domain/modalities/`).
 */

type Vocab<T extends string> = Readonly<Record<T, LocalizedText>>;

export const STUDY_STATUS: Vocab<StudyStatus> = {
  'not-started': { en: 'not done', es: 'no realizada' },
  planned: { en: 'requested, result awaited', es: 'solicitada, pendiente de resultado' },
  done: { en: 'done', es: 'realizada' },
  skipped: { en: 'not done', es: 'no realizada' },
  deferred: { en: 'deferred', es: 'aplazada' },
};

export const SKIP_REASON: Vocab<(typeof SKIP_REASONS)[number]> = {
  'not-available': { en: 'not available', es: 'no disponible' },
  declined: { en: 'declined by the patient', es: 'rechazada por el paciente' },
  'not-indicated': { en: 'not indicated', es: 'no indicada' },
  other: { en: 'other reason', es: 'otro motivo' },
};

export const SEX_WORD: Vocab<(typeof SEXES)[number]> = {
  female: { en: 'woman', es: 'mujer' },
  male: { en: 'man', es: 'varón' },
  other: { en: 'patient', es: 'paciente' },
};

export const LATERALITY: Vocab<(typeof LATERALITIES)[number]> = {
  left: { en: 'left leg', es: 'pierna izquierda' },
  right: { en: 'right leg', es: 'pierna derecha' },
  bilateral: { en: 'both legs', es: 'ambas piernas' },
};

export const WORSE_SIDE: Vocab<(typeof WORSE_SIDES)[number]> = {
  left: { en: 'worse on the left', es: 'peor la izquierda' },
  right: { en: 'worse on the right', es: 'peor la derecha' },
  equal: { en: 'both alike', es: 'ambas por igual' },
};

export const PREGNANCY: Vocab<(typeof PREGNANCY_STATUSES)[number]> = {
  'not-applicable': { en: 'pregnancy not applicable', es: 'embarazo no aplicable' },
  'not-pregnant': { en: 'not pregnant', es: 'no embarazada' },
  possibly: { en: 'possibly pregnant', es: 'posiblemente embarazada' },
  pregnant: { en: 'pregnant', es: 'embarazada' },
  unknown: { en: 'pregnancy status not known', es: 'estado de embarazo desconocido' },
};

export const ANTITHROMBOTIC: Vocab<(typeof ANTITHROMBOTICS)[number]> = {
  none: { en: 'no antithrombotic drug', es: 'sin antitrombóticos' },
  'anticoagulant-vka': {
    en: 'vitamin K antagonist (warfarin)',
    es: 'antagonista de la vitamina K (warfarina)',
  },
  'anticoagulant-other': { en: 'other anticoagulant', es: 'otro anticoagulante' },
  antiplatelet: { en: 'antiplatelet drug', es: 'antiagregante' },
  unknown: {
    en: 'antithrombotic drugs not known',
    es: 'antitrombóticos desconocidos',
  },
};

export const CKD: Vocab<(typeof CKD_STAGES)[number]> = {
  none: { en: 'no chronic kidney disease', es: 'sin enfermedad renal crónica' },
  G1: { en: 'chronic kidney disease G1', es: 'enfermedad renal crónica G1' },
  G2: { en: 'chronic kidney disease G2', es: 'enfermedad renal crónica G2' },
  G3a: { en: 'chronic kidney disease G3a', es: 'enfermedad renal crónica G3a' },
  G3b: { en: 'chronic kidney disease G3b', es: 'enfermedad renal crónica G3b' },
  G4: { en: 'chronic kidney disease G4', es: 'enfermedad renal crónica G4' },
  G5: { en: 'kidney failure (CKD G5)', es: 'insuficiencia renal (ERC G5)' },
  'stage-unknown': {
    en: 'chronic kidney disease (category not known)',
    es: 'enfermedad renal crónica (categoría desconocida)',
  },
  unknown: { en: 'kidney function not known', es: 'función renal desconocida' },
};

export const DIALYSIS: Vocab<(typeof DIALYSIS_STATUSES)[number]> = {
  yes: { en: 'on dialysis', es: 'en diálisis' },
  no: { en: 'not on dialysis', es: 'sin diálisis' },
  unknown: { en: 'dialysis not known', es: 'diálisis desconocida' },
};

export const PAIN: Vocab<(typeof PAIN_LEVELS)[number]> = {
  none: { en: 'painless', es: 'indolora' },
  mild: { en: 'mild pain', es: 'dolor leve' },
  moderate: { en: 'moderate pain', es: 'dolor moderado' },
  severe: { en: 'severe pain', es: 'dolor intenso' },
};

export const SKIN: Vocab<(typeof SKIN_SIGNS)[number]> = {
  normal: { en: 'normal overlying skin', es: 'piel suprayacente normal' },
  'cvi-changes': { en: 'signs of venous insufficiency', es: 'signos de insuficiencia venosa' },
  'venous-ulcer': { en: 'venous ulcer', es: 'úlcera venosa' },
  'livedo-racemosa': { en: 'livedo racemosa', es: 'livedo racemosa' },
  necrosis: { en: 'skin necrosis', es: 'necrosis cutánea' },
};

/** Phrases used to write the history line and the findings. */
export const PHRASES = {
  ageSex: { en: '{age}-year-old {sex}', es: '{sex} de {age} años' },
  age: { en: '{age} years old', es: '{age} años' },
  obesity: { en: 'obesity', es: 'obesidad' },
  noObesity: { en: 'no obesity', es: 'sin obesidad' },
  cvi: { en: 'chronic venous insufficiency', es: 'insuficiencia venosa crónica' },
  cviLongStanding: {
    en: 'long-standing chronic venous insufficiency',
    es: 'insuficiencia venosa crónica de larga evolución',
  },
  cviYears: { en: 'for {years} years', es: 'desde hace {years} años' },
  ceap: { en: 'CEAP {ceap}', es: 'CEAP {ceap}' },
  priorDvt: { en: 'prior deep vein thrombosis', es: 'trombosis venosa profunda previa' },
  noPriorDvt: { en: 'no prior deep vein thrombosis', es: 'sin trombosis venosa profunda previa' },
  immobility: { en: 'immobility', es: 'inmovilidad' },
  childhoodOnset: { en: 'lesions since childhood', es: 'lesiones desde la infancia' },
  hardening: { en: 'Hardening of the legs', es: 'Endurecimiento de las piernas' },
  lowerThird: { en: 'lower third', es: 'tercio inferior' },
  posteriorLateral: { en: 'posterior and lateral aspects', es: 'caras posterior y lateral' },
  onset: { en: 'onset {date}', es: 'inicio el {date}' },
  onsetDay: { en: 'onset {date} (day {days})', es: 'inicio el {date} (día {days})' },
  onsetOverAYear: {
    en: 'onset {date} (more than a year ago; an insidious onset’s date is approximate)',
    es: 'inicio el {date} (hace más de un año; la fecha de un inicio insidioso es aproximada)',
  },
  noResult: { en: 'no result entered', es: 'sin resultado registrado' },
  dated: { en: '{name} ({date})', es: '{name} ({date})' },
  skippedBecause: { en: 'not done ({reason})', es: 'no realizada ({reason})' },
  // The words of the studies' own findings live with the studies; listed here too so that
  // every phrase of the summary and the exports can be read in one object.
  ...FINDING_PHRASES,
  ...LAB_PHRASES,
} as const;

/** Section headings and fixed lines of the note for the record. */
export const NOTE = {
  subtitle: {
    en: 'Subcutaneous heterotopic ossification of the legs in chronic venous insufficiency',
    es: 'Osificación heterotópica subcutánea de las piernas en la insuficiencia venosa crónica',
  },
  date: { en: 'Date', es: 'Fecha' },
  daysSinceOnset: { en: 'day {days} since onset', es: 'día {days} desde el inicio' },
  overAYearSinceOnset: {
    en: 'more than a year since onset',
    es: 'más de un año desde el inicio',
  },
  urgent: { en: 'URGENT', es: 'URGENTE' },
  history: { en: 'History', es: 'Antecedentes' },
  background: { en: 'Background', es: 'Otros antecedentes' },
  labs: { en: 'Labs', es: 'Analítica' },
  findings: { en: 'Findings', es: 'Hallazgos' },
  notDone: { en: 'Not done', es: 'No realizadas' },
  labsNotDone: { en: 'Not done yet.', es: 'Aún no realizada.' },
  assessment: { en: 'Assessment', es: 'Valoración' },
  labFlag: { en: 'Lab red flag', es: 'Alerta analítica' },
  fullNote: { en: 'full note', es: 'nota completa' },
  riskProfile: { en: 'Risk profile', es: 'Perfil de riesgo' },
  riskPresent: {
    en: '{present} of 5 features present ({recorded} recorded)',
    es: '{present} de 5 rasgos presentes ({recorded} registrados)',
  },
  differential: { en: 'Differential', es: 'Diagnóstico diferencial' },
  raised: { en: 'raised by this case', es: 'sugerido por este caso' },
  consider: { en: 'keep in mind', es: 'a tener en cuenta' },
  plan: { en: 'Plan', es: 'Plan' },
  nextStep: { en: 'Next step', es: 'Siguiente paso' },
  appropriateNow: { en: 'Usually appropriate now', es: 'Habitualmente adecuadas ahora' },
  open: { en: 'Still open', es: 'Pendiente' },
  nothingOpen: { en: 'Nothing open.', es: 'Nada pendiente.' },
  extrapolated: { en: 'extrapolated', es: 'extrapolado' },
  timing: { en: 'Timing', es: 'Cronología' },
  xrayFrom: {
    en: 'From {date} (day 14) a normal plain film lowers but does not remove the suspicion; before it, a normal film does not exclude.',
    es: 'Desde el {date} (día 14), una radiografía simple normal reduce la sospecha pero no la descarta; antes, una radiografía normal no la excluye.',
  },
  references: { en: 'References', es: 'Bibliografía' },
  generated: {
    en: 'Leg ossification workup, engine {version}, assessed on {date}. Pseudonymous case: no name or identifier.',
    es: 'Estudio de osificación en piernas, motor {version}, evaluado el {date}. Caso seudonimizado: sin nombre ni identificadores.',
  },
} as const;

/** Fill `{name}` placeholders (re-exported for the export modules that import it from here). */
export { fill } from '../fill';
