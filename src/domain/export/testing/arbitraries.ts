import type { fc } from '@fast-check/vitest';
import { arbitraryCase } from '../../case/arbitraries';
import { caseSchema, type Case } from '../../case/schema';

/**
 * Any valid case, as it would be after a save and a load: passed through JSON and the schema, so
 * optional keys set to undefined are dropped exactly as on a real round trip.
 */
export function arbCase(today: string): fc.Arbitrary<Case> {
  return arbitraryCase(today).map((c) => caseSchema.parse(JSON.parse(JSON.stringify(c))));
}
