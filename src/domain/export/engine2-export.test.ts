import type { DiagnosticReport } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { emptyCase, seedCase } from '../case/fixtures';
import { addDays } from '../dates';
import { assess } from '../engine/assess';
import { withStudies } from '../engine/test-helpers';
import { caseToFhirBundle } from './fhir';
import { noteText } from './note';

const TODAY = '2026-11-25';

/** Biopsy calcium without bone beside a normal film on day 30 and ultrasound bone. */
const disagreeing = withStudies(emptyCase(TODAY, 60), {
  labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } },
  ultrasound: { status: 'done', pattern: 'hyperechoic-shadowing' },
  xray: { status: 'done', pattern: 'normal', date: addDays(TODAY, -30) },
  biopsy: { status: 'done', histology: 'calcification-without-bone' },
});

const report = (c: typeof disagreeing, lang: 'en' | 'es') =>
  caseToFhirBundle(c, assess(c, TODAY), {
    lang,
    disclaimer: 'Decision support only.',
    exportedAt: `${TODAY}T10:00:00.000Z`,
  }).entry?.find((e) => e.resource?.resourceType === 'DiagnosticReport')
    ?.resource as DiagnosticReport;

describe('HAZ-18 exports never drop a discordance', () => {
  const a = assess(disagreeing, TODAY);

  it('HAZ-18 the note and the FHIR report carry every discordance and what resolves it', () => {
    expect(a.interpretation.discordances.length).toBeGreaterThan(0);
    const note = noteText(disagreeing, a, {
      lang: 'en',
      disclaimer: 'Decision support only.',
    });
    const fhir = report(disagreeing, 'en');
    for (const d of a.interpretation.discordances) {
      expect(note).toContain(d.reason.text.en);
      expect(note).toContain(d.resolve.text.en);
      expect(fhir.conclusion).toContain(d.reason.text.en);
      expect(fhir.conclusion).toContain(d.resolve.text.en);
    }
    expect(note).toContain('What the lesion is made of: Calcium without bone (by biopsy).');
    expect(note).not.toMatch(/Workup complete/);
    expect(fhir.status).toBe('preliminary');
  });

  it('HAZ-18 the Spanish report says the same', () => {
    const fhir = report(disagreeing, 'es');
    for (const d of a.interpretation.discordances)
      expect(fhir.conclusion).toContain(d.resolve.text.es);
  });

  it('HAZ-09 the seed note lists prior DVT and immobility as contributors', () => {
    const seed = seedCase(TODAY);
    const note = noteText(seed, assess(seed, TODAY), { lang: 'en', disclaimer: 'x' });
    expect(note).toMatch(/Possible contributors: Prior deep vein thrombosis/);
    expect(note).toMatch(/Possible contributors: Immobility/);
  });
});
