import type { Condition, Observation, Patient } from '@medplum/fhirtypes';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { newCase } from '../case/parse';
import { readLab } from '../engine/lab-values';
import {
  checkCase,
  missingWriteScopes,
  prefillCase,
  recordQueries,
  requestedScope,
  transactionOutcome,
  unchangedRecordLabs,
  type RecordData,
} from '.';

const TODAY = '2026-03-03';
const base = () => newCase('new-case', 'From the record', `${TODAY}T09:00:00.000Z`);
const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
const ICD10_CM = 'http://hl7.org/fhir/sid/icd-10-cm';
const SNOMED = 'http://snomed.info/sct';

const condition = (id: string, system: string, code: string, extra: Partial<Condition> = {}) =>
  ({
    resourceType: 'Condition',
    id,
    subject: { reference: 'Patient/p1' },
    code: { coding: [{ system, code, display: `${code} display` }] },
    ...extra,
  }) as Condition;

const lab = (
  id: string,
  loinc: string,
  value: number,
  unit: string,
  date: string,
  extra: Partial<Observation> = {},
) =>
  ({
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: loinc }], text: `LOINC ${loinc}` },
    subject: { reference: 'Patient/p1' },
    effectiveDateTime: `${date}T08:00:00Z`,
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
    ...extra,
  }) as Observation;

const record = (r: Partial<RecordData>): RecordData => ({ conditions: [], observations: [], ...r });
const patient = (p: Partial<Patient>): Patient => ({ resourceType: 'Patient', id: 'p1', ...p });

describe('reading a record into a new case', () => {
  it('age in whole years for today, from a full birth date (one day before the birthday: not yet)', () => {
    expect(
      prefillCase(base(), record({ patient: patient({ birthDate: '1960-03-04' }) }), TODAY).case
        .patient.age,
    ).toBe(65);
    expect(
      prefillCase(base(), record({ patient: patient({ birthDate: '1960-03-03' }) }), TODAY).case
        .patient.age,
    ).toBe(66);
    const partial = prefillCase(base(), record({ patient: patient({ birthDate: '1960' }) }), TODAY);
    expect(partial.case.patient.age).toBeUndefined();
    expect(partial.notUsed[0]).toMatchObject({
      field: 'age',
      reason: { en: expect.stringMatching(/without its day/) },
    });
  });

  it('never keeps the birth date, the name or the record id in the case', () => {
    const p = prefillCase(
      base(),
      record({
        patient: patient({
          birthDate: '1960-03-04',
          gender: 'male',
          name: [{ family: 'Doe', given: ['Jane'] }],
        }),
      }),
      TODAY,
    );
    const stored = JSON.stringify(p.case);
    expect(stored).not.toMatch(/1960|Doe|Jane|p1/);
  });

  it('sex from the record’s gender; "unknown" fills nothing and says so', () => {
    expect(
      prefillCase(base(), record({ patient: patient({ gender: 'female' }) }), TODAY).case.patient
        .sex,
    ).toBe('female');
    const u = prefillCase(base(), record({ patient: patient({ gender: 'unknown' }) }), TODAY);
    expect(u.case.patient.sex).toBeUndefined();
    expect(u.notUsed.map((n) => n.field)).toEqual(['sex']);
  });

  it('CVI duration from the earliest onset of chronic venous insufficiency (I87.2); varicose veins are shown, not counted', () => {
    const p = prefillCase(
      base(),
      record({
        conditions: [
          condition('c1', ICD10, 'I87.2', { onsetDateTime: '2016-05-01' }),
          condition('c2', ICD10_CM, 'I87.2', { onsetDateTime: '2012-09-10' }),
          condition('c3', SNOMED, '72866009', { onsetDateTime: '2001-01-01' }),
        ],
      }),
      TODAY,
    );
    expect(p.case.patient.cviYears).toBe(13);
    expect(p.filled.find((f) => f.field === 'cviYears')?.source).toMatchObject({
      resourceType: 'Condition',
      id: 'c2',
      date: '2012-09-10',
    });
    expect(p.notUsed.find((n) => n.source.id === 'c3')?.reason.en).toMatch(/Varicose veins/);
  });

  it('CVI without an onset date fills nothing and says why', () => {
    const p = prefillCase(
      base(),
      record({ conditions: [condition('c1', ICD10, 'I872', { recordedDate: '2020-01-01' })] }),
      TODAY,
    );
    expect(p.case.patient.cviYears).toBeUndefined();
    expect(p.notUsed[0]).toMatchObject({
      field: 'cviYears',
      source: { id: 'c1', date: '2020-01-01' },
    });
  });

  it('prior DVT: yes from a confirmed or unstated DVT, even resolved; never "no" from its absence', () => {
    const resolved = condition('d1', SNOMED, '128053003', {
      clinicalStatus: { coding: [{ code: 'resolved' }] },
      onsetDateTime: '2019-02-02',
    });
    expect(
      prefillCase(base(), record({ conditions: [resolved] }), TODAY).case.patient.priorDvt,
    ).toBe(true);
    expect(
      prefillCase(base(), record({ conditions: [condition('d2', ICD10, 'I80.2')] }), TODAY).case
        .patient.priorDvt,
    ).toBe(true);
    expect(
      prefillCase(base(), record({ conditions: [condition('d3', ICD10_CM, 'I82.401')] }), TODAY)
        .case.patient.priorDvt,
    ).toBe(true);
    // ICD-10-CM-only codes are not read as WHO ICD-10.
    expect(
      prefillCase(base(), record({ conditions: [condition('d4', ICD10, 'I82.401')] }), TODAY).case
        .patient.priorDvt,
    ).toBeUndefined();
    // Superficial thrombophlebitis (I80.0) is not a deep vein thrombosis.
    expect(
      prefillCase(base(), record({ conditions: [condition('d5', ICD10, 'I80.0')] }), TODAY).case
        .patient.priorDvt,
    ).toBeUndefined();
    expect(prefillCase(base(), record({}), TODAY).case.patient.priorDvt).toBeUndefined();
  });

  it('tentative diagnoses are shown, not filled; refuted or mistaken ones are ignored', () => {
    const provisional = condition('d1', SNOMED, '128053003', {
      verificationStatus: { coding: [{ code: 'provisional' }] },
    });
    const refuted = condition('d2', SNOMED, '128053003', {
      verificationStatus: { coding: [{ code: 'refuted' }] },
    });
    const p = prefillCase(base(), record({ conditions: [provisional, refuted] }), TODAY);
    expect(p.case.patient.priorDvt).toBeUndefined();
    expect(p.notUsed).toHaveLength(1);
    expect(p.notUsed[0]).toMatchObject({
      field: 'priorDvt',
      source: { id: 'd1' },
      reason: { en: expect.stringMatching(/not confirmed/) },
    });
  });

  it('labs by LOINC in either unit: the latest final result, its flag, the labs dated by the latest', () => {
    const p = prefillCase(
      base(),
      record({
        observations: [
          lab('o1', '17861-6', 9.1, 'mg/dL', '2025-11-02'),
          lab('o2', '2000-8', 2.41, 'mmol/L', '2026-02-20', {
            interpretation: [{ coding: [{ code: 'H' }] }],
          }),
          lab('o3', '14879-1', 1.1, 'mmol/L', '2026-02-18'),
          lab('o4', '2731-8', 38, 'ng/L', '2026-02-18'),
          lab('o5', '14682-9', 0.081, 'mmol/L', '2026-02-18'),
          lab('o6', '6768-6', 1.2, 'ukat/L', '2026-02-18'),
        ],
      }),
      TODAY,
    );
    const labs = p.case.studies.labs;
    expect(labs.status).toBe('done');
    expect(labs.date).toBe('2026-02-20');
    expect(labs.calcium).toEqual({ value: 2.41, unit: 'mmol/L', flag: 'high' });
    expect(labs.phosphate).toEqual({ value: 1.1, unit: 'mmol/L' });
    expect(labs.pth).toEqual({ value: 38, unit: 'pg/mL' });
    expect(labs.creatinine).toEqual({ value: 81, unit: 'µmol/L' });
    expect(labs.alp).toEqual({ value: 72, unit: 'U/L' });
    const notes = Object.fromEntries(p.filled.map((f) => [f.field, f.note?.en]));
    expect(notes.pth).toBe('Recorded as 38 ng/L, read as 38 pg/mL.');
    expect(notes.creatinine).toBe('Recorded as 0.081 mmol/L, read as 81 µmol/L.');
    expect(notes.calcium).toBeUndefined();
    // The record's own words for what a result is (here its text).
    expect(p.filled.find((f) => f.field === 'phosphate')?.source.what).toBe('LOINC 14879-1');
    const bare = prefillCase(
      base(),
      record({
        observations: [
          {
            ...lab('o9', '2000-8', 2.3, 'mmol/L', '2026-02-01'),
            code: { coding: [{ system: 'http://loinc.org', code: '2000-8' }] },
          },
        ],
      }),
      TODAY,
    );
    expect(bare.filled[0]?.source.what).toBe('Calcium [Moles/volume] in Serum or Plasma');
    expect(p.filled.find((f) => f.field === 'calcium')?.source).toMatchObject({
      resourceType: 'Observation',
      id: 'o2',
      date: '2026-02-20',
    });
  });

  it('HAZ-55 a preliminary result, a result without a number and an unknown unit are shown, not filled', () => {
    const p = prefillCase(
      base(),
      record({
        observations: [
          lab('o1', '17861-6', 9.1, 'mg/dL', '2026-02-01', { status: 'preliminary' }),
          lab('o2', '2777-1', 3.1, 'mg/L', '2026-02-01'),
          {
            ...lab('o3', '2160-0', 1, 'mg/dL', '2026-02-01'),
            valueQuantity: undefined,
          } as Observation,
        ],
      }),
      TODAY,
    );
    expect(p.filled).toEqual([]);
    expect(p.case.studies.labs.status).toBe('not-started');
    expect(p.notUsed.map((n) => [n.field, n.reason.en])).toEqual([
      ['calcium', 'Not a final result (status preliminary).'],
      ['phosphate', 'In mg/L, a unit the case does not take: enter it by hand.'],
      ['creatinine', 'The result has no number.'],
    ]);
  });

  it('an implausible lab value is filled as typed input would be, and the engine refuses to reason on it', () => {
    const p = prefillCase(
      base(),
      record({ observations: [lab('o1', '2000-8', 9.4, 'mmol/L', '2026-02-01')] }),
      TODAY,
    );
    expect(p.case.studies.labs.calcium).toEqual({ value: 9.4, unit: 'mmol/L' });
    expect(readLab('calcium', p.case.studies.labs.calcium).status).toBe('implausible');
  });

  it('a value the case schema refuses is listed with its error, never forced in', () => {
    const p = prefillCase(base(), record({ patient: patient({ birthDate: '1890-01-01' }) }), TODAY);
    expect(p.case.patient.age).toBeUndefined();
    expect(p.rejected).toHaveLength(1);
    expect(p.rejected[0]).toMatchObject({
      filled: { field: 'age', value: 136 },
      errors: [{ path: 'patient.age', code: 'too-large' }],
    });
  });

  it('knows which labs are still as the record had them', () => {
    const p = prefillCase(
      base(),
      record({
        observations: [
          lab('o1', '2000-8', 2.3, 'mmol/L', '2026-02-01'),
          lab('o2', '14879-1', 1.0, 'mmol/L', '2026-02-01'),
        ],
      }),
      TODAY,
    );
    expect(unchangedRecordLabs(p.case, p.filled)).toEqual({ calcium: 'o1', phosphate: 'o2' });
    const edited = {
      ...p.case,
      studies: {
        ...p.case.studies,
        labs: { ...p.case.studies.labs, phosphate: { value: 1.2, unit: 'mmol/L' as const } },
      },
    };
    expect(unchangedRecordLabs(edited, p.filled)).toEqual({ calcium: 'o1' });
  });

  fcTest.prop(
    [
      fc.record({
        birthDate: fc.option(
          fc
            .date({ min: new Date('1880-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          { nil: undefined },
        ),
        value: fc.double({ min: -10, max: 1e6, noNaN: true }),
        unit: fc.constantFrom('mg/dL', 'mmol/L', 'ng/L', 'umol/L', 'U/L', 'kg'),
        loinc: fc.constantFrom('17861-6', '2000-8', '2731-8', '14682-9', '6768-6'),
        date: fc
          .date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      }),
    ],
    { numRuns: 200 },
  )('whatever the record holds, the prefilled case passes the case’s own checks', (r) => {
    const p = prefillCase(
      base(),
      record({
        patient: patient(r.birthDate ? { birthDate: r.birthDate } : {}),
        observations: [lab('o1', r.loinc, r.value, r.unit, r.date)],
      }),
      TODAY,
    );
    expect(checkCase(p.case, TODAY).errors).toEqual([]);
  });
});

describe('SMART scopes', () => {
  it('asks for launch context, read and create (with search, for the conditional create)', () => {
    expect(requestedScope('ehr')).toMatch(/^launch patient\/Patient\.r /);
    expect(requestedScope('standalone')).toMatch(/^launch\/patient /);
    expect(requestedScope('ehr')).toContain('patient/DiagnosticReport.cs');
    // Read and search the drugs, and read the Medication they point at.
    for (const s of [
      'patient/MedicationRequest.rs',
      'patient/MedicationStatement.rs',
      'patient/Medication.r',
    ])
      expect(requestedScope('ehr').split(' ')).toContain(s);
  });

  it('reads version 2 and version 1 grants, and names what is missing', () => {
    expect(missingWriteScopes(requestedScope('ehr'))).toEqual([]);
    expect(missingWriteScopes('launch patient/*.cruds')).toEqual([]);
    expect(missingWriteScopes('patient/*.write')).toEqual([]);
    expect(missingWriteScopes('patient/*.read')).toEqual([
      'DiagnosticReport',
      'Observation',
      'Condition',
      'ServiceRequest',
    ]);
    expect(
      missingWriteScopes('patient/Observation.rs patient/Condition.rs patient/DiagnosticReport.cs'),
    ).toEqual(['Observation', 'Condition', 'ServiceRequest']);
    expect(missingWriteScopes(undefined)).toHaveLength(4);
  });
});

describe('record searches and answers', () => {
  it('asks only for the lab codes the case can hold, for this patient', () => {
    const q = recordQueries('p 1');
    expect(q.patient).toBe('Patient/p%201');
    expect(decodeURIComponent(q.observations)).toContain('http://loinc.org|2000-8,');
    expect(decodeURIComponent(q.observations)).toMatch(/^Observation\?patient=Patient\/p 1&code=/);
    // The pregnancy status, and every order and statement with the Medication it names.
    expect(decodeURIComponent(q.observations)).toContain('http://loinc.org|82810-3');
    expect(q.medicationRequests).toBe(
      'MedicationRequest?patient=Patient/p%201&_include=MedicationRequest:medication&_count=100',
    );
    expect(q.medicationStatements).toMatch(
      /^MedicationStatement\?patient=Patient\/p%201&_include=/,
    );
  });

  it('reads a transaction-response: created, already there, or not an outcome at all', () => {
    const answer = (statuses: string[]) => ({
      resourceType: 'Bundle',
      type: 'transaction-response',
      entry: statuses.map((status, i) => ({
        response: {
          status,
          location: i === 0 ? 'DiagnosticReport/r1/_history/1' : `Observation/o${i}`,
        },
      })),
    });
    expect(transactionOutcome(answer(['201 Created', '201']))).toEqual({
      created: 2,
      existing: 0,
      report: 'DiagnosticReport/r1',
    });
    expect(transactionOutcome(answer(['200 OK', '200']))).toEqual({
      created: 0,
      existing: 2,
      report: 'DiagnosticReport/r1',
    });
    expect(transactionOutcome(answer(['201', '400 Bad Request']))).toBeNull();
    expect(transactionOutcome({ resourceType: 'OperationOutcome' })).toBeNull();
    expect(transactionOutcome(null)).toBeNull();
  });
});
