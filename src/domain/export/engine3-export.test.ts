import { test } from '@fast-check/vitest';
import type { Bundle, DiagnosticReport, ServiceRequest } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { emptyCase, seedCase } from '../case/fixtures';
import type { Case } from '../case/schema';
import { assess } from '../engine/assess';
import { withPatient, withStudies } from '../engine/test-helpers';
import { caseToFhirBundle, fhirBundleText } from './fhir';
import { noteMarkdown, noteText } from './note';
import { arbCase } from './testing/arbitraries';
import { LANGS, type Lang } from '../languages';

const TODAY = '2026-11-25';
const opts = (lang: Lang) => ({
  lang,
  disclaimer: 'Decision support only.',
  exportedAt: `${TODAY}T10:00:00.000Z`,
});
const bundle = (c: Case): Bundle => caseToFhirBundle(c, assess(c, TODAY), opts('en'));
const requests = (b: Bundle) =>
  (b.entry ?? [])
    .map((e) => e.resource)
    .filter((r): r is ServiceRequest => r?.resourceType === 'ServiceRequest');

/** Every day count written as a number ("day 2922", "día 400", "2922 days"). */
const dayCounts = (text: string): number[] =>
  [
    ...text.matchAll(/\b(?:day|día|days|días) (\d+)\b/gi),
    ...text.matchAll(/\b(\d+) (?:days?|días?) (?:since|after|desde|tras)\b/gi),
  ].map((m) => Number(m[1]));

describe('HAZ-34 no export carries a day count over a year', () => {
  it('HAZ-34 an onset eight years ago: the note’s date line and history say "more than a year", never "day 2922"', () => {
    const c = withPatient(emptyCase(TODAY, 2922), { age: 70 });
    const a = assess(c, TODAY);
    for (const lang of LANGS) {
      const note = noteText(c, a, opts(lang));
      expect(note).not.toMatch(/2922/);
      expect(noteMarkdown(c, a, opts(lang))).not.toMatch(/2922/);
      expect(fhirBundleText(c, a, opts(lang))).not.toMatch(/\b2922\b/);
    }
    const note = noteText(c, a, opts('en'));
    expect(note).toMatch(/^Date: 2026-11-25 \(more than a year since onset\)$/m);
    expect(note).toMatch(/onset 2018-11-2\d \(more than a year ago/);
  });

  test.prop([arbCase(TODAY)], { numRuns: 60 })(
    'HAZ-34 no note, Markdown note or FHIR Bundle of any case contains a day count over 365',
    (c) => {
      const a = assess(c, TODAY);
      for (const lang of LANGS) {
        for (const text of [
          noteText(c, a, opts(lang)),
          noteMarkdown(c, a, opts(lang)),
          fhirBundleText(c, a, opts(lang)),
        ])
          for (const n of dayCounts(text)) expect(n).toBeLessThanOrEqual(365);
      }
    },
  );
});

describe('HAZ-25 the FHIR request carries the pregnancy question', () => {
  it('HAZ-25 a woman of 30 whose status is not known: the proposed film carries the question as a note, and its reason too', () => {
    const c = withStudies(withPatient(emptyCase(TODAY, 20), { age: 30, sex: 'female' }), {
      labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } },
      ultrasound: { status: 'done', pattern: 'normal' },
    });
    const film = requests(bundle(c)).find((r) => r.code?.text?.startsWith('Plain X-ray'));
    expect(film?.note?.map((n) => n.text).join(' ')).toMatch(
      /Pregnancy: ask whether she is or may be pregnant/,
    );
    expect(film?.reasonCode?.[0]?.text).toMatch(/Pregnancy: ask/);
  });

  it('HAZ-25 a man’s requests carry no pregnancy note', () => {
    const c = withStudies(withPatient(emptyCase(TODAY, 20), { age: 30, sex: 'male' }), {
      labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } },
      ultrasound: { status: 'done', pattern: 'normal' },
    });
    for (const r of requests(bundle(c)))
      expect(JSON.stringify(r.note ?? [])).not.toMatch(/Pregnancy/);
  });
});

describe('HAZ-28 the urgency reaches the note and the FHIR priority', () => {
  const urgent = withStudies(
    withPatient(emptyCase(TODAY, 30), { age: 60, skin: ['necrosis'], dialysis: 'yes' }),
    { labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } } },
  );

  it('HAZ-28 necrosis on dialysis: every proposed request is "urgent" (FHIR: "actioned promptly"), the report and the note say so first', () => {
    const b = bundle(urgent);
    const srs = requests(b);
    expect(srs.length).toBeGreaterThan(0);
    for (const r of srs) expect(r.priority).toBe('urgent');
    const report = b.entry?.find((e) => e.resource?.resourceType === 'DiagnosticReport')
      ?.resource as DiagnosticReport;
    expect(report.conclusion).toMatch(/^Urgent, whatever the other results/);
    const note = noteText(urgent, assess(urgent, TODAY), opts('en'));
    expect(note).toMatch(/^Date: .* — URGENT$/m);
    expect(note).toMatch(/^Plan: Urgent, whatever the other results/m);
  });

  it('HAZ-28 without necrosis every request stays routine', () => {
    const seed = seedCase(TODAY);
    const c = withStudies(seed, { ct: { status: 'not-started', pattern: undefined } });
    for (const r of requests(bundle(c))) expect(r.priority).toBe('routine');
  });
});

describe('HAZ-27 the FHIR biopsy request carries the bleeding advice', () => {
  it('HAZ-27 on warfarin: the proposed biopsy notes the INR check and that the drug is not stopped', () => {
    const c = withStudies(
      withPatient(emptyCase(TODAY, 60), { age: 70, antithrombotics: ['anticoagulant-vka'] }),
      {
        labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } },
        ultrasound: { status: 'done', pattern: 'hyperechoic-shadowing' },
        xray: { status: 'done', pattern: 'reticulated-bone-density' },
      },
    );
    const biopsy = requests(bundle(c)).find((r) => /biopsy/i.test(r.code?.text ?? ''));
    expect(biopsy?.note?.map((n) => n.text).join(' ')).toMatch(
      /Do not stop it for the biopsy.*INR: avoid the procedure if it is above 3\.5/,
    );
  });
});

describe('the seed case in the new schema', () => {
  it('HAZ-34 the seed note still reads day 91 and lists the new history (pregnancy not applicable, anticoagulant not known, worse on the left)', () => {
    const seed = seedCase(TODAY);
    const note = noteText(seed, assess(seed, TODAY), opts('en'));
    expect(note).toContain('Date: 2026-11-25 (day 91 since onset)');
    expect(note).toMatch(/pregnancy not applicable; antithrombotic drugs not known/);
    expect(note).toMatch(/both legs, worse on the left/);
  });
});
