import { text } from '../text';
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
  name: text(
    'Laboratory tests (phospho-calcium metabolism)',
    'Analítica (metabolismo fosfocálcico)',
  ),
  shortName: text('Labs', 'Analítica'),
  showsOssification: {
    text: text(
      'Not an imaging test: in SCHO of the legs in CVI the analytic study, including phosphorus–calcium metabolism, is normal.',
      'No es una prueba de imagen: en la osificación heterotópica subcutánea de las piernas por insuficiencia venosa crónica, la analítica, incluido el metabolismo fosfocálcico, es normal.',
    ),
    refs: [SEED],
  },
  showsCalcification: {
    text: text(
      'Abnormal calcium and/or phosphate, with a calcium × phosphate product above 70 mg²/dL² (eMedicine) or above 55 (Springer 2015), points to metastatic calcinosis rather than SCHO.',
      'Un calcio y/o fósforo alterados, con un producto calcio × fósforo superior a 70 mg²/dL² (eMedicine) o a 55 (Springer 2015), orientan hacia una calcinosis metastásica y no hacia una osificación heterotópica subcutánea.',
    ),
    refs: ['emedicine-calcinosis', 'springer-2015-calcinosis'],
  },
  sensitivity: [
    {
      kind: 'not-measured',
      text: text(
        'Not a detection test: labs are expected to be normal in SCHO (García-Arpa 2020); alkaline phosphatase and CRP are unreliable for early HO (spinal cord injury; Rosteius 2017, SCIRE). Their role is to steer the differential diagnosis.',
        'No es una prueba de detección: en la osificación heterotópica subcutánea la analítica es normal (García-Arpa 2020); la fosfatasa alcalina y la PCR no son fiables para la OH precoz (lesión medular; Rosteius 2017, SCIRE). Su papel es orientar el diagnóstico diferencial.',
      ),
    },
  ],
  strengths: [
    {
      text: text(
        'Normal phosphorus–calcium metabolism fits SCHO in CVI; abnormal values steer towards metastatic calcinosis, calciphylaxis or pseudohypoparathyroidism.',
        'Un metabolismo fosfocálcico normal es compatible con la osificación heterotópica subcutánea por insuficiencia venosa crónica; los valores alterados orientan hacia calcinosis metastásica, calcifilaxis o seudohipoparatiroidismo.',
      ),
      refs: [SEED, 'emedicine-calcinosis', 'linglart-2018'],
    },
  ],
  pitfalls: [
    {
      text: text(
        'Alkaline phosphatase (including bone ALP) and CRP are unreliable for detecting early heterotopic ossification (hip HO after spinal cord injury).',
        'La fosfatasa alcalina (incluida la ósea) y la PCR no son fiables para detectar la osificación heterotópica precoz (OH de cadera tras lesión medular).',
      ),
      refs: ['rosteius-2017', 'scire-ho'],
      extrapolated: true,
    },
  ],
};

const ultrasound: ModalityProfile = {
  id: 'ultrasound',
  name: text('Ultrasound', 'Ecografía'),
  shortName: text('US', 'Eco'),
  showsOssification: {
    text: text(
      'Ossification: hyperechogenic foci with a posterior acoustic shadow in the subcutaneous layer.',
      'Osificación: imágenes hiperecogénicas con artefacto de sombra acústica posterior en el tejido celular subcutáneo.',
    ),
    refs: [SEED],
  },
  showsCalcification: {
    text: text(
      'Calcifications are less echogenic than ossification.',
      'Las calcificaciones son menos ecogénicas que la osificación.',
    ),
    refs: [SEED],
  },
  earliest: {
    text: text(
      'No day figure. Before X-ray signs: in heterotopic bone, ultrasound diagnosed all 8 patients before X-ray signs appeared (Clin Radiol 1991), and in hip HO after spinal cord injury it showed signs about 3 weeks before CT (SCIRE).',
      'Sin cifra en días. Antes que la radiografía: en el hueso heterotópico la ecografía diagnosticó a los 8 pacientes antes de que aparecieran signos radiográficos (Clin Radiol 1991) y, en la OH de cadera tras lesión medular, mostró signos unas 3 semanas antes que la TC (SCIRE).',
    ),
    refs: ['clin-radiol-1991', 'scire-ho'],
    extrapolated: true,
  },
  sensitivity: [
    {
      kind: 'ordinal',
      level: 'high',
      text: text(
        'Considered suitable for the early diagnosis of calcification and ossification; "the technique of choice for early diagnosis" (García-Arpa 2020). No number is given.',
        'Se considera adecuada para el diagnóstico precoz de la calcificación y la osificación; parece la técnica de elección para el diagnóstico precoz (García-Arpa 2020). No se aporta una cifra.',
      ),
      ref: SEED,
      extrapolated: false,
    },
  ],
  radiation: {
    rrl: 'O',
    effectiveDoseMsv: 0,
    doseText: text('0 mSv (no ionising radiation)', '0 mSv (sin radiación ionizante)'),
    refs: ['acr-rrl'],
  },
  cost: {
    level: 'low',
    text: text('Economical (García-Arpa 2020).', 'Económica (García-Arpa 2020).'),
    refs: [SEED],
  },
  availability: {
    level: 'high',
    text: text('Fast and accessible (García-Arpa 2020).', 'Rápida y accesible (García-Arpa 2020).'),
    refs: [SEED],
  },
  strengths: [
    {
      text: text(
        'Fast, accessible and economical; considered suitable for the early diagnosis of calcification and ossification, because simple X-ray may show no alterations for 10–14 days.',
        'Técnica rápida, accesible y económica, considerada adecuada para el diagnóstico precoz de la calcificación y la osificación, ya que la radiografía simple puede no mostrar alteraciones hasta pasados 10–14 días.',
      ),
      refs: [SEED],
    },
    {
      text: text(
        'Although biopsy is the standard test, ultrasound seems to be the technique of choice for early diagnosis.',
        'Aunque la biopsia es la prueba de referencia, la ecografía parece la técnica de elección para el diagnóstico precoz.',
      ),
      refs: [SEED],
    },
    {
      text: text(
        'In heterotopic bone, ultrasound diagnosed all 8 patients before X-ray signs and was specific (scintigraphy was not).',
        'En el hueso heterotópico, la ecografía diagnosticó a los 8 pacientes antes de los signos radiográficos y fue específica (la gammagrafía no lo fue).',
      ),
      refs: ['clin-radiol-1991'],
      extrapolated: true,
    },
    {
      text: text(
        'In legs with chronic venous disease, duplex ultrasound found subcutaneous calcification in 24 of 95 legs at CEAP C4a–C6 and in none at C1–C3 (500 legs studied).',
        'En piernas con enfermedad venosa crónica, la ecografía dúplex halló calcificación subcutánea en 24 de 95 piernas en clase CEAP C4a–C6 y en ninguna en C1–C3 (500 piernas estudiadas).',
      ),
      refs: ['jvs-vl-cvd-calcification'],
      extrapolated: true,
    },
  ],
  pitfalls: [
    {
      text: text(
        'Small deposits were better seen on X-ray than on ultrasound (rotator cuff calcifications: 87 vs 93 of 951 detected).',
        'Los depósitos pequeños se vieron mejor en la radiografía que en la ecografía (calcificaciones del manguito de los rotadores: 87 frente a 93 de 951 detectadas).',
      ),
      refs: ['farin-1995'],
      extrapolated: true,
    },
    {
      text: text(
        'The 88.9% sensitivity comes from an HO-positive cohort only, so specificity could not be estimated.',
        'La sensibilidad del 88,9% procede de una cohorte formada solo por casos con OH, por lo que no pudo estimarse la especificidad.',
      ),
      refs: ['rosteius-2017'],
      extrapolated: true,
    },
  ],
};

const xray: ModalityProfile = {
  id: 'xray',
  name: text('Plain X-ray', 'Radiografía simple'),
  shortName: text('X-ray', 'Rx'),
  showsOssification: {
    text: text(
      'Diffuse or reticulated subcutaneous opacities of bone density affecting the leg perimeter, sometimes with periostitis due to CVI (García-Arpa 2020). In CVI the pattern may be punctate, trabecular or reticular; trabecular and reticular patterns mean longer-standing, severer disease (LearningRadiology).',
      'Opacidades subcutáneas difusas o reticuladas de densidad ósea que afectan al perímetro de la pierna, a veces con periostitis por la insuficiencia venosa crónica (García-Arpa 2020). En la insuficiencia venosa crónica el patrón puede ser puntiforme, trabecular o reticular; los dos últimos indican una enfermedad más antigua y más grave (LearningRadiology).',
    ),
    refs: [SEED, 'learningradiology-ho'],
  },
  earliest: {
    fromDay: 10,
    toDay: 14,
    text: text(
      'Simple X-ray may show no alterations until 10–14 days have passed (as cited by García-Arpa 2020).',
      'La radiografía simple puede no mostrar alteraciones hasta que transcurren 10–14 días (según cita García-Arpa 2020).',
    ),
    refs: [SEED],
    extrapolated: false,
  },
  sensitivity: [
    {
      kind: 'not-measured',
      text: text(
        'No sensitivity or specificity figure was found for X-ray in SCHO or in other heterotopic ossification. It may show nothing in the first 10–14 days (as cited by García-Arpa 2020).',
        'No se encontró ninguna cifra de sensibilidad ni de especificidad de la radiografía en la osificación heterotópica subcutánea ni en otras osificaciones heterotópicas. Puede no mostrar nada en los primeros 10–14 días (según cita García-Arpa 2020).',
      ),
    },
  ],
  radiation: {
    doseText: text(
      '<0.01 mSv for limb radiography (except the hip): an upper bound, not a point value; ACR adult RRL ☢ (<0.1 mSv).',
      '<0,01 mSv en la radiografía de extremidades (salvo la cadera): es un límite superior, no un valor puntual; nivel relativo de radiación ACR en adultos ☢ (<0,1 mSv).',
    ),
    rrl: '☢',
    refs: ['pmc381057-dose', 'acr-rrl'],
  },
  strengths: [
    {
      text: text(
        'In the seed case, X-rays showed subcutaneous reticulated opacities with bone density.',
        'En el caso publicado, la radiografía mostró opacidades subcutáneas reticuladas de densidad ósea.',
      ),
      refs: [SEED],
    },
    {
      text: text(
        'Small deposits were better seen on X-ray than on ultrasound (rotator cuff calcifications).',
        'Los depósitos pequeños se vieron mejor en la radiografía que en la ecografía (calcificaciones del manguito de los rotadores).',
      ),
      refs: ['farin-1995'],
      extrapolated: true,
    },
  ],
  pitfalls: [
    {
      text: text(
        'May show no alterations until 10–14 days have passed (as cited by García-Arpa 2020): a normal film before then does not exclude the lesion.',
        'Puede no mostrar alteraciones hasta pasados 10–14 días (según cita García-Arpa 2020): una radiografía normal antes de ese plazo no descarta la lesión.',
      ),
      refs: [SEED],
    },
    {
      text: text(
        'In neurogenic HO, X-ray becomes positive about 2–6 weeks after a positive bone scan.',
        'En la OH neurógena, la radiografía se hace positiva unas 2–6 semanas después de una gammagrafía ósea positiva.',
      ),
      refs: ['scire-ho'],
      extrapolated: true,
    },
    {
      text: text(
        'After brain injury, X-ray lags the bone scan by 2–3 weeks.',
        'Tras una lesión cerebral, la radiografía va 2–3 semanas por detrás de la gammagrafía ósea.',
      ),
      refs: ['medscape-ho'],
      extrapolated: true,
    },
  ],
};

const scintigraphy: ModalityProfile = {
  id: 'scintigraphy',
  name: text(
    'Bone scintigraphy (three-phase, Tc-99m MDP)',
    'Gammagrafía ósea (en tres fases, Tc-99m MDP)',
  ),
  shortName: text('Bone scan', 'Gammagrafía'),
  showsOssification: {
    text: text(
      'Hyper-uptake in the soft tissues of the legs.',
      'Hipercaptación en las partes blandas de las piernas.',
    ),
    refs: [SEED],
  },
  earliest: {
    text: text(
      'No day figure. Earlier than X-ray: X-ray lags a positive scan by about 2–6 weeks (neurogenic HO).',
      'Sin cifra en días. Antes que la radiografía: la radiografía se retrasa unas 2–6 semanas respecto a una gammagrafía positiva (OH neurógena).',
    ),
    refs: ['scire-ho'],
    extrapolated: true,
  },
  sensitivity: [
    {
      kind: 'ordinal',
      level: 'high',
      text: text(
        'Highly sensitive in early diagnosis (García-Arpa 2020). No number is given.',
        'Muy sensible en el diagnóstico precoz (García-Arpa 2020). No se aporta una cifra.',
      ),
      ref: SEED,
      extrapolated: false,
    },
  ],
  radiation: {
    rrl: '☢☢☢',
    effectiveDoseRangeMsv: { low: MDP_DOSE.lowMsv, high: MDP_DOSE.highMsv },
    doseText: text(
      '4.2–6.3 mSv for an adult Tc-99m MDP bone scan (0.0057 mSv/MBq × 740–1,110 MBq; about 4 mSv in PMC381057); ACR adult RRL ☢☢☢ (1–10 mSv).',
      '4,2–6,3 mSv en una gammagrafía ósea con Tc-99m MDP en adultos (0,0057 mSv/MBq × 740–1.110 MBq; unos 4 mSv según PMC381057); nivel relativo de radiación ACR en adultos ☢☢☢ (1–10 mSv).',
    ),
    refs: ['jnm-dose-table', 'pmc381057-dose', 'acr-rrl'],
  },
  cost: {
    level: 'high',
    text: text(
      '"High costs" (said of bone scintigraphy for HO after spinal cord injury; Rosteius 2017).',
      '«Costes elevados» (referido a la gammagrafía ósea en la OH tras lesión medular; Rosteius 2017).',
    ),
    refs: ['rosteius-2017'],
  },
  availability: {
    level: 'low',
    text: text(
      '"Not available in smaller hospitals" (Rosteius 2017).',
      '«No disponible en hospitales pequeños» (Rosteius 2017).',
    ),
    refs: ['rosteius-2017'],
  },
  strengths: [
    {
      text: text(
        'Bone scintigraphy is highly sensitive in early diagnosis.',
        'La gammagrafía ósea es muy sensible en el diagnóstico precoz.',
      ),
      refs: [SEED],
    },
    {
      text: text(
        'The three-phase bone scan is described as the most sensitive test for HO after spinal cord injury.',
        'La gammagrafía ósea en tres fases se describe como la prueba más sensible para la OH tras lesión medular.',
      ),
      refs: ['svircev-2008'],
      extrapolated: true,
    },
    {
      text: text(
        'In calciphylaxis in end-stage renal disease, the bone scan was abnormal in 34 of 36 patients (94%; secondary sources also say 97%, which does not match 34 of 36; Fine & Zacharias 2002, read in secondary sources).',
        'En la calcifilaxis de la enfermedad renal terminal, la gammagrafía ósea fue patológica en 34 de 36 pacientes (94%; las fuentes secundarias también dicen 97%, que no corresponde a 34 de 36; Fine y Zacharias 2002, leído en fuentes secundarias).',
      ),
      refs: ['fine-zacharias-2002'],
      extrapolated: true,
    },
  ],
  pitfalls: [
    {
      text: text(
        'Less specific than radiography (neurogenic HO).',
        'Menos específica que la radiografía (OH neurógena).',
      ),
      refs: ['scire-ho'],
      extrapolated: true,
    },
    {
      text: text(
        'In heterotopic bone, ultrasound was specific and scintigraphy was not.',
        'En el hueso heterotópico, la ecografía fue específica y la gammagrafía no.',
      ),
      refs: ['clin-radiol-1991'],
      extrapolated: true,
    },
    {
      text: text(
        'The first scan was falsely negative in 7 of 60 patients: if suspicion persists, repeat it.',
        'La primera gammagrafía fue falsamente negativa en 7 de 60 pacientes: si la sospecha persiste, hay que repetirla.',
      ),
      refs: ['svircev-2008'],
      extrapolated: true,
    },
    {
      text: text(
        'Carries radiation: 4.2–6.3 mSv effective dose for an adult (ACR RRL ☢☢☢).',
        'Conlleva radiación: una dosis efectiva de 4,2–6,3 mSv en adultos (nivel ACR ☢☢☢).',
      ),
      refs: ['jnm-dose-table', 'pmc381057-dose', 'acr-rrl'],
    },
  ],
};

/** CT and MRI share the seed's verdict: not for early diagnosis, but they show the extent. */
const notForEarlyDiagnosis = {
  text: text(
    'No day figure. Not for early diagnosis; used to evaluate the extent of the lesion (García-Arpa 2020).',
    'Sin cifra en días. No sirve para el diagnóstico precoz; permite valorar la extensión de la lesión (García-Arpa 2020).',
  ),
  refs: [SEED],
  extrapolated: false,
} as const;

const extentStrength = {
  text: text(
    'Makes it possible to evaluate the extent of the lesion.',
    'Permite valorar la extensión de la lesión.',
  ),
  refs: [SEED],
} as const;

const earlyPitfall = {
  text: text(
    'Unlike ultrasound and bone scintigraphy, not useful for early diagnosis.',
    'A diferencia de la ecografía y la gammagrafía ósea, no es útil para el diagnóstico precoz.',
  ),
  refs: [SEED],
} as const;

const deepInvolvement = {
  text: text(
    'SCHO does not involve the fascia or muscles (García-Arpa 2020): intramuscular bone with a zonal pattern suggests myositis ossificans instead (Radiopaedia).',
    'La osificación heterotópica subcutánea no afecta a la fascia ni al músculo (García-Arpa 2020): un hueso intramuscular con patrón zonal sugiere, en cambio, una miositis osificante (Radiopaedia).',
  ),
  refs: [SEED, 'radiopaedia-myositis-ossificans'],
} as const;

const ct: ModalityProfile = {
  id: 'ct',
  name: text('Computed tomography (CT)', 'Tomografía computarizada (TC)'),
  shortName: text('CT', 'TC'),
  showsOssification: {
    text: text(
      'Linear plaques of bone density with a trabecular/reticular appearance in the subcutaneous tissue along the leg perimeter.',
      'Placas lineales de densidad ósea, de aspecto trabecular/reticular, en el tejido celular subcutáneo a lo largo del perímetro de las piernas.',
    ),
    refs: [SEED],
  },
  earliest: notForEarlyDiagnosis,
  sensitivity: [
    {
      kind: 'not-measured',
      text: text(
        'No sensitivity or timing figure was found for CT.',
        'No se encontró ninguna cifra de sensibilidad ni de tiempo de detección para la TC.',
      ),
    },
  ],
  radiation: {
    rrl: '☢',
    doseText: text(
      'No leg-specific effective dose figure found: for CT of the area of interest the ACR gives "Varies". ACR adult RRL ☢ (<0.1 mSv) for CT of the foot or knee (paediatric ☢☢); an ankle CT measured 21.4 µSv on a phantom (one scanner, Koivisto 2015).',
      'No se encontró una cifra de dosis efectiva específica de la pierna: para la TC de la zona de interés el ACR indica «Variable». Nivel relativo de radiación ACR en adultos ☢ (<0,1 mSv) para la TC de pie o rodilla (☢☢ en niños); una TC de tobillo midió 21,4 µSv en un maniquí (un escáner, Koivisto 2015).',
    ),
    refs: ['acr-rrl', 'koivisto-2015'],
  },
  strengths: [
    extentStrength,
    {
      text: text(
        'Shows the maturation from amorphous calcification to immature and then mature bone, and its extent for surgical planning (pelvic HO).',
        'Muestra la maduración desde la calcificación amorfa hasta el hueso inmaduro y después maduro, y su extensión para planificar la cirugía (OH pélvica).',
      ),
      refs: ['insights-imaging-2013'],
      extrapolated: true,
    },
    deepInvolvement,
  ],
  pitfalls: [earlyPitfall],
};

const mri: ModalityProfile = {
  id: 'mri',
  name: text('Magnetic resonance imaging (MRI)', 'Resonancia magnética (RM)'),
  shortName: text('MRI', 'RM'),
  showsOssification: {
    text: text(
      'Immature HO is non-specific; as HO matures, T2-bright signal falls from 70% to 4% of sites and enhancement from 100% to 20%.',
      'La OH inmadura es inespecífica; a medida que madura, la hiperseñal en T2 pasa del 70% al 4% de las localizaciones y el realce del 100% al 20%.',
    ),
    refs: ['ledermann-2002'],
    extrapolated: true,
  },
  earliest: notForEarlyDiagnosis,
  sensitivity: [
    {
      kind: 'not-measured',
      text: text(
        'No sensitivity figure was found for MRI.',
        'No se encontró ninguna cifra de sensibilidad para la RM.',
      ),
    },
  ],
  radiation: {
    rrl: 'O',
    effectiveDoseMsv: 0,
    doseText: text('0 mSv (no ionising radiation)', '0 mSv (sin radiación ionizante)'),
    refs: ['acr-rrl'],
  },
  strengths: [extentStrength, deepInvolvement],
  pitfalls: [
    earlyPitfall,
    {
      text: text(
        'Immature HO looks non-specific on MRI.',
        'La OH inmadura tiene un aspecto inespecífico en la RM.',
      ),
      refs: ['ledermann-2002'],
      extrapolated: true,
    },
  ],
};

const biopsy: ModalityProfile = {
  id: 'biopsy',
  name: text('Biopsy (skin and subcutaneous tissue)', 'Biopsia (piel y tejido celular subcutáneo)'),
  shortName: text('Biopsy', 'Biopsia'),
  showsOssification: {
    text: text(
      'Bone trabeculae enclosing adipose tissue in the deep dermis and subcutaneous fat (García-Arpa 2020); cancellous bone without primary calcification (JAMA 1977 letter, CVI).',
      'Trabéculas óseas que engloban tejido adiposo en la dermis profunda y la grasa subcutánea (García-Arpa 2020); hueso esponjoso sin calcificación primaria (carta en JAMA 1977, insuficiencia venosa crónica).',
    ),
    refs: [SEED, 'jama-1977-letter'],
  },
  showsCalcification: {
    text: text(
      'Calcinosis cutis shows calcium deposits without bone; the seed separates calcification from ossification and notes that SCHO is not always preceded by calcification.',
      'La calcinosis cutis muestra depósitos de calcio sin hueso; el caso publicado distingue calcificación de osificación y señala que la osificación heterotópica subcutánea no siempre va precedida de calcificación.',
    ),
    refs: [SEED, 'reiter-2011'],
  },
  earliest: {
    text: text(
      'No day figure: no source gives a time after onset for biopsy.',
      'Sin cifra en días: ninguna fuente indica a partir de cuándo la biopsia muestra la lesión.',
    ),
    refs: [SEED],
    extrapolated: false,
  },
  sensitivity: [
    {
      kind: 'not-measured',
      text: text(
        'The test of choice (García-Arpa 2020); its sensitivity has not been measured.',
        'Es la prueba de elección (García-Arpa 2020); su sensibilidad no se ha medido.',
      ),
    },
  ],
  strengths: [
    {
      text: text(
        'Biopsy is the test of choice, showing bone deposits in the dermis and fat, as in other cutaneous HO.',
        'La biopsia es la prueba de elección: muestra depósitos óseos en la dermis y la grasa, como en otras osificaciones heterotópicas cutáneas.',
      ),
      refs: [SEED],
    },
  ],
  pitfalls: [
    {
      text: text(
        'Biopsy wounds in CVI/lipodermatosclerotic skin heal poorly: in lipodermatosclerosis biopsy is best avoided (ulcers in up to 13%).',
        'Las heridas de biopsia en la piel con insuficiencia venosa crónica o lipodermatoesclerosis cicatrizan mal: en la lipodermatoesclerosis conviene evitar la biopsia (úlceras en hasta el 13%).',
      ),
      refs: ['rheumatologist-lds'],
      extrapolated: true,
    },
    {
      text: text(
        'In calciphylaxis, biopsy is often falsely negative.',
        'En la calcifilaxis, la biopsia es a menudo falsamente negativa.',
      ),
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
