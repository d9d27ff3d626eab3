import type {
  Condition,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Observation,
  Patient,
} from '@medplum/fhirtypes';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { newCase } from '../case/parse';
import { checkCase, prefillCase, type RecordData } from '.';

/**
 * The schema-2 patient fields read from a record: antithrombotic drugs, pregnancy status, CKD by
 * KDIGO category and dialysis. Each rule also has the cases that must NOT fill the field.
 */

const TODAY = '2026-03-03';
const base = () => newCase('new-case', 'From the record', `${TODAY}T09:00:00.000Z`);
const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
const ICD10_CM = 'http://hl7.org/fhir/sid/icd-10-cm';
const SNOMED = 'http://snomed.info/sct';
const LOINC = 'http://loinc.org';
const ATC = 'http://www.whocc.no/atc';
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

const record = (r: Partial<RecordData>): RecordData => ({ conditions: [], observations: [], ...r });
const woman = (age: number): Patient => ({
  resourceType: 'Patient',
  id: 'p1',
  gender: 'female',
  birthDate: `${2026 - age - 1}-06-01`,
});

const order = (
  id: string,
  system: string,
  code: string,
  extra: Partial<MedicationRequest> = {},
): MedicationRequest => ({
  resourceType: 'MedicationRequest',
  id,
  status: 'active',
  intent: 'order',
  subject: { reference: 'Patient/p1' },
  authoredOn: '2025-11-20',
  medicationCodeableConcept: { coding: [{ system, code }], text: `${code} text` },
  ...extra,
});

const statement = (
  id: string,
  system: string,
  code: string,
  extra: Partial<MedicationStatement> = {},
): MedicationStatement => ({
  resourceType: 'MedicationStatement',
  id,
  status: 'active',
  subject: { reference: 'Patient/p1' },
  effectiveDateTime: '2026-01-10',
  medicationCodeableConcept: { coding: [{ system, code }], text: `${code} text` },
  ...extra,
});

const condition = (id: string, system: string, code: string, extra: Partial<Condition> = {}) =>
  ({
    resourceType: 'Condition',
    id,
    subject: { reference: 'Patient/p1' },
    code: { coding: [{ system, code }], text: `${code} text` },
    ...extra,
  }) as Condition;

const pregnancyStatus = (
  id: string,
  answer: { system: string; code: string },
  date: string,
  extra: Partial<Observation> = {},
): Observation => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { coding: [{ system: LOINC, code: '82810-3' }], text: 'Pregnancy status' },
  subject: { reference: 'Patient/p1' },
  effectiveDateTime: `${date}T10:00:00Z`,
  valueCodeableConcept: { coding: [answer] },
  ...extra,
});
const PREGNANT = { system: SNOMED, code: '77386006' };
const NOT_PREGNANT = { system: SNOMED, code: '60001007' };
const UNKNOWN = { system: SNOMED, code: '261665006' };

const read = (r: Partial<RecordData>) => prefillCase(base(), record(r), TODAY);

describe('antithrombotic drugs from medication orders and statements', () => {
  it('an active order by RxNorm ingredient: warfarin is a vitamin K antagonist, with its source and date', () => {
    const p = read({ medicationRequests: [order('m1', RXNORM, '11289')] });
    expect(p.case.patient.antithrombotics).toEqual(['anticoagulant-vka']);
    expect(p.filled.find((f) => f.field === 'antithrombotics')?.source).toEqual({
      resourceType: 'MedicationRequest',
      id: 'm1',
      date: '2025-11-20',
      what: '11289 text',
    });
  });

  it('each ATC group and RxNorm ingredient gives its class', () => {
    const cases: [string, string, string][] = [
      [ATC, 'B01AA07', 'anticoagulant-vka'], // acenocoumarol
      [ATC, 'B01AA04', 'anticoagulant-vka'], // phenprocoumon
      [ATC, 'B01AB05', 'anticoagulant-other'], // enoxaparin
      [ATC, 'B01AE07', 'anticoagulant-other'], // dabigatran etexilate
      [ATC, 'B01AF02', 'anticoagulant-other'], // apixaban
      [ATC, 'B01AX05', 'anticoagulant-other'], // fondaparinux
      [ATC, 'B01AC04', 'antiplatelet'], // clopidogrel
      [ATC, 'B01AC06', 'antiplatelet'], // acetylsalicylic acid as an antiplatelet
      [RXNORM, '1364430', 'anticoagulant-other'], // apixaban
      [RXNORM, '1114195', 'anticoagulant-other'], // rivaroxaban
      [RXNORM, '5224', 'anticoagulant-other'], // heparin
      [RXNORM, '32968', 'antiplatelet'], // clopidogrel
      [RXNORM, '1116632', 'antiplatelet'], // ticagrelor
    ];
    for (const [system, code, cls] of cases)
      expect(
        read({ medicationRequests: [order('m', system, code)] }).case.patient.antithrombotics,
        code,
      ).toEqual([cls]);
  });

  it('a Medication pointed at (in the record, or contained) is read; several drugs give several classes, each source shown', () => {
    const apixaban: Medication = {
      resourceType: 'Medication',
      id: 'med-1',
      code: { coding: [{ system: ATC, code: 'B01AF02' }], text: 'Apixaban 5 mg tablet' },
    };
    const p = read({
      medications: [apixaban],
      medicationRequests: [
        order('m1', RXNORM, '0', {
          medicationCodeableConcept: undefined,
          medicationReference: { reference: 'Medication/med-1' },
        }),
        order('m2', RXNORM, '0', {
          medicationCodeableConcept: undefined,
          medicationReference: { reference: '#c1' },
          contained: [
            {
              resourceType: 'Medication',
              id: 'c1',
              code: { coding: [{ system: RXNORM, code: '32968' }], text: 'Clopidogrel 75 mg' },
            },
          ],
        }),
      ],
    });
    expect(p.case.patient.antithrombotics).toEqual(['anticoagulant-other', 'antiplatelet']);
    const f = p.filled.find((x) => x.field === 'antithrombotics');
    expect([f?.source.what, ...(f?.also ?? []).map((s) => s.what)]).toEqual([
      'Apixaban 5 mg tablet',
      'Clopidogrel 75 mg',
    ]);
  });

  it('an active statement counts; one whose period ended before today does not', () => {
    expect(
      read({ medicationStatements: [statement('s1', ATC, 'B01AC24')] }).case.patient
        .antithrombotics,
    ).toEqual(['antiplatelet']);
    const ended = read({
      medicationStatements: [
        statement('s2', ATC, 'B01AF01', {
          effectivePeriod: { start: '2025-01-01', end: '2025-06-30' },
          effectiveDateTime: undefined,
        }),
      ],
    });
    expect(ended.case.patient.antithrombotics).toBeUndefined();
    expect(ended.notUsed[0]).toMatchObject({
      field: 'antithrombotics',
      reason: { en: expect.stringMatching(/until 2025-06-30/) },
      source: { resourceType: 'MedicationStatement', id: 's2', date: '2025-01-01' },
    });
  });

  it('HAZ-77 a stopped, on-hold, proposed or entered-in-error anticoagulant is never read in as a current drug', () => {
    const p = read({
      medicationRequests: [
        order('stopped', RXNORM, '11289', { status: 'stopped' }),
        order('completed', ATC, 'B01AB05', { status: 'completed' }),
        order('hold', ATC, 'B01AF01', { status: 'on-hold' }),
        order('proposal', ATC, 'B01AF02', { intent: 'proposal' }),
        order('error', RXNORM, '11289', { status: 'entered-in-error' }),
        order('do-not', RXNORM, '11289', { doNotPerform: true }),
      ],
      medicationStatements: [statement('not-taken', ATC, 'B01AC04', { status: 'not-taken' })],
    });
    expect(p.case.patient.antithrombotics).toBeUndefined();
    expect(p.filled).toEqual([]);
    // Each is shown with why; the entry made in error and the "do not give" order are not.
    expect(p.notUsed.map((n) => [n.source.id, n.reason.en])).toEqual([
      ['stopped', expect.stringMatching(/^Recorded as stopped/)],
      ['completed', expect.stringMatching(/^Recorded as completed/)],
      ['hold', expect.stringMatching(/on hold: ask whether it is being taken/)],
      ['proposal', expect.stringMatching(/^A proposal, not an order/)],
      ['not-taken', 'Recorded as not taken.'],
    ]);
  });

  it('aspirin by RxNorm or as an analgesic (N02BA01) is shown, not filled: the code does not say antiplatelet', () => {
    const p = read({
      medicationRequests: [order('a1', RXNORM, '1191'), order('a2', ATC, 'N02BA01')],
    });
    expect(p.case.patient.antithrombotics).toBeUndefined();
    expect(p.notUsed.map((n) => n.reason.en)).toEqual([
      expect.stringMatching(/^Aspirin: an antiplatelet at a low dose/),
      expect.stringMatching(/^Aspirin: an antiplatelet at a low dose/),
    ]);
    // Aspirin coded as the antiplatelet (B01AC06) is one.
    expect(
      read({
        medicationRequests: [
          order('a3', RXNORM, '1191', {
            medicationCodeableConcept: {
              coding: [
                { system: RXNORM, code: '1191' },
                { system: ATC, code: 'B01AC06' },
              ],
            },
          }),
        ],
      }).case.patient.antithrombotics,
    ).toEqual(['antiplatelet']);
  });

  it('an unknown code, another drug class or a thrombolytic fills nothing and lists nothing', () => {
    const p = read({
      medicationRequests: [
        order('statin', RXNORM, '83367'),
        order('snomed', SNOMED, '387458008'),
        order('alteplase', ATC, 'B01AD02'),
      ],
    });
    expect(p.case.patient.antithrombotics).toBeUndefined();
    expect(p.notUsed).toEqual([]);
  });
});

describe('pregnancy status (LOINC 82810-3, and an active pregnancy Condition)', () => {
  it('"not pregnant" recorded today is filled for a woman of childbearing age', () => {
    const p = read({
      patient: woman(30),
      observations: [pregnancyStatus('o1', NOT_PREGNANT, TODAY)],
    });
    expect(p.case.patient.pregnancy).toBe('not-pregnant');
    expect(p.filled.find((f) => f.field === 'pregnancy')?.source).toMatchObject({
      resourceType: 'Observation',
      id: 'o1',
      date: TODAY,
    });
  });

  it('HAZ-76 a "not pregnant" recorded before today is shown with its date, not filled: ask again today', () => {
    const p = read({
      patient: woman(30),
      observations: [pregnancyStatus('o1', NOT_PREGNANT, '2026-03-02')],
    });
    expect(p.case.patient.pregnancy).toBeUndefined();
    expect(p.notUsed).toEqual([
      {
        field: 'pregnancy',
        reason: expect.objectContaining({ en: expect.stringMatching(/ask again today/) }),
        source: expect.objectContaining({ id: 'o1', date: '2026-03-02' }),
      },
    ]);
  });

  it('"pregnant" within 42 weeks is filled, with a note to confirm it; older than 42 weeks it is not', () => {
    const recent = read({
      patient: woman(30),
      observations: [pregnancyStatus('o1', PREGNANT, '2026-01-02')],
    });
    expect(recent.case.patient.pregnancy).toBe('pregnant');
    expect(recent.filled.find((f) => f.field === 'pregnancy')?.note?.en).toMatch(
      /confirm she is still pregnant/,
    );
    // 294 days (42 weeks) before 2026-03-03 is 2025-05-13: still read; the day before is not.
    expect(
      read({ patient: woman(30), observations: [pregnancyStatus('o2', PREGNANT, '2025-05-13')] })
        .case.patient.pregnancy,
    ).toBe('pregnant');
    const old = read({
      patient: woman(30),
      observations: [pregnancyStatus('o3', PREGNANT, '2025-05-12')],
    });
    expect(old.case.patient.pregnancy).toBeUndefined();
    expect(old.notUsed[0]?.reason.en).toMatch(/more than 42 weeks ago/);
    // The limit is WHO's post-term, "42 completed weeks or more (294 days or more) of
    // gestation" (ICD-10 volume 2): the sentence cites it.
    expect(old.notUsed[0]?.refs).toEqual(['who-icd10-volume2']);
  });

  it('LOINC answer codes are read like SNOMED CT ones; "unknown" fills nothing and says so', () => {
    expect(
      read({
        patient: woman(25),
        observations: [pregnancyStatus('o1', { system: LOINC, code: 'LA15173-0' }, TODAY)],
      }).case.patient.pregnancy,
    ).toBe('pregnant');
    const unknown = read({
      patient: woman(25),
      observations: [pregnancyStatus('o2', UNKNOWN, TODAY)],
    });
    expect(unknown.case.patient.pregnancy).toBeUndefined();
    expect(unknown.notUsed[0]?.reason.en).toMatch(/not known/);
  });

  it('the latest status decides: "not pregnant" today after an earlier "pregnant"', () => {
    const p = read({
      patient: woman(30),
      observations: [
        pregnancyStatus('early', PREGNANT, '2025-10-01'),
        pregnancyStatus('today', NOT_PREGNANT, TODAY),
      ],
    });
    expect(p.case.patient.pregnancy).toBe('not-pregnant');
    expect(p.notUsed).toMatchObject([
      { source: { id: 'early' }, reason: { en: expect.stringMatching(/later pregnancy status/) } },
    ]);
  });

  it('an active, confirmed pregnancy Condition fills "pregnant"; a resolved or mistaken one does not', () => {
    expect(
      read({
        patient: woman(28),
        conditions: [condition('c1', ICD10_CM, 'Z33.1', { onsetDateTime: '2026-01-20' })],
      }).case.patient.pregnancy,
    ).toBe('pregnant');
    const ended = read({
      patient: woman(28),
      conditions: [
        condition('c2', SNOMED, '77386006', {
          onsetDateTime: '2026-01-20',
          clinicalStatus: { coding: [{ code: 'resolved' }] },
        }),
        condition('c3', SNOMED, '77386006', {
          onsetDateTime: '2026-02-20',
          verificationStatus: { coding: [{ code: 'entered-in-error' }] },
        }),
      ],
    });
    expect(ended.case.patient.pregnancy).toBeUndefined();
    expect(ended.notUsed).toEqual([]);
  });

  it('"not pregnant" is not read for whom the engine does not ask (a man, a woman of 60); "pregnant" is always read', () => {
    for (const patient of [{ ...woman(30), gender: 'male' as const }, woman(60)]) {
      const p = read({ patient, observations: [pregnancyStatus('o1', NOT_PREGNANT, TODAY)] });
      expect(p.case.patient.pregnancy).toBeUndefined();
      expect(p.notUsed).toEqual([]);
    }
    expect(
      read({ patient: woman(60), observations: [pregnancyStatus('o2', PREGNANT, TODAY)] }).case
        .patient.pregnancy,
    ).toBe('pregnant');
    // Age and sex not in the record: the engine asks, so the status is read.
    expect(
      read({ observations: [pregnancyStatus('o3', NOT_PREGNANT, TODAY)] }).case.patient.pregnancy,
    ).toBe('not-pregnant');
  });

  it('a preliminary status or an answer the app does not know is shown, not filled', () => {
    const p = read({
      patient: woman(30),
      observations: [
        pregnancyStatus('o1', PREGNANT, TODAY, { status: 'preliminary' }),
        pregnancyStatus('o2', { system: SNOMED, code: '146799005' }, TODAY),
      ],
    });
    expect(p.case.patient.pregnancy).toBeUndefined();
    expect(p.notUsed.map((n) => n.reason.en)).toEqual([
      'Not a final result (status preliminary).',
      expect.stringMatching(/not a pregnancy status code the app knows/),
    ]);
  });
});

describe('chronic kidney disease by KDIGO category, and dialysis, from coded Conditions', () => {
  it('each CKD code gives the category it states', () => {
    const table: [string, string, string][] = [
      [ICD10, 'N18.1', 'G1'],
      [ICD10, 'N18.2', 'G2'],
      [ICD10, 'N18.3', 'stage-unknown'],
      [ICD10, 'N18.4', 'G4'],
      [ICD10, 'N185', 'G5'],
      [ICD10, 'N18.9', 'stage-unknown'],
      [ICD10_CM, 'N18.30', 'stage-unknown'],
      [ICD10_CM, 'N18.31', 'G3a'],
      [ICD10_CM, 'N18.32', 'G3b'],
      [ICD10_CM, 'N18.6', 'G5'],
      // An ICD-10-CM-only code under WHO ICD-10 is not read as its stage: CKD, category not known.
      [ICD10, 'N18.31', 'stage-unknown'],
      [SNOMED, '431855005', 'G1'],
      [SNOMED, '431856006', 'G2'],
      [SNOMED, '433144002', 'stage-unknown'],
      [SNOMED, '700378005', 'G3a'],
      [SNOMED, '700379002', 'G3b'],
      [SNOMED, '431857002', 'G4'],
      [SNOMED, '433146000', 'G5'],
      [SNOMED, '46177005', 'G5'],
      [SNOMED, '709044004', 'stage-unknown'],
    ];
    for (const [system, code, category] of table)
      expect(
        read({ conditions: [condition('k', system, code)] }).case.patient.ckd,
        `${system} ${code}`,
      ).toBe(category);
  });

  it('stage 3 without a or b, and CKD without a stage, say so beside the field', () => {
    const p = read({
      conditions: [condition('k', ICD10, 'N18.3', { recordedDate: '2022-01-15' })],
    });
    const f = p.filled.find((x) => x.field === 'ckd');
    expect(f?.note?.en).toMatch(/stage 3, which KDIGO splits into G3a and G3b/);
    expect(f?.source).toMatchObject({ id: 'k', date: '2022-01-15' });
  });

  it('several CKD records: the latest that states a category, the others listed', () => {
    const p = read({
      conditions: [
        condition('old', ICD10, 'N18.3', { onsetDateTime: '2019-01-01' }),
        condition('g4', ICD10, 'N18.4', { onsetDateTime: '2023-05-01' }),
        condition('nos', ICD10, 'N18.9', { recordedDate: '2025-09-01' }),
      ],
    });
    expect(p.case.patient.ckd).toBe('G4');
    expect(p.notUsed.map((n) => n.source.id).sort()).toEqual(['nos', 'old']);
  });

  it('a resolved or tentative CKD is shown, not filled; one entered in error is ignored', () => {
    const p = read({
      conditions: [
        condition('r', ICD10, 'N18.4', { clinicalStatus: { coding: [{ code: 'resolved' }] } }),
        condition('t', ICD10, 'N18.5', {
          verificationStatus: { coding: [{ code: 'provisional' }] },
        }),
        condition('e', ICD10, 'N18.5', {
          verificationStatus: { coding: [{ code: 'entered-in-error' }] },
        }),
      ],
    });
    expect(p.case.patient.ckd).toBeUndefined();
    expect(p.notUsed.map((n) => n.source.id)).toEqual(['r', 't']);
  });

  it('dialysis from dependence on renal dialysis (Z99.2, SNOMED CT 105502003), not the CKD category; a past one is shown', () => {
    for (const [system, code] of [
      [ICD10, 'Z99.2'],
      [SNOMED, '105502003'],
    ] as const) {
      const p = read({ conditions: [condition('d', system, code)] });
      expect(p.case.patient.dialysis, code).toBe('yes');
      expect(p.case.patient.ckd, code).toBeUndefined();
    }
    const past = read({
      conditions: [
        condition('d', ICD10, 'Z99.2', { clinicalStatus: { coding: [{ code: 'inactive' }] } }),
      ],
    });
    expect(past.case.patient.dialysis).toBeUndefined();
    expect(past.notUsed[0]?.reason.en).toMatch(/no longer active/);
  });

  it('HAZ-78 absence in the record never fills "none", "no CKD" or "not on dialysis", and one eGFR sets no CKD category', () => {
    const egfr: Observation = {
      resourceType: 'Observation',
      id: 'egfr',
      status: 'final',
      code: { coding: [{ system: LOINC, code: '33914-3' }] },
      effectiveDateTime: '2026-02-01',
      valueQuantity: { value: 22, unit: 'mL/min/{1.73_m2}' },
    };
    const p = read({ patient: woman(70), observations: [egfr] });
    expect(p.case.patient.ckd).toBeUndefined();
    expect(p.case.patient.dialysis).toBeUndefined();
    expect(p.case.patient.antithrombotics).toBeUndefined();
    expect(p.case.patient.pregnancy).toBeUndefined();
    expect(p.filled.map((f) => f.field)).toEqual(['age', 'sex']);
  });
});

const conditionCodes = fc.constantFrom(
  [ICD10, 'N18.4'],
  [ICD10_CM, 'N18.31'],
  [ICD10, 'Z99.2'],
  [SNOMED, '77386006'],
  [SNOMED, '709044004'],
  [ICD10, 'I80.2'],
);
const drugCodes = fc.constantFrom(
  [RXNORM, '11289'],
  [RXNORM, '1191'],
  [ATC, 'B01AC04'],
  [ATC, 'B01AF01'],
  [ATC, 'N02BA01'],
  [RXNORM, '83367'],
);
const isoDay = fc
  .date({ min: new Date('2015-01-01'), max: new Date('2027-01-01'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

fcTest.prop(
  [
    fc.record({
      age: fc.integer({ min: 0, max: 110 }),
      gender: fc.constantFrom('female', 'male', 'other', 'unknown') as fc.Arbitrary<
        Patient['gender']
      >,
      conditions: fc.array(
        fc.record({
          code: conditionCodes,
          date: isoDay,
          clinical: fc.constantFrom('active', 'resolved', undefined),
        }),
        { maxLength: 4 },
      ),
      drugs: fc.array(
        fc.record({
          code: drugCodes,
          status: fc.constantFrom('active', 'stopped', 'on-hold', 'entered-in-error'),
          statement: fc.boolean(),
        }),
        { maxLength: 4 },
      ),
      pregnancy: fc.array(
        fc.record({ answer: fc.constantFrom(PREGNANT, NOT_PREGNANT, UNKNOWN), date: isoDay }),
        { maxLength: 3 },
      ),
    }),
  ],
  { numRuns: 200 },
)(
  'whatever the record holds, the case passes its own checks and no field is filled with "none", "no" or "unknown"',
  (r) => {
    const p = read({
      patient: { ...woman(r.age), gender: r.gender },
      conditions: r.conditions.map((c, i) =>
        condition(`c${i}`, c.code[0]!, c.code[1]!, {
          onsetDateTime: c.date,
          ...(c.clinical ? { clinicalStatus: { coding: [{ code: c.clinical }] } } : {}),
        }),
      ),
      medicationRequests: r.drugs
        .filter((d) => !d.statement)
        .map((d, i) =>
          order(`m${i}`, d.code[0]!, d.code[1]!, {
            status: d.status as MedicationRequest['status'],
          }),
        ),
      medicationStatements: r.drugs
        .filter((d) => d.statement)
        .map((d, i) =>
          statement(`s${i}`, d.code[0]!, d.code[1]!, {
            status: d.status as MedicationStatement['status'],
          }),
        ),
      observations: r.pregnancy.map((o, i) => pregnancyStatus(`o${i}`, o.answer, o.date)),
    });
    expect(checkCase(p.case, TODAY).errors).toEqual([]);
    expect(p.rejected).toEqual([]);
    const pt = p.case.patient;
    expect(pt.antithrombotics ?? []).not.toContain('none');
    expect(pt.antithrombotics ?? []).not.toContain('unknown');
    expect(['none', 'unknown']).not.toContain(pt.ckd);
    expect(['no', 'unknown']).not.toContain(pt.dialysis);
    expect(['unknown', 'possibly', 'not-applicable']).not.toContain(pt.pregnancy);
    // "Not pregnant" only ever from a statement made today.
    if (pt.pregnancy === 'not-pregnant')
      expect(p.filled.find((f) => f.field === 'pregnancy')?.source.date).toBe(TODAY);
  },
);
