import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../../scripts/security-headers.mjs';

/**
 * The web team deploys from the README ("Serving it in a hospital"); the browser tests run under
 * the headers of scripts/security-headers.mjs. The two must be the same policy, word for word.
 */
const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const section = readme.slice(
  readme.indexOf('## Serving it in a hospital'),
  readme.indexOf('\n## ', readme.indexOf('## Serving it in a hospital') + 1),
);

describe("the web team's deployment profile", () => {
  it('lists every header the test server sends, with the same value', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(section).toContain(`\n${name}: ${value}\n`);
    }
    expect(section).toContain('\nStrict-Transport-Security: max-age=');
  });

  it('gives the <meta> policy as the build writes it, and it is a part of the header policy', () => {
    expect(section.replace(/\s+/g, ' ')).toContain(META_CONTENT_SECURITY_POLICY);
    const header = new Set(CONTENT_SECURITY_POLICY.split('; '));
    for (const directive of META_CONTENT_SECURITY_POLICY.split('; ')) {
      expect(header).toContain(directive);
    }
    // Nothing in it could block a connection the header is widened to allow later.
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/default-src|connect-src/);
  });

  it('allows no inline script, style or eval, and requires Trusted Types', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    for (const d of ['default-src', 'script-src', 'style-src']) {
      expect(directives[d]).toEqual(["'self'"]);
    }
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['require-trusted-types-for']).toEqual(["'script'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|sha256-|nonce-/);
  });
});
