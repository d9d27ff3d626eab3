import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { seedCase, emptyCase } from '../case/fixtures';
import { formatFieldError } from '../case/parse';
import { CASE_SCHEMA_VERSION, INVALID_DATE, INVALID_DATE_TIME } from '../case/schema';
import {
  CASE_FILE_FORMAT,
  MAX_CASE_FILE_BYTES,
  caseFileText,
  exportFileStem,
  jsonErrorPosition,
  readCaseFile,
  utf8Length,
} from './case-file';

const TODAY = '2026-03-03';
const EXPORTED = '2026-03-03T10:00:00.000Z';

describe('case file export → import', () => {
  it('gives back the same case', () => {
    const c = seedCase(TODAY);
    const result = readCaseFile(caseFileText(c, EXPORTED, 'Decision support only.'), TODAY);
    expect(result).toEqual({ ok: true, value: c });
  });

  it('round-trips an empty case and a case with free text in two languages and emoji', () => {
    const base = emptyCase(TODAY, 5);
    const c = {
      ...base,
      label: 'Cama 12 — pierna izq. 🦵',
      patient: { ...base.patient, history: 'Línea 1\nلغة\u202E' },
    };
    expect(readCaseFile(caseFileText(c, EXPORTED), TODAY)).toEqual({ ok: true, value: c });
    expect(readCaseFile(caseFileText(base, EXPORTED), TODAY)).toEqual({ ok: true, value: base });
  });

  it('writes the wrapper with format, schema version and export time', () => {
    const parsed = JSON.parse(caseFileText(seedCase(TODAY), EXPORTED));
    expect(parsed).toMatchObject({
      format: CASE_FILE_FORMAT,
      schemaVersion: CASE_SCHEMA_VERSION,
      exportedAt: EXPORTED,
      case: { id: 'seed-case' },
    });
  });

  it('accepts a bare case object and a UTF-8 byte-order mark', () => {
    const c = seedCase(TODAY);
    expect(readCaseFile(JSON.stringify(c), TODAY)).toEqual({ ok: true, value: c });
    expect(readCaseFile(`\uFEFF${JSON.stringify(c)}`, TODAY)).toEqual({ ok: true, value: c });
  });

  it('takes the wrapper version when the case omits its own', () => {
    const c = seedCase(TODAY);
    const noVersion: Partial<typeof c> = { ...c };
    delete noVersion.schemaVersion;
    const text = JSON.stringify({ format: CASE_FILE_FORMAT, schemaVersion: 1, case: noVersion });
    expect(readCaseFile(text, TODAY)).toEqual({ ok: true, value: c });
  });
});

describe('case file refusals', () => {
  it('refuses files over the size limit, counting UTF-8 bytes', () => {
    const big = readCaseFile(' '.repeat(MAX_CASE_FILE_BYTES + 1));
    expect(big).toMatchObject({ ok: false, problem: 'too-large' });
    // 600 000 two-byte characters are 1.2 MB although the string is shorter than the limit.
    const wide = readCaseFile(`"${'é'.repeat(600_000)}"`);
    expect(wide).toMatchObject({ ok: false, problem: 'too-large' });
    if (!big.ok) expect(big.errors[0]?.message).toMatch(/1 MiB/);
  });

  it('says where invalid JSON breaks', () => {
    const result = readCaseFile('{\n  "format": "scho-workup-case",\n  "case": {,}\n}');
    expect(result).toMatchObject({ ok: false, problem: 'not-json' });
    if (!result.ok)
      expect(result.errors[0]?.message).toMatch(/not valid JSON \(error at line 3, column \d+\)/);
  });

  it('computes line and column from either engine message style', () => {
    expect(jsonErrorPosition('Unexpected token } in JSON at position 5', 'ab\ncdefg')).toBe(
      'line 2, column 3',
    );
    expect(jsonErrorPosition('JSON.parse: bad at line 4 column 2 of the JSON data', '')).toBe(
      'line 4, column 2',
    );
    expect(jsonErrorPosition('Unexpected end of JSON input', '{\n  "a": ')).toBe(
      'line 2, column 8',
    );
    expect(jsonErrorPosition('no position here', 'x')).toBeUndefined();
  });

  it('refuses empty text, arrays, other formats and objects that are not cases', () => {
    expect(readCaseFile('   ')).toMatchObject({ ok: false, problem: 'empty' });
    expect(readCaseFile('[1,2]')).toMatchObject({ ok: false, problem: 'not-a-case' });
    expect(readCaseFile('{"format":"fhir","case":{}}')).toMatchObject({
      ok: false,
      problem: 'not-a-case',
      errors: [{ path: 'format' }],
    });
    expect(readCaseFile('{"hello":"world"}')).toMatchObject({ ok: false, problem: 'not-a-case' });
    expect(readCaseFile('{"format":"scho-workup-case"}')).toMatchObject({
      ok: false,
      errors: [{ path: 'case', message: 'is missing or not an object' }],
    });
  });

  it('names each invalid field and the reason', () => {
    const c = seedCase(TODAY);
    const bad = {
      ...c,
      patient: { ...c.patient, age: 200, sex: 'robot' },
      studies: { ...c.studies, xray: { ...c.studies.xray, date: '2026-02-30' } },
    };
    const result = readCaseFile(caseFileText(bad as never, EXPORTED), TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toBe('invalid-case');
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'case.patient.age', message: 'must be 120 or less' }),
        expect.objectContaining({
          path: 'case.patient.sex',
          message: 'must be female, male or other',
        }),
        expect.objectContaining({
          path: 'case.studies.xray.date',
          message: 'is not a valid calendar date (YYYY-MM-DD)',
        }),
      ]),
    );
  });

  it('HAZ-49 refuses a 300,000-character createdAt with a clear message, in both languages', () => {
    const c = { ...seedCase(TODAY), createdAt: '2'.repeat(300_000) };
    const result = readCaseFile(caseFileText(c as never, EXPORTED), TODAY);
    expect(result).toMatchObject({ ok: false, problem: 'invalid-case' });
    if (result.ok) return;
    expect(result.errors.map(formatFieldError)).toEqual([
      'case.createdAt: is longer than 40 characters',
    ]);
    // Said in each language from the code and the bound: src/i18n/field-error.test.ts (HAZ-49).
    expect(result.errors[0]).toMatchObject({ code: 'too-long', limit: 40 });
  });

  it.each([
    ['id', { id: 'x'.repeat(101) }, 'id: is longer than 100 characters'],
    ['label', { label: 'x'.repeat(121) }, 'label: is longer than 120 characters'],
    ['updatedAt not a date-time', { updatedAt: 'yesterday' }, `updatedAt: ${INVALID_DATE_TIME}`],
    [
      'createdAt an impossible day',
      { createdAt: '2026-02-30T10:00:00Z' },
      `createdAt: ${INVALID_DATE_TIME}`,
    ],
    [
      'createdAt without a zone',
      { createdAt: '2026-03-01T10:00:00' },
      `createdAt: ${INVALID_DATE_TIME}`,
    ],
    [
      'history',
      { patient: { history: 'x'.repeat(5001) } },
      'patient.history: is longer than 5000 characters',
    ],
    [
      'onset date',
      { patient: { onsetDate: '2'.repeat(300_000) } },
      `patient.onsetDate: ${INVALID_DATE}`,
    ],
    [
      'a study note',
      { studies: { xray: { status: 'done', note: 'x'.repeat(5001) } } },
      'studies.xray.note: is longer than 5000 characters',
    ],
  ])('HAZ-49 limits every imported field: %s', (_name, patch, message) => {
    const r = readCaseFile(JSON.stringify({ ...emptyCase(TODAY), ...patch }), TODAY);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map(formatFieldError)).toEqual([message]);
  });

  it('accepts the date-times the app and other tools write', () => {
    for (const at of [
      '2026-03-03T10:00:00.000Z',
      '2026-03-03T10:00:00Z',
      '2026-03-03T10:00Z',
      '2026-03-03T10:00:00.123456+01:00',
    ]) {
      const c = { ...emptyCase(TODAY), createdAt: at, updatedAt: at };
      expect(readCaseFile(JSON.stringify(c), TODAY).ok, at).toBe(true);
    }
  });

  it('refuses a future schema version and dates after today', () => {
    const c = seedCase(TODAY);
    const future = readCaseFile(JSON.stringify({ ...c, schemaVersion: CASE_SCHEMA_VERSION + 1 }));
    expect(future).toMatchObject({ ok: false, errors: [{ path: 'schemaVersion' }] });
    const late = readCaseFile(
      JSON.stringify({ ...c, patient: { ...c.patient, onsetDate: '2026-04-01' } }),
      TODAY,
    );
    expect(late).toMatchObject({
      ok: false,
      errors: [{ path: 'patient.onsetDate', message: 'is in the future' }],
    });
  });
});

describe('readCaseFile never throws', () => {
  const check = (text: string) => {
    const result = readCaseFile(text, TODAY);
    expect(typeof result.ok).toBe('boolean');
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expect(typeof e.message).toBe('string');
    }
  };

  fcTest.prop([fc.string({ unit: 'binary', maxLength: 400 })])('on arbitrary strings', check);
  fcTest.prop([fc.json()])('on arbitrary JSON text', check);
  fcTest.prop([fc.jsonValue()])('on arbitrary JSON values, serialised', (v) =>
    check(JSON.stringify(v) ?? 'null'),
  );
  fcTest.prop([fc.uint8Array({ maxLength: 600 })])('on random bytes decoded as UTF-8', (bytes) =>
    check(new TextDecoder('utf-8').decode(bytes)),
  );
  fcTest.prop([fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 6 })])(
    'on a wrapper around arbitrary case-like objects',
    (inner) => check(JSON.stringify({ format: CASE_FILE_FORMAT, schemaVersion: 1, case: inner })),
  );
  fcTest.prop([
    fc.constantFrom('patient', 'studies', 'label', 'id', 'schemaVersion', 'createdAt'),
    fc.jsonValue(),
  ])('on a valid case with one field replaced by anything', (key, value) => {
    const c = { ...seedCase(TODAY), [key]: value };
    check(caseFileText(c as never, EXPORTED));
  });
});

describe('helpers', () => {
  it('counts UTF-8 bytes like TextEncoder', () => {
    for (const s of ['', 'abc', 'é', '€', '😖', 'a\uD800b', 'ñandú 🦵']) {
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    }
  });

  it('HAZ-44 names a file by the case id and the day, never by the label', () => {
    expect(exportFileStem('1f0c9a2b-77aa-4c3d-9e8f-0123456789ab', TODAY)).toBe(
      'scho-case-2026-03-03-1f0c9a2b',
    );
    // An imported id is text from elsewhere ("John Smith"): only a hash of it shows.
    const stem = exportFileStem('John Smith', TODAY);
    expect(stem).toMatch(/^scho-case-2026-03-03-[0-9a-f]{8}$/);
    expect(stem).not.toMatch(/john|smith/i);
    expect(exportFileStem('John Smith', TODAY)).toBe(stem);
    expect(exportFileStem('John Smyth', TODAY)).not.toBe(stem);
    expect(exportFileStem('x', '../../etc')).toMatch(/^scho-case-undated-[0-9a-f]{8}$/);
  });

  fcTest.prop([fc.string({ unit: 'binary', maxLength: 100 }), fc.string({ maxLength: 12 })])(
    'gives a safe file name for any id and date',
    (id, date) => {
      expect(exportFileStem(id, date)).toMatch(
        /^scho-case-(\d{4}-\d{2}-\d{2}|undated)-[0-9a-f]{8}$/,
      );
    },
  );
});
