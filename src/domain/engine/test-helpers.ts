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
