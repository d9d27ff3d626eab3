import { describe, expect, it } from 'vitest';
import { emptyCase, seedCase } from '../case/fixtures';
import { assess } from './assess';
import { caseFile } from '../export/case-file';
import { caseToFhirBundle } from '../export/fhir';
import { noteText } from '../export/note';
import { applySite, siteSummary, type SiteSettings } from './site';
import { withPatient, withStudies } from './test-helpers';
import type { Assessment } from './types';

const TODAY = '2026-11-25';
const NO_SCAN: SiteSettings = { unavailable: ['scintigraphy'] };

/** Day 7, history, labs and ultrasound done and normal: engine 2 weighs the scan against waiting. */
const early = withStudies(
  withPatient(emptyCase(TODAY, 7), { age: 70, sex: 'female', longStandingCvi: true }),
  {
    labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } },
    ultrasound: { status: 'done', pattern: 'normal' },
  },
);

/** The same day-7 case with no ultrasound to be had: the engine on its own sends it for a scan. */
const earlyNoUs = withStudies(early, {
  ultrasound: { status: 'skipped', reason: 'not-available' },
});

const allText = (a: Assessment) =>
  [a.nextStep.reason, ...Object.values(a.advice).flatMap((x) => x.reasons)]
    .map((r) => r.text.en)
    .join('\n');

describe('this site has no bone scintigraphy (Rosteius 2017: "not available in smaller hospitals")', () => {
  it('without site settings the early case is sent for a bone scan (the engine on its own)', () => {
    // Seed: bone scintigraphy "is highly sensitive in early diagnosis", while X-ray may be normal.
    expect(assess(earlyNoUs, TODAY).nextStep.step).toBe('scintigraphy');
  });

  const a = assess(earlyNoUs, TODAY, NO_SCAN);

  it('after a normal early ultrasound, "scan now" is no longer offered as an option', () => {
    // Engine 2 (HAZ-06) offers repeat ultrasound / wait for the X-ray date / scan now.
    const plain = assess(early, TODAY);
    expect(plain.nextStep.options?.map((o) => o.modality)).toContain('scintigraphy');
    const here = assess(early, TODAY, NO_SCAN).nextStep;
    expect(here.step).not.toBe('scintigraphy');
    const texts = (here.options ?? []).map((o) => o.text.en).join('\n');
    expect(texts).not.toMatch(/Bone scintigraphy now/);
    expect(texts).toMatch(/Bone scan: not available at this hospital/);
    expect(here.options).toHaveLength(plain.nextStep.options?.length ?? 0);
  });

  it('never suggests the scan as the next step', () => {
    expect(a.nextStep.step).not.toBe('scintigraphy');
    expect(a.nextStep.ruleId).toMatch(/^site-/);
  });

  it('says why and what to do instead: the next best study with its trade-off, or refer', () => {
    expect(a.nextStep.reason.text.en).toMatch(/not available at this hospital/);
    expect(a.nextStep.reason.text.en).toMatch(/refer/i);
    expect(a.nextStep.reason.text.es).toMatch(/no disponible en este hospital/);
    // The registry's availability statement for the scan, with its source.
    expect(a.nextStep.reason.text.en).toContain('Not available in smaller hospitals');
    expect(a.nextStep.reason.refs).toContain('rosteius-2017');
  });

  it('puts the same on the scan advice, first, and leaves its band (appropriateness) alone', () => {
    const plain = assess(earlyNoUs, TODAY);
    expect(a.advice.scintigraphy.band).toBe(plain.advice.scintigraphy.band);
    expect(a.advice.scintigraphy.reasons[0]?.text.en).toMatch(/not available at this hospital/);
    expect(a.advice.scintigraphy.reasons.slice(1)).toEqual(plain.advice.scintigraphy.reasons);
  });

  it('picks the next best study the hospital has, with its trade-off from the registry', () => {
    // Seed: biopsy "is the test of choice"; the registry's first biopsy pitfall is the poor wound
    // healing of CVI skin ("ulcers in up to 13%", rheumatologist-lds).
    expect(a.nextStep.step).toBe('biopsy');
    expect(a.nextStep.reason.text.en).toMatch(/Instead: Biopsy.*Trade-off: Biopsy wounds/s);
    expect(a.nextStep.reason.refs).toEqual(expect.arrayContaining(['rheumatologist-lds']));
  });

  it('refers when nothing else this hospital has is advised', () => {
    const none: SiteSettings = {
      unavailable: ['scintigraphy', 'xray', 'ct', 'mri', 'biopsy'],
    };
    const r = assess(earlyNoUs, TODAY, none);
    expect(r.nextStep.step).toBe('complete');
    expect(r.nextStep.reason.text.en).toMatch(/Refer the patient to a centre that has Bone scan/);
  });
});

describe('site settings that change nothing', () => {
  it('leave the assessment exactly as the engine gave it', () => {
    const plain = assess(early, TODAY);
    expect(assess(early, TODAY, { unavailable: [] })).toEqual(plain);
    expect(applySite(plain, early, undefined)).toBe(plain);
  });

  it('do not touch a study already done (the seed case: scan done, CT done, biopsy done)', () => {
    const seed = seedCase(TODAY);
    const a = assess(seed, TODAY, { unavailable: ['scintigraphy', 'ct'] });
    expect(a.advice.scintigraphy).toEqual(assess(seed, TODAY).advice.scintigraphy);
    expect(a.nextStep).toEqual(assess(seed, TODAY).nextStep);
  });
});

describe('a typical wait', () => {
  it('is added to the advice of an open study as the site setting it is, with no source', () => {
    const a = assess(early, TODAY, { unavailable: [], waitDays: { scintigraphy: 21 } });
    const last = a.advice.scintigraphy.reasons.at(-1);
    expect(last?.text.en).toBe("Typical wait at this hospital: 21 days (this site's settings).");
    expect(last?.refs).toEqual([]);
    expect(allText(a)).not.toMatch(/not available/);
  });

  it('says "1 day", not "1 days", in both languages', () => {
    const a = assess(early, TODAY, { unavailable: [], waitDays: { scintigraphy: 1 } });
    const last = a.advice.scintigraphy.reasons.at(-1);
    expect(last?.text).toEqual({
      en: "Typical wait at this hospital: 1 day (this site's settings).",
      es: 'Espera habitual en este hospital: 1 día (ajustes del centro).',
    });
  });
});

describe('the site settings go with every export, as the provenance of the advice', () => {
  const site: SiteSettings = {
    unavailable: ['scintigraphy'],
    waitDays: { mri: 30 },
    units: { calcium: 'mmol/L' },
  };
  const a = assess(early, TODAY, site);

  it('in one line, in both languages', () => {
    expect(siteSummary(site)).toMatchObject({
      en: 'Not available here: Bone scan. Typical waits: MRI 30 days. Lab units: calcium mmol/L.',
      es: 'No disponible aquí: Gammagrafía. Esperas habituales: RM 30 días. Unidades de laboratorio: calcio mmol/L.',
    });
  });

  it('says "1 day", not "1 days", for a wait of one day', () => {
    const waits = siteSummary({ unavailable: [], waitDays: { ct: 1, mri: 2 } });
    expect(waits.en).toContain('Typical waits: CT 1 day, MRI 2 days.');
    expect(waits.es).toContain('Esperas habituales: TC 1 día, RM 2 días.');
  });

  it('names each analyte as the rest of the Spanish text does: "fósforo", never "fosfato"', () => {
    const units = siteSummary({
      unavailable: [],
      units: { calcium: 'mmol/L', phosphate: 'mmol/L' },
    });
    expect(units.es).toContain('Unidades de laboratorio: calcio mmol/L, fósforo mmol/L.');
    expect(units.en).toContain('Lab units: calcium mmol/L, phosphate mmol/L.');
  });

  it('in the note, the case file and the FHIR report', () => {
    const note = noteText(early, a, { lang: 'en', disclaimer: 'D', site });
    expect(note).toContain("This site's settings: Not available here: Bone scan.");
    expect(caseFile(early, `${TODAY}T10:00:00Z`, 'D', site).site).toEqual(site);
    const bundle = caseToFhirBundle(early, a, {
      lang: 'es',
      disclaimer: 'D',
      exportedAt: `${TODAY}T10:00:00Z`,
      site,
    });
    const report = bundle.entry?.find((e) => e.resource?.resourceType === 'DiagnosticReport');
    const div = (report?.resource as { text?: { div: string } }).text?.div ?? '';
    expect(div).toContain('Ajustes de este centro: No disponible aquí: Gammagrafía.');
  });

  it('and nowhere when there are none (exports as before)', () => {
    expect(noteText(early, assess(early, TODAY), { lang: 'en', disclaimer: 'D' })).not.toContain(
      "This site's settings",
    );
  });
});
