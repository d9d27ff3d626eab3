import type { Assessment } from '../engine/types';
import { collectRefIds, DIFFERENTIAL, getReference, type Reference } from '../evidence';

export { citationUrl, fullCitation } from '../evidence';

/**
 * Every reference id the assessment cites (reasons, drivers, advice, timing, differential,
 * management, risk), plus the registry entries the summary shows for each differential item,
 * in order of first appearance. Walked generically so that no new kind of reason escapes.
 */
function citedRefIds(a: Assessment): string[] {
  const ids = collectRefIds(a, new Set());
  for (const item of a.differential) {
    const entity = DIFFERENTIAL[item.id];
    if (entity) collectRefIds([entity.discriminator, entity.tests], ids);
  }
  return [...ids];
}

/** The cited references, resolved; unknown ids are returned separately so they stay visible. */
export function citedReferences(a: Assessment): { refs: Reference[]; unknown: string[] } {
  const refs: Reference[] = [];
  const unknown: string[] = [];
  for (const id of citedRefIds(a)) {
    const ref = getReference(id);
    if (ref) refs.push(ref);
    else unknown.push(id);
  }
  return { refs, unknown };
}
