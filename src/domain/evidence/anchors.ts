import { wilsonInterval, type Interval } from '../stats';
import type { PretestAnchor } from './types';

/**
 * Pre-test anchors: how often calcification or bone is found in legs like the patient's. Each is
 * a range (the Wilson 95% interval of its counts), never one number, and says whether it counts
 * calcification or bone: only Wollina 2009 measures bone. Lippman's "about 10% of CVI" (as cited
 * by García-Arpa 2020) has no counts behind it, so it is not an anchor (it stays a statement).
 */
export const PRETEST_ANCHORS: readonly PretestAnchor[] = [
  {
    id: 'jvs-vl-c1-c3',
    population: { en: 'Legs at CEAP C1–C3', es: 'Piernas en CEAP C1–C3' },
    method: { en: 'Duplex ultrasound', es: 'Ecografía dúplex' },
    measures: 'calcification',
    counts: { events: 0, total: 266 },
    unit: 'leg',
    design: 'cross-sectional',
    strength: {
      grade: 'moderate',
      reason: {
        en: 'Consecutive legs of every CEAP class; ultrasound alone, no reference standard.',
        es: 'Piernas consecutivas de todas las clases CEAP; solo ecografía, sin patrón de referencia.',
      },
    },
    applicability: 'direct',
    note: {
      en: 'None of 266 legs (43 C1, 189 C2, 34 C3) had subcutaneous tissue calcification.',
      es: 'Ninguna de 266 piernas (43 C1, 189 C2, 34 C3) tenía calcificación del tejido subcutáneo.',
    },
    ref: 'jvs-vl-cvd-calcification',
  },
  {
    id: 'jvs-vl-c4-c6',
    population: { en: 'Legs at CEAP C4a–C6', es: 'Piernas en CEAP C4a–C6' },
    method: { en: 'Duplex ultrasound', es: 'Ecografía dúplex' },
    measures: 'calcification',
    counts: { events: 24, total: 95 },
    unit: 'leg',
    design: 'cross-sectional',
    strength: {
      grade: 'moderate',
      reason: {
        en: 'Consecutive legs of every CEAP class; ultrasound alone, no reference standard.',
        es: 'Piernas consecutivas de todas las clases CEAP; solo ecografía, sin patrón de referencia.',
      },
    },
    applicability: 'direct',
    ref: 'jvs-vl-cvd-calcification',
  },
  {
    id: 'tokoro-2009',
    population: {
      en: 'Patients with chronic venous insufficiency',
      es: 'Pacientes con insuficiencia venosa crónica',
    },
    method: { en: 'Plain X-ray of the lower legs', es: 'Radiografía simple de las piernas' },
    measures: 'calcification',
    counts: { events: 13, total: 20 },
    unit: 'patient',
    design: 'case-control',
    strength: {
      grade: 'low',
      reason: {
        en: '20 patients; no reference standard.',
        es: '20 pacientes; sin patrón de referencia.',
      },
    },
    applicability: 'direct',
    note: {
      en: 'More frequent with longer disease; 4 of 20 controls had minimal calcification.',
      es: 'Más frecuente cuanto más larga la enfermedad; 4 de 20 controles tenían una calcificación mínima.',
    },
    ref: 'tokoro-2009',
  },
  {
    id: 'wozniak-2020',
    population: {
      en: 'Limbs with lipodermatosclerosis',
      es: 'Extremidades con lipodermatoesclerosis',
    },
    method: { en: 'High-frequency skin ultrasound', es: 'Ecografía cutánea de alta frecuencia' },
    measures: 'calcification',
    counts: { events: 13, total: 14 },
    unit: 'limb',
    design: 'case-series',
    strength: {
      grade: 'low',
      reason: {
        en: '10 patients, 14 limbs; no reference standard.',
        es: '10 pacientes, 14 extremidades; sin patrón de referencia.',
      },
    },
    applicability: 'direct',
    ref: 'wozniak-2020',
  },
  {
    id: 'colboc-2022',
    population: {
      en: 'Older inpatients with leg ulcers',
      es: 'Pacientes mayores hospitalizados con úlceras de pierna',
    },
    method: { en: 'Palpation', es: 'Palpación' },
    measures: 'calcification',
    counts: { events: 10, total: 143 },
    unit: 'patient',
    design: 'cohort',
    strength: {
      grade: 'low',
      reason: {
        en: 'One geriatric ward; palpation only.',
        es: 'Una sola unidad geriátrica; solo palpación.',
      },
    },
    applicability: 'direct',
    ref: 'colboc-2022',
  },
  {
    id: 'wollina-2009-bone',
    population: {
      en: 'Refractory chronic leg ulcers of mixed cause, excised',
      es: 'Úlceras crónicas de pierna refractarias, de causa mixta, extirpadas',
    },
    method: { en: 'Histology', es: 'Histología' },
    measures: 'bone',
    counts: { events: 15, total: 212 },
    unit: 'patient',
    design: 'case-series',
    strength: {
      grade: 'moderate',
      reason: {
        en: 'Histology, 212 patients; a surgical population.',
        es: 'Histología, 212 pacientes; una población quirúrgica.',
      },
    },
    applicability: 'direct',
    note: {
      en: 'The only anchor that measures bone; dystrophic calcification was found in 39 of the same 212 patients.',
      es: 'El único punto de partida que mide hueso; se halló calcificación distrófica en 39 de los mismos 212 pacientes.',
    },
    ref: 'wollina-2009',
  },
];

/** The anchor's range: the Wilson 95% interval of its counts. */
export function anchorRange(anchor: PretestAnchor): Interval {
  return wilsonInterval(anchor.counts);
}
