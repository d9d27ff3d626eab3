import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findIdentifiers, type TextPlace } from './identity';

const seen = (text: string, place: TextPlace = 'label') =>
  findIdentifiers(text, place).map((f) => `${f.kind}: ${f.text}`);

describe('identity guard', () => {
  it('HAZ-43 sees the name and the NHS number in "John Smith NHS 943 476 5919"', () => {
    expect(seen('John Smith NHS 943 476 5919')).toEqual([
      'name: John Smith',
      'nhs-number: 943 476 5919',
    ]);
  });

  it('HAZ-43 sees a name, a date of birth, a record number and a phone in a history', () => {
    expect(
      seen(
        'Mrs Jones, DOB 03/04/1958, NHC 1234567, tel 07700 900123. Immobility since stroke.',
        'note',
      ),
    ).toEqual([
      'name: Mrs Jones',
      'date-of-birth: 03/04/1958',
      'record-number: NHC 1234567',
      'phone: tel 07700 900123',
    ]);
    expect(seen('Nacida el 12 de marzo de 1950. Móvil 612 34 56 78.', 'note')).toEqual([
      'date-of-birth: 12 de marzo de 1950',
      'phone: Móvil 612 34 56 78',
    ]);
  });

  it('leaves ordinary pseudonymous labels alone', () => {
    for (const label of [
      'Bed 12, left leg',
      'Cama 12 pierna izquierda',
      'Box 3 — both legs',
      'Ward 7 Bay B',
      'Room 4 Left Leg',
      'CAMA 12 IZQDA',
      'García-Arpa 2020 seed case',
      'Bed 14 (copy)',
      'UCI 2',
    ])
      expect(seen(label), label).toEqual([]);
  });

  it('leaves clinical notes alone: dates of studies, values, doses, eponyms alone', () => {
    for (const note of [
      'Immobility since stroke in 2019. Seen on 03/03/2026; calcium 9.4 mg/dL, ALP 120 U/L.',
      'Prior DVT (left) in 2005, CEAP C4a. Hemiplegia.',
      'Vitamin D 100000 IU weekly.',
      'Doppler: reflux in the great saphenous vein.',
      'Plaques since 2025-12-02, X-ray 2026-03-03 normal.',
    ])
      expect(seen(note, 'note'), note).toEqual([]);
  });

  it('names a national number only when its check passes; another long number is a record number', () => {
    expect(seen('943 476 5919')).toEqual(['nhs-number: 943 476 5919']);
    expect(seen('943 476 5918')).toEqual(['record-number: 943 476 5918']);
    expect(seen('DNI 12345678Z')).toEqual(['dni: 12345678Z']);
    expect(seen('12.345.678-Z')).toEqual(['dni: 12.345.678-Z']);
    expect(seen('12345678A')).toEqual(['record-number: 12345678A']);
    expect(seen('NIE X1234567L')).toEqual(['nie: X1234567L']);
    expect(seen('Y-1234567-X')).toEqual(['nie: Y-1234567-X']);
    expect(seen('X1234567A')).toEqual(['record-number: X1234567A']);
    expect(seen('MRN AB123456')).toEqual(['record-number: MRN AB123456']);
    expect(seen('historia 88231')).toEqual(['record-number: historia 88231']);
    expect(seen('Bed 12 447281')).toEqual(['record-number: 447281']);
  });

  it('sees phone numbers in UK, Spanish and international forms', () => {
    expect(seen('+34 612 345 678', 'note')).toEqual(['phone: +34 612 345 678']);
    expect(seen('+44 20 7946 0958', 'note')).toEqual(['phone: +44 20 7946 0958']);
    expect(seen('0161 496 0000', 'note')).toEqual(['phone: 0161 496 0000']);
    expect(seen('91 123 45 67', 'note')).toEqual(['phone: 91 123 45 67']);
    expect(seen('612345678', 'note')).toEqual(['phone: 612345678']);
  });

  it('sees a date in a label (a label needs none), but in a note only a date of birth', () => {
    expect(seen('Bed 12 2026-03-03')).toEqual(['date: 2026-03-03']);
    expect(seen('Bed 12 2026-03-03', 'note')).toEqual([]);
    expect(seen('born 14 July 1949', 'note')).toEqual(['date-of-birth: 14 July 1949']);
    expect(seen('F. nac.: 01-02-1950', 'note')).toEqual(['date-of-birth: 01-02-1950']);
    expect(seen('nacido en 1950', 'note')).toEqual(['date-of-birth: 1950']);
  });

  it('sees names in their usual written forms', () => {
    expect(seen('Sra. García López')).toEqual(['name: Sra. García López']);
    expect(seen('María de la Cruz')).toEqual(['name: María de la Cruz']);
    expect(seen('GARCÍA LÓPEZ, MARÍA')).toEqual(['name: GARCÍA LÓPEZ, MARÍA']);
    expect(seen('J. Smith, bed 4')).toEqual(['name: J. Smith']);
    expect(seen('Seen by Dr Jones', 'note')).toEqual(['name: Dr Jones']);
    expect(seen("O'Brien Kelly")).toEqual(["name: O'Brien Kelly"]);
  });

  it('says honestly what it cannot see: a lone surname, a name in lower case', () => {
    expect(seen('Smith bed 4')).toEqual([]);
    expect(seen('john smith')).toEqual([]);
  });

  it('sees an e-mail address', () => {
    expect(seen('write to j.smith@example.org', 'note')).toEqual(['email: j.smith@example.org']);
  });

  fcTest.prop([
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom<TextPlace>('label', 'note'),
  ])('never throws, and every finding is the text it points at', (text, place) => {
    for (const f of findIdentifiers(text, place)) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.text.length).toBeGreaterThan(0);
    }
  });

  it('reads a 5000-character note quickly enough to run on every keystroke', () => {
    // Not a timing assertion: a long hostile note must simply finish (no runaway backtracking).
    const long = `${'1 2 3 '.repeat(400)}${'0'.repeat(1500)}x ${'Aa '.repeat(400)}`.slice(0, 5000);
    expect(Array.isArray(findIdentifiers(long, 'note'))).toBe(true);
  });
});
