import type { Case } from '../case/schema';
import { AGE_GROUP_FROM, CHILDBEARING_AGE } from '../evidence/patient';

/**
 * Who the patient is, as the rules need it: derived from the case's patient fields once, so that
 * every rule reads the same answer. Unknown is kept apart from "no" everywhere: an unrecorded
 * pregnancy status, drug list or kidney function is never read as "not pregnant", "none" or
 * "normal".
 */

/** Child (under 10), adolescent (10–17) or adult (18 and over): see AGE_GROUP_FROM. */
export type AgeGroup = 'child' | 'adolescent' | 'adult';

/**
 * What the pregnancy status means for an ionising study:
 * - 'pregnant' / 'possibly': as recorded (honoured whatever the recorded sex or age);
 * - 'ask': childbearing age (or age or sex not recorded) and the status not known: ask first;
 * - 'not-relevant': a man, outside childbearing age, or recorded as not pregnant / not applicable.
 */
type PregnancyQuestion = 'pregnant' | 'possibly' | 'ask' | 'not-relevant';

/** What the antithrombotic answer means for a biopsy. */
interface AntithromboticPicture {
  /** A vitamin K antagonist (warfarin): the INR check applies. */
  readonly vka: boolean;
  /** Any anticoagulant or antiplatelet drug. */
  readonly onAny: boolean;
  /** Not recorded, or recorded as not known: the question is still open. */
  readonly unknown: boolean;
}

interface KidneyPicture {
  /** Kidney failure: on dialysis, or KDIGO G5. */
  readonly failure: boolean;
  /**
   * Advanced, or not known not to be: kidney failure, G4, or CKD whose category is not known (the
   * schema-1 tick migrates there). Calciphylaxis and metastatic calcinosis are raised by it.
   */
  readonly advanced: boolean;
  /** Any chronic kidney disease recorded (G1–G5 or category unknown), or dialysis. */
  readonly disease: boolean;
  /** Whether there is kidney disease is not recorded or not known. */
  readonly unknown: boolean;
}

export interface PatientPicture {
  readonly ageGroup: AgeGroup | null;
  /** Age recorded and under 18: paediatric doses, radiation bands and the lab's own flags. */
  readonly paediatric: boolean;
  readonly pregnancy: PregnancyQuestion;
  readonly antithrombotic: AntithromboticPicture;
  readonly kidney: KidneyPicture;
  /** CEAP C0: the record says there is no sign of venous disease. */
  readonly noVenousDisease: boolean;
}

export function ageGroup(age: number | undefined): AgeGroup | null {
  if (age === undefined) return null;
  if (age < AGE_GROUP_FROM.adolescent) return 'child';
  return age < AGE_GROUP_FROM.adult ? 'adolescent' : 'adult';
}

/**
 * Whether to ask about pregnancy. Asked when the sex is female or not recorded ('other' too:
 * the app does not guess), and the age is 12 to 55 or not recorded — conservative on both counts.
 */
function pregnancyQuestion(p: Case['patient']): PregnancyQuestion {
  if (p.pregnancy === 'pregnant' || p.pregnancy === 'possibly') return p.pregnancy;
  if (p.pregnancy === 'not-pregnant' || p.pregnancy === 'not-applicable') return 'not-relevant';
  return asksPregnancyOf(p) ? 'ask' : 'not-relevant';
}

/** Whether this sex and age are asked about pregnancy (the same rule the read-in follows). */
export function asksPregnancyOf(p: Pick<Case['patient'], 'sex' | 'age'>): boolean {
  const sexAllows = p.sex !== 'male';
  const ageAllows =
    p.age === undefined || (p.age >= CHILDBEARING_AGE.from && p.age <= CHILDBEARING_AGE.to);
  return sexAllows && ageAllows;
}

function antithrombotic(p: Case['patient']): AntithromboticPicture {
  const list = p.antithrombotics ?? [];
  const drugs = list.filter((a) => a !== 'none' && a !== 'unknown');
  return {
    vka: list.includes('anticoagulant-vka'),
    onAny: drugs.length > 0,
    unknown: list.length === 0 || list.includes('unknown'),
  };
}

const CKD_PRESENT = new Set(['G1', 'G2', 'G3a', 'G3b', 'G4', 'G5', 'stage-unknown']);

function kidney(p: Case['patient']): KidneyPicture {
  const failure = p.dialysis === 'yes' || p.ckd === 'G5';
  const disease = failure || (p.ckd !== undefined && CKD_PRESENT.has(p.ckd));
  const advanced = failure || p.ckd === 'G4' || p.ckd === 'stage-unknown';
  const known = p.ckd !== undefined && p.ckd !== 'unknown';
  return { failure, advanced, disease, unknown: !disease && !known };
}

export function patientPicture(c: Case): PatientPicture {
  const p = c.patient;
  const group = ageGroup(p.age);
  return {
    ageGroup: group,
    paediatric: group !== null && group !== 'adult',
    pregnancy: pregnancyQuestion(p),
    antithrombotic: antithrombotic(p),
    kidney: kidney(p),
    noVenousDisease: p.ceap === 'C0',
  };
}
