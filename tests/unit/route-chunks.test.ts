import { describe, expect, it } from 'vitest';
import { chunkFor } from '../../scripts/route-chunks.mjs';

// Where the build puts the code of the two pages that show a case (scripts/route-chunks.mjs): a
// deep link to a step or the summary fetches a handful of files, and no other page or export
// fetches code it does not run.
const use = (u: Partial<Parameters<typeof chunkFor>[0]>) =>
  chunkFor({ wizard: false, summary: false, registryPage: false, elsewhere: false, ...u });

describe('the case pages’ chunks', () => {
  it('puts what both pages use in one chunk, and each page’s own code in its own', () => {
    expect(use({ wizard: true, summary: true })).toBe('case-pages');
    expect(use({ wizard: true })).toBe('wizard-page');
    expect(use({ summary: true })).toBe('summary-page');
  });

  it('keeps what the evidence list or the settings page also use apart from the engine', () => {
    expect(use({ wizard: true, summary: true, registryPage: true })).toBe('registry');
    expect(use({ summary: true, registryPage: true })).toBe('registry');
  });

  it('never puts code an export or a notice also loads in one page’s own chunk', () => {
    // "Download all cases" on the case list must not fetch the summary page's code.
    expect(use({ summary: true, elsewhere: true })).toBeUndefined();
    expect(use({ wizard: true, elsewhere: true })).toBeUndefined();
    expect(use({ wizard: true, summary: true, elsewhere: true })).toBe('case-pages');
  });

  it('leaves every other module to the bundler', () => {
    expect(use({ registryPage: true, elsewhere: true })).toBeUndefined();
  });
});
