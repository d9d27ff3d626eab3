import type { LocalizedText } from '../text';
import type { Statement } from './types';

export type DifferentialId =
  | 'scho-cvi'
  | 'dystrophic-calcinosis'
  | 'metastatic-calcinosis'
  | 'idiopathic-calcinosis'
  | 'calciphylaxis'
  | 'osteoma-cutis'
  | 'poh'
  | 'aho-php'
  | 'fop'
  | 'myositis-ossificans'
  | 'lipodermatosclerosis';

/** One diagnosis to weigh against SCHO in CVI: what sets it apart and which tests decide. */
export interface DifferentialEntity {
  readonly id: DifferentialId;
  readonly name: LocalizedText;
  readonly discriminator: Statement;
  readonly tests: Statement;
}

/**
 * The differential diagnosis: every entity's statements were read in its source (status S).
 *
 * A statement that describes another condition from that condition's own source is not
 * `extrapolated`: the flag is kept for claims about SCHO in CVI that rest on other settings.
 */
export const DIFFERENTIAL: Readonly<Record<DifferentialId, DifferentialEntity>> = {
  'scho-cvi': {
    id: 'scho-cvi',
    name: {
      en: 'Subcutaneous heterotopic ossification in chronic venous insufficiency (panniculitis ossificans)',
      es: 'Osificación heterotópica subcutánea por insuficiencia venosa crónica (paniculitis osificante)',
    },
    discriminator: {
      text: {
        en: 'Long-standing CVI, mainly in women over 50 who are obese; hard subcutaneous nodules or plaques of the legs; bone in the deep dermis and subcutaneous fat, without involvement of the fascia or muscles.',
        es: 'Insuficiencia venosa crónica de larga evolución, sobre todo en mujeres mayores de 50 años con obesidad; nódulos o placas subcutáneas duras en las piernas; hueso en la dermis profunda y la grasa subcutánea, sin afectación de la fascia ni del músculo.',
      },
      refs: ['garcia-arpa-2020'],
    },
    tests: {
      text: {
        en: 'Phosphorus–calcium metabolism normal; biopsy is the test of choice.',
        es: 'Metabolismo fosfocálcico normal; la biopsia es la prueba de elección.',
      },
      refs: ['garcia-arpa-2020'],
    },
  },
  'dystrophic-calcinosis': {
    id: 'dystrophic-calcinosis',
    name: { en: 'Dystrophic calcinosis cutis', es: 'Calcinosis cutis distrófica' },
    discriminator: {
      text: {
        en: 'Calcification of locally injured tissue; subcutaneous dystrophic calcification is described in CVI.',
        es: 'Calcificación de un tejido dañado localmente; se ha descrito calcificación distrófica subcutánea en la insuficiencia venosa crónica.',
      },
      refs: ['reiter-2011', 'garcia-arpa-2020'],
    },
    tests: {
      text: { en: 'Calcium and phosphate normal.', es: 'Calcio y fósforo normales.' },
      refs: ['reiter-2011'],
    },
  },
  'metastatic-calcinosis': {
    id: 'metastatic-calcinosis',
    name: { en: 'Metastatic calcinosis cutis', es: 'Calcinosis cutis metastásica' },
    discriminator: {
      text: {
        en: 'Chronic kidney disease or hyperparathyroidism.',
        es: 'Enfermedad renal crónica o hiperparatiroidismo.',
      },
      refs: ['emedicine-calcinosis'],
    },
    tests: {
      text: {
        en: 'Calcium and/or phosphate abnormal; calcium × phosphate product above 70 mg²/dL² (eMedicine) or above 55 (Springer 2015).',
        es: 'Calcio y/o fósforo alterados; producto calcio × fósforo superior a 70 mg²/dL² (eMedicine) o a 55 (Springer 2015).',
      },
      refs: ['emedicine-calcinosis', 'springer-2015-calcinosis'],
    },
  },
  'idiopathic-calcinosis': {
    id: 'idiopathic-calcinosis',
    name: {
      en: 'Idiopathic or iatrogenic calcinosis cutis',
      es: 'Calcinosis cutis idiopática o yatrógena',
    },
    discriminator: {
      text: {
        en: 'No cause found (idiopathic), or an infusion of calcium or phosphate (iatrogenic).',
        es: 'Sin causa conocida (idiopática) o tras la infusión de calcio o fosfato (yatrógena).',
      },
      refs: ['reiter-2011'],
    },
    tests: {
      text: {
        en: 'Labs normal (idiopathic); the history reveals the infusion (iatrogenic).',
        es: 'Analítica normal (idiopática); la anamnesis revela la infusión (yatrógena).',
      },
      refs: ['reiter-2011'],
    },
  },
  calciphylaxis: {
    id: 'calciphylaxis',
    name: { en: 'Calciphylaxis', es: 'Calcifilaxis' },
    discriminator: {
      text: {
        en: 'Skin necrosis, end-stage renal disease, net-like vascular calcification.',
        es: 'Necrosis cutánea, enfermedad renal terminal y calcificación vascular en red.',
      },
      refs: ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
    },
    tests: {
      text: {
        en: 'Creatinine, calcium, phosphate, alkaline phosphatase, albumin, PTH and coagulation; biopsy is often falsely negative.',
        es: 'Creatinina, calcio, fósforo, fosfatasa alcalina, albúmina, PTH y coagulación; la biopsia es a menudo falsamente negativa.',
      },
      refs: ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
    },
  },
  'osteoma-cutis': {
    id: 'osteoma-cutis',
    name: { en: 'Osteoma cutis', es: 'Osteoma cutis' },
    discriminator: {
      text: {
        en: 'Bone in the dermis; about 15% primary and 85% secondary.',
        es: 'Hueso en la dermis; alrededor del 15% son primarios y el 85% secundarios.',
      },
      refs: ['statpearls-osteoma-cutis'],
    },
    tests: {
      text: { en: 'Calcium, PTH and biopsy.', es: 'Calcio, PTH y biopsia.' },
      refs: ['statpearls-osteoma-cutis'],
    },
  },
  poh: {
    id: 'poh',
    name: {
      en: 'Progressive osseous heteroplasia (POH)',
      es: 'Heteroplasia ósea progresiva (HOP)',
    },
    discriminator: {
      text: {
        en: 'Dermal bone from infancy that spreads into deep tissues; paternally inherited GNAS variant.',
        es: 'Hueso dérmico desde la infancia que se extiende a los tejidos profundos; variante de GNAS de herencia paterna.',
      },
      refs: ['omim-166350'],
    },
    tests: {
      text: { en: 'GNAS genetic testing.', es: 'Estudio genético de GNAS.' },
      refs: ['omim-166350'],
    },
  },
  'aho-php': {
    id: 'aho-php',
    name: {
      en: 'Albright hereditary osteodystrophy / pseudohypoparathyroidism type 1a',
      es: 'Osteodistrofia hereditaria de Albright / seudohipoparatiroidismo tipo 1a',
    },
    discriminator: {
      text: {
        en: 'Brachydactyly; subcutaneous calcification in about 35%.',
        es: 'Braquidactilia; calcificación subcutánea en alrededor del 35%.',
      },
      refs: ['medlineplus-aho', 'linglart-2018'],
    },
    tests: {
      text: {
        en: 'Low calcium, high phosphate and high PTH (normal in pseudo-pseudohypoparathyroidism).',
        es: 'Calcio bajo, fósforo alto y PTH alta (normales en el seudoseudohipoparatiroidismo).',
      },
      refs: ['medlineplus-aho', 'linglart-2018'],
    },
  },
  fop: {
    id: 'fop',
    name: {
      en: 'Fibrodysplasia ossificans progressiva (FOP)',
      es: 'Fibrodisplasia osificante progresiva (FOP)',
    },
    discriminator: {
      text: {
        en: 'Congenital hallux valgus; about 1 in 2 million people.',
        es: 'Hallux valgus congénito; alrededor de 1 de cada 2 millones de personas.',
      },
      refs: ['genereviews-fop'],
    },
    tests: {
      text: {
        en: 'ACVR1 genetic testing; avoid intramuscular injections.',
        es: 'Estudio genético de ACVR1; evitar las inyecciones intramusculares.',
      },
      refs: ['genereviews-fop'],
    },
  },
  'myositis-ossificans': {
    id: 'myositis-ossificans',
    name: { en: 'Myositis ossificans', es: 'Miositis osificante' },
    discriminator: {
      text: {
        en: 'Intramuscular, with a zonal pattern; SCHO, by contrast, does not involve the fascia or muscles.',
        es: 'Intramuscular, con patrón zonal; la osificación heterotópica subcutánea, en cambio, no afecta a la fascia ni al músculo.',
      },
      refs: ['radiopaedia-myositis-ossificans', 'garcia-arpa-2020'],
    },
    tests: {
      text: { en: 'Imaging.', es: 'Pruebas de imagen.' },
      refs: ['radiopaedia-myositis-ossificans'],
    },
  },
  lipodermatosclerosis: {
    id: 'lipodermatosclerosis',
    name: { en: 'Lipodermatosclerosis', es: 'Lipodermatoesclerosis' },
    discriminator: {
      text: {
        en: 'Inverted champagne-bottle leg; a clinical diagnosis.',
        es: 'Pierna en botella de champán invertida; el diagnóstico es clínico.',
      },
      refs: ['rheumatologist-lds'],
    },
    tests: {
      text: {
        en: 'Venous duplex ultrasound; avoid biopsy (ulcers in up to 13%).',
        es: 'Ecografía dúplex venosa; evitar la biopsia (úlceras en hasta el 13%).',
      },
      refs: ['rheumatologist-lds'],
    },
  },
};
