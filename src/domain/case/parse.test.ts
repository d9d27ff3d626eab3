import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { emptyCase, seedCase } from './fixtures';
import { formatFieldError, parseCase } from './parse';
import { CASE_SCHEMA_VERSION } from './schema';

const TODAY = '2026-11-25';
const NOW = '2026-11-25T09:00:00.000Z';

const messages = (input: unknown, today = TODAY) => {
  const r = parseCase(input, today);
  return r.ok ? [] : r.errors.map(formatFieldError);
};

describe('parseCase', () => {
  it('accepts the seed case unchanged', () => {
    const c = seedCase(TODAY);
    const r = parseCase(c, TODAY);
    expect(r).toEqual({ ok: true, value: c });
  });

  it('fills the defaults of a minimal case (every study not started)', () => {
    const r = parseCase(
      { schemaVersion: 1, id: 'a', label: 'Bed 1', createdAt: NOW, updatedAt: NOW },
      TODAY,
    );
    expect(r.ok && r.value.studies.xray.status).toBe('not-started');
    expect(r.ok && r.value.patient).toEqual({});
  });

  it('names a future onset date in plain words', () => {
    const c = emptyCase(TODAY, -3);
    expect(messages(c)).toEqual(['patient.onsetDate: is in the future']);
  });

  it('names a future study date', () => {
    const c = seedCase(TODAY);
    const bad = {
      ...c,
      studies: { ...c.studies, xray: { ...c.studies.xray, date: '2027-01-01' } },
    };
    expect(messages(bad)).toEqual(['studies.xray.date: is in the future']);
  });

  it('rejects an age out of range and a non-number', () => {
    const c = emptyCase(TODAY);
    expect(messages({ ...c, patient: { age: 130 } })).toEqual(['patient.age: must be 120 or less']);
    expect(messages({ ...c, patient: { age: 'sixty' } })).toEqual([
      'patient.age: must be a number',
    ]);
  });

  it('rejects an impossible calendar date', () => {
    const c = emptyCase(TODAY);
    expect(messages({ ...c, patient: { onsetDate: '2026-02-30' } })).toEqual([
      'patient.onsetDate: is not a valid calendar date (YYYY-MM-DD)',
    ]);
  });

  it('rejects a lab value that is not a number, naming the analyte', () => {
    const c = emptyCase(TODAY);
    const bad = {
      ...c,
      studies: { ...c.studies, labs: { status: 'done', calcium: { value: '9,1' } } },
    };
    expect(messages(bad)).toEqual(['studies.labs.calcium.value: must be a number']);
  });

  it('says when a required field is missing', () => {
    expect(messages({ schemaVersion: 1, id: 'a', createdAt: NOW, updatedAt: NOW })).toEqual([
      'label: is missing',
    ]);
  });

  it('refuses a case file from a newer app, saying so', () => {
    const c = { ...emptyCase(TODAY), schemaVersion: CASE_SCHEMA_VERSION + 1 };
    expect(messages(c)[0]).toMatch(
      new RegExp(`^schemaVersion: is ${CASE_SCHEMA_VERSION + 1}, newer than this app understands`),
    );
  });

  it('refuses things that are not a case', () => {
    expect(messages(null)).toEqual(['is not a case object']);
    expect(messages([1, 2])).toEqual(['is not a case object']);
    expect(messages({})).toEqual(['schemaVersion: is missing or not a version number']);
  });

  it('survives a hostile object whose getter throws', () => {
    const hostile = { schemaVersion: 1 };
    Object.defineProperty(hostile, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const r = parseCase(hostile, TODAY);
    expect(r.ok).toBe(false);
  });

  test.prop([fc.jsonValue()])('never throws on arbitrary JSON', (value) => {
    const r = parseCase(value, TODAY);
    expect(typeof r.ok).toBe('boolean');
  });

  test.prop([fc.anything()])('never throws on arbitrary values', (value) => {
    expect(() => parseCase(value, TODAY)).not.toThrow();
  });
});

describe('HAZ-39 a version-1 case file migrates without losing meaning', () => {
  /** A case file as the version-1 app wrote it (kidney disease as one yes/no). */
  const v1 = (kidneyDisease?: unknown) => ({
    schemaVersion: 1,
    id: 'old-case',
    label: 'Bed 3',
    createdAt: '2026-01-02T09:00:00.000Z',
    updatedAt: '2026-01-02T09:00:00.000Z',
    patient: {
      age: 71,
      sex: 'female',
      longStandingCvi: true,
      cviYears: 12,
      ...(kidneyDisease === undefined ? {} : { kidneyDisease }),
    },
    studies: { xray: { status: 'done', pattern: 'reticulated-bone-density' } },
  });

  it('HAZ-39 "chronic kidney disease or dialysis: yes" becomes CKD present (category not known) and dialysis not known', () => {
    const r = parseCase(v1(true), TODAY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    expect(r.value.patient).toEqual({
      age: 71,
      sex: 'female',
      longStandingCvi: true,
      cviYears: 12,
      ckd: 'stage-unknown',
      dialysis: 'unknown',
    });
    expect(r.value.studies.xray).toEqual({ status: 'done', pattern: 'reticulated-bone-density' });
  });

  it('HAZ-39 "no" becomes no CKD and no dialysis; not recorded stays not recorded (never read as no)', () => {
    const no = parseCase(v1(false), TODAY);
    expect(no.ok && no.value.patient).toMatchObject({ ckd: 'none', dialysis: 'no' });
    const absent = parseCase(v1(), TODAY);
    expect(absent.ok && 'ckd' in absent.value.patient).toBe(false);
    expect(absent.ok && 'pregnancy' in absent.value.patient).toBe(false);
  });

  it('HAZ-39 a value version 1 refused is still refused, by its name, never dropped', () => {
    expect(messages(v1('yes'))).toEqual(['patient.kidneyDisease: must be yes or no']);
  });

  it('HAZ-39 the seed case written by version 1 parses and keeps its meaning', () => {
    const seed = seedCase(TODAY);
    const v1Patient = { ...seed.patient };
    delete v1Patient.worseSide;
    delete v1Patient.pregnancy;
    delete v1Patient.antithrombotics;
    const r = parseCase({ ...seed, schemaVersion: 1, patient: v1Patient }, TODAY);
    expect(r.ok && r.value.patient).toEqual(v1Patient);
  });
});

describe('schema 2 inputs', () => {
  it('refuses "none" or "not known" beside a drug, and the same answer twice, saying so', () => {
    const c = emptyCase(TODAY);
    expect(messages({ ...c, patient: { antithrombotics: ['none', 'antiplatelet'] } })).toEqual([
      'patient.antithrombotics: none or not known cannot be combined with another answer',
    ]);
    expect(
      messages({ ...c, patient: { antithrombotics: ['antiplatelet', 'antiplatelet'] } }),
    ).toEqual(['patient.antithrombotics: lists the same answer twice']);
    expect(
      parseCase(
        { ...c, patient: { antithrombotics: ['anticoagulant-vka', 'antiplatelet'] } },
        TODAY,
      ).ok,
    ).toBe(true);
  });

  it('keeps a worse side recorded without both legs (never drops what was typed)', () => {
    const c = { ...emptyCase(TODAY), patient: { laterality: 'left', worseSide: 'left' } };
    const r = parseCase(c, TODAY);
    expect(r.ok && r.value.patient.worseSide).toBe('left');
  });
});

describe('field errors as codes (the words are the interface’s: src/i18n/field-error.test.ts)', () => {
  const first = (input: unknown) => {
    const r = parseCase(input, TODAY);
    if (r.ok) throw new Error('expected errors');
    return r.errors[0]!;
  };
  const c = emptyCase(TODAY);

  it.each([
    [
      { ...c, patient: { age: 130 } },
      { code: 'too-large', limit: 120 },
    ],
    [{ ...c, patient: { age: 66.5 } }, { code: 'not-whole' }],
    [{ ...c, patient: { age: 'sixty' } }, { code: 'not-a-number' }],
    [{ ...c, patient: { onsetDate: '2026-02-30' } }, { code: 'invalid-date' }],
    [emptyCase(TODAY, -1), { code: 'future' }],
    [{ ...c, label: '' }, { code: 'empty' }],
    [
      { ...c, schemaVersion: 9 },
      { code: 'version-newer', limit: 9 },
    ],
  ])('%#: gives the code and the bound crossed', (input, coded) => {
    const e = first(input);
    expect({ code: e.code, limit: e.limit }).toEqual({ limit: undefined, ...coded });
  });

  test.prop([fc.jsonValue()])('every error from arbitrary input carries a code', (value) => {
    const r = parseCase(value, TODAY);
    if (!r.ok) for (const e of r.errors) expect(e.code).toEqual(expect.any(String));
  });
});
