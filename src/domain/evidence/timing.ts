import type { TimingFigure } from './types';

/**
 * When each test turns positive, from the sources that give a day figure. Sources count from
 * different days 0 (symptom onset, the clinical diagnosis, the injury that caused the HO): `after`
 * records which, and the timeline labels every track with it. Apart from the seed's X-ray window
 * all come from other kinds of heterotopic ossification and are marked as such.
 */
export const TIMING_FIGURES: readonly TimingFigure[] = [
  {
    id: 'garcia-arpa-2020-xray',
    modality: 'xray',
    kind: 'may-be-normal-until',
    after: 'onset',
    fromDay: 10,
    toDay: 14,
    text: {
      en: 'Simple X-ray may show no alterations until 10–14 days have passed (as cited by García-Arpa 2020). It says a film may be normal until then, not that a normal film is reliable afterwards.',
      es: 'La radiografía simple puede no mostrar alteraciones hasta que transcurren 10–14 días (según cita García-Arpa 2020). Dice que hasta entonces la radiografía puede ser normal, no que una radiografía normal sea fiable después.',
    },
    design: 'review',
    strength: {
      grade: 'very-low',
      reason: {
        en: 'A case report citing older work; the original study and its setting were not seen.',
        es: 'Un caso clínico que cita trabajos anteriores; no se consultó el estudio original ni su contexto.',
      },
    },
    applicability: 'direct',
    setting: {
      en: 'SCHO of the legs in CVI (case report and literature review)',
      es: 'Osificación heterotópica subcutánea de las piernas en la insuficiencia venosa crónica (caso clínico y revisión)',
    },
    ref: 'garcia-arpa-2020',
  },
  {
    id: 'argyropoulou-2006-mri',
    modality: 'mri',
    kind: 'positive-at',
    after: 'clinical-diagnosis',
    meanDays: 1.4,
    sdDays: 1.2,
    text: {
      en: 'MRI (STIR and contrast-enhanced T1) was positive 1.4 ± 1.2 days after the clinical diagnosis, while the first X-rays were all negative.',
      es: 'La RM (STIR y T1 con contraste) fue positiva 1,4 ± 1,2 días después del diagnóstico clínico, cuando las primeras radiografías eran todas negativas.',
    },
    design: 'case-series',
    patients: 11,
    strength: {
      grade: 'low',
      reason: {
        en: '11 patients, all with HO: a time to positivity, with no negatives and so no specificity.',
        es: '11 pacientes, todos con OH: un tiempo hasta la positividad, sin negativos y por tanto sin especificidad.',
      },
    },
    applicability: 'indirect',
    setting: {
      en: 'Heterotopic ossification of the knee in ICU patients on prolonged ventilation (11)',
      es: 'Osificación heterotópica de rodilla en pacientes de UCI con ventilación prolongada (11)',
    },
    ref: 'argyropoulou-2006',
  },
  {
    id: 'argyropoulou-2006-xray',
    modality: 'xray',
    kind: 'positive-at',
    after: 'clinical-diagnosis',
    meanDays: 23,
    sdDays: 4.3,
    text: {
      en: 'The X-ray diagnosis was evident at 23 ± 4.3 days (P = 0.002 against MRI).',
      es: 'El diagnóstico radiográfico fue evidente a los 23 ± 4,3 días (P = 0,002 frente a la RM).',
    },
    design: 'case-series',
    patients: 11,
    strength: {
      grade: 'low',
      reason: { en: '11 patients, all with HO.', es: '11 pacientes, todos con OH.' },
    },
    applicability: 'indirect',
    setting: {
      en: 'Heterotopic ossification of the knee in ICU patients on prolonged ventilation (11)',
      es: 'Osificación heterotópica de rodilla en pacientes de UCI con ventilación prolongada (11)',
    },
    ref: 'argyropoulou-2006',
  },
  {
    id: 'orzel-1985-scintigraphy',
    modality: 'scintigraphy',
    kind: 'positive-at',
    after: 'injury',
    meanDays: 24,
    text: {
      en: 'Soft-tissue uptake on the three-phase bone scan is evident at about 24 days after the injury or neurological insult.',
      es: 'La captación en partes blandas en la gammagrafía ósea en tres fases es evidente hacia los 24 días de la lesión o del daño neurológico.',
    },
    design: 'case-series',
    patients: 50,
    strength: {
      grade: 'low',
      reason: {
        en: '50 referrals for possible heterotopic bone, reviewed; typical times, without their spread.',
        es: '50 pacientes remitidos por posible hueso heterotópico, revisados; tiempos típicos, sin su dispersión.',
      },
    },
    applicability: 'indirect',
    setting: {
      en: 'Heterotopic bone formation after injury or neurological insult (50 referrals)',
      es: 'Formación de hueso heterotópico tras una lesión o un daño neurológico (50 pacientes remitidos)',
    },
    ref: 'orzel-1985',
  },
  {
    id: 'orzel-1985-xray',
    modality: 'xray',
    kind: 'positive-at',
    after: 'injury',
    meanDays: 31,
    derived: true,
    text: {
      en: 'Radiographic calcification is visible about 1 week after the bone-scan uptake (about day 24), so about day 31: the 31 is 24 + 7, computed here.',
      es: 'La calcificación radiográfica se ve alrededor de 1 semana después de la captación gammagráfica (hacia el día 24), es decir, hacia el día 31: el 31 es 24 + 7, calculado aquí.',
    },
    design: 'case-series',
    patients: 50,
    strength: {
      grade: 'low',
      reason: {
        en: '50 referrals, reviewed; "about 1 week" is approximate.',
        es: '50 pacientes remitidos, revisados; «alrededor de 1 semana» es aproximado.',
      },
    },
    applicability: 'indirect',
    setting: {
      en: 'Heterotopic bone formation after injury or neurological insult (50 referrals)',
      es: 'Formación de hueso heterotópico tras una lesión o un daño neurológico (50 pacientes remitidos)',
    },
    ref: 'orzel-1985',
  },
  {
    id: 'stefanidis-2017-xray-after-us',
    modality: 'xray',
    kind: 'lag',
    lagBehind: 'ultrasound',
    lagDays: 14,
    lagSdDays: 3.5,
    derived: true,
    text: {
      en: 'X-ray diagnosis came a mean of 2 ± 0.5 weeks after bedside ultrasound (14 ± 3.5 days, converted here). No day 0 is given, so this is a lead over X-ray, not a day after onset.',
      es: 'El diagnóstico radiográfico llegó una media de 2 ± 0,5 semanas después de la ecografía a pie de cama (14 ± 3,5 días, convertido aquí). No se da un día 0, así que es una ventaja sobre la radiografía, no un día tras el inicio.',
    },
    design: 'cohort',
    patients: 21,
    strength: {
      grade: 'low',
      reason: {
        en: 'A prospective multicentre pilot: 21 patients with sonographic signs of 310 screened; no independent reference.',
        es: 'Un piloto prospectivo multicéntrico: 21 pacientes con signos ecográficos de 310 cribados; sin referencia independiente.',
      },
    },
    applicability: 'indirect',
    setting: {
      en: 'Neurogenic heterotopic ossification in ICU patients with acquired brain injury and reduced range of motion',
      es: 'Osificación heterotópica neurógena en pacientes de UCI con daño cerebral adquirido y movilidad articular reducida',
    },
    ref: 'stefanidis-2017',
  },
];
