import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_PACK_SHA256,
  EVIDENCE_PACK_VERSION,
  canonicalJson,
  evidencePackCanonicalText,
} from './index';

/**
 * Versions already released, with the hash they were released with. A released version's
 * content may never change: change the registry, and the version must move on.
 */
const RELEASED_PACKS: Readonly<Record<string, string>> = {
  '2.0.0': '0e8433b40f65128c449edc9e7d4506cb669405c15fa8a9ede3c63595773a2d27',
};

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('evidence pack', () => {
  it('canonical JSON sorts keys, drops undefined members and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: undefined, c: 'x' }] })).toBe(
      '{"a":[2,{"c":"x"}],"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(() => canonicalJson({ a: Number.NaN })).toThrow('NaN');
  });

  it('the pinned hash is the SHA-256 of the registry (update it when the registry changes)', () => {
    const actual = sha256(evidencePackCanonicalText());
    const hint =
      `The evidence registry changed. If version ${EVIDENCE_PACK_VERSION} was released, bump ` +
      `EVIDENCE_PACK_VERSION and add the old version to RELEASED_PACKS; then set, in ` +
      `src/domain/evidence/pack.ts:\n  export const EVIDENCE_PACK_SHA256 = '${actual}';\n`;
    if (actual !== EVIDENCE_PACK_SHA256) console.error(hint);
    expect(actual, hint).toBe(EVIDENCE_PACK_SHA256);
  });

  it('a released version is never reused for other content', () => {
    const released = RELEASED_PACKS[EVIDENCE_PACK_VERSION];
    if (released !== undefined) expect(EVIDENCE_PACK_SHA256).toBe(released);
    for (const [version, hash] of Object.entries(RELEASED_PACKS))
      if (version !== EVIDENCE_PACK_VERSION) expect(hash).not.toBe(EVIDENCE_PACK_SHA256);
  });

  it('any change to a figure changes the hash', () => {
    const base = evidencePackCanonicalText();
    const changed = base.replace('"events":13,"total":20', '"events":14,"total":20');
    expect(changed).not.toBe(base);
    expect(sha256(changed)).not.toBe(sha256(base));
  });

  it('the version is semantic (major.minor.patch)', () => {
    expect(EVIDENCE_PACK_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
