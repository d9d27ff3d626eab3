/**
 * The evidence pack: the version and content hash that every export carries, so a note, a case
 * file or a FHIR Bundle says exactly which evidence it was produced with.
 *
 * The hash is SHA-256 over `canonicalJson(evidencePackContent())`: every reference and every
 * citing part of the registry (CITING_REGISTRY in index.ts), keys sorted, no whitespace. The
 * domain may not use browser or Node crypto, so the hash is pinned here and checked by
 * `pack.test.ts` with node:crypto; that test fails whenever any figure, statement or reference
 * changes and prints the new hash.
 *
 * HOW TO UPDATE after changing the registry (or after merging a branch that adds to it):
 *   1. if the current version has been released, bump EVIDENCE_PACK_VERSION (and list the old
 *      version with its hash in RELEASED_PACKS in pack.test.ts);
 *   2. replace EVIDENCE_PACK_SHA256 with the hash the failing test prints. One line.
 */
export const EVIDENCE_PACK_VERSION = '2.1.0';

export const EVIDENCE_PACK_SHA256 =
  'b57863b246d97460123f685a5b118f86efcac3304f9cd876ace136f43ee49c14';

/**
 * A canonical JSON serialisation: object keys sorted by code unit, arrays in order, `undefined`
 * members dropped (as JSON.stringify does), no whitespace. Equal data always gives equal text.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new RangeError(`Not serialisable: ${String(value)}`);
    }
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  const entries = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}
