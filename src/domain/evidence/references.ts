import type { Reference } from './types';

/**
 * Every source the app cites, keyed by id (each entry's `id` equals its key).
 *
 * Bibliographic fields are filled ONLY from what was read in the source itself, a page citing
 * it, or the seed case report. Where none of them gives a
 * title, the title is a descriptive one in square brackets (the bibliographic convention for a
 * supplied title), never a guessed original. No DOI, PMID, volume or author is invented: a field
 * not read there is left out (an empty `authors` or `source`: the citation then starts
 * with the title, as Vancouver cites an article without authors). How a source was read is never
 * written into a field a clinician reads.
 *
 * `status` says how the source was read: S = read in the source text, S2 = read in a secondary
 * page citing the original. A statement not checked against a source is not encoded.
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
    setting: {
      en: 'Subcutaneous heterotopic ossification of the legs in chronic venous insufficiency: a single case (66-year-old man) with a review of the literature',
      es: 'Osificación heterotópica subcutánea de las piernas en la insuficiencia venosa crónica: un caso clínico (varón de 66 años) con revisión de la literatura',
    },
    status: 'S',
    isSeed: true,
  },
  'rosteius-2017': {
    id: 'rosteius-2017',
    authors: 'Rosteius T',
    title:
      'The sensitivity of ultrasound screening examination in detecting heterotopic ossification following spinal cord injury',
    source: 'Spinal Cord 2017;55(1):71-3',
    year: 2017,
    doi: '10.1038/sc.2016.93',
    pmid: '27349610',
    setting: {
      en: 'Heterotopic ossification of the hip after spinal cord injury; HO-positive cohort confirmed by CT/MRI at a mean of 64.8 days',
      es: 'Osificación heterotópica de cadera tras lesión medular; cohorte con OH confirmada por TC/RM a los 64,8 días de media',
    },
    status: 'S',
  },
  'scire-ho': {
    id: 'scire-ho',
    authors: 'SCIRE Project',
    title: 'Heterotopic ossification (SCIRE Project)',
    source: 'SCIRE Project (web resource)',
    setting: {
      en: 'Neurogenic heterotopic ossification after spinal cord injury (secondary review citing Orzel 1985 and Freed 1982)',
      es: 'Osificación heterotópica neurógena tras lesión medular (revisión secundaria que cita a Orzel 1985 y Freed 1982)',
    },
    status: 'S2',
  },
  'clin-radiol-1991': {
    id: 'clin-radiol-1991',
    authors: '',
    title: '[Ultrasound in the diagnosis of heterotopic bone]',
    source: 'Clin Radiol 1991;43:190-6',
    year: 1991,
    pmid: '1901533',
    setting: {
      en: 'Heterotopic bone (8 patients), ultrasound compared with X-ray and scintigraphy',
      es: 'Hueso heterotópico (8 pacientes); ecografía frente a radiografía y gammagrafía',
    },
    status: 'S',
  },
  'fairchild-2021': {
    id: 'fairchild-2021',
    authors: 'Fairchild R, Chung M, Sharpless L, et al.',
    title:
      'Ultrasound detection of calcinosis and association with ulnar artery occlusion in patients with systemic sclerosis',
    source: 'Arthritis Care Res 2021',
    year: 2021,
    setting: {
      en: 'Calcinosis of the hand in systemic sclerosis (n = 43); X-ray as the reference standard',
      es: 'Calcinosis de la mano en la esclerosis sistémica (n = 43); radiografía como patrón de referencia',
    },
    status: 'S',
  },
  'farin-1995': {
    id: 'farin-1995',
    authors: 'Farin PU',
    title: '[Ultrasound versus X-ray for rotator cuff calcifications]',
    source: 'J Ultrasound Med 1995;14:7',
    year: 1995,
    setting: {
      en: 'Calcifications of the rotator cuff (shoulder tendons)',
      es: 'Calcificaciones del manguito de los rotadores (tendones del hombro)',
    },
    status: 'S',
  },
  'jvs-vl-cvd-calcification': {
    id: 'jvs-vl-cvd-calcification',
    authors: '',
    title: 'Subcutaneous calcifications in legs with chronic venous diseases',
    source: 'J Vasc Surg Venous Lymphat Disord',
    setting: {
      en: 'Duplex ultrasound of 500 legs with chronic venous disease: subcutaneous calcification (not ossification) by CEAP class',
      es: 'Ecografía dúplex de 500 piernas con enfermedad venosa crónica: calcificación subcutánea (no osificación) según la clase CEAP',
    },
    status: 'S',
  },
  'svircev-2008': {
    id: 'svircev-2008',
    authors: 'Svircev JN',
    title: '[Three-phase bone scan for heterotopic ossification after spinal cord injury]',
    source: 'J Spinal Cord Med 2008;31:194-6',
    year: 2008,
    setting: {
      en: 'Heterotopic ossification after spinal cord injury (60 patients)',
      es: 'Osificación heterotópica tras lesión medular (60 pacientes)',
    },
    status: 'S',
  },
  'insights-imaging-2013': {
    id: 'insights-imaging-2013',
    authors: '',
    title: '[Imaging of pelvic heterotopic ossification]',
    source: 'Insights Imaging 2013;4:595-603',
    year: 2013,
    setting: {
      en: 'Heterotopic ossification of the pelvis (CT)',
      es: 'Osificación heterotópica pélvica (TC)',
    },
    status: 'S',
  },
  'ledermann-2002': {
    id: 'ledermann-2002',
    authors: 'Ledermann HP',
    title: '[MRI appearance of heterotopic ossification as it matures]',
    source: 'Radiology 2002;222:189',
    year: 2002,
    setting: {
      en: 'Heterotopic ossification at 141 sites on MRI, at different stages of maturation',
      es: 'Osificación heterotópica en 141 localizaciones estudiadas con RM, en distintas fases de maduración',
    },
    status: 'S',
  },
  'jama-1977-letter': {
    id: 'jama-1977-letter',
    authors: '',
    title: '[Letter on subcutaneous ossification of the legs in chronic venous insufficiency]',
    source: 'JAMA 1977;238:2366 (letter)',
    year: 1977,
    setting: {
      en: 'Subcutaneous ossification in chronic venous insufficiency; histology (one clinic followed more than 500 cases)',
      es: 'Osificación subcutánea en la insuficiencia venosa crónica; histología (una consulta siguió a más de 500 casos)',
    },
    status: 'S',
  },
  'learningradiology-ho': {
    id: 'learningradiology-ho',
    authors: 'LearningRadiology',
    title: '[Heterotopic ossification and soft-tissue calcification in venous insufficiency]',
    source: 'LearningRadiology (web resource)',
    setting: {
      en: 'Radiographic patterns of soft-tissue calcification and ossification in chronic venous insufficiency',
      es: 'Patrones radiográficos de calcificación y osificación de partes blandas en la insuficiencia venosa crónica',
    },
    status: 'S',
  },
  'medscape-ho': {
    id: 'medscape-ho',
    authors: 'Medscape',
    title: '[Heterotopic ossification (Medscape reference)]',
    source: 'Medscape (web resource)',
    setting: {
      en: 'Heterotopic ossification after brain injury',
      es: 'Osificación heterotópica tras lesión cerebral',
    },
    status: 'S2',
  },
  'pmc381057-dose': {
    id: 'pmc381057-dose',
    authors: '',
    title: '[Effective doses of common imaging examinations (PMC381057)]',
    source: 'PubMed Central PMC381057',
    setting: {
      en: 'Typical adult effective doses of diagnostic imaging examinations',
      es: 'Dosis efectivas habituales en adultos de las exploraciones de imagen diagnóstica',
    },
    status: 'S',
  },
  'jnm-dose-table': {
    id: 'jnm-dose-table',
    authors: '',
    title: '[Effective dose table for nuclear medicine examinations]',
    source: 'J Nucl Med (dose table)',
    setting: {
      en: 'Adult effective dose of nuclear medicine examinations, including the Tc-99m MDP bone scan',
      es: 'Dosis efectiva en adultos de las exploraciones de medicina nuclear, incluida la gammagrafía ósea con Tc-99m MDP',
    },
    status: 'S',
  },
  'acr-rrl': {
    id: 'acr-rrl',
    authors: 'American College of Radiology',
    title:
      'ACR Appropriateness Criteria: relative radiation level (RRL) appendices (Osteomyelitis of Foot in Diabetes; Soft-Tissue Masses; Acute Knee Trauma)',
    source: 'ACR Appropriateness Criteria (web resource)',
    setting: {
      en: 'Relative radiation levels of imaging examinations, adult and paediatric bands',
      es: 'Niveles relativos de radiación de las exploraciones de imagen, en adultos y en niños',
    },
    status: 'S',
  },
  'reiter-2011': {
    id: 'reiter-2011',
    authors: 'Reiter N',
    title: '[Calcinosis cutis: review of its types]',
    source: 'J Am Acad Dermatol 2011;65:1-12',
    year: 2011,
    pmid: '21679810',
    setting: {
      en: 'Calcinosis cutis: dystrophic, metastatic, idiopathic and iatrogenic forms',
      es: 'Calcinosis cutis: formas distrófica, metastásica, idiopática y yatrógena',
    },
    status: 'S',
  },
  'emedicine-calcinosis': {
    id: 'emedicine-calcinosis',
    authors: 'eMedicine',
    title: '[Calcinosis cutis and calciphylaxis (eMedicine reference)]',
    source: 'eMedicine (web resource)',
    setting: {
      en: 'Metastatic calcinosis and calciphylaxis',
      es: 'Calcinosis metastásica y calcifilaxis',
    },
    status: 'S',
  },
  'springer-2015-calcinosis': {
    id: 'springer-2015-calcinosis',
    authors: '',
    title: '[Book chapter on calcinosis cutis]',
    source: 'Springer (book chapter)',
    year: 2015,
    setting: { en: 'Metastatic calcinosis', es: 'Calcinosis metastásica' },
    status: 'S',
  },
  'kroshinsky-calciphylaxis': {
    id: 'kroshinsky-calciphylaxis',
    authors: 'Paul S, Kroshinsky D',
    title: '[Calciphylaxis: diagnosis and the role of bone scintigraphy]',
    source: 'JAMA Dermatol',
    setting: {
      en: 'Calciphylaxis (vascular calcification with skin necrosis) in end-stage renal disease',
      es: 'Calcifilaxis (calcificación vascular con necrosis cutánea) en la enfermedad renal terminal',
    },
    status: 'S',
  },
  'fine-zacharias-2002': {
    id: 'fine-zacharias-2002',
    authors: 'Fine, Zacharias',
    title: '[Bone scintigraphy in calciphylaxis]',
    source: 'Kidney Int 2002',
    year: 2002,
    setting: {
      en: 'Calciphylaxis in end-stage renal disease (36 patients)',
      es: 'Calcifilaxis en la enfermedad renal terminal (36 pacientes)',
    },
    status: 'S2',
  },
  'statpearls-osteoma-cutis': {
    id: 'statpearls-osteoma-cutis',
    authors: 'StatPearls',
    title: 'Osteoma cutis (StatPearls)',
    source: 'StatPearls (web resource)',
    setting: {
      en: 'Osteoma cutis, primary and secondary',
      es: 'Osteoma cutis primario y secundario',
    },
    status: 'S',
  },
  'omim-166350': {
    id: 'omim-166350',
    authors: 'OMIM',
    title: 'Progressive osseous heteroplasia (OMIM 166350)',
    source: 'Online Mendelian Inheritance in Man, entry 166350',
    setting: {
      en: 'Progressive osseous heteroplasia (paternally inherited GNAS variant)',
      es: 'Heteroplasia ósea progresiva (variante de GNAS de herencia paterna)',
    },
    status: 'S',
  },
  'medlineplus-aho': {
    id: 'medlineplus-aho',
    authors: 'MedlinePlus',
    title: '[Albright hereditary osteodystrophy / pseudohypoparathyroidism (MedlinePlus)]',
    source: 'MedlinePlus (web resource)',
    setting: {
      en: 'Albright hereditary osteodystrophy and pseudohypoparathyroidism type 1a',
      es: 'Osteodistrofia hereditaria de Albright y seudohipoparatiroidismo tipo 1a',
    },
    status: 'S',
  },
  'linglart-2018': {
    id: 'linglart-2018',
    // Only the surname and year are known: no initials, co-authors or journal are invented.
    authors: 'Linglart',
    title: '[Pseudohypoparathyroidism and Albright hereditary osteodystrophy]',
    source: '',
    year: 2018,
    setting: {
      en: 'Pseudohypoparathyroidism type 1a / Albright hereditary osteodystrophy and pseudo-pseudohypoparathyroidism',
      es: 'Seudohipoparatiroidismo tipo 1a / osteodistrofia hereditaria de Albright y seudoseudohipoparatiroidismo',
    },
    status: 'S',
  },
  'genereviews-fop': {
    id: 'genereviews-fop',
    authors: 'GeneReviews',
    title: 'Fibrodysplasia ossificans progressiva (GeneReviews)',
    source: 'GeneReviews (web resource)',
    setting: {
      en: 'Fibrodysplasia ossificans progressiva (ACVR1)',
      es: 'Fibrodisplasia osificante progresiva (ACVR1)',
    },
    status: 'S',
  },
  'radiopaedia-myositis-ossificans': {
    id: 'radiopaedia-myositis-ossificans',
    authors: 'Radiopaedia',
    title: 'Myositis ossificans (Radiopaedia)',
    source: 'Radiopaedia (web resource)',
    setting: {
      en: 'Myositis ossificans (intramuscular)',
      es: 'Miositis osificante (intramuscular)',
    },
    status: 'S',
  },
  'rheumatologist-lds': {
    id: 'rheumatologist-lds',
    authors: 'The Rheumatologist; AOCD',
    title: '[Lipodermatosclerosis: clinical diagnosis and the risks of biopsy]',
    source: 'The Rheumatologist; AOCD (web resources)',
    setting: {
      en: 'Lipodermatosclerosis of the legs in chronic venous insufficiency',
      es: 'Lipodermatoesclerosis de las piernas en la insuficiencia venosa crónica',
    },
    status: 'S',
  },
  'lurie-2020': {
    id: 'lurie-2020',
    authors: 'Lurie F, et al.',
    title: '[CEAP classification, 2020 update]',
    source: 'J Vasc Surg Venous Lymphat Disord 2020',
    year: 2020,
    doi: '10.1016/j.jvsv.2019.12.075',
    setting: {
      en: 'Classification of chronic venous disorders (CEAP 2020)',
      es: 'Clasificación de los trastornos venosos crónicos (CEAP 2020)',
    },
    status: 'S',
  },
  'cafasso-2013': {
    id: 'cafasso-2013',
    authors: 'Cafasso DE',
    title: '[Proposal to add heterotopic ossification to the CEAP classification]',
    source: 'Phlebology 2013;28:361-5',
    year: 2013,
    pmid: '23202142',
    setting: {
      en: 'Heterotopic ossification in chronic venous disease and the CEAP classification',
      es: 'Osificación heterotópica en la enfermedad venosa crónica y la clasificación CEAP',
    },
    status: 'S',
  },
  'balanescu-2014': {
    id: 'balanescu-2014',
    // Only the surname and year are known: no initials, co-authors or journal are invented.
    authors: 'Bălănescu',
    title: '[Treatment of calcinosis in connective-tissue disease]',
    source: '',
    year: 2014,
    setting: {
      en: 'Calcinosis in connective-tissue disease',
      es: 'Calcinosis en las enfermedades del tejido conectivo',
    },
    status: 'S',
  },
  // Lab reference intervals (engine 2: a value outside them is flagged even without the lab's own
  // flag; the reporting lab's flag always wins). Added for the lab plausibility and range checks.
  'msd-blood-tests': {
    id: 'msd-blood-tests',
    authors: 'MSD Manual, Consumer Version',
    title: 'Blood tests: reference range or threshold (conventional units)',
    source: 'MSD Manual (web resource), msdmanuals.com/home/multimedia/table/blood-tests',
    setting: {
      en: 'General adult laboratory reference ranges; each laboratory sets its own',
      es: 'Intervalos de referencia generales del adulto; cada laboratorio fija los suyos',
    },
    status: 'S',
  },
  'davis-phosphorus': {
    id: 'davis-phosphorus',
    authors: "Davis's Lab & Diagnostic Tests",
    title: 'Phosphorus, blood',
    source: "Davis's Lab & Diagnostic Tests (web resource)",
    setting: {
      en: 'Adult serum inorganic phosphorus reference range (spectrophotometry)',
      es: 'Intervalo de referencia del fósforo inorgánico sérico en el adulto (espectrofotometría)',
    },
    status: 'S',
  },
  'wollina-2009': {
    id: 'wollina-2009',
    authors: 'Wollina U, Hasenöhrl K, Köstler E, Schönlebe J, Heinig B, Haroske G, Kittner T',
    title: 'Dystrophic calcification in chronic leg ulcers: a clinicopathologic study',
    source: 'Dermatol Surg 2009;35(3):457-61',
    year: 2009,
    pmid: '19243405',
    setting: {
      en: 'Chronic leg ulcers of mixed cause, refractory for at least 3 months, shave-excised and grafted (212 patients, 362 ulcers); histology; retrospective',
      es: 'Úlceras crónicas de pierna de causa mixta, refractarias durante al menos 3 meses, extirpadas por afeitado e injertadas (212 pacientes, 362 úlceras); histología; retrospectivo',
    },
    status: 'S',
  },
  'tokoro-2009': {
    id: 'tokoro-2009',
    authors: 'Tokoro S, Satoh T, Okubo Y, Igawa K, Yokozeki H',
    title:
      'Latent dystrophic subcutaneous calcification in patients with chronic venous insufficiency',
    source: 'Acta Derm Venereol 2009;89(5):505-8',
    year: 2009,
    doi: '10.2340/00015555-0680',
    setting: {
      en: 'X-ray of the lower legs in 20 patients with chronic venous insufficiency and 20 control subjects',
      es: 'Radiografía de las piernas en 20 pacientes con insuficiencia venosa crónica y 20 sujetos control',
    },
    status: 'S',
  },
  'wozniak-2020': {
    id: 'wozniak-2020',
    authors: 'Woźniak W, Danowska A, Mlosek RK',
    title: 'The use of high-frequency skin ultrasound in the diagnosis of lipodermatosclerosis',
    source: 'J Ultrason 2020;20(83):e284-90',
    year: 2020,
    doi: '10.15557/JoU.2020.0050',
    setting: {
      en: 'Lipodermatosclerosis: 10 patients, 14 limbs, with high-frequency ultrasound and leg X-ray',
      es: 'Lipodermatoesclerosis: 10 pacientes, 14 extremidades, con ecografía de alta frecuencia y radiografía de la pierna',
    },
    status: 'S',
  },
  'colboc-2022': {
    id: 'colboc-2022',
    authors:
      'Colboc H, Fontaine J, Bazin D, Frochot V, Letavernier E, Daudon M, Laporte N, Rouzière S, Reby M, Galezowski A, Forasassi C, Meaume S',
    title:
      'Calcified leg ulcers in older patients: clinical description, morphology, and chemical characterization',
    source: 'J Gerontol A Biol Sci Med Sci 2022;77(1):27-32',
    year: 2022,
    doi: '10.1093/gerona/glab223',
    setting: {
      en: 'Older inpatients with leg ulcers in one geriatric wound-healing ward (143 patients); prospective',
      es: 'Pacientes mayores hospitalizados con úlceras de pierna en una unidad geriátrica de heridas (143 pacientes); prospectivo',
    },
    status: 'S',
  },
  'kim-2017': {
    id: 'kim-2017',
    authors: 'Kim D, Franco GA, Shigehara H, Asaumi J, Hildenbrand P',
    title: 'Benign miliary osteoma cutis of the face: a common incidental CT finding',
    source: 'AJNR Am J Neuroradiol 2017;38(4):789-94',
    year: 2017,
    doi: '10.3174/ajnr.A5096',
    pmid: '28232495',
    setting: {
      en: '1,315 consecutive sinus CTs reviewed for small dermal calcified nodules of the face',
      es: '1.315 TC de senos consecutivas revisadas en busca de pequeños nódulos dérmicos calcificados de la cara',
    },
    status: 'S',
  },
  'argyropoulou-2006': {
    id: 'argyropoulou-2006',
    authors:
      'Argyropoulou MI, Kostandi E, Kosta P, Zikou AK, Kastani D, Galiatsou E, Kitsakos A, Nakos G',
    title:
      'Heterotopic ossification of the knee joint in intensive care unit patients: early diagnosis with magnetic resonance imaging',
    source: 'Crit Care 2006;10(5):R152',
    year: 2006,
    doi: '10.1186/cc5083',
    pmid: '17074077',
    setting: {
      en: 'Heterotopic ossification of the knee in 11 ICU patients on prolonged ventilation; case series',
      es: 'Osificación heterotópica de rodilla en 11 pacientes de UCI con ventilación prolongada; serie de casos',
    },
    status: 'S',
  },
  'stefanidis-2017': {
    id: 'stefanidis-2017',
    authors:
      'Stefanidis K, Brindley P, Ramnarine R, Blaivas M, Daneshi M, Sidhu PS, Alharthy A, Karakitsos D',
    title:
      'Bedside ultrasound to facilitate early diagnosis and ease of follow-up in neurogenic heterotopic ossification: a pilot study from the intensive care unit',
    // The journal is not known; the PMID identifies the article.
    source: '',
    year: 2017,
    pmid: '28195961',
    setting: {
      en: 'ICU patients with acquired brain injury and reduced range of motion (310 screened, 21 with sonographic signs); prospective multicentre pilot',
      es: 'Pacientes de UCI con daño cerebral adquirido y movilidad reducida (310 cribados, 21 con signos ecográficos); piloto prospectivo multicéntrico',
    },
    status: 'S',
  },
  'orzel-1985': {
    id: 'orzel-1985',
    authors: 'Orzel JA, Rudd TG',
    title:
      '[Heterotopic bone formation: clinical, laboratory and three-phase bone imaging findings]',
    source: 'J Nucl Med 1985;26(2):125-32',
    year: 1985,
    setting: {
      en: '50 patients referred for possible heterotopic bone formation after injury or neurological insult',
      es: '50 pacientes remitidos por posible formación de hueso heterotópico tras una lesión o un daño neurológico',
    },
    status: 'S',
  },
  'elgazzar-2019': {
    id: 'elgazzar-2019',
    // The abstract record lists one author; co-authors were not visible.
    authors: 'Elgazzar A',
    title:
      'The added value of SPECT/CT in the proper diagnosis of heterotopic ossification by bone scintigraphy',
    source: 'J Nucl Med 2019;60(suppl 1):1293 (abstract)',
    year: 2019,
    setting: {
      en: '34 patients with bone scintigraphy and SPECT/CT for possible heterotopic ossification, one department',
      es: '34 pacientes con gammagrafía ósea y SPECT/TC por posible osificación heterotópica, un servicio',
    },
    status: 'S',
  },
  'saez-de-ocariz-2014': {
    id: 'saez-de-ocariz-2014',
    authors:
      'Sáez-de Ocariz M, Carrillo-Rincón A, Murata C, Gutiérrez-Hernández A, Palma-Rosillo RM, Altamirano-Bustamante N',
    title:
      'Evaluación de la calcinosis distrófica en dermatomiositis juvenil y esclerosis sistémica',
    source: 'Acta Pediatr Mex 2014;35(1):7-14',
    year: 2014,
    setting: {
      en: 'Children aged 5–17 with juvenile dermatomyositis, systemic sclerosis or CREST syndrome; scintigraphy against physical examination',
      es: 'Niños de 5 a 17 años con dermatomiositis juvenil, esclerosis sistémica o síndrome CREST; gammagrafía frente a exploración física',
    },
    status: 'S',
  },
  'koivisto-2015': {
    id: 'koivisto-2015',
    authors: 'Koivisto J, Kiljunen T, Kadesjö N, Shi XQ, Wolff J',
    title:
      'Effective radiation dose of a MSCT, two CBCT and one conventional radiography device in the ankle region',
    source: 'J Foot Ankle Res 2015 (PMC4363062)',
    year: 2015,
    setting: {
      en: 'Anthropomorphic ankle phantom with MOSFET dosimeters (ICRP 103 effective doses)',
      es: 'Maniquí antropomórfico de tobillo con dosímetros MOSFET (dosis efectivas según ICRP 103)',
    },
    status: 'S',
  },
  // The patient in front of you (pregnancy, childhood, antithrombotics, calciphylaxis,
  // what each study can see). Each entry was looked up again before it was encoded.
  'acr-spr-pregnancy': {
    id: 'acr-spr-pregnancy',
    authors: 'American College of Radiology; Society for Pediatric Radiology',
    title:
      'ACR–SPR Practice Parameter for Imaging Pregnant or Potentially Pregnant Patients with Ionizing Radiation',
    source: 'ACR practice parameter (revised edition; read in a reproduced copy)',
    setting: {
      en: 'Pregnancy screening before radiography, CT and nuclear medicine: whom to ask, which examinations need verification',
      es: 'Cribado de embarazo antes de radiografía, TC y medicina nuclear: a quién preguntar y qué exploraciones requieren verificación',
    },
    status: 'S2',
  },
  'jnmt-2015-pregnancy-screening': {
    id: 'jnmt-2015-pregnancy-screening',
    authors: 'Not confirmed (Delphi panel of nuclear medicine staff, Australia and New Zealand)',
    title:
      '[Consensus statements on pregnancy screening before diagnostic nuclear medicine procedures (Delphi study)]',
    source: 'J Nucl Med Technol 2015;43(1):74',
    year: 2015,
    setting: {
      en: 'Pregnancy screening before diagnostic nuclear medicine procedures: a 10-member Delphi panel, 16 consensus statements',
      es: 'Cribado de embarazo antes de exploraciones diagnósticas de medicina nuclear: panel Delphi de 10 miembros, 16 declaraciones de consenso',
    },
    status: 'S',
  },
  'acog-723': {
    id: 'acog-723',
    authors: 'American College of Obstetricians and Gynecologists, Committee on Obstetric Practice',
    title:
      'Committee Opinion No. 723: Guidelines for diagnostic imaging during pregnancy and lactation',
    source: 'Obstet Gynecol 2017;130(4) (endorsed by the American College of Radiology)',
    year: 2017,
    setting: {
      en: 'Diagnostic imaging in pregnant and lactating women',
      es: 'Diagnóstico por imagen en mujeres embarazadas y lactantes',
    },
    status: 'S',
  },
  'ozbayrak-2015': {
    id: 'ozbayrak-2015',
    authors:
      'Ozbayrak M, Cavdar I, Seven M, Uslu L, Yeyin N, Tanyildizi H, Abuqbeitah M, Acikgoz AS, Tuten A, Demir M',
    title:
      'Determining and managing fetal radiation dose from diagnostic radiology procedures in Turkey',
    source: 'Korean J Radiol 2015;16(6):1276-82',
    year: 2015,
    doi: '10.3348/kjr.2015.16.6.1276',
    pmid: '26576117',
    setting: {
      en: 'Fetal dose estimates (FetDose 4.0) for 304 examinations in 218 pregnant women; zone 1 = head, upper limbs and legs below the knee',
      es: 'Estimaciones de dosis fetal (FetDose 4.0) de 304 exploraciones en 218 embarazadas; zona 1 = cabeza, miembros superiores y piernas por debajo de la rodilla',
    },
    status: 'S',
  },
  'hedrick-1988': {
    id: 'hedrick-1988',
    authors: 'Hedrick WR, et al.',
    title: '[Fetal dose from a Tc-99m MDP bone scan]',
    source: 'Radiology 1988;168(1):245-8',
    year: 1988,
    doi: '10.1148/radiology.168.1.3380967',
    setting: {
      en: 'Fetal absorbed dose per administered activity of Tc-99m MDP at 8 and 18 weeks of gestation',
      es: 'Dosis absorbida fetal por actividad administrada de Tc-99m MDP a las 8 y 18 semanas de gestación',
    },
    status: 'S',
  },
  'snmmi-paediatric-2016': {
    id: 'snmmi-paediatric-2016',
    authors: 'SNMMI; Image Gently Alliance',
    title:
      '2016 update of the North American consensus guidelines for pediatric administered radiopharmaceutical activities',
    source: 'J Nucl Med (table 1)',
    year: 2016,
    setting: {
      en: 'Administered activities of radiopharmaceuticals for children, by body weight',
      es: 'Actividades administradas de radiofármacos en niños, según el peso',
    },
    status: 'S',
  },
  'fahey-paediatric-dose': {
    id: 'fahey-paediatric-dose',
    authors: 'Fahey FH, Treves ST, Adelstein SJ',
    title: '[Critical organ and effective dose of common pediatric nuclear medicine procedures]',
    source: 'J Nucl Med (table of critical organ and effective doses)',
    setting: {
      en: 'Effective dose (ICRP 80) of paediatric nuclear medicine procedures, by age, at the adult activity scaled by weight',
      es: 'Dosis efectiva (ICRP 80) de las exploraciones pediátricas de medicina nuclear, por edad, con la actividad del adulto ajustada al peso',
    },
    status: 'S',
  },
  'caliper-2017': {
    id: 'caliper-2017',
    authors: 'Adeli K, et al.',
    title: '[CALIPER paediatric reference intervals]',
    source: 'Crit Rev Clin Lab Sci 2017;54(6):358-413',
    year: 2017,
    doi: '10.1080/10408363.2017.1379945',
    setting: {
      en: 'Age- and sex-specific laboratory reference intervals for children and adolescents',
      es: 'Intervalos de referencia de laboratorio por edad y sexo en niños y adolescentes',
    },
    status: 'S',
  },
  'who-adolescence': {
    id: 'who-adolescence',
    authors: 'World Health Organization',
    title: 'Adolescent health',
    source: 'World Health Organization (web resource)',
    setting: {
      en: 'Definition of adolescence by age',
      es: 'Definición de la adolescencia por edad',
    },
    status: 'S',
  },
  'who-icd10-volume2': {
    id: 'who-icd10-volume2',
    authors: 'World Health Organization',
    title:
      'International Statistical Classification of Diseases and Related Health Problems, 10th Revision. Volume 2: Instruction manual (definitions: post-term)',
    source: 'World Health Organization, Geneva',
    setting: {
      en: 'International definitions of the perinatal period: post-term is 42 completed weeks or more of gestation',
      es: 'Definiciones internacionales del período perinatal: postérmino es 42 semanas completas o más de gestación',
    },
    status: 'S',
  },
  'palamaras-2015': {
    id: 'palamaras-2015',
    authors: 'Palamaras I, Semkova K',
    title:
      'Perioperative management of and recommendations for antithrombotic medications in dermatological surgery',
    source: 'Br J Dermatol 2015;172(3):597-605',
    year: 2015,
    doi: '10.1111/bjd.13362',
    pmid: '25142961',
    setting: {
      en: 'Anticoagulant and antiplatelet drugs around dermatological surgery (review with recommendations)',
      es: 'Anticoagulantes y antiagregantes en torno a la cirugía dermatológica (revisión con recomendaciones)',
    },
    status: 'S',
  },
  'trager-2025': {
    id: 'trager-2025',
    authors: 'Trager MH, et al.',
    title: 'Part 1: Management of antithrombotic medications in dermatologic surgery',
    source: 'J Am Acad Dermatol 2025;92(3):389-404',
    year: 2025,
    doi: '10.1016/j.jaad.2024.01.096',
    pmid: '38735483',
    setting: {
      en: 'Antithrombotic drugs around cutaneous surgery (review)',
      es: 'Fármacos antitrombóticos en torno a la cirugía cutánea (revisión)',
    },
    status: 'S',
  },
  'ucsd-accp-dermatology': {
    id: 'ucsd-accp-dermatology',
    authors: 'UC San Diego Health',
    title: 'Perioperative anticoagulation guidelines: dermatological procedures',
    source: 'UC San Diego Health (web resource, citing the ACCP guideline)',
    setting: {
      en: 'Minor dermatological procedures in patients on vitamin K antagonists, aspirin or clopidogrel',
      es: 'Procedimientos dermatológicos menores en pacientes con antagonistas de la vitamina K, aspirina o clopidogrel',
    },
    status: 'S2',
  },
  'weenig-2007': {
    id: 'weenig-2007',
    authors: 'Weenig RH, Sewell LD, Davis MD, McCarthy JT, Pittelkow MR',
    title: 'Calciphylaxis: natural history, risk factor analysis, and outcome',
    source: 'J Am Acad Dermatol 2007;56(4):569-79',
    year: 2007,
    doi: '10.1016/j.jaad.2006.08.065',
    pmid: '17141359',
    setting: {
      en: 'Calciphylaxis: 64 patients (49 on dialysis), retrospective',
      es: 'Calcifilaxis: 64 pacientes (49 en diálisis), retrospectivo',
    },
    status: 'S',
  },
  'calciphylaxis-2025': {
    id: 'calciphylaxis-2025',
    authors: 'Not confirmed (six academic centres, United States)',
    title: 'Outcomes and mortality in calciphylaxis: a multicenter update',
    source: 'J Am Acad Dermatol 2025',
    year: 2025,
    doi: '10.1016/j.jaad.2025.04.081',
    pmid: '40409721',
    setting: {
      en: 'Calciphylaxis: 268 adults, 2006–2022, retrospective, six academic centres',
      es: 'Calcifilaxis: 268 adultos, 2006–2022, retrospectivo, seis centros académicos',
    },
    status: 'S',
  },
  'mar-2021-calcinosis': {
    id: 'mar-2021-calcinosis',
    authors: 'Mar D, et al.; Fairchild RM',
    title: '[Imaging of calcinosis]',
    source: 'Clin Rheumatol 2021',
    year: 2021,
    pmid: '33755836',
    setting: {
      en: 'Calcinosis (connective-tissue disease): which imaging shows it',
      es: 'Calcinosis (enfermedades del tejido conectivo): qué técnicas de imagen la muestran',
    },
    status: 'S',
  },
  'boray-case-51': {
    id: 'boray-case-51',
    authors: 'Boray Medical',
    title:
      '[Bone scan uptake from venous stasis periostitis in chronic venous insufficiency: case 51]',
    source: 'Boray Medical case library (web resource)',
    setting: {
      en: 'One woman of 73 with therapy-resistant chronic venous insufficiency, scanned to exclude osteomyelitis',
      es: 'Una mujer de 73 años con insuficiencia venosa crónica resistente al tratamiento, estudiada para descartar osteomielitis',
    },
    status: 'S',
  },
} as const satisfies Record<string, Reference>;

type RefId = keyof typeof REFERENCES;

/** The reference with this id, or undefined (never a prototype property such as "toString"). */
export function getReference(id: string): Reference | undefined {
  return Object.hasOwn(REFERENCES, id) ? REFERENCES[id as RefId] : undefined;
}
