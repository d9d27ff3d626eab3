import { DOSE_FIGURES } from './doses';
import type { ModalityId, ModalityProfile } from './types';

/**
 * What each investigation can show, when, at what radiation, and how sure we are.
 *
 * Rules followed here (see `reference/clinical-evidence.md`):
 * - No accuracy study exists for SCHO of the legs in CVI, so every `measured` sensitivity comes
 *   from another setting, is `extrapolated: true`, and spells the setting out.
 * - The seed's own wording ("highly sensitive in early diagnosis", "suitable for early diagnosis")
 *   is encoded as an `ordinal` figure, not as a number.
 * - `extrapolated: true` marks a claim about SCHO in CVI, or about how a test performs in it,
 *   that rests on a study of another condition.
 * - Rows the review marked M (e.g. a bone-scan day figure, the cost/availability column) are not
 *   encoded. Where nothing sourced exists (cost of X-ray, timing of CT) the field is omitted and
 *   the UI says "no sourced figure".
 */

const SEED = 'garcia-arpa-2020';

/** The bone-scan dose range, from its one home in doses.ts. */
const MDP_DOSE = (() => {
  const d = DOSE_FIGURES.find((f) => f.id === 'mdp-bone-scan');
  if (d?.lowMsv === undefined || d.highMsv === undefined)
    throw new Error('mdp-bone-scan dose missing');
  return { lowMsv: d.lowMsv, highMsv: d.highMsv };
})();

const labs: ModalityProfile = {
  id: 'labs',
  name: {
    en: 'Laboratory tests (phospho-calcium metabolism)',
    es: 'Analítica (metabolismo fosfocálcico)',
  },
  shortName: { en: 'Labs', es: 'Analítica' },
  showsOssification: {
    text: {
      en: 'Not an imaging test: in SCHO of the legs in CVI the analytic study, including phosphorus–calcium metabolism, is normal.',
      es: 'No es una prueba de imagen: en la osificación heterotópica subcutánea de las piernas por insuficiencia venosa crónica, la analítica, incluido el metabolismo fosfocálcico, es normal.',
    },
    refs: [SEED],
  },
  showsCalcification: {
    text: {
      en: 'Abnormal calcium and/or phosphate, with a calcium × phosphate product above 70 mg²/dL² (eMedicine) or above 55 (Springer 2015), points to metastatic calcinosis rather than SCHO.',
      es: 'Un calcio y/o fósforo alterados, con un producto calcio × fósforo superior a 70 mg²/dL² (eMedicine) o a 55 (Springer 2015), orientan hacia una calcinosis metastásica y no hacia una osificación heterotópica subcutánea.',
    },
    refs: ['emedicine-calcinosis', 'springer-2015-calcinosis'],
  },
  sensitivity: [
    {
      kind: 'not-measured',
      text: {
        en: 'Not a detection test: labs are expected to be normal in SCHO (García-Arpa 2020); alkaline phosphatase and CRP are unreliable for early HO (spinal cord injury; Rosteius 2017, SCIRE). Their role is to steer the differential diagnosis.',
        es: 'No es una prueba de detección: en la osificación heterotópica subcutánea la analítica es normal (García-Arpa 2020); la fosfatasa alcalina y la PCR no son fiables para la OH precoz (lesión medular; Rosteius 2017, SCIRE). Su papel es orientar el diagnóstico diferencial.',
      },
    },
  ],
  strengths: [
    {
      text: {
        en: 'Normal phosphorus–calcium metabolism fits SCHO in CVI; abnormal values steer towards metastatic calcinosis, calciphylaxis or pseudohypoparathyroidism.',
        es: 'Un metabolismo fosfocálcico normal es compatible con la osificación heterotópica subcutánea por insuficiencia venosa crónica; los valores alterados orientan hacia calcinosis metastásica, calcifilaxis o seudohipoparatiroidismo.',
      },
      refs: [SEED, 'emedicine-calcinosis', 'linglart-2018'],
    },
  ],
  pitfalls: [
    {
      text: {
        en: 'Alkaline phosphatase (including bone ALP) and CRP are unreliable for detecting early heterotopic ossification (hip HO after spinal cord injury).',
        es: 'La fosfatasa alcalina (incluida la ósea) y la PCR no son fiables para detectar la osificación heterotópica precoz (OH de cadera tras lesión medular).',
      },
      refs: ['rosteius-2017', 'scire-ho'],
      extrapolated: true,
    },
  ],
};

const ultrasound: ModalityProfile = {
  id: 'ultrasound',
  name: { en: 'Ultrasound', es: 'Ecografía' },
  shortName: { en: 'US', es: 'Eco' },
  showsOssification: {
    text: {
      en: 'Ossification: hyperechogenic foci with a posterior acoustic shadow in the subcutaneous layer.',
      es: 'Osificación: imágenes hiperecogénicas con artefacto de sombra acústica posterior en el tejido celular subcutáneo.',
    },
    refs: [SEED],
  },
  showsCalcification: {
    text: {
      en: 'Calcifications are less echogenic than ossification.',
      es: 'Las calcificaciones son menos ecogénicas que la osificación.',
    },
    refs: [SEED],
  },
  earliest: {
    text: {
      en: 'No day figure. Before X-ray signs: in heterotopic bone, ultrasound diagnosed all 8 patients before X-ray signs appeared (Clin Radiol 1991), and in hip HO after spinal cord injury it showed signs about 3 weeks before CT (SCIRE).',
      es: 'Sin cifra en días. Antes que la radiografía: en el hueso heterotópico la ecografía diagnosticó a los 8 pacientes antes de que aparecieran signos radiográficos (Clin Radiol 1991) y, en la OH de cadera tras lesión medular, mostró signos unas 3 semanas antes que la TC (SCIRE).',
    },
    refs: ['clin-radiol-1991', 'scire-ho'],
    extrapolated: true,
  },
  sensitivity: [
    {
      kind: 'ordinal',
      level: 'high',
      text: {
        en: 'Considered suitable for the early diagnosis of calcification and ossification; "the technique of choice for early diagnosis" (García-Arpa 2020). No number is given.',
        es: 'Se considera adecuada para el diagnóstico precoz de la calcificación y la osificación; parece la técnica de elección para el diagnóstico precoz (García-Arpa 2020). No se aporta una cifra.',
      },
      ref: SEED,
      extrapolated: false,
    },
  ],
  radiation: {
    rrl: 'O',
    effectiveDoseMsv: 0,
    doseText: { en: '0 mSv (no ionising radiation)', es: '0 mSv (sin radiación ionizante)' },
    refs: ['acr-rrl'],
  },
  cost: {
    level: 'low',
    text: { en: 'Economical (García-Arpa 2020).', es: 'Económica (García-Arpa 2020).' },
    refs: [SEED],
  },
  availability: {
    level: 'high',
    text: {
      en: 'Fast and accessible (García-Arpa 2020).',
      es: 'Rápida y accesible (García-Arpa 2020).',
    },
    refs: [SEED],
  },
  strengths: [
    {
      text: {
        en: 'Fast, accessible and economical; considered suitable for the early diagnosis of calcification and ossification, because simple X-ray may show no alterations for 10–14 days.',
        es: 'Técnica rápida, accesible y económica, considerada adecuada para el diagnóstico precoz de la calcificación y la osificación, ya que la radiografía simple puede no mostrar alteraciones hasta pasados 10–14 días.',
      },
      refs: [SEED],
    },
    {
      text: {
        en: 'Although biopsy is the standard test, ultrasound seems to be the technique of choice for early diagnosis.',
        es: 'Aunque la biopsia es la prueba de referencia, la ecografía parece la técnica de elección para el diagnóstico precoz.',
      },
      refs: [SEED],
    },
    {
      text: {
        en: 'In heterotopic bone, ultrasound diagnosed all 8 patients before X-ray signs and was specific (scintigraphy was not).',
        es: 'En el hueso heterotópico, la ecografía diagnosticó a los 8 pacientes antes de los signos radiográficos y fue específica (la gammagrafía no lo fue).',
      },
      refs: ['clin-radiol-1991'],
      extrapolated: true,
    },
    {
      text: {
        en: 'In legs with chronic venous disease, duplex ultrasound found subcutaneous calcification in 24 of 95 legs at CEAP C4a–C6 and in none at C1–C3 (500 legs studied).',
        es: 'En piernas con enfermedad venosa crónica, la ecografía dúplex halló calcificación subcutánea en 24 de 95 piernas en clase CEAP C4a–C6 y en ninguna en C1–C3 (500 piernas estudiadas).',
      },
      refs: ['jvs-vl-cvd-calcification'],
      extrapolated: true,
    },
  ],
  pitfalls: [
    {
      text: {
        en: 'Small deposits were better seen on X-ray than on ultrasound (rotator cuff calcifications: 87 vs 93 of 951 detected).',
        es: 'Los depósitos pequeños se vieron mejor en la radiografía que en la ecografía (calcificaciones del manguito de los rotadores: 87 frente a 93 de 951 detectadas).',
      },
      refs: ['farin-1995'],
      extrapolated: true,
    },
    {
      text: {
        en: 'The 88.9% sensitivity comes from an HO-positive cohort only, so specificity could not be estimated.',
        es: 'La sensibilidad del 88,9% procede de una cohorte formada solo por casos con OH, por lo que no pudo estimarse la especificidad.',
      },
      refs: ['rosteius-2017'],
      extrapolated: true,
    },
  ],
};

const xray: ModalityProfile = {
  id: 'xray',
  name: { en: 'Plain X-ray', es: 'Radiografía simple' },
  shortName: { en: 'X-ray', es: 'Rx' },
  showsOssification: {
    text: {
      en: 'Diffuse or reticulated subcutaneous opacities of bone density affecting the leg perimeter, sometimes with periostitis due to CVI (García-Arpa 2020). In CVI the pattern may be punctate, trabecular or reticular; trabecular and reticular patterns mean longer-standing, severer disease (LearningRadiology).',
      es: 'Opacidades subcutáneas difusas o reticuladas de densidad ósea que afectan al perímetro de la pierna, a veces con periostitis por la insuficiencia venosa crónica (García-Arpa 2020). En la insuficiencia venosa crónica el patrón puede ser puntiforme, trabecular o reticular; los dos últimos indican una enfermedad más antigua y más grave (LearningRadiology).',
    },
    refs: [SEED, 'learningradiology-ho'],
  },
  earliest: {
    fromDay: 10,
    toDay: 14,
    text: {
      en: 'Simple X-ray may show no alterations until 10–14 days have passed (as cited by García-Arpa 2020).',
      es: 'La radiografía simple puede no mostrar alteraciones hasta que transcurren 10–14 días (según cita García-Arpa 2020).',
    },
    refs: [SEED],
    extrapolated: false,
  },
  sensitivity: [
    {
      kind: 'not-measured',
      text: {
        en: 'No sensitivity or specificity figure was found for X-ray in SCHO or in other heterotopic ossification. It may show nothing in the first 10–14 days (as cited by García-Arpa 2020).',
        es: 'No se encontró ninguna cifra de sensibilidad ni de especificidad de la radiografía en la osificación heterotópica subcutánea ni en otras osificaciones heterotópicas. Puede no mostrar nada en los primeros 10–14 días (según cita García-Arpa 2020).',
      },
    },
  ],
  radiation: {
    doseText: {
      en: '<0.01 mSv for limb radiography (except the hip): an upper bound, not a point value; ACR adult RRL ☢ (<0.1 mSv).',
      es: '<0,01 mSv en la radiografía de extremidades (salvo la cadera): es un límite superior, no un valor puntual; nivel relativo de radiación ACR en adultos ☢ (<0,1 mSv).',
    },
    rrl: '☢',
    refs: ['pmc381057-dose', 'acr-rrl'],
  },
  strengths: [
    {
      text: {
        en: 'In the case report, X-rays showed subcutaneous reticulated opacities with bone density.',
        es: 'En el caso publicado, la radiografía mostró opacidades subcutáneas reticuladas de densidad ósea.',
      },
      refs: [SEED],
    },
    {
      text: {
        en: 'Small deposits were better seen on X-ray than on ultrasound (rotator cuff calcifications).',
        es: 'Los depósitos pequeños se vieron mejor en la radiografía que en la ecografía (calcificaciones del manguito de los rotadores).',
      },
      refs: ['farin-1995'],
      extrapolated: true,
    },
  ],
  pitfalls: [
    {
      text: {
        en: 'May show no alterations until 10–14 days have passed (as cited by García-Arpa 2020): a normal film before then does not exclude the lesion.',
        es: 'Puede no mostrar alteraciones hasta pasados 10–14 días (según cita García-Arpa 2020): una radiografía normal antes de ese plazo no descarta la lesión.',
      },
      refs: [SEED],
    },
    {
      text: {
        en: 'In neurogenic HO, X-ray becomes positive about 2–6 weeks after a positive bone scan.',
        es: 'En la OH neurógena, la radiografía se hace positiva unas 2–6 semanas después de una gammagrafía ósea positiva.',
      },
      refs: ['scire-ho'],
      extrapolated: true,
    },
    {
      text: {
        en: 'After brain injury, X-ray lags the bone scan by 2–3 weeks.',
        es: 'Tras una lesión cerebral, la radiografía va 2–3 semanas por detrás de la gammagrafía ósea.',
      },
      refs: ['medscape-ho'],
      extrapolated: true,
    },
  ],
};

const scintigraphy: ModalityProfile = {
  id: 'scintigraphy',
  name: {
    en: 'Bone scintigraphy (three-phase, Tc-99m MDP)',
    es: 'Gammagrafía ósea (en tres fases, Tc-99m MDP)',
  },
  shortName: { en: 'Bone scan', es: 'Gammagrafía' },
  showsOssification: {
    text: {
      en: 'Hyper-uptake in the soft tissues of the legs.',
      es: 'Hipercaptación en las partes blandas de las piernas.',
    },
    refs: [SEED],
  },
  earliest: {
    text: {
      en: 'No day figure. Earlier than X-ray: X-ray lags a positive scan by about 2–6 weeks (neurogenic HO).',
      es: 'Sin cifra en días. Antes que la radiografía: la radiografía se retrasa unas 2–6 semanas respecto a una gammagrafía positiva (OH neurógena).',
    },
    refs: ['scire-ho'],
    extrapolated: true,
  },
  sensitivity: [
    {
      kind: 'ordinal',
      level: 'high',
      text: {
        en: 'Highly sensitive in early diagnosis (García-Arpa 2020). No number is given.',
        es: 'Muy sensible en el diagnóstico precoz (García-Arpa 2020). No se aporta una cifra.',
      },
      ref: SEED,
      extrapolated: false,
    },
  ],
  radiation: {
    rrl: '☢☢☢',
    effectiveDoseRangeMsv: { low: MDP_DOSE.lowMsv, high: MDP_DOSE.highMsv },
    doseText: {
      en: '4.2–6.3 mSv for an adult Tc-99m MDP bone scan (0.0057 mSv/MBq × 740–1,110 MBq; about 4 mSv in PMC381057); ACR adult RRL ☢☢☢ (1–10 mSv).',
      es: '4,2–6,3 mSv en una gammagrafía ósea con Tc-99m MDP en adultos (0,0057 mSv/MBq × 740–1.110 MBq; unos 4 mSv según PMC381057); nivel relativo de radiación ACR en adultos ☢☢☢ (1–10 mSv).',
    },
    refs: ['jnm-dose-table', 'pmc381057-dose', 'acr-rrl'],
  },
  cost: {
    level: 'high',
    text: {
      en: '"High costs" (said of bone scintigraphy for HO after spinal cord injury; Rosteius 2017).',
      es: '«Costes elevados» (referido a la gammagrafía ósea en la OH tras lesión medular; Rosteius 2017).',
    },
    refs: ['rosteius-2017'],
  },
  availability: {
    level: 'low',
    text: {
      en: '"Not available in smaller hospitals" (Rosteius 2017).',
      es: '«No disponible en hospitales pequeños» (Rosteius 2017).',
    },
    refs: ['rosteius-2017'],
  },
  strengths: [
    {
      text: {
        en: 'Bone scintigraphy is highly sensitive in early diagnosis.',
        es: 'La gammagrafía ósea es muy sensible en el diagnóstico precoz.',
      },
      refs: [SEED],
    },
    {
      text: {
        en: 'The three-phase bone scan is described as the most sensitive test for HO after spinal cord injury.',
        es: 'La gammagrafía ósea en tres fases se describe como la prueba más sensible para la OH tras lesión medular.',
      },
      refs: ['svircev-2008'],
      extrapolated: true,
    },
    {
      text: {
        en: 'In calciphylaxis in end-stage renal disease, the bone scan was abnormal in 34 of 36 patients (94%; secondary sources also say 97%, which does not match 34 of 36; Fine & Zacharias 2002, read in secondary sources).',
        es: 'En la calcifilaxis de la enfermedad renal terminal, la gammagrafía ósea fue patológica en 34 de 36 pacientes (94%; las fuentes secundarias también dicen 97%, que no corresponde a 34 de 36; Fine y Zacharias 2002, leído en fuentes secundarias).',
      },
      refs: ['fine-zacharias-2002'],
      extrapolated: true,
    },
  ],
  pitfalls: [
    {
      text: {
        en: 'Less specific than radiography (neurogenic HO).',
        es: 'Menos específica que la radiografía (OH neurógena).',
      },
      refs: ['scire-ho'],
      extrapolated: true,
    },
    {
      text: {
        en: 'In heterotopic bone, ultrasound was specific and scintigraphy was not.',
        es: 'En el hueso heterotópico, la ecografía fue específica y la gammagrafía no.',
      },
      refs: ['clin-radiol-1991'],
      extrapolated: true,
    },
    {
      text: {
        en: 'The first scan was falsely negative in 7 of 60 patients: if suspicion persists, repeat it.',
        es: 'La primera gammagrafía fue falsamente negativa en 7 de 60 pacientes: si la sospecha persiste, hay que repetirla.',
      },
      refs: ['svircev-2008'],
      extrapolated: true,
    },
    {
      text: {
        en: 'Carries radiation: 4.2–6.3 mSv effective dose for an adult (ACR RRL ☢☢☢).',
        es: 'Conlleva radiación: una dosis efectiva de 4,2–6,3 mSv en adultos (nivel ACR ☢☢☢).',
      },
      refs: ['jnm-dose-table', 'pmc381057-dose', 'acr-rrl'],
    },
  ],
};

/** CT and MRI share the seed's verdict: not for early diagnosis, but they show the extent. */
const notForEarlyDiagnosis = {
  text: {
    en: 'No day figure. Not for early diagnosis; used to evaluate the extent of the lesion (García-Arpa 2020).',
    es: 'Sin cifra en días. No sirve para el diagnóstico precoz; permite valorar la extensión de la lesión (García-Arpa 2020).',
  },
  refs: [SEED],
  extrapolated: false,
} as const;

const extentStrength = {
  text: {
    en: 'Makes it possible to evaluate the extent of the lesion.',
    es: 'Permite valorar la extensión de la lesión.',
  },
  refs: [SEED],
} as const;

const earlyPitfall = {
  text: {
    en: 'Unlike ultrasound and bone scintigraphy, not useful for early diagnosis.',
    es: 'A diferencia de la ecografía y la gammagrafía ósea, no es útil para el diagnóstico precoz.',
  },
  refs: [SEED],
} as const;

const deepInvolvement = {
  text: {
    en: 'SCHO does not involve the fascia or muscles (García-Arpa 2020): intramuscular bone with a zonal pattern suggests myositis ossificans instead (Radiopaedia).',
    es: 'La osificación heterotópica subcutánea no afecta a la fascia ni al músculo (García-Arpa 2020): un hueso intramuscular con patrón zonal sugiere, en cambio, una miositis osificante (Radiopaedia).',
  },
  refs: [SEED, 'radiopaedia-myositis-ossificans'],
} as const;

const ct: ModalityProfile = {
  id: 'ct',
  name: { en: 'Computed tomography (CT)', es: 'Tomografía computarizada (TC)' },
  shortName: { en: 'CT', es: 'TC' },
  showsOssification: {
    text: {
      en: 'Linear plaques of bone density with a trabecular/reticular appearance in the subcutaneous tissue along the leg perimeter.',
      es: 'Placas lineales de densidad ósea, de aspecto trabecular/reticular, en el tejido celular subcutáneo a lo largo del perímetro de las piernas.',
    },
    refs: [SEED],
  },
  earliest: notForEarlyDiagnosis,
  sensitivity: [
    {
      kind: 'not-measured',
      text: {
        en: 'No sensitivity or timing figure was found for CT.',
        es: 'No se encontró ninguna cifra de sensibilidad ni de tiempo de detección para la TC.',
      },
    },
  ],
  radiation: {
    rrl: '☢',
    doseText: {
      en: 'No leg-specific effective dose figure found: for CT of the area of interest the ACR gives "Varies". ACR adult RRL ☢ (<0.1 mSv) for CT of the foot or knee (paediatric ☢☢); an ankle CT measured 21.4 µSv on a phantom (one scanner, Koivisto 2015).',
      es: 'No se encontró una cifra de dosis efectiva específica de la pierna: para la TC de la zona de interés el ACR indica «Variable». Nivel relativo de radiación ACR en adultos ☢ (<0,1 mSv) para la TC de pie o rodilla (☢☢ en niños); una TC de tobillo midió 21,4 µSv en un maniquí (un escáner, Koivisto 2015).',
    },
    refs: ['acr-rrl', 'koivisto-2015'],
  },
  strengths: [
    extentStrength,
    {
      text: {
        en: 'Shows the maturation from amorphous calcification to immature and then mature bone, and its extent for surgical planning (pelvic HO).',
        es: 'Muestra la maduración desde la calcificación amorfa hasta el hueso inmaduro y después maduro, y su extensión para planificar la cirugía (OH pélvica).',
      },
      refs: ['insights-imaging-2013'],
      extrapolated: true,
    },
    deepInvolvement,
  ],
  pitfalls: [earlyPitfall],
};

const mri: ModalityProfile = {
  id: 'mri',
  name: { en: 'Magnetic resonance imaging (MRI)', es: 'Resonancia magnética (RM)' },
  shortName: { en: 'MRI', es: 'RM' },
  showsOssification: {
    text: {
      en: 'Immature HO is non-specific; as HO matures, T2-bright signal falls from 70% to 4% of sites and enhancement from 100% to 20%.',
      es: 'La OH inmadura es inespecífica; a medida que madura, la hiperseñal en T2 pasa del 70% al 4% de las localizaciones y el realce del 100% al 20%.',
    },
    refs: ['ledermann-2002'],
    extrapolated: true,
  },
  earliest: notForEarlyDiagnosis,
  sensitivity: [
    {
      kind: 'not-measured',
      text: {
        en: 'No sensitivity figure was found for MRI.',
        es: 'No se encontró ninguna cifra de sensibilidad para la RM.',
      },
    },
  ],
  radiation: {
    rrl: 'O',
    effectiveDoseMsv: 0,
    doseText: { en: '0 mSv (no ionising radiation)', es: '0 mSv (sin radiación ionizante)' },
    refs: ['acr-rrl'],
  },
  strengths: [extentStrength, deepInvolvement],
  pitfalls: [
    earlyPitfall,
    {
      text: {
        en: 'Immature HO looks non-specific on MRI.',
        es: 'La OH inmadura tiene un aspecto inespecífico en la RM.',
      },
      refs: ['ledermann-2002'],
      extrapolated: true,
    },
  ],
};

const biopsy: ModalityProfile = {
  id: 'biopsy',
  name: {
    en: 'Biopsy (skin and subcutaneous tissue)',
    es: 'Biopsia (piel y tejido celular subcutáneo)',
  },
  shortName: { en: 'Biopsy', es: 'Biopsia' },
  showsOssification: {
    text: {
      en: 'Bone trabeculae enclosing adipose tissue in the deep dermis and subcutaneous fat (García-Arpa 2020); cancellous bone without primary calcification (JAMA 1977 letter, CVI).',
      es: 'Trabéculas óseas que engloban tejido adiposo en la dermis profunda y la grasa subcutánea (García-Arpa 2020); hueso esponjoso sin calcificación primaria (carta en JAMA 1977, insuficiencia venosa crónica).',
    },
    refs: [SEED, 'jama-1977-letter'],
  },
  showsCalcification: {
    text: {
      en: 'Calcinosis cutis shows calcium deposits without bone; the case report separates calcification from ossification and notes that SCHO is not always preceded by calcification.',
      es: 'La calcinosis cutis muestra depósitos de calcio sin hueso; el caso publicado distingue calcificación de osificación y señala que la osificación heterotópica subcutánea no siempre va precedida de calcificación.',
    },
    refs: [SEED, 'reiter-2011'],
  },
  earliest: {
    text: {
      en: 'No day figure: no source gives a time after onset for biopsy.',
      es: 'Sin cifra en días: ninguna fuente indica a partir de cuándo la biopsia muestra la lesión.',
    },
    refs: [SEED],
    extrapolated: false,
  },
  sensitivity: [
    {
      kind: 'not-measured',
      text: {
        en: 'The test of choice (García-Arpa 2020); its sensitivity has not been measured.',
        es: 'Es la prueba de elección (García-Arpa 2020); su sensibilidad no se ha medido.',
      },
    },
  ],
  strengths: [
    {
      text: {
        en: 'Biopsy is the test of choice, showing bone deposits in the dermis and fat, as in other cutaneous HO.',
        es: 'La biopsia es la prueba de elección: muestra depósitos óseos en la dermis y la grasa, como en otras osificaciones heterotópicas cutáneas.',
      },
      refs: [SEED],
    },
  ],
  pitfalls: [
    {
      text: {
        en: 'Biopsy wounds in CVI/lipodermatosclerotic skin heal poorly: in lipodermatosclerosis biopsy is best avoided (ulcers in up to 13%).',
        es: 'Las heridas de biopsia en la piel con insuficiencia venosa crónica o lipodermatoesclerosis cicatrizan mal: en la lipodermatoesclerosis conviene evitar la biopsia (úlceras en hasta el 13%).',
      },
      refs: ['rheumatologist-lds'],
      extrapolated: true,
    },
    {
      text: {
        en: 'In calciphylaxis, biopsy is often falsely negative.',
        es: 'En la calcifilaxis, la biopsia es a menudo falsamente negativa.',
      },
      refs: ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
      extrapolated: true,
    },
  ],
};

export const MODALITIES: Readonly<Record<ModalityId, ModalityProfile>> = {
  labs,
  ultrasound,
  xray,
  scintigraphy,
  ct,
  mri,
  biopsy,
};
