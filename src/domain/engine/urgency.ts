import type { Case } from '../case/schema';
import { PATIENT_STATEMENTS } from '../evidence/patient';
import { flagOf } from './lab-values';
import type { LabPicture } from './labs';
import type { PatientPicture } from './patient';
import { said } from '../words';
import { reason } from '../reason';
import type { Urgency } from './types';

/**
 * A possible calciphylaxis is urgent, and stays urgent whatever arrives later (the labs
 * coming in, or a biopsy declined, used to switch it off). Skin necrosis is not among the skin
 * signs of SCHO (seed) and raises calciphylaxis (eMedicine, Kroshinsky: necrosis in end-stage
 * renal disease); its mortality is high (Weenig 2007; multicentre update 2025).
 *
 * Urgent when there is skin necrosis and kidney disease (any recorded CKD, dialysis, or a
 * creatinine above the range), and also while kidney function is not known at all: the urgency
 * then lifts only when kidney disease is excluded (CKD recorded as none and no dialysis, or a
 * normal creatinine). "Urgent" here is this app's flag for "act today", not a timing any source
 * sets: listed in the hazard log for clinical review.
 */
export function urgency(c: Case, patient: PatientPicture, labs: LabPicture): Urgency | null {
  if (!(c.patient.skin ?? []).includes('necrosis')) return null;
  const done = c.studies.labs.status === 'done';
  const creat = done ? flagOf(labs.readings.creatinine) : undefined;
  const k = patient.kidney;
  const kidneyExcluded =
    !k.disease &&
    creat !== 'high' &&
    ((c.patient.ckd === 'none' && c.patient.dialysis !== 'yes') || creat === 'normal');
  if (kidneyExcluded) return null;
  const known = k.disease || creat === 'high';
  const m = PATIENT_STATEMENTS.calciphylaxisMortality;
  const what = said(
    k.failure
      ? 'engine.urgency.kidney-failure'
      : k.disease
        ? 'engine.urgency.kidney-disease'
        : 'engine.urgency.creatinine-high',
  );
  return {
    id: 'possible-calciphylaxis',
    reason: reason(
      known
        ? said('engine.urgency.known', { kidney: what, mortality: m.text })
        : said('engine.urgency.kidney-unknown', { mortality: m.text }),
      ['emedicine-calcinosis', 'kroshinsky-calciphylaxis', ...m.refs],
    ),
  };
}
