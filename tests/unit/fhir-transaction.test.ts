// @vitest-environment node
import type {
  Bundle,
  BundleEntry,
  DiagnosticReport,
  Observation,
  Resource,
} from '@medplum/fhirtypes';
import { fc, test as fcTest } from '@fast-check/vitest';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyCase, seedCase } from '../../src/domain/case/fixtures';
import type { Case } from '../../src/domain/case/schema';
import { assess } from '../../src/domain/engine/assess';
import {
  caseToTransactionBundle,
  REPORT_CODE,
  WRITE_BACK_SYSTEM,
  type WriteBackOptions,
} from '../../src/domain/export/fhir';
import { arbCase } from '../../src/domain/export/testing/arbitraries';
import { createFhirEngine, type FhirEngine } from '../fhir-server/engine';
import { LANGS } from '../../src/domain/languages';

/**
 * The write-back Bundle against a real FHIR engine (Medplum's router and in-memory repository,
 * the same engine the browser tests run behind HTTP): it is accepted as one transaction, every
 * reference in what was filed resolves, and sending it again files nothing twice.
 */

const TODAY = '2026-03-03';
let engine: FhirEngine;
let patientId: string;

beforeAll(async () => {
  engine = await createFhirEngine();
}, 60_000);

async function newPatient(): Promise<string> {
  const r = await engine.handle('POST', 'Patient', { resourceType: 'Patient', gender: 'male' });
  expect(r.status).toBe(201);
  return r.body.id as string;
}

const optsFor = (patient: string, extra: Partial<WriteBackOptions> = {}): WriteBackOptions => ({
  lang: 'en',
  disclaimer: 'Decision support only.',
  exportedAt: `${TODAY}T10:00:00.000Z`,
  patientId: patient,
  ...extra,
});

async function post(bundle: Bundle) {
  const r = await engine.handle('POST', '', bundle);
  return { status: r.status, body: r.body as Bundle };
}

async function search<T extends Resource>(query: string): Promise<T[]> {
  const r = await engine.handle('GET', query);
  expect(r.status).toBe(200);
  return ((r.body as Bundle).entry ?? []).map((e) => e.resource as T);
}

/** Every `reference` inside a resource. */
function referencesIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => referencesIn(n, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === 'reference' && typeof v === 'string') out.push(v);
      else referencesIn(v, out);
    }
  return out;
}

async function expectAllResolve(resources: readonly Resource[]) {
  for (const r of resources)
    for (const ref of referencesIn(r)) {
      expect(ref, `${r.resourceType} points at ${ref}`).toMatch(/^[A-Za-z]+\/[^/]+$/);
      expect((await engine.handle('GET', ref)).status, ref).toBe(200);
    }
}

describe('write-back transaction on a real FHIR server engine', () => {
  beforeAll(async () => {
    patientId = await newPatient();
  });

  it('the seed case is accepted as one transaction, and the report is found by patient and code', async () => {
    const c = seedCase(TODAY);
    const bundle = caseToTransactionBundle(c, assess(c, TODAY), optsFor(patientId));
    expect(bundle.type).toBe('transaction');
    const r = await post(bundle);
    expect(r.status).toBe(200);
    expect(r.body.type).toBe('transaction-response');
    expect(r.body.entry?.map((e) => e.response?.status?.slice(0, 3))).toEqual(
      bundle.entry?.map(() => '201'),
    );

    const reports = await search<DiagnosticReport>(
      `DiagnosticReport?patient=Patient/${patientId}&code=${encodeURIComponent(`${REPORT_CODE.system}|${REPORT_CODE.code}`)}`,
    );
    expect(reports).toHaveLength(1);
    const report = reports[0]!;
    expect(report.subject?.reference).toBe(`Patient/${patientId}`);
    expect(report.result?.length).toBe(
      bundle.entry?.filter((e) => e.resource?.resourceType === 'Observation').length,
    );
    const filed = await Promise.all(
      (r.body.entry ?? []).map(
        async (e) =>
          (await engine.handle('GET', e.response!.location!.split('/_history')[0]!)).body,
      ),
    );
    await expectAllResolve(filed);
    const condition = filed.find((x) => x.resourceType === 'Condition');
    expect(condition).toMatchObject({
      verificationStatus: { coding: [{ code: 'confirmed' }] },
      evidence: [{ detail: [{ reference: `DiagnosticReport/${report.id}` }] }],
    });
  });

  it('HAZ-56 sending the same transaction again (a retry after a dropped answer) files nothing twice', async () => {
    const patient = await newPatient();
    const c = emptyCase(TODAY, 5);
    const bundle = caseToTransactionBundle(c, assess(c, TODAY), optsFor(patient));
    const first = await post(bundle);
    expect(first.status).toBe(200);
    const again = await post(structuredClone(bundle));
    expect(again.status).toBe(200);
    // The second answer points at the resources the first one created.
    expect(again.body.entry?.map((e) => e.response?.location?.split('/_history')[0])).toEqual(
      first.body.entry?.map((e) => e.response?.location?.split('/_history')[0]),
    );
    for (const type of ['DiagnosticReport', 'Condition', 'ServiceRequest']) {
      const found = await search(`${type}?patient=Patient/${patient}`);
      const expected = bundle.entry?.filter((e) => e.resource?.resourceType === type).length;
      expect(found, type).toHaveLength(expected ?? 0);
    }
  });

  it('HAZ-58 a lab read from the record and unchanged is pointed at, not filed a second time', async () => {
    const patient = await newPatient();
    const existing = await engine.handle('POST', 'Observation', {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '2000-8' }] },
      subject: { reference: `Patient/${patient}` },
      valueQuantity: {
        value: 2.3,
        unit: 'mmol/L',
        system: 'http://unitsofmeasure.org',
        code: 'mmol/L',
      },
    } satisfies Observation);
    const base = seedCase(TODAY);
    const c: Case = {
      ...base,
      studies: {
        ...base.studies,
        labs: { status: 'done', date: TODAY, calcium: { value: 2.3, unit: 'mmol/L' } },
      },
    };
    const bundle = caseToTransactionBundle(
      c,
      assess(c, TODAY),
      optsFor(patient, { recordLabs: { calcium: existing.body.id as string } }),
    );
    const labsSent = bundle.entry?.filter(
      (e: BundleEntry) =>
        e.resource?.resourceType === 'Observation' &&
        (e.resource as Observation).code.coding?.some((k) => k.code === '2000-8'),
    );
    expect(labsSent).toEqual([]);
    expect((await post(bundle)).status).toBe(200);
    const [report] = await search<DiagnosticReport>(`DiagnosticReport?patient=Patient/${patient}`);
    expect(report?.result?.map((x) => x.reference)).toContain(`Observation/${existing.body.id}`);
    const calcium = await search<Observation>(
      `Observation?patient=Patient/${patient}&code=http://loinc.org|2000-8`,
    );
    expect(calcium).toHaveLength(1);
  });

  it('every resource filed carries the write-back identifier the retry is recognised by', () => {
    const c = seedCase(TODAY);
    const bundle = caseToTransactionBundle(c, assess(c, TODAY), optsFor('p1'));
    for (const e of bundle.entry ?? []) {
      const ids = (e.resource as { identifier?: { system?: string; value?: string }[] }).identifier;
      const mine = ids?.find((i) => i.system === WRITE_BACK_SYSTEM);
      expect(mine?.value).toMatch(new RegExp(`^${bundle.identifier?.value}/`));
      expect(decodeURIComponent(e.request?.ifNoneExist ?? '')).toBe(
        `identifier=${WRITE_BACK_SYSTEM}|${mine?.value}`,
      );
      expect(e.resource?.id).toBeUndefined();
      // No name, no case id, no pseudonymous Patient: only the record's own patient.
      expect(JSON.stringify(e.resource)).not.toContain(c.id);
    }
    expect(bundle.entry?.some((e) => e.resource?.resourceType === 'Patient')).toBe(false);
  });

  it('the same case gives the same submission; a changed case a new one', () => {
    const c = seedCase(TODAY);
    const a = assess(c, TODAY);
    const one = caseToTransactionBundle(c, a, optsFor('p1'));
    const later = caseToTransactionBundle(c, a, {
      ...optsFor('p1'),
      exportedAt: `${TODAY}T11:00:00Z`,
    });
    expect(later.identifier).toEqual(one.identifier);
    // What is filed changed (the legs affected): a new report. The exact age is not filed.
    const changed: Case = { ...c, patient: { ...c.patient, laterality: 'right' } };
    const older: Case = { ...c, patient: { ...c.patient, age: 67 } };
    expect(caseToTransactionBundle(older, assess(older, TODAY), optsFor('p1')).identifier).toEqual(
      one.identifier,
    );
    expect(
      caseToTransactionBundle(changed, assess(changed, TODAY), optsFor('p1')).identifier,
    ).not.toEqual(one.identifier);
    expect(caseToTransactionBundle(c, a, optsFor('p2')).identifier).not.toEqual(one.identifier);
  });

  fcTest.prop([arbCase(TODAY), fc.constantFrom(...LANGS)], { numRuns: 25 })(
    'generated cases are accepted as transactions with every reference resolved',
    async (c, lang) => {
      const patient = await newPatient();
      const bundle = caseToTransactionBundle(c, assess(c, TODAY), { ...optsFor(patient), lang });
      const r = await post(bundle);
      expect(r.status).toBe(200);
      const filed = await Promise.all(
        (r.body.entry ?? []).map(
          async (e) =>
            (await engine.handle('GET', e.response!.location!.split('/_history')[0]!)).body,
        ),
      );
      expect(filed.filter((x) => x.resourceType === 'DiagnosticReport')).toHaveLength(1);
      await expectAllResolve(filed);
    },
    // 25 transactions through the FHIR engine: 10–38 s on a two-core machine, by its load.
    120_000,
  );
});
