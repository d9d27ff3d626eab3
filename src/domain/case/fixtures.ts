import { addDays } from '../dates';
import { newCase } from './parse';
import type { Case } from './schema';

/**
 * The seed patient (García-Arpa 2020): "A 66 year-old male … ischaemic ictus with right
 * hemiplegia, and CVI with left deep vein thrombosis in 2005 … gradual and slightly painful
 * hardening of the legs during 3 months … posterior and lateral regions of both lower thirds of
 * the legs, chiefly the left one. X-rays showed subcutaneous reticulated opacities with bone
 * density … ossification in the deep dermis and fat … phosphor-calcium metabolism … normal. Bone
 * scintigraphy showed hyperabsorption in the soft parts of the legs … CAT showed lineal plaques
 * with a trabecular/reticular appearance in the subcutaneous regions of both legs."
 *
 * The schema-2 fields as the case report gives them: a man, so pregnancy does not apply; "both
 * lower thirds of the legs, chiefly the left one"; atrial fibrillation and an ischaemic stroke, but
 * whether he takes an anticoagulant is not stated, so the answer is "not known" (the biopsy advice
 * then says what to check); kidney function is not stated beyond normal "analytical results", so
 * it is left unrecorded.
 *
 * `today` is the date of the visit; onset is put three months (91 days) before it.
 */
export function seedCase(today: string): Case {
  const base = newCase('seed-case', 'García-Arpa 2020 seed case', `${today}T09:00:00.000Z`);
  const onset = addDays(today, -91);
  return {
    ...base,
    patient: {
      age: 66,
      sex: 'male',
      longStandingCvi: true,
      priorDvt: true,
      immobility: true,
      onsetDate: onset,
      laterality: 'bilateral',
      worseSide: 'left',
      pregnancy: 'not-applicable',
      antithrombotics: ['unknown'],
      lowerThird: true,
      posteriorLateral: true,
      pain: 'mild',
      history: 'Atrial fibrillation; ischaemic stroke with right hemiplegia; left DVT in 2005.',
    },
    studies: {
      labs: {
        status: 'done',
        date: today,
        calcium: { flag: 'normal' },
        phosphate: { flag: 'normal' },
      },
      ultrasound: { status: 'not-started' },
      xray: {
        status: 'done',
        date: today,
        pattern: 'reticulated-bone-density',
        depth: 'subcutaneous',
      },
      scintigraphy: { status: 'done', date: today, pattern: 'soft-tissue-uptake' },
      ct: { status: 'done', date: today, pattern: 'trabecular-plaques', depth: 'subcutaneous' },
      mri: { status: 'not-started' },
      biopsy: { status: 'done', date: today, histology: 'ossification' },
    },
  };
}

/** A new case with only an onset date, for timing tests. */
export function emptyCase(today: string, onsetDaysAgo?: number): Case {
  const c = newCase('case-1', 'Bed 4', `${today}T09:00:00.000Z`);
  return onsetDaysAgo === undefined
    ? c
    : { ...c, patient: { ...c.patient, onsetDate: addDays(today, -onsetDaysAgo) } };
}
