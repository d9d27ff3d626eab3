import type { CasesState } from './cases';

/**
 * Some cases in the localStorage envelope of earlier versions: what a page going away puts under
 * UNSAVED_KEY (storage-places.ts) for the next start to merge in, like those versions' data.
 */
export function unsavedEnvelope(
  s: Pick<CasesState, 'cases' | 'currentStep' | 'stamps' | 'deleted'>,
  ids: readonly string[],
) {
  const pick = <T>(o: Record<string, T>) =>
    Object.fromEntries(ids.filter((id) => o[id] !== undefined).map((id) => [id, o[id]!]));
  return {
    state: {
      cases: pick(s.cases),
      order: ids.filter((id) => s.cases[id]),
      currentStep: pick(s.currentStep),
      quarantine: [],
      stamps: pick(s.stamps),
      deleted: pick(s.deleted),
    },
    version: 1,
  };
}
