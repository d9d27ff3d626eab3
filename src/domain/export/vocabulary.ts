import type {
  HISTOLOGY,
  LAB_FLAGS,
  LATERALITIES,
  PAIN_LEVELS,
  SEXES,
  SKIN_SIGNS,
  SKIP_REASONS,
  StudyId,
  StudyStatus,
  CROSS_SECTIONAL_PATTERNS,
  DEPTHS,
  SCINT_PATTERNS,
  US_PATTERNS,
  XRAY_PATTERNS,
  LabAnalyte,
} from '../case/schema';
import { text, type LocalizedText } from '../text';

/**
 * The clinical wording of the summary and of every export, in both languages. It lives in the
 * domain (not in the UI dictionaries) so that the summary page, the note for the record and the
 * FHIR Bundle describe a finding in exactly the same words. Finding phrases follow the seed case
 * report's own wording (García-Arpa 2020) and the case schema's option lists.
 */

type Vocab<T extends string> = Readonly<Record<T, LocalizedText>>;

export const STUDY_NAMES: Vocab<StudyId> = {
  labs: text('Labs', 'Analítica'),
  ultrasound: text('Ultrasound', 'Ecografía'),
  xray: text('X-ray', 'Radiografía'),
  scintigraphy: text('Bone scintigraphy', 'Gammagrafía ósea'),
  ct: text('CT', 'TC'),
  mri: text('MRI', 'RM'),
  biopsy: text('Biopsy', 'Biopsia'),
};

export const STUDY_STATUS: Vocab<StudyStatus> = {
  'not-started': text('not done', 'no realizada'),
  planned: text('requested, result awaited', 'solicitada, pendiente de resultado'),
  done: text('done', 'realizada'),
  skipped: text('not done', 'no realizada'),
  deferred: text('deferred', 'aplazada'),
};

export const SKIP_REASON: Vocab<(typeof SKIP_REASONS)[number]> = {
  'not-available': text('not available', 'no disponible'),
  declined: text('declined by the patient', 'rechazada por el paciente'),
  'not-indicated': text('not indicated', 'no indicada'),
  other: text('other reason', 'otro motivo'),
};

export const SEX_WORD: Vocab<(typeof SEXES)[number]> = {
  female: text('woman', 'mujer'),
  male: text('man', 'varón'),
  other: text('patient', 'paciente'),
};

export const LATERALITY: Vocab<(typeof LATERALITIES)[number]> = {
  left: text('left leg', 'pierna izquierda'),
  right: text('right leg', 'pierna derecha'),
  bilateral: text('both legs', 'ambas piernas'),
};

export const PAIN: Vocab<(typeof PAIN_LEVELS)[number]> = {
  none: text('painless', 'indolora'),
  mild: text('mild pain', 'dolor leve'),
  moderate: text('moderate pain', 'dolor moderado'),
  severe: text('severe pain', 'dolor intenso'),
};

export const SKIN: Vocab<(typeof SKIN_SIGNS)[number]> = {
  normal: text('normal overlying skin', 'piel suprayacente normal'),
  'cvi-changes': text('signs of venous insufficiency', 'signos de insuficiencia venosa'),
  'venous-ulcer': text('venous ulcer', 'úlcera venosa'),
  'livedo-racemosa': text('livedo racemosa', 'livedo racemosa'),
  necrosis: text('skin necrosis', 'necrosis cutánea'),
};

export const LAB_NAMES: Vocab<LabAnalyte> = {
  calcium: text('calcium', 'calcio'),
  phosphate: text('phosphate', 'fósforo'),
  pth: text('PTH', 'PTH'),
  creatinine: text('creatinine', 'creatinina'),
  alp: text('alkaline phosphatase', 'fosfatasa alcalina'),
};

export const LAB_FLAG: Vocab<(typeof LAB_FLAGS)[number]> = {
  normal: text('normal', 'normal'),
  low: text('low', 'bajo'),
  high: text('high', 'alto'),
};

export const US_FINDING: Vocab<(typeof US_PATTERNS)[number]> = {
  normal: text('normal', 'normal'),
  'hyperechoic-shadowing': text(
    'hyperechogenic foci with posterior acoustic shadow in the subcutaneous layer',
    'focos hiperecogénicos con sombra acústica posterior en el tejido celular subcutáneo',
  ),
  'less-echogenic-deposits': text(
    'less echogenic deposits (calcification pattern)',
    'depósitos menos ecogénicos (patrón de calcificación)',
  ),
  indeterminate: text('indeterminate', 'indeterminada'),
};

export const XRAY_FINDING: Vocab<(typeof XRAY_PATTERNS)[number]> = {
  normal: text('normal', 'normal'),
  'reticulated-bone-density': text(
    'reticulated subcutaneous opacities of bone density',
    'opacidades subcutáneas reticuladas con densidad ósea',
  ),
  'diffuse-bone-density': text(
    'diffuse subcutaneous opacities of bone density',
    'opacidades subcutáneas difusas con densidad ósea',
  ),
  'punctate-calcification': text('punctate calcification', 'calcificación puntiforme'),
  other: text('other finding (see note)', 'otro hallazgo (véase la nota)'),
};

export const SCINT_FINDING: Vocab<(typeof SCINT_PATTERNS)[number]> = {
  normal: text('normal', 'normal'),
  'soft-tissue-uptake': text(
    'soft-tissue hyper-uptake in the legs',
    'hipercaptación en partes blandas de las piernas',
  ),
  other: text('other finding (see note)', 'otro hallazgo (véase la nota)'),
};

export const CROSS_FINDING: Vocab<(typeof CROSS_SECTIONAL_PATTERNS)[number]> = {
  normal: text('normal', 'normal'),
  'trabecular-plaques': text(
    'linear subcutaneous plaques with a trabecular/reticular pattern',
    'placas lineales subcutáneas de patrón trabecular/reticular',
  ),
  'amorphous-calcification': text(
    'amorphous calcification without trabecular bone',
    'calcificación amorfa sin hueso trabecular',
  ),
  other: text('other finding (see note)', 'otro hallazgo (véase la nota)'),
};

export const DEPTH: Vocab<(typeof DEPTHS)[number]> = {
  subcutaneous: text('confined to the subcutis', 'limitado al tejido subcutáneo'),
  'fascia-or-muscle': text(
    'reaching fascia or muscle (atypical for SCHO)',
    'llega a fascia o músculo (atípico para la osificación subcutánea)',
  ),
};

export const HISTOLOGY_FINDING: Vocab<(typeof HISTOLOGY)[number]> = {
  ossification: text(
    'ossification: bone trabeculae in the deep dermis and fat',
    'osificación: trabéculas óseas en la dermis profunda y la grasa',
  ),
  'calcification-without-bone': text(
    'calcium deposits without bone (calcinosis cutis)',
    'depósitos de calcio sin hueso (calcinosis cutis)',
  ),
  'other-diagnosis': text('another diagnosis (see note)', 'otro diagnóstico (véase la nota)'),
  'non-diagnostic': text('non-diagnostic sample', 'muestra no diagnóstica'),
};

/** Phrases used to write the history line and the findings. */
export const PHRASES = {
  ageSex: text('{age}-year-old {sex}', '{sex} de {age} años'),
  age: text('{age} years old', '{age} años'),
  obesity: text('obesity', 'obesidad'),
  noObesity: text('no obesity', 'sin obesidad'),
  cvi: text('chronic venous insufficiency', 'insuficiencia venosa crónica'),
  cviLongStanding: text(
    'long-standing chronic venous insufficiency',
    'insuficiencia venosa crónica de larga evolución',
  ),
  cviYears: text('for {years} years', 'desde hace {years} años'),
  ceap: text('CEAP {ceap}', 'CEAP {ceap}'),
  priorDvt: text('prior deep vein thrombosis', 'trombosis venosa profunda previa'),
  noPriorDvt: text('no prior deep vein thrombosis', 'sin trombosis venosa profunda previa'),
  immobility: text('immobility', 'inmovilidad'),
  kidneyDisease: text('chronic kidney disease', 'enfermedad renal crónica'),
  noKidneyDisease: text('no kidney disease', 'sin enfermedad renal'),
  childhoodOnset: text('lesions since childhood', 'lesiones desde la infancia'),
  hardening: text('Hardening of the legs', 'Endurecimiento de las piernas'),
  lowerThird: text('lower third', 'tercio inferior'),
  posteriorLateral: text('posterior and lateral aspects', 'caras posterior y lateral'),
  onset: text('onset {date}', 'inicio el {date}'),
  onsetDay: text('onset {date} (day {days})', 'inicio el {date} (día {days})'),
  periostitis: text('periostitis', 'periostitis'),
  noPeriostitis: text('no periostitis', 'sin periostitis'),
  woundProblem: text(
    'wound-healing problem after the biopsy',
    'problema de cicatrización tras la biopsia',
  ),
  noResult: text('no result entered', 'sin resultado registrado'),
  dated: text('{name} ({date})', '{name} ({date})'),
  skippedBecause: text('not done ({reason})', 'no realizada ({reason})'),
  labValue: text('{name} {value} {unit}', '{name} {value} {unit}'),
  labValueFlag: text('{name} {value} {unit} ({flag})', '{name} {value} {unit} ({flag})'),
  labFlagOnly: text('{name} {flag}', '{name} {flag}'),
  labValueOnly: text('{name} {value}', '{name} {value}'),
} as const;

/** Section headings and fixed lines of the note for the record. */
export const NOTE = {
  title: text('Suspected SCHO workup', 'Estudio por sospecha de OHSC'),
  subtitle: text(
    'Subcutaneous heterotopic ossification of the legs in chronic venous insufficiency',
    'Osificación heterotópica subcutánea de las piernas en la insuficiencia venosa crónica',
  ),
  date: text('Date', 'Fecha'),
  daysSinceOnset: text('day {days} since onset', 'día {days} desde el inicio'),
  history: text('History', 'Antecedentes'),
  background: text('Background', 'Otros antecedentes'),
  labs: text('Labs', 'Analítica'),
  findings: text('Imaging and biopsy', 'Imagen y biopsia'),
  notDone: text('Not done', 'No realizadas'),
  noFindings: text(
    'No imaging or biopsy result recorded yet.',
    'Aún no hay resultados de imagen ni de biopsia.',
  ),
  labsNotDone: text('Not done yet.', 'Aún no realizada.'),
  impression: text('Impression', 'Impresión diagnóstica'),
  basedOn: text('Based on', 'Basada en'),
  riskProfile: text('Risk profile', 'Perfil de riesgo'),
  riskPresent: text(
    '{present} of 5 features present ({recorded} recorded)',
    '{present} de 5 rasgos presentes ({recorded} registrados)',
  ),
  differential: text('Differential', 'Diagnóstico diferencial'),
  raised: text('raised by this case', 'sugerido por este caso'),
  consider: text('keep in mind', 'a tener en cuenta'),
  plan: text('Plan', 'Plan'),
  nextStep: text('Next step', 'Siguiente paso'),
  workupComplete: text('Workup complete', 'Estudio completo'),
  appropriateNow: text('Usually appropriate now', 'Habitualmente adecuadas ahora'),
  open: text('Still open', 'Pendiente'),
  nothingOpen: text('Nothing open.', 'Nada pendiente.'),
  management: text('Management notes', 'Notas de manejo'),
  extrapolated: text('extrapolated', 'extrapolado'),
  labFlags: text('Lab red flags', 'Alertas analíticas'),
  timing: text('Timing', 'Cronología'),
  xrayFrom: text(
    'A normal plain film is informative from {date}.',
    'Una radiografía normal es informativa a partir del {date}.',
  ),
  references: text('References', 'Bibliografía'),
  generated: text(
    'Leg ossification workup, engine {version}, assessed on {date}. Pseudonymous case: no name or identifier.',
    'Estudio de osificación en piernas, motor {version}, evaluado el {date}. Caso seudonimizado: sin nombre ni identificadores.',
  ),
} as const;

/** The step names used for "next step", matching the wizard's steps. */
export const STEP_NAMES = {
  patient: text('Patient and history', 'Paciente y antecedentes'),
  labs: text('Labs', 'Analítica'),
  ultrasound: text('Ultrasound', 'Ecografía'),
  xray: text('X-ray', 'Radiografía'),
  scintigraphy: text('Bone scintigraphy', 'Gammagrafía ósea'),
  ctmri: text('CT or MRI', 'TC o RM'),
  biopsy: text('Biopsy', 'Biopsia'),
  summary: text('Summary', 'Resumen'),
} as const;

/** Fill `{name}` placeholders. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
