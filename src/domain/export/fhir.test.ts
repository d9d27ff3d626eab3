import type {
  Bundle,
  Condition,
  DiagnosticReport,
  Observation,
  Patient,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { emptyCase, seedCase } from '../case/fixtures';
import type { Case } from '../case/schema';
import { assess } from '../engine/assess';
import { CASE_ID_SYSTEM, caseToFhirBundle, stableUuid, type FhirOptions } from './fhir';
import { HOSTILE, hostileCase } from './testing/hostile';
import { arbCase } from './testing/arbitraries';
import { activeElements, markdownViewer, renderedText } from './testing/inert-checks';

const TODAY = '2026-03-03';
const OPTS: FhirOptions = {
  lang: 'en',
  disclaimer: 'Decision support only.',
  exportedAt: '2026-03-03T10:00:00.000Z',
};

const bundleOf = (c: Case, opts = OPTS) => caseToFhirBundle(c, assess(c, TODAY), opts);
const resources = <T>(b: Bundle, type: string): T[] =>
  (b.entry ?? []).map((e) => e.resource).filter((r) => r?.resourceType === type) as T[];

/** Every `reference` string anywhere inside the bundle's resources. */
function allReferences(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => allReferences(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'reference' && typeof v === 'string') out.push(v);
      else allReferences(v, out);
    }
  }
  return out;
}

function expectWellFormed(b: Bundle) {
  expect(b.resourceType).toBe('Bundle');
  expect(['collection', 'document']).toContain(b.type);
  const urls = (b.entry ?? []).map((e) => e.fullUrl);
  for (const [i, e] of (b.entry ?? []).entries()) {
    expect(e.fullUrl).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(e.fullUrl).toBe(`urn:uuid:${e.resource?.id}`);
    expect(urls.indexOf(e.fullUrl)).toBe(i);
  }
  const refs = allReferences(b.entry);
  expect(refs.length).toBeGreaterThan(0);
  for (const r of refs) expect(urls).toContain(r);
  for (const o of resources<Observation>(b, 'Observation')) {
    expect(o.status).toBeTruthy();
    expect(o.code.text || o.code.coding?.length).toBeTruthy();
    expect(o.subject?.reference).toBe(urls[0]);
  }
  const reports = resources<DiagnosticReport>(b, 'DiagnosticReport');
  expect(reports).toHaveLength(1);
  const report = reports[0]!;
  expect(report.status).toBeTruthy();
  expect(report.code.text).toBeTruthy();
  expect(report.subject?.reference).toBe(urls[0]);
  expect(report.conclusion).toBeTruthy();
  // The report's categories are exactly the kinds of result it holds.
  const held = new Set(
    (report.result ?? []).map((r) => {
      const o = resources<Observation>(b, 'Observation').find(
        (x) => `urn:uuid:${x.id}` === r.reference,
      );
      const cat = o?.category?.[0]?.coding?.[0]?.code;
      if (cat === 'imaging') return 'RAD';
      return /biops/i.test(o?.code.text ?? '') ? 'SP' : 'LAB';
    }),
  );
  const categories = (report.category ?? []).map((cc) => cc.coding?.[0]?.code);
  expect(new Set(categories)).toEqual(held);
  for (const cc of report.category ?? [])
    expect(cc.coding?.[0]?.system).toBe('http://terminology.hl7.org/CodeSystem/v2-0074');
  expect(report.code.coding?.[0]).toMatchObject({
    system: 'urn:scho-workup:code',
    code: 'scho-workup-report',
  });
  // The working conclusion is at least one Condition, pointing at the report.
  const conditions = resources<Condition>(b, 'Condition');
  expect(conditions.length).toBeGreaterThan(0);
  for (const cond of conditions) {
    expect(cond.subject.reference).toBe(urls[0]);
    expect(cond.evidence?.[0]?.detail?.[0]?.reference).toBe(`urn:uuid:${report.id}`);
  }
  for (const sr of resources<ServiceRequest>(b, 'ServiceRequest')) {
    expect(sr).toMatchObject({ status: 'draft', intent: 'proposal' });
    expect(sr.subject.reference).toBe(urls[0]);
  }
}

describe('FHIR R4 Bundle', () => {
  it('is well formed for the seed case, with every reference resolving inside it', () => {
    const b = bundleOf(seedCase(TODAY));
    expectWellFormed(b);
    expect(b.type).toBe('collection');
    expect(b.timestamp).toBe(OPTS.exportedAt);
  });

  it('has a pseudonymous Patient: no name or birth date, the case id as the only identifier', () => {
    const [patient] = resources<Patient>(bundleOf(seedCase(TODAY)), 'Patient');
    expect(patient).toBeDefined();
    expect(patient?.name).toBeUndefined();
    expect(patient?.birthDate).toBeUndefined();
    expect(patient?.identifier).toEqual([{ system: CASE_ID_SYSTEM, value: 'seed-case' }]);
    expect(patient?.gender).toBe('male');
    expect(patient?.meta?.security?.[0]?.code).toBe('PSEUDED');
    expect(resources<Patient>(bundleOf(emptyCase(TODAY)), 'Patient')[0]?.gender).toBeUndefined();
  });

  it('gives an age bracket, not the exact age', () => {
    const obs = resources<Observation>(bundleOf(seedCase(TODAY)), 'Observation');
    const age = obs.find((o) => o.code.text === 'Age bracket');
    expect(age?.valueRange).toMatchObject({ low: { value: 60, code: 'a' }, high: { value: 69 } });
    expect(JSON.stringify(obs)).not.toContain('"value":66');
  });

  it('HAZ-60 codes every lab with its LOINC code in either unit (mass or moles)', () => {
    const base = seedCase(TODAY);
    const labsIn = (units: 'mass' | 'molar'): Case => ({
      ...base,
      studies: {
        ...base.studies,
        labs: {
          status: 'done',
          date: TODAY,
          calcium:
            units === 'mass'
              ? { value: 9.4, unit: 'mg/dL', flag: 'normal' }
              : { value: 2.35, unit: 'mmol/L' },
          phosphate:
            units === 'mass' ? { value: 3.4, unit: 'mg/dL' } : { value: 1.1, unit: 'mmol/L' },
          pth: units === 'mass' ? { value: 40, unit: 'pg/mL' } : { value: 4.2, unit: 'pmol/L' },
          creatinine:
            units === 'mass' ? { value: 0.9, unit: 'mg/dL' } : { value: 80, unit: 'µmol/L' },
          alp: { value: 70, unit: 'U/L' },
        },
      },
    });
    const codes = (c: Case) =>
      Object.fromEntries(
        resources<Observation>(bundleOf(c), 'Observation')
          .filter((o) => o.code.text?.includes('serum'))
          .map((o) => [
            o.code.text?.split(',')[0],
            o.code.coding?.map((k) => `${k.system}|${k.code}`),
          ]),
      );
    expect(codes(labsIn('mass'))).toEqual({
      calcium: ['http://loinc.org|17861-6'],
      phosphate: ['http://loinc.org|2777-1'],
      PTH: ['http://loinc.org|2731-8'],
      creatinine: ['http://loinc.org|2160-0'],
      'alkaline phosphatase': ['http://loinc.org|6768-6'],
    });
    expect(codes(labsIn('molar'))).toEqual({
      calcium: ['http://loinc.org|2000-8'],
      phosphate: ['http://loinc.org|14879-1'],
      PTH: ['http://loinc.org|14866-8'],
      creatinine: ['http://loinc.org|14682-9'],
      'alkaline phosphatase': ['http://loinc.org|6768-6'],
    });
    const calcium = resources<Observation>(bundleOf(labsIn('mass')), 'Observation').find((o) =>
      o.code.text?.startsWith('calcium'),
    );
    expect(calcium?.valueQuantity).toEqual({
      value: 9.4,
      unit: 'mg/dL',
      system: 'http://unitsofmeasure.org',
      code: 'mg/dL',
    });
    expect(calcium?.interpretation?.[0]?.coding?.[0]?.code).toBe('N');
    // A value without a unit has no code: the unit decides which LOINC code is true.
    const noUnit: Case = {
      ...base,
      studies: { ...base.studies, labs: { status: 'done', calcium: { value: 9.4 } } },
    };
    const bare = resources<Observation>(bundleOf(noUnit), 'Observation').find((o) =>
      o.code.text?.startsWith('calcium'),
    );
    expect(bare?.code.coding).toBeUndefined();
  });

  it('has one imaging Observation per imaging study done, dated, and the report points to them', () => {
    const b = bundleOf(seedCase(TODAY));
    const imaging = resources<Observation>(b, 'Observation').filter(
      (o) => o.category?.[0]?.coding?.[0]?.code === 'imaging',
    );
    expect(imaging.map((o) => o.code.text)).toEqual([
      'X-ray of the legs: finding',
      'Bone scintigraphy of the legs: finding',
      'CT of the legs: finding',
    ]);
    expect(imaging.every((o) => o.effectiveDateTime === TODAY)).toBe(true);
    expect(imaging[0]?.valueCodeableConcept?.text).toBe(
      'reticulated subcutaneous opacities of bone density',
    );
    const report = resources<DiagnosticReport>(b, 'DiagnosticReport')[0]!;
    expect(report.conclusion).toMatch(/^Confirmed subcutaneous ossification/);
    expect(report.status).toBe('final');
    const resultUrls = report.result?.map((r) => r.reference) ?? [];
    for (const o of imaging) expect(resultUrls).toContain(`urn:uuid:${o.id}`);
    expect(report.text?.div).toContain('Decision support only.');
  });

  it('proposes the recommended next studies as ServiceRequests, none once the workup is complete', () => {
    const early = emptyCase(TODAY, 5);
    const c: Case = { ...early, patient: { ...early.patient, age: 58, sex: 'female' } };
    const b = bundleOf(c);
    expectWellFormed(b);
    const requests = resources<ServiceRequest>(b, 'ServiceRequest');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.map((r) => r.code?.text)).toContain(
      'Phospho-calcium metabolism (calcium, phosphate)',
    );
    expect(resources(bundleOf(seedCase(TODAY)), 'ServiceRequest')).toHaveLength(0);
  });

  it('is deterministic, and ids differ between cases', () => {
    const c = seedCase(TODAY);
    expect(JSON.stringify(bundleOf(c))).toBe(JSON.stringify(bundleOf(c)));
    const other = bundleOf({ ...c, id: 'another' });
    expect(other.entry?.[0]?.fullUrl).not.toBe(bundleOf(c).entry?.[0]?.fullUrl);
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
  });

  it('is written in the reader’s language', () => {
    const b = bundleOf(seedCase(TODAY), { ...OPTS, lang: 'es' });
    const report = resources<DiagnosticReport>(b, 'DiagnosticReport')[0]!;
    expect(report.conclusion).toMatch(/confirmada/);
    expect(
      resources<Observation>(b, 'Observation').some((o) => o.code.text === 'Franja de edad'),
    ).toBe(true);
  });

  it('carries hostile free text as escaped markdown and escapes the narrative', () => {
    const b = bundleOf(hostileCase(TODAY));
    expectWellFormed(b);
    const json = JSON.stringify(b);
    expect(JSON.parse(json)).toEqual(b);
    // Annotation.text is markdown: a viewer with HTML on shows the text, and runs nothing.
    const notes = resources<Observation>(b, 'Observation').flatMap((o) => o.note ?? []);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) {
      const html = markdownViewer.render(n.text);
      expect(activeElements(html)).toEqual([]);
      expect(n.text).not.toMatch(/<\s*(script|img)/i);
    }
    const shown = notes.map((n) => renderedText(markdownViewer.render(n.text)));
    expect(shown.some((t) => t.includes(HOSTILE.script) && t.includes(HOSTILE.mdLink))).toBe(true);
    expect(notes.some((n) => n.text === HOSTILE.long)).toBe(true);
    const div = resources<DiagnosticReport>(b, 'DiagnosticReport')[0]?.text?.div ?? '';
    expect(div).not.toMatch(/<(script|img)/i);
  });

  fcTest.prop([arbCase(TODAY)], { numRuns: 60 })(
    'is well formed and self-contained for any valid case',
    (c) => expectWellFormed(bundleOf(c)),
  );
});
