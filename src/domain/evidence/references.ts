import { text } from '../text';
import type { Reference } from './types';

/**
 * Every source the app cites, keyed by id (each entry's `id` equals its key).
 *
 * Bibliographic fields are filled ONLY from what the project's evidence review
 * (`reference/clinical-evidence.md`) or the seed case report state. Where the review gives no
 * title, the title is a descriptive one in square brackets (the bibliographic convention for a
 * supplied title), never a guessed original. No DOI, PMID, volume or author is invented: a field
 * the review does not give is left out, and missing authors are written as such.
 *
 * `status` mirrors the review's status key: S = read in the source text, S2 = read in a secondary
 * page citing the original. Rows marked M (unconfirmed) are not encoded.
 */
export const REFERENCES = {
  'garcia-arpa-2020': {
    id: 'garcia-arpa-2020',
    authors:
      'García-Arpa M, Flores-Terry MA, Franco-Muñoz M, Villasanti-Rivas N, González-Ruiz L, Banegas-Illescas ME',
    title: 'Report of a man with heterotopic ossification of the legs',
    source: 'Reumatol Clin (Engl Ed) 2020;16(4):300-2',
    year: 2020,
    doi: '10.1016/j.reumae.2020.06.004',
    setting: text(
      'Subcutaneous heterotopic ossification of the legs in chronic venous insufficiency: a single case (66-year-old man) with a review of the literature',
      'Osificación heterotópica subcutánea de las piernas en la insuficiencia venosa crónica: un caso clínico (varón de 66 años) con revisión de la literatura',
    ),
    status: 'S',
    isSeed: true,
  },
  'rosteius-2017': {
    id: 'rosteius-2017',
    authors: 'Rosteius T',
    title:
      '[Ultrasound for the early detection of hip heterotopic ossification after spinal cord injury]',
    source: 'Spinal Cord 2017;55:71-3',
    year: 2017,
    pmid: '27349610',
    setting: text(
      'Heterotopic ossification of the hip after spinal cord injury; HO-positive cohort confirmed by CT/MRI at a mean of 64.8 days',
      'Osificación heterotópica de cadera tras lesión medular; cohorte con OH confirmada por TC/RM a los 64,8 días de media',
    ),
    status: 'S',
  },
  'scire-ho': {
    id: 'scire-ho',
    authors: 'SCIRE Project',
    title: 'Heterotopic ossification (SCIRE Project evidence review)',
    source: 'SCIRE Project (web resource)',
    setting: text(
      'Neurogenic heterotopic ossification after spinal cord injury (secondary review citing Orzel 1985 and Freed 1982)',
      'Osificación heterotópica neurógena tras lesión medular (revisión secundaria que cita a Orzel 1985 y Freed 1982)',
    ),
    status: 'S2',
  },
  'clin-radiol-1991': {
    id: 'clin-radiol-1991',
    authors: 'Not confirmed',
    title: '[Ultrasound in the diagnosis of heterotopic bone]',
    source: 'Clin Radiol 1991;43:190-6',
    year: 1991,
    pmid: '1901533',
    setting: text(
      'Heterotopic bone (8 patients), ultrasound compared with X-ray and scintigraphy',
      'Hueso heterotópico (8 pacientes); ecografía frente a radiografía y gammagrafía',
    ),
    status: 'S',
  },
  'fairchild-2021': {
    id: 'fairchild-2021',
    authors: 'Fairchild R',
    title: '[Ultrasound versus X-ray for hand calcinosis in systemic sclerosis]',
    source: 'Arthritis Care Res 2021',
    year: 2021,
    setting: text(
      'Calcinosis of the hand in systemic sclerosis (n = 43); X-ray as the reference standard',
      'Calcinosis de la mano en la esclerosis sistémica (n = 43); radiografía como patrón de referencia',
    ),
    status: 'S',
  },
  'farin-1995': {
    id: 'farin-1995',
    authors: 'Farin PU',
    title: '[Ultrasound versus X-ray for rotator cuff calcifications]',
    source: 'J Ultrasound Med 1995;14:7',
    year: 1995,
    setting: text(
      'Calcifications of the rotator cuff (shoulder tendons)',
      'Calcificaciones del manguito de los rotadores (tendones del hombro)',
    ),
    status: 'S',
  },
  'jvs-vl-cvd-calcification': {
    id: 'jvs-vl-cvd-calcification',
    authors: 'Authors not visible in the source read',
    title: 'Subcutaneous calcifications in legs with chronic venous diseases',
    source: 'J Vasc Surg Venous Lymphat Disord',
    setting: text(
      'Duplex ultrasound of 500 legs with chronic venous disease: subcutaneous calcification (not ossification) by CEAP class',
      'Ecografía dúplex de 500 piernas con enfermedad venosa crónica: calcificación subcutánea (no osificación) según la clase CEAP',
    ),
    status: 'S',
  },
  'svircev-2008': {
    id: 'svircev-2008',
    authors: 'Svircev JN',
    title: '[Three-phase bone scan for heterotopic ossification after spinal cord injury]',
    source: 'J Spinal Cord Med 2008;31:194-6',
    year: 2008,
    setting: text(
      'Heterotopic ossification after spinal cord injury (60 patients)',
      'Osificación heterotópica tras lesión medular (60 pacientes)',
    ),
    status: 'S',
  },
  'insights-imaging-2013': {
    id: 'insights-imaging-2013',
    authors: 'Authors not recorded in the evidence review',
    title: '[Imaging of pelvic heterotopic ossification]',
    source: 'Insights Imaging 2013;4:595-603',
    year: 2013,
    setting: text(
      'Heterotopic ossification of the pelvis (CT)',
      'Osificación heterotópica pélvica (TC)',
    ),
    status: 'S',
  },
  'ledermann-2002': {
    id: 'ledermann-2002',
    authors: 'Ledermann HP',
    title: '[MRI appearance of heterotopic ossification as it matures]',
    source: 'Radiology 2002;222:189',
    year: 2002,
    setting: text(
      'Heterotopic ossification at 141 sites on MRI, at different stages of maturation',
      'Osificación heterotópica en 141 localizaciones estudiadas con RM, en distintas fases de maduración',
    ),
    status: 'S',
  },
  'jama-1977-letter': {
    id: 'jama-1977-letter',
    authors: 'Authors not recorded in the evidence review',
    title: '[Letter on subcutaneous ossification of the legs in chronic venous insufficiency]',
    source: 'JAMA 1977;238:2366 (letter)',
    year: 1977,
    setting: text(
      'Subcutaneous ossification in chronic venous insufficiency; histology (one clinic followed more than 500 cases)',
      'Osificación subcutánea en la insuficiencia venosa crónica; histología (una consulta siguió a más de 500 casos)',
    ),
    status: 'S',
  },
  'learningradiology-ho': {
    id: 'learningradiology-ho',
    authors: 'LearningRadiology',
    title: '[Heterotopic ossification and soft-tissue calcification in venous insufficiency]',
    source: 'LearningRadiology (web resource)',
    setting: text(
      'Radiographic patterns of soft-tissue calcification and ossification in chronic venous insufficiency',
      'Patrones radiográficos de calcificación y osificación de partes blandas en la insuficiencia venosa crónica',
    ),
    status: 'S',
  },
  'medscape-ho': {
    id: 'medscape-ho',
    authors: 'Medscape',
    title: '[Heterotopic ossification (Medscape reference)]',
    source: 'Medscape (web resource)',
    setting: text(
      'Heterotopic ossification after brain injury',
      'Osificación heterotópica tras lesión cerebral',
    ),
    status: 'S2',
  },
  'pmc381057-dose': {
    id: 'pmc381057-dose',
    authors: 'Not confirmed',
    title: '[Effective doses of common imaging examinations (PMC381057)]',
    source: 'PubMed Central PMC381057',
    setting: text(
      'Typical adult effective doses of diagnostic imaging examinations',
      'Dosis efectivas habituales en adultos de las exploraciones de imagen diagnóstica',
    ),
    status: 'S',
  },
  'jnm-dose-table': {
    id: 'jnm-dose-table',
    authors: 'Authors not recorded in the evidence review',
    title: '[Effective dose table for nuclear medicine examinations]',
    source: 'J Nucl Med (dose table)',
    setting: text(
      'Adult effective dose of nuclear medicine examinations, including the Tc-99m MDP bone scan',
      'Dosis efectiva en adultos de las exploraciones de medicina nuclear, incluida la gammagrafía ósea con Tc-99m MDP',
    ),
    status: 'S',
  },
  'acr-rrl': {
    id: 'acr-rrl',
    authors: 'American College of Radiology',
    title:
      'ACR Appropriateness Criteria: relative radiation level (RRL) appendices (Osteomyelitis of Foot in Diabetes; Soft-Tissue Masses; Acute Knee Trauma)',
    source: 'ACR Appropriateness Criteria (web resource)',
    setting: text(
      'Relative radiation levels of imaging examinations, adult and paediatric bands',
      'Niveles relativos de radiación de las exploraciones de imagen, en adultos y en niños',
    ),
    status: 'S',
  },
  'reiter-2011': {
    id: 'reiter-2011',
    authors: 'Reiter N',
    title: '[Calcinosis cutis: review of its types]',
    source: 'J Am Acad Dermatol 2011;65:1-12',
    year: 2011,
    pmid: '21679810',
    setting: text(
      'Calcinosis cutis: dystrophic, metastatic, idiopathic and iatrogenic forms',
      'Calcinosis cutis: formas distrófica, metastásica, idiopática y yatrógena',
    ),
    status: 'S',
  },
  'emedicine-calcinosis': {
    id: 'emedicine-calcinosis',
    authors: 'eMedicine',
    title: '[Calcinosis cutis and calciphylaxis (eMedicine reference)]',
    source: 'eMedicine (web resource)',
    setting: text(
      'Metastatic calcinosis and calciphylaxis',
      'Calcinosis metastásica y calcifilaxis',
    ),
    status: 'S',
  },
  'springer-2015-calcinosis': {
    id: 'springer-2015-calcinosis',
    authors: 'Authors not recorded in the evidence review',
    title: '[Book chapter on calcinosis cutis]',
    source: 'Springer (book chapter)',
    year: 2015,
    setting: text('Metastatic calcinosis', 'Calcinosis metastásica'),
    status: 'S',
  },
  'kroshinsky-calciphylaxis': {
    id: 'kroshinsky-calciphylaxis',
    authors: 'Paul S, Kroshinsky D',
    title: '[Calciphylaxis: diagnosis and the role of bone scintigraphy]',
    source: 'JAMA Dermatol',
    setting: text(
      'Calciphylaxis (vascular calcification with skin necrosis) in end-stage renal disease',
      'Calcifilaxis (calcificación vascular con necrosis cutánea) en la enfermedad renal terminal',
    ),
    status: 'S',
  },
  'fine-zacharias-2002': {
    id: 'fine-zacharias-2002',
    authors: 'Fine, Zacharias',
    title: '[Bone scintigraphy in calciphylaxis]',
    source: 'Kidney Int 2002',
    year: 2002,
    setting: text(
      'Calciphylaxis in end-stage renal disease (36 patients)',
      'Calcifilaxis en la enfermedad renal terminal (36 pacientes)',
    ),
    status: 'S2',
  },
  'statpearls-osteoma-cutis': {
    id: 'statpearls-osteoma-cutis',
    authors: 'StatPearls',
    title: 'Osteoma cutis (StatPearls)',
    source: 'StatPearls (web resource)',
    setting: text('Osteoma cutis, primary and secondary', 'Osteoma cutis primario y secundario'),
    status: 'S',
  },
  'omim-166350': {
    id: 'omim-166350',
    authors: 'OMIM',
    title: 'Progressive osseous heteroplasia (OMIM 166350)',
    source: 'Online Mendelian Inheritance in Man, entry 166350',
    setting: text(
      'Progressive osseous heteroplasia (paternally inherited GNAS variant)',
      'Heteroplasia ósea progresiva (variante de GNAS de herencia paterna)',
    ),
    status: 'S',
  },
  'medlineplus-aho': {
    id: 'medlineplus-aho',
    authors: 'MedlinePlus',
    title: '[Albright hereditary osteodystrophy / pseudohypoparathyroidism (MedlinePlus)]',
    source: 'MedlinePlus (web resource)',
    setting: text(
      'Albright hereditary osteodystrophy and pseudohypoparathyroidism type 1a',
      'Osteodistrofia hereditaria de Albright y seudohipoparatiroidismo tipo 1a',
    ),
    status: 'S',
  },
  'linglart-2018': {
    id: 'linglart-2018',
    // The evidence review gives only the surname and year; no initials or co-authors are invented.
    authors: 'Linglart',
    title: '[Pseudohypoparathyroidism and Albright hereditary osteodystrophy]',
    source: 'Source details not recorded in the evidence review',
    year: 2018,
    setting: text(
      'Pseudohypoparathyroidism type 1a / Albright hereditary osteodystrophy and pseudo-pseudohypoparathyroidism',
      'Seudohipoparatiroidismo tipo 1a / osteodistrofia hereditaria de Albright y seudoseudohipoparatiroidismo',
    ),
    status: 'S',
  },
  'genereviews-fop': {
    id: 'genereviews-fop',
    authors: 'GeneReviews',
    title: 'Fibrodysplasia ossificans progressiva (GeneReviews)',
    source: 'GeneReviews (web resource)',
    setting: text(
      'Fibrodysplasia ossificans progressiva (ACVR1)',
      'Fibrodisplasia osificante progresiva (ACVR1)',
    ),
    status: 'S',
  },
  'radiopaedia-myositis-ossificans': {
    id: 'radiopaedia-myositis-ossificans',
    authors: 'Radiopaedia',
    title: 'Myositis ossificans (Radiopaedia)',
    source: 'Radiopaedia (web resource)',
    setting: text('Myositis ossificans (intramuscular)', 'Miositis osificante (intramuscular)'),
    status: 'S',
  },
  'rheumatologist-lds': {
    id: 'rheumatologist-lds',
    authors: 'The Rheumatologist; AOCD',
    title: '[Lipodermatosclerosis: clinical diagnosis and the risks of biopsy]',
    source: 'The Rheumatologist; AOCD (web resources)',
    setting: text(
      'Lipodermatosclerosis of the legs in chronic venous insufficiency',
      'Lipodermatoesclerosis de las piernas en la insuficiencia venosa crónica',
    ),
    status: 'S',
  },
  'lurie-2020': {
    id: 'lurie-2020',
    authors: 'Lurie F, et al.',
    title: '[CEAP classification, 2020 update]',
    source: 'J Vasc Surg Venous Lymphat Disord 2020',
    year: 2020,
    doi: '10.1016/j.jvsv.2019.12.075',
    setting: text(
      'Classification of chronic venous disorders (CEAP 2020)',
      'Clasificación de los trastornos venosos crónicos (CEAP 2020)',
    ),
    status: 'S',
  },
  'cafasso-2013': {
    id: 'cafasso-2013',
    authors: 'Cafasso DE',
    title: '[Proposal to add heterotopic ossification to the CEAP classification]',
    source: 'Phlebology 2013;28:361-5',
    year: 2013,
    pmid: '23202142',
    setting: text(
      'Heterotopic ossification in chronic venous disease and the CEAP classification',
      'Osificación heterotópica en la enfermedad venosa crónica y la clasificación CEAP',
    ),
    status: 'S',
  },
  'balanescu-2014': {
    id: 'balanescu-2014',
    // The evidence review gives only the surname and year; no initials or co-authors are invented.
    authors: 'Bălănescu',
    title: '[Treatment of calcinosis in connective-tissue disease]',
    source: 'Source details not recorded in the evidence review',
    year: 2014,
    setting: text(
      'Calcinosis in connective-tissue disease',
      'Calcinosis en las enfermedades del tejido conectivo',
    ),
    status: 'S',
  },
  // Lab reference intervals (engine 2: a value outside them is flagged even without the lab's own
  // flag; the reporting lab's flag always wins). Added for the lab plausibility and range checks.
  'msd-blood-tests': {
    id: 'msd-blood-tests',
    authors: 'MSD Manual, Consumer Version',
    title: 'Blood tests: reference range or threshold (conventional units)',
    source: 'MSD Manual (web resource), msdmanuals.com/home/multimedia/table/blood-tests',
    setting: text(
      'General adult laboratory reference ranges; each laboratory sets its own',
      'Intervalos de referencia generales del adulto; cada laboratorio fija los suyos',
    ),
    status: 'S',
  },
  'davis-phosphorus': {
    id: 'davis-phosphorus',
    authors: "Davis's Lab & Diagnostic Tests",
    title: 'Phosphorus, blood',
    source: "Davis's Lab & Diagnostic Tests (web resource)",
    setting: text(
      'Adult serum inorganic phosphorus reference range (spectrophotometry)',
      'Intervalo de referencia del fósforo inorgánico sérico en el adulto (espectrofotometría)',
    ),
    status: 'S',
  },
} as const satisfies Record<string, Reference>;

export type RefId = keyof typeof REFERENCES;

/** The reference with this id, or undefined (never a prototype property such as "toString"). */
export function getReference(id: string): Reference | undefined {
  return Object.hasOwn(REFERENCES, id) ? REFERENCES[id as RefId] : undefined;
}
