import type { EvidenceFigure, Strength } from './types';
import type { LocalizedText } from '../text';

/**
 * Every number about how often a test shows the lesion, or how often the lesion occurs, with the
 * design, unit, reference standard, strength and applicability needed to judge it.
 *
 * Rules followed here:
 * - Each figure was looked up again in its source (usually the abstract) before encoding; where
 *   the source says less than a summary of it, the source wins.
 * - `counts` are given only when the source states them or they follow exactly from what it
 *   states (`countsDerived: true`; registry tests check that exactly one count fits). The 95%
 *   interval is computed from the counts (Wilson), never copied.
 * - Without a reference standard a figure is a `detection-rate` or a `frequency`, never a
 *   `sensitivity`.
 * - No figure comes from an accuracy study of SCHO in CVI: none exists.
 */

const strength = (grade: Strength['grade'], reason: LocalizedText): Strength => ({ grade, reason });

// ---------------------------------------------------------------------------------------------
// Direct: legs with venous disease
// ---------------------------------------------------------------------------------------------

const tokoroXray: EvidenceFigure = {
  id: 'tokoro-2009-xray',
  modality: 'xray',
  method: { en: 'Plain X-ray of the lower legs', es: 'Radiografía simple de las piernas' },
  measure: 'detection-rate',
  finding: 'calcification',
  value: 0.65,
  statedDecimals: 2,
  counts: { events: 13, total: 20 },
  design: 'case-control',
  patients: 40,
  unit: 'patient',
  referenceStandard: 'none',
  strength: strength('low', {
    en: '20 patients and 20 controls; nothing independent checked the X-ray; it counts calcification, not bone.',
    es: '20 pacientes y 20 controles; nada independiente comprobó la radiografía; cuenta calcificación, no hueso.',
  }),
  applicability: 'direct',
  setting: {
    en: 'Patients with chronic venous insufficiency (20) against control subjects (20), Tokyo',
    es: 'Pacientes con insuficiencia venosa crónica (20) frente a sujetos control (20), Tokio',
  },
  note: {
    en: 'Subcutaneous calcification in 13 of 20 patients (65%), more frequent with longer disease; in 4 of 20 controls (20%), all minimal. Punctate and trabecular/reticular types; the trabecular/reticular type went with longer disease and higher clinical scores and occurred in no control.',
    es: 'Calcificación subcutánea en 13 de 20 pacientes (65%), más frecuente cuanto más larga la enfermedad; en 4 de 20 controles (20%), siempre mínima. Tipos puntiforme y trabecular/reticular; el trabecular/reticular se asoció a una enfermedad más larga y a puntuaciones clínicas más altas y no apareció en ningún control.',
  },
  ref: 'tokoro-2009',
  extrapolated: false,
};

const wozniakReason = strength('low', {
  en: '10 patients (14 limbs, so not independent units); no reference standard; calcification, not bone.',
  es: '10 pacientes (14 extremidades, que no son unidades independientes); sin patrón de referencia; calcificación, no hueso.',
});

const wozniakSetting = {
  en: 'Lipodermatosclerosis (severe venous insufficiency): 10 patients, 14 affected limbs',
  es: 'Lipodermatoesclerosis (insuficiencia venosa grave): 10 pacientes, 14 extremidades afectadas',
};

const wozniakUs: EvidenceFigure = {
  id: 'wozniak-2020-us',
  modality: 'ultrasound',
  method: { en: 'High-frequency skin ultrasound', es: 'Ecografía cutánea de alta frecuencia' },
  measure: 'detection-rate',
  finding: 'calcification',
  value: 0.929,
  statedDecimals: 3,
  counts: { events: 13, total: 14 },
  countsDerived: true,
  design: 'case-series',
  patients: 10,
  unit: 'limb',
  referenceStandard: 'none',
  strength: wozniakReason,
  applicability: 'direct',
  setting: wozniakSetting,
  note: {
    en: 'Subcutaneous calcifications in 92.9% of the 14 limbs (13 of 14, the only count that gives 92.9%); vascular-wall calcifications in 78.6%. The same limbs had a leg X-ray: the only head-to-head of ultrasound and X-ray in venous legs.',
    es: 'Calcificaciones subcutáneas en el 92,9% de las 14 extremidades (13 de 14, el único recuento que da 92,9%); calcificaciones de la pared vascular en el 78,6%. Las mismas extremidades tenían radiografía: la única comparación directa de ecografía y radiografía en piernas venosas.',
  },
  ref: 'wozniak-2020',
  extrapolated: false,
};

const wozniakXray: EvidenceFigure = {
  id: 'wozniak-2020-xray',
  modality: 'xray',
  method: { en: 'Radiography of the lower leg', es: 'Radiografía de la pierna' },
  measure: 'detection-rate',
  finding: 'calcification',
  value: 0.857,
  statedDecimals: 3,
  counts: { events: 12, total: 14 },
  countsDerived: true,
  design: 'case-series',
  patients: 10,
  unit: 'limb',
  referenceStandard: 'none',
  strength: wozniakReason,
  applicability: 'direct',
  setting: wozniakSetting,
  note: {
    en: 'Calcifications in 85.7% of the 14 limbs (12 of 14, the only count that gives 85.7%); skin thickening in all.',
    es: 'Calcificaciones en el 85,7% de las 14 extremidades (12 de 14, el único recuento que da 85,7%); engrosamiento cutáneo en todas.',
  },
  ref: 'wozniak-2020',
  extrapolated: false,
};

const wollinaSetting = {
  en: 'Chronic leg ulcers of mixed cause, unhealed after at least 3 months of good care, excised by shave excision (212 patients, 362 ulcers); retrospective',
  es: 'Úlceras crónicas de pierna de causa mixta, sin curar tras al menos 3 meses de buenos cuidados, extirpadas por afeitado (212 pacientes, 362 úlceras); retrospectivo',
};

const wollinaStrength = strength('moderate', {
  en: 'Histology is the reference for bone, and 212 patients were examined; but a surgical, refractory population of ulcers of mixed cause.',
  es: 'La histología es la referencia para el hueso y se examinó a 212 pacientes; pero es una población quirúrgica y refractaria, con úlceras de causa mixta.',
});

const wollinaBone: EvidenceFigure = {
  id: 'wollina-2009-bone',
  modality: 'biopsy',
  method: {
    en: 'Histology of the excised ulcer bed (haematoxylin-eosin and von Kossa)',
    es: 'Histología del lecho ulceroso extirpado (hematoxilina-eosina y von Kossa)',
  },
  measure: 'frequency',
  finding: 'bone',
  value: 0.07,
  statedDecimals: 2,
  counts: { events: 15, total: 212 },
  design: 'case-series',
  patients: 212,
  unit: 'patient',
  referenceStandard: 'histology',
  strength: wollinaStrength,
  applicability: 'direct',
  setting: wollinaSetting,
  note: {
    en: 'Metaplastic subcutaneous bone formation in 15 patients (7%): the only frequency of bone, rather than calcification, with a tissue reference.',
    es: 'Formación de hueso metaplásico subcutáneo en 15 pacientes (7%): la única frecuencia de hueso, y no de calcificación, con referencia tisular.',
  },
  ref: 'wollina-2009',
  extrapolated: false,
};

const wollinaCalcification: EvidenceFigure = {
  id: 'wollina-2009-calcification',
  modality: 'biopsy',
  method: wollinaBone.method,
  measure: 'frequency',
  finding: 'calcification',
  value: 0.18,
  statedDecimals: 2,
  counts: { events: 39, total: 212 },
  design: 'case-series',
  patients: 212,
  unit: 'patient',
  referenceStandard: 'histology',
  strength: wollinaStrength,
  applicability: 'direct',
  setting: wollinaSetting,
  note: {
    en: 'Dystrophic calcification in 39 patients (18%). It resisted conservative care and lowered the graft take rate (91% without vs 80% with).',
    es: 'Calcificación distrófica en 39 pacientes (18%). Resistía al tratamiento conservador y reducía la tasa de prendimiento del injerto (91% sin ella frente a 80% con ella).',
  },
  ref: 'wollina-2009',
  extrapolated: false,
};

const colbocPalpation: EvidenceFigure = {
  id: 'colboc-2022-palpation',
  method: { en: 'Palpation of the ulcer', es: 'Palpación de la úlcera' },
  measure: 'frequency',
  finding: 'calcification',
  value: 0.07,
  statedDecimals: 2,
  counts: { events: 10, total: 143 },
  design: 'cohort',
  patients: 143,
  unit: 'patient',
  referenceStandard: 'none',
  strength: strength('low', {
    en: 'Prospective, but one geriatric ward and screening by palpation only, which misses small deposits.',
    es: 'Prospectivo, pero en una sola unidad geriátrica y con cribado solo por palpación, que pasa por alto los depósitos pequeños.',
  }),
  applicability: 'direct',
  setting: {
    en: 'Older inpatients with leg ulcers, one geriatric wound-healing ward, Paris, 2018–2019; prospective',
    es: 'Pacientes mayores hospitalizados por úlceras de pierna, una unidad geriátrica de heridas, París, 2018–2019; prospectivo',
  },
  note: {
    en: 'Dystrophic calcification in 10 of 143 patients (7%), more likely with venous insufficiency (P = 0.015) and hypercalcaemia (P = 0.041); the deposits analysed were always calcium-phosphate apatite.',
    es: 'Calcificación distrófica en 10 de 143 pacientes (7%), más probable con insuficiencia venosa (P = 0,015) e hipercalcemia (P = 0,041); los depósitos analizados fueron siempre apatita de fosfato cálcico.',
  },
  ref: 'colboc-2022',
  extrapolated: false,
};

const jvsSetting = {
  en: 'Duplex ultrasound of 500 legs (250 patients) referred for chronic venous disease; patients with other causes of calcification excluded',
  es: 'Ecografía dúplex de 500 piernas (250 pacientes) remitidas por enfermedad venosa crónica; se excluyó a los pacientes con otras causas de calcificación',
};

const jvsStrength = strength('moderate', {
  en: 'Consecutive legs of every CEAP class; but ultrasound alone, with no reference standard, and calcification rather than bone.',
  es: 'Piernas consecutivas de todas las clases CEAP; pero solo ecografía, sin patrón de referencia, y calcificación en lugar de hueso.',
});

const jvsAdvanced: EvidenceFigure = {
  id: 'jvs-vl-c4-c6',
  modality: 'ultrasound',
  method: {
    en: 'Duplex ultrasound of the skin and subcutis',
    es: 'Ecografía dúplex de la piel y el tejido subcutáneo',
  },
  measure: 'frequency',
  finding: 'calcification',
  value: 24 / 95,
  statedDecimals: 3,
  counts: { events: 24, total: 95 },
  design: 'cross-sectional',
  patients: 250,
  unit: 'leg',
  referenceStandard: 'none',
  strength: jvsStrength,
  applicability: 'direct',
  setting: jvsSetting,
  note: {
    en: 'Subcutaneous tissue calcification in 24 of 95 legs at CEAP C4a–C6 (the source gives counts, not a percentage).',
    es: 'Calcificación del tejido subcutáneo en 24 de 95 piernas en CEAP C4a–C6 (la fuente da recuentos, no un porcentaje).',
  },
  ref: 'jvs-vl-cvd-calcification',
  extrapolated: false,
};

const jvsEarly: EvidenceFigure = {
  ...jvsAdvanced,
  id: 'jvs-vl-c1-c3',
  value: 0,
  counts: { events: 0, total: 266 },
  countsDerived: true,
  note: {
    en: 'No subcutaneous tissue calcification in any leg at C1, C2 or C3: 43 + 189 + 34 = 266 legs.',
    es: 'Ninguna calcificación del tejido subcutáneo en las piernas C1, C2 o C3: 43 + 189 + 34 = 266 piernas.',
  },
};

// ---------------------------------------------------------------------------------------------
// Indirect: another kind of heterotopic ossification or calcinosis
// ---------------------------------------------------------------------------------------------

const rosteiusUs: EvidenceFigure = {
  id: 'rosteius-2017-us',
  modality: 'ultrasound',
  method: { en: 'Ultrasound screening examination', es: 'Ecografía de cribado' },
  measure: 'sensitivity',
  finding: 'heterotopic-ossification',
  value: 0.889,
  statedDecimals: 3,
  counts: { events: 193, total: 217 },
  design: 'case-series',
  patients: 217,
  unit: 'patient',
  referenceStandard: 'ct-mri',
  strength: strength('low', {
    en: 'Retrospective chart review of HO-positive patients only: sensitivity without specificity.',
    es: 'Revisión retrospectiva de historias de pacientes con OH solamente: sensibilidad sin especificidad.',
  }),
  applicability: 'indirect',
  setting: {
    en: 'Hip heterotopic ossification after spinal cord injury (217 patients, 2003–2013)',
    es: 'Osificación heterotópica de cadera tras lesión medular (217 pacientes, 2003–2013)',
  },
  note: {
    en: 'Confirmed by CT or MRI after a mean of 64.8 days; specificity not estimable because only HO-positive patients were included.',
    es: 'Confirmada por TC o RM a los 64,8 días de media; la especificidad no es estimable porque solo se incluyeron pacientes con OH.',
  },
  ref: 'rosteius-2017',
  extrapolated: true,
};

const fairchildSetting = {
  en: 'Hand and wrist calcinosis in systemic sclerosis (43 patients): calcification, not ossification',
  es: 'Calcinosis de manos y muñecas en la esclerosis sistémica (43 pacientes): calcificación, no osificación',
};

const fairchildStrength = strength('low', {
  en: '43 patients; X-ray as the reference marks ultrasound down for deposits X-ray misses; hands, not legs.',
  es: '43 pacientes; la radiografía como referencia penaliza a la ecografía por los depósitos que la radiografía no ve; manos, no piernas.',
});

const fairchildBase = {
  modality: 'ultrasound',
  method: { en: 'Ultrasound of hands and wrists', es: 'Ecografía de manos y muñecas' },
  measure: 'sensitivity',
  finding: 'calcification',
  statedDecimals: 2,
  design: 'cross-sectional',
  patients: 43,
  referenceStandard: 'xray',
  strength: fairchildStrength,
  applicability: 'indirect',
  setting: fairchildSetting,
  ref: 'fairchild-2021',
  extrapolated: true,
} as const;

const fairchildPatient: EvidenceFigure = {
  ...fairchildBase,
  id: 'fairchild-2021-us-patient',
  value: 0.76,
  unit: 'patient',
  counts: { events: 13, total: 17 },
  countsDerived: true,
  note: {
    en: 'Per patient: sensitivity 76%, specificity 100%. Calcinosis on X-ray in 39.5% (17 of 43) and on ultrasound in 30.2% (13 of 43), so 13 of 17 true positives and 26 of 26 true negatives.',
    es: 'Por paciente: sensibilidad 76%, especificidad 100%. Calcinosis en la radiografía en el 39,5% (17 de 43) y en la ecografía en el 30,2% (13 de 43): 13 de 17 verdaderos positivos y 26 de 26 verdaderos negativos.',
  },
};

const fairchildHand: EvidenceFigure = {
  ...fairchildBase,
  id: 'fairchild-2021-us-hand',
  value: 0.78,
  unit: 'hand',
  note: {
    en: 'Per hand: sensitivity 78%, specificity 98%. The number of hands with calcinosis is not given, so no counts and no interval.',
    es: 'Por mano: sensibilidad 78%, especificidad 98%. No se da el número de manos con calcinosis, así que no hay recuentos ni intervalo.',
  },
};

const fairchildZone: EvidenceFigure = {
  ...fairchildBase,
  id: 'fairchild-2021-us-zone',
  value: 0.61,
  unit: 'zone',
  note: {
    en: 'Per anatomical zone: sensitivity 61%, specificity 95%. The number of zones is not given, so no counts and no interval.',
    es: 'Por zona anatómica: sensibilidad 61%, especificidad 95%. No se da el número de zonas, así que no hay recuentos ni intervalo.',
  },
};

const elgazzarSpect: EvidenceFigure = {
  id: 'elgazzar-2019-spect',
  modality: 'scintigraphy',
  method: {
    en: 'Three-phase bone scan with SPECT (read as "definitely present")',
    es: 'Gammagrafía ósea en tres fases con SPECT (leída como «definitivamente presente»)',
  },
  measure: 'sensitivity',
  finding: 'heterotopic-ossification',
  value: 0.348,
  statedDecimals: 3,
  counts: { events: 8, total: 23 },
  design: 'case-series',
  patients: 34,
  unit: 'patient',
  referenceStandard: 'spect-ct',
  strength: strength('very-low', {
    en: 'A conference abstract; 34 patients found by a report search; the reference (SPECT/CT) contains the index test (incorporation bias).',
    es: 'Un resumen de congreso; 34 pacientes hallados buscando en los informes; la referencia (SPECT/TC) contiene la prueba evaluada (sesgo de incorporación).',
  }),
  applicability: 'indirect',
  setting: {
    en: 'Heterotopic ossification on bone scintigraphy with SPECT/CT at one nuclear-medicine department (34 patients)',
    es: 'Osificación heterotópica en gammagrafía ósea con SPECT/TC en un servicio de medicina nuclear (34 pacientes)',
  },
  note: {
    en: 'Of 23 SPECT/CT-positive patients, SPECT alone read 8 as definite, 12 as maybe and 3 as negative; of 11 SPECT/CT-negative, 7 negative and 4 maybe.',
    es: 'De 23 pacientes positivos en SPECT/TC, la SPECT sola leyó 8 como definitivos, 12 como posibles y 3 como negativos; de 11 negativos en SPECT/TC, 7 negativos y 4 posibles.',
  },
  ref: 'elgazzar-2019',
  extrapolated: true,
};

const saezScint: EvidenceFigure = {
  id: 'saez-de-ocariz-2014-scint',
  modality: 'scintigraphy',
  method: { en: 'Tc-99m MDP bone scintigraphy', es: 'Gammagrafía ósea con Tc-99m MDP' },
  measure: 'sensitivity',
  finding: 'calcification',
  value: 0.375,
  statedDecimals: 3,
  design: 'cross-sectional',
  unit: 'patient',
  referenceStandard: 'clinical',
  strength: strength('very-low', {
    en: 'Physical examination as the reference; children; no counts behind the percentage in the abstract.',
    es: 'La exploración física como referencia; niños; el resumen no da los recuentos detrás del porcentaje.',
  }),
  applicability: 'indirect',
  setting: {
    en: 'Dystrophic calcinosis in juvenile dermatomyositis and systemic sclerosis (children aged 5–17)',
    es: 'Calcinosis distrófica en la dermatomiositis juvenil y la esclerosis sistémica (niños de 5 a 17 años)',
  },
  note: {
    en: 'Sensitivity 37.5% for calcinosis in soft tissues (43.8% over bony prominences) against physical examination; calcinosis was found by examination in 16 patients and by scintigraphy in 9, with no concordance.',
    es: 'Sensibilidad del 37,5% para la calcinosis de partes blandas (43,8% sobre prominencias óseas) frente a la exploración física; la exploración halló calcinosis en 16 pacientes y la gammagrafía en 9, sin concordancia.',
  },
  ref: 'saez-de-ocariz-2014',
  extrapolated: true,
};

const kimCt: EvidenceFigure = {
  id: 'kim-2017-ct',
  modality: 'ct',
  method: {
    en: 'CT of the sinuses: dermal radiopaque dots above 150 HU',
    es: 'TC de senos paranasales: puntos radiopacos dérmicos de más de 150 UH',
  },
  measure: 'frequency',
  finding: 'calcification',
  value: 0.42,
  statedDecimals: 2,
  counts: { events: 553, total: 1315 },
  countsDerived: true,
  design: 'cross-sectional',
  patients: 1315,
  unit: 'patient',
  referenceStandard: 'none',
  strength: strength('moderate', {
    en: '1,315 consecutive CTs; but the face, not the legs, and no histology of the dots.',
    es: '1.315 TC consecutivas; pero de la cara, no de las piernas, y sin histología de los puntos.',
  }),
  applicability: 'indirect',
  setting: {
    en: 'Consecutive sinus CTs of patients aged 4–90 (1,315), read for small facial calcified nodules',
    es: 'TC de senos consecutivas de pacientes de 4 a 90 años (1.315), revisadas en busca de pequeños nódulos faciales calcificados',
  },
  note: {
    en: 'A caveat for CT specificity: small dermal calcified nodules (read as miliary osteoma cutis) in 252 of 599 men (42.1%) and 301 of 716 women (42.0%), 553 of 1,315 in all, more with age. A CT "positive" dot in the skin is common and is not SCHO.',
    es: 'Una advertencia sobre la especificidad de la TC: pequeños nódulos dérmicos calcificados (interpretados como osteoma cutis miliar) en 252 de 599 varones (42,1%) y 301 de 716 mujeres (42,0%), 553 de 1.315 en total, más con la edad. Un punto «positivo» en la piel en la TC es frecuente y no es una osificación heterotópica subcutánea.',
  },
  ref: 'kim-2017',
  extrapolated: true,
};

// ---------------------------------------------------------------------------------------------
// Other disease: calciphylaxis (vascular calcification with necrosis, not ossification)
// ---------------------------------------------------------------------------------------------

const calciphylaxisSetting = {
  en: 'Calciphylaxis (vascular calcification with skin necrosis) in end-stage renal disease',
  es: 'Calcifilaxis (calcificación vascular con necrosis cutánea) en la enfermedad renal terminal',
};

const kroshinskyScint: EvidenceFigure = {
  id: 'kroshinsky-scint',
  modality: 'scintigraphy',
  method: { en: 'Bone scintigraphy', es: 'Gammagrafía ósea' },
  measure: 'sensitivity',
  finding: 'calcification',
  value: 0.89,
  statedDecimals: 2,
  counts: { events: 16, total: 18 },
  countsDerived: true,
  design: 'case-control',
  patients: 49,
  unit: 'patient',
  referenceStandard: 'clinical',
  strength: strength('low', {
    en: 'Retrospective case-control (18 cases, 31 controls), a design that overstates accuracy; biopsy confirmed 14 of the 18 cases.',
    es: 'Casos y controles retrospectivo (18 casos, 31 controles), un diseño que sobrestima la exactitud; la biopsia confirmó 14 de los 18 casos.',
  }),
  applicability: 'other-disease',
  setting: calciphylaxisSetting,
  note: {
    en: 'Sensitivity 89% (16 of 18 cases, the only count that gives 89%); no specificity figure is available.',
    es: 'Sensibilidad del 89% (16 de 18 casos, el único recuento que da 89%); no se dispone de la especificidad.',
  },
  ref: 'kroshinsky-calciphylaxis',
  extrapolated: true,
};

const fineScint: EvidenceFigure = {
  id: 'fine-zacharias-2002-scint',
  modality: 'scintigraphy',
  method: { en: 'Bone scan', es: 'Gammagrafía ósea' },
  measure: 'sensitivity',
  finding: 'calcification',
  // 34/36 is 94.4%; the secondary sources' "97%" does not follow from their own counts.
  value: 34 / 36,
  statedDecimals: 3,
  counts: { events: 34, total: 36 },
  design: 'case-series',
  patients: 36,
  unit: 'patient',
  referenceStandard: 'clinical',
  strength: strength('very-low', {
    en: 'Read in secondary sources only; only 4 of the 36 diagnoses were confirmed by biopsy; no specificity.',
    es: 'Leído solo en fuentes secundarias; solo 4 de los 36 diagnósticos se confirmaron por biopsia; sin especificidad.',
  }),
  applicability: 'other-disease',
  setting: calciphylaxisSetting,
  note: {
    en: 'An abnormal bone scan in 34 of 36 patients diagnosed with calciphylaxis (94%). Secondary sources also call it 97%, which 34 of 36 is not (97% would be 35 of 36); the original was not seen, so the counts are kept and the disagreement shown.',
    es: 'Gammagrafía ósea patológica en 34 de 36 pacientes diagnosticados de calcifilaxis (94%). Las fuentes secundarias también hablan de un 97%, que no corresponde a 34 de 36 (el 97% serían 35 de 36); no se consultó el original, así que se conservan los recuentos y se muestra la discrepancia.',
  },
  ref: 'fine-zacharias-2002',
  extrapolated: true,
};

/** Every figure, direct first, then indirect, then other disease. */
export const FIGURES: readonly EvidenceFigure[] = [
  tokoroXray,
  wozniakUs,
  wozniakXray,
  jvsAdvanced,
  jvsEarly,
  wollinaBone,
  wollinaCalcification,
  colbocPalpation,
  rosteiusUs,
  fairchildPatient,
  fairchildHand,
  fairchildZone,
  elgazzarSpect,
  saezScint,
  kimCt,
  kroshinskyScint,
  fineScint,
];

/** The figure with this id, or undefined. */
export function getFigure(id: string): EvidenceFigure | undefined {
  return FIGURES.find((f) => f.id === id);
}
