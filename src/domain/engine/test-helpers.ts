import type { Case, Studies } from '../case/schema';

/** A copy of `c` with some studies replaced (test helper). */
export function withStudies(
  c: Case,
  studies: Partial<{ [K in keyof Studies]: Partial<Studies[K]> }>,
): Case {
  const next = { ...c.studies };
  for (const [id, patch] of Object.entries(studies) as [keyof Studies, object][]) {
    next[id] = { ...next[id], ...patch } as never;
  }
  return { ...c, studies: next };
}

export function withPatient(c: Case, patient: Partial<Case['patient']>): Case {
  return { ...c, patient: { ...c.patient, ...patient } };
}

/** Every word that speaks of stopping a drug, in English and Spanish. */
const STOP = /\b(stop\w*|suspend\w*|discontinu\w*|hold)\b/gi;
/** The only ways the app may speak of stopping: a negation or a risk, never an instruction. */
const ALLOWED_STOP =
  /do not stop|not (be )?stopped|stopping (risks|them risks)|Stopping antithrombotic drugs|no lo suspenda|no suele suspenderse|suspenderlo expone|suspenderlos expone|no deben suspenderse|Suspender los antitrombóticos/gi;

/** True when every mention of stopping the drug sits inside an allowed phrase. */
export function neverSaysStop(text: string): boolean {
  const allowed = [...text.matchAll(ALLOWED_STOP)].map((m) => [m.index, m.index + m[0].length]);
  return [...text.matchAll(STOP)].every((m) =>
    allowed.some(([from, to]) => m.index >= from! && m.index + m[0].length <= to!),
  );
}

/** Every study skipped ("not available"): nothing left to suggest, the question still open. */
export function allSkipped(c: Case): Case {
  const skipped = { status: 'skipped', reason: 'not-available' } as const;
  return withStudies(c, {
    labs: skipped,
    ultrasound: skipped,
    xray: skipped,
    scintigraphy: skipped,
    ct: skipped,
    mri: skipped,
    biopsy: skipped,
  });
}
