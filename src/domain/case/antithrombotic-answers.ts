import type { Antithrombotic } from './schema';

/**
 * The antithrombotic answer after a tick: "none" and "not known" stand alone, so ticking one
 * clears the drugs and ticking a drug clears them (the schema refuses the mixture, and the
 * clinician should not have to untick by hand). Used by every form that asks the question.
 */
export function nextAntithrombotics(
  previous: readonly Antithrombotic[],
  next: readonly Antithrombotic[] | undefined,
): Antithrombotic[] | undefined {
  if (!next?.length) return undefined;
  const added = next.find((a) => !previous.includes(a));
  if (added === 'none' || added === 'unknown') return [added];
  const drugs = next.filter((a) => a !== 'none' && a !== 'unknown');
  return drugs.length ? drugs : next.slice(0, 1);
}
