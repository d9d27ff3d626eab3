import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { FieldError } from '../domain/case/errors';
import { emptyCase, seedCase } from '../domain/case/fixtures';
import { parseCase } from '../domain/case/parse';
import { caseFileText, readCaseFile } from '../domain/export/case-file';
import { LANGS } from '../domain/languages';
import { describeFieldError } from './field-error';
import { makeT } from './translate';

const TODAY = '2026-11-25';
const say = (e: FieldError, lang: 'en' | 'es') => describeFieldError(e, makeT(lang));

const first = (input: unknown) => {
  const r = parseCase(input, TODAY);
  if (r.ok) throw new Error('expected errors');
  return r.errors[0]!;
};

describe('field errors in the reader’s language', () => {
  const c = emptyCase(TODAY);

  it.each([
    [{ ...c, patient: { age: 130 } }, 'Must be 120 or less.', 'Debe ser 120 o menos.'],
    [{ ...c, patient: { age: 66.5 } }, 'Enter a whole number.', 'Escriba un número entero.'],
    [
      { ...c, patient: { age: 'sixty' } },
      'Enter a number, e.g. 9.4.',
      'Escriba un número, p. ej., 9,4.',
    ],
    [
      { ...c, patient: { onsetDate: '2026-02-30' } },
      'Enter a valid date.',
      'Escriba una fecha válida.',
    ],
    [emptyCase(TODAY, -1), 'This date is in the future.', 'Esta fecha es posterior a hoy.'],
    [{ ...c, label: '' }, 'This cannot be empty.', 'No puede quedar vacío.'],
    [
      { ...c, schemaVersion: 9 },
      'This case file is version 9, newer than this app: update the app to open it.',
      'Este archivo de caso es de la versión 9, más reciente que esta aplicación: actualícela para abrirlo.',
    ],
  ])('%#: says it in English and Spanish', (input, en, es) => {
    const e = first(input);
    expect(say(e, 'en')).toBe(en);
    expect(say(e, 'es')).toBe(es);
  });

  it('says a bound of 0 as "cannot be negative", and an uncoded error by its message', () => {
    const negative: FieldError = { path: 'x', message: 'too small', code: 'too-small', limit: 0 };
    expect(say(negative, 'en')).toBe('Cannot be negative.');
    expect(say(negative, 'es')).toBe('No puede ser negativo.');
    expect(say({ ...negative, limit: 5 }, 'en')).toBe('Must be 5 or more.');
    const odd: FieldError = { path: 'x', message: 'expected {thing}' };
    expect(say(odd, 'en')).toBe('expected {thing}');
    expect(say(odd, 'es')).toBe('No válido (expected {thing}).');
  });

  it('HAZ-49 says a 300,000-character createdAt is too long, in both languages', () => {
    const big = { ...seedCase(TODAY), createdAt: '2'.repeat(300_000) };
    const result = readCaseFile(caseFileText(big as never, '2026-03-03T10:00:00.000Z'), TODAY);
    if (result.ok) throw new Error('expected a refusal');
    expect(say(result.errors[0]!, 'en')).toBe('Too long: at most 40 characters.');
    expect(say(result.errors[0]!, 'es')).toBe('Demasiado largo: como máximo 40 caracteres.');
  });

  test.prop([fc.jsonValue()])(
    'every error from arbitrary input is said in every language, its values filled in',
    (value) => {
      const r = parseCase(value, TODAY);
      if (!r.ok)
        for (const e of r.errors)
          for (const lang of LANGS) {
            const text = describeFieldError(e, makeT(lang));
            expect(text.length).toBeGreaterThan(0);
            expect(text).not.toMatch(/\{(limit|message)\}|^errors\./);
          }
    },
  );
});
