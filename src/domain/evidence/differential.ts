import type { LocalizedText } from '../text';
import { text } from '../text';
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
 * The differential diagnosis (evidence review, section 3; every row there is status S).
 *
 * A statement that describes another condition from that condition's own source is not
 * `extrapolated`: the flag is kept for claims about SCHO in CVI that rest on other settings.
 */
export const DIFFERENTIAL: Readonly<Record<DifferentialId, DifferentialEntity>> = {
  'scho-cvi': {
    id: 'scho-cvi',
    name: text(
      'Subcutaneous heterotopic ossification in chronic venous insufficiency (panniculitis ossificans)',
      'Osificación heterotópica subcutánea por insuficiencia venosa crónica (paniculitis osificante)',
    ),
    discriminator: {
      text: text(
        'Long-standing CVI, mainly in women over 50 who are obese; hard subcutaneous nodules or plaques of the legs; bone in the deep dermis and subcutaneous fat, without involvement of the fascia or muscles.',
        'Insuficiencia venosa crónica de larga evolución, sobre todo en mujeres mayores de 50 años con obesidad; nódulos o placas subcutáneas duras en las piernas; hueso en la dermis profunda y la grasa subcutánea, sin afectación de la fascia ni del músculo.',
      ),
      refs: ['garcia-arpa-2020'],
    },
    tests: {
      text: text(
        'Phosphorus–calcium metabolism normal; biopsy is the test of choice.',
        'Metabolismo fosfocálcico normal; la biopsia es la prueba de elección.',
      ),
      refs: ['garcia-arpa-2020'],
    },
  },
  'dystrophic-calcinosis': {
    id: 'dystrophic-calcinosis',
    name: text('Dystrophic calcinosis cutis', 'Calcinosis cutis distrófica'),
    discriminator: {
      text: text(
        'Calcification of locally injured tissue; subcutaneous dystrophic calcification is described in CVI.',
        'Calcificación de un tejido dañado localmente; se ha descrito calcificación distrófica subcutánea en la insuficiencia venosa crónica.',
      ),
      refs: ['reiter-2011', 'garcia-arpa-2020'],
    },
    tests: {
      text: text('Calcium and phosphate normal.', 'Calcio y fósforo normales.'),
      refs: ['reiter-2011'],
    },
  },
  'metastatic-calcinosis': {
    id: 'metastatic-calcinosis',
    name: text('Metastatic calcinosis cutis', 'Calcinosis cutis metastásica'),
    discriminator: {
      text: text(
        'Chronic kidney disease or hyperparathyroidism.',
        'Enfermedad renal crónica o hiperparatiroidismo.',
      ),
      refs: ['emedicine-calcinosis'],
    },
    tests: {
      text: text(
        'Calcium and/or phosphate abnormal; calcium × phosphate product above 70 mg²/dL² (eMedicine) or above 55 (Springer 2015).',
        'Calcio y/o fósforo alterados; producto calcio × fósforo superior a 70 mg²/dL² (eMedicine) o a 55 (Springer 2015).',
      ),
      refs: ['emedicine-calcinosis', 'springer-2015-calcinosis'],
    },
  },
  'idiopathic-calcinosis': {
    id: 'idiopathic-calcinosis',
    name: text(
      'Idiopathic or iatrogenic calcinosis cutis',
      'Calcinosis cutis idiopática o yatrógena',
    ),
    discriminator: {
      text: text(
        'No cause found (idiopathic), or an infusion of calcium or phosphate (iatrogenic).',
        'Sin causa conocida (idiopática) o tras la infusión de calcio o fosfato (yatrógena).',
      ),
      refs: ['reiter-2011'],
    },
    tests: {
      text: text(
        'Labs normal (idiopathic); the history reveals the infusion (iatrogenic).',
        'Analítica normal (idiopática); la anamnesis revela la infusión (yatrógena).',
      ),
      refs: ['reiter-2011'],
    },
  },
  calciphylaxis: {
    id: 'calciphylaxis',
    name: text('Calciphylaxis', 'Calcifilaxis'),
    discriminator: {
      text: text(
        'Skin necrosis, end-stage renal disease, net-like vascular calcification.',
        'Necrosis cutánea, enfermedad renal terminal y calcificación vascular en red.',
      ),
      refs: ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
    },
    tests: {
      text: text(
        'Creatinine, calcium, phosphate, alkaline phosphatase, albumin, PTH and coagulation; biopsy is often falsely negative.',
        'Creatinina, calcio, fósforo, fosfatasa alcalina, albúmina, PTH y coagulación; la biopsia es a menudo falsamente negativa.',
      ),
      refs: ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
    },
  },
  'osteoma-cutis': {
    id: 'osteoma-cutis',
    name: text('Osteoma cutis', 'Osteoma cutis'),
    discriminator: {
      text: text(
        'Bone in the dermis; about 15% primary and 85% secondary.',
        'Hueso en la dermis; alrededor del 15% son primarios y el 85% secundarios.',
      ),
      refs: ['statpearls-osteoma-cutis'],
    },
    tests: {
      text: text('Calcium, PTH and biopsy.', 'Calcio, PTH y biopsia.'),
      refs: ['statpearls-osteoma-cutis'],
    },
  },
  poh: {
    id: 'poh',
    name: text('Progressive osseous heteroplasia (POH)', 'Heteroplasia ósea progresiva (HOP)'),
    discriminator: {
      text: text(
        'Dermal bone from infancy that spreads into deep tissues; paternally inherited GNAS variant.',
        'Hueso dérmico desde la infancia que se extiende a los tejidos profundos; variante de GNAS de herencia paterna.',
      ),
      refs: ['omim-166350'],
    },
    tests: {
      text: text('GNAS genetic testing.', 'Estudio genético de GNAS.'),
      refs: ['omim-166350'],
    },
  },
  'aho-php': {
    id: 'aho-php',
    name: text(
      'Albright hereditary osteodystrophy / pseudohypoparathyroidism type 1a',
      'Osteodistrofia hereditaria de Albright / seudohipoparatiroidismo tipo 1a',
    ),
    discriminator: {
      text: text(
        'Brachydactyly; subcutaneous calcification in about 35%.',
        'Braquidactilia; calcificación subcutánea en alrededor del 35%.',
      ),
      refs: ['medlineplus-aho', 'linglart-2018'],
    },
    tests: {
      text: text(
        'Low calcium, high phosphate and high PTH (normal in pseudo-pseudohypoparathyroidism).',
        'Calcio bajo, fósforo alto y PTH alta (normales en el seudoseudohipoparatiroidismo).',
      ),
      refs: ['medlineplus-aho', 'linglart-2018'],
    },
  },
  fop: {
    id: 'fop',
    name: text(
      'Fibrodysplasia ossificans progressiva (FOP)',
      'Fibrodisplasia osificante progresiva (FOP)',
    ),
    discriminator: {
      text: text(
        'Congenital hallux valgus; about 1 in 2 million people.',
        'Hallux valgus congénito; alrededor de 1 de cada 2 millones de personas.',
      ),
      refs: ['genereviews-fop'],
    },
    tests: {
      text: text(
        'ACVR1 genetic testing; avoid intramuscular injections.',
        'Estudio genético de ACVR1; evitar las inyecciones intramusculares.',
      ),
      refs: ['genereviews-fop'],
    },
  },
  'myositis-ossificans': {
    id: 'myositis-ossificans',
    name: text('Myositis ossificans', 'Miositis osificante'),
    discriminator: {
      text: text(
        'Intramuscular, with a zonal pattern; SCHO, by contrast, does not involve the fascia or muscles.',
        'Intramuscular, con patrón zonal; la osificación heterotópica subcutánea, en cambio, no afecta a la fascia ni al músculo.',
      ),
      refs: ['radiopaedia-myositis-ossificans', 'garcia-arpa-2020'],
    },
    tests: {
      text: text('Imaging.', 'Pruebas de imagen.'),
      refs: ['radiopaedia-myositis-ossificans'],
    },
  },
  lipodermatosclerosis: {
    id: 'lipodermatosclerosis',
    name: text('Lipodermatosclerosis', 'Lipodermatoesclerosis'),
    discriminator: {
      text: text(
        'Inverted champagne-bottle leg; a clinical diagnosis.',
        'Pierna en botella de champán invertida; el diagnóstico es clínico.',
      ),
      refs: ['rheumatologist-lds'],
    },
    tests: {
      text: text(
        'Venous duplex ultrasound; avoid biopsy (ulcers in up to 13%).',
        'Ecografía dúplex venosa; evitar la biopsia (úlceras en hasta el 13%).',
      ),
      refs: ['rheumatologist-lds'],
    },
  },
};
