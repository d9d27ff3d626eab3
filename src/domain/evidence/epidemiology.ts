import type { Statement } from './types';

/**
 * Epidemiology and the seed's key clinical statements, as named constants so the engine can cite
 * exactly the sentence a rule rests on. The seed's prevalence figures and its X-ray timing are its
 * own citations of older work (its refs 1, 2, 7, 8 and 11): they are labelled "as cited by
 * García-Arpa 2020".
 */

const SEED = 'garcia-arpa-2020';

export const RISK_PROFILE: Statement = {
  text: {
    en: 'It mainly affects women over the age of 50 who are obese, with long-standing CVI.',
    es: 'Afecta sobre todo a mujeres mayores de 50 años, obesas y con insuficiencia venosa crónica de larga evolución.',
  },
  refs: [SEED],
};

/**
 * Calcification, not ossification: used as a risk marker for SCHO, which is an extrapolation.
 */
const CEAP_CALCIFICATION: Statement = {
  text: {
    en: 'Subcutaneous calcification appeared only at CEAP C4a–C6: in 24 of 95 legs at C4a–C6 and in none at C1–C3 (duplex ultrasound of 500 legs with chronic venous disease).',
    es: 'La calcificación subcutánea solo apareció en las clases CEAP C4a–C6: en 24 de 95 piernas en C4a–C6 y en ninguna en C1–C3 (ecografía dúplex de 500 piernas con enfermedad venosa crónica).',
  },
  refs: ['jvs-vl-cvd-calcification'],
  extrapolated: true,
};

/** CEAP context for the history step (not part of EPIDEMIOLOGY's seed-derived statements). */
export const CEAP_NOTES: readonly Statement[] = [
  {
    text: {
      en: 'CEAP 2020 splits C4 into C4a (pigmentation or eczema), C4b (lipodermatosclerosis or atrophie blanche) and C4c (corona phlebectatica); C5 is a healed ulcer and C6 an active ulcer.',
      es: 'La CEAP 2020 divide la clase C4 en C4a (pigmentación o eccema), C4b (lipodermatoesclerosis o atrofia blanca) y C4c (corona flebectásica); C5 corresponde a una úlcera cicatrizada y C6 a una úlcera activa.',
    },
    refs: ['lurie-2020'],
  },
  {
    text: {
      en: 'Adding heterotopic ossification to the CEAP classification has been proposed.',
      es: 'Se ha propuesto añadir la osificación heterotópica a la clasificación CEAP.',
    },
    refs: ['cafasso-2013'],
  },
];

export const PREVALENCE: readonly Statement[] = [
  {
    text: {
      en: 'Lippman (1957) described SCHO with CVI and concluded that it would occur in about 10% of CVI (as cited by García-Arpa 2020).',
      es: 'Lippman (1957) describió la osificación heterotópica subcutánea asociada a insuficiencia venosa crónica y concluyó que aparecería en alrededor del 10% de los casos de insuficiencia venosa crónica (según cita García-Arpa 2020).',
    },
    refs: [SEED],
  },
  {
    text: {
      en: 'Calcification occurred in 17.5% of 40 cases with CVI (radiological review; as cited by García-Arpa 2020).',
      es: 'Se halló calcificación en el 17,5% de 40 casos con insuficiencia venosa crónica (revisión radiológica; según cita García-Arpa 2020).',
    },
    refs: [SEED],
  },
  {
    text: {
      en: 'Calcification was found in 65% of 20 cases of long-term severe CVI, and SCHO in 20% of the patients who were biopsied (as cited by García-Arpa 2020).',
      es: 'Se halló calcificación en el 65% de 20 casos de insuficiencia venosa crónica grave de larga evolución, y osificación heterotópica subcutánea en el 20% de los pacientes biopsiados (según cita García-Arpa 2020).',
    },
    refs: [SEED],
  },
];

export const NO_FASCIA_MUSCLE: Statement = {
  text: {
    en: 'SCHO in CVI does not involve the fascia or muscles.',
    es: 'La osificación heterotópica subcutánea por insuficiencia venosa crónica no afecta a la fascia ni al músculo.',
  },
  refs: [SEED],
};

export const LABS_NORMAL: Statement = {
  text: {
    en: 'The analytic study, including phosphorus–calcium metabolism, is normal.',
    es: 'El estudio analítico, incluido el metabolismo fosfocálcico, es normal.',
  },
  refs: [SEED],
};

export const BIOPSY_TEST_OF_CHOICE: Statement = {
  text: {
    en: 'Biopsy is the test of choice: as in other cutaneous HO, it shows bone deposits in the dermis and fat.',
    es: 'La biopsia es la prueba de elección: como en otras osificaciones heterotópicas cutáneas, muestra depósitos óseos en la dermis y la grasa.',
  },
  refs: [SEED],
};

export const XRAY_DELAY: Statement = {
  text: {
    en: 'Simple X-ray may show no alterations until 10–14 days have passed (as cited by García-Arpa 2020).',
    es: 'La radiografía simple puede no mostrar alteraciones hasta que transcurren 10–14 días (según cita García-Arpa 2020).',
  },
  refs: [SEED],
};

export const US_EARLY_CHOICE: Statement = {
  text: {
    en: 'Ultrasound is fast, accessible and economical and is considered suitable for the early diagnosis of calcification and ossification; although biopsy is the standard test, ultrasound seems to be the technique of choice for early diagnosis.',
    es: 'La ecografía es rápida, accesible y económica, y se considera adecuada para el diagnóstico precoz de la calcificación y la osificación; aunque la biopsia es la prueba de referencia, la ecografía parece la técnica de elección para el diagnóstico precoz.',
  },
  refs: [SEED],
};

export const SCINT_EARLY_SENSITIVE: Statement = {
  text: {
    en: 'Bone scintigraphy is also highly sensitive in early diagnosis.',
    es: 'La gammagrafía ósea también es muy sensible en el diagnóstico precoz.',
  },
  refs: [SEED],
};

export const CT_MRI_EXTENT: Statement = {
  text: {
    en: 'CT and MRI are not for early diagnosis, but they make it possible to evaluate the extent.',
    es: 'La TC y la RM no sirven para el diagnóstico precoz, pero permiten valorar la extensión.',
  },
  refs: [SEED],
};

const CAXP_THRESHOLD: Statement = {
  text: {
    en: 'A calcium × phosphate product above 70 mg²/dL² (eMedicine) or above 55 mg²/dL² (Springer 2015) points to metastatic calcinosis.',
    es: 'Un producto calcio × fósforo superior a 70 mg²/dL² (eMedicine) o a 55 mg²/dL² (Springer 2015) orienta hacia una calcinosis metastásica.',
  },
  refs: ['emedicine-calcinosis', 'springer-2015-calcinosis'],
};

/**
 * The two published Ca×P cut-offs, mg²/dL², for rules that need the numbers. The sources
 * disagree, so both are kept with their refs rather than one being chosen silently.
 */
export const CAXP_CUTOFFS_MG2_DL2 = [
  { value: 70, ref: 'emedicine-calcinosis' },
  { value: 55, ref: 'springer-2015-calcinosis' },
] as const;

export const EPIDEMIOLOGY = {
  RISK_PROFILE,
  CEAP_CALCIFICATION,
  PREVALENCE,
  NO_FASCIA_MUSCLE,
  LABS_NORMAL,
  BIOPSY_TEST_OF_CHOICE,
  XRAY_DELAY,
  US_EARLY_CHOICE,
  SCINT_EARLY_SENSITIVE,
  CT_MRI_EXTENT,
  CAXP_THRESHOLD,
} as const satisfies Record<string, Statement | readonly Statement[]>;
