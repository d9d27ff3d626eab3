import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { isValidDni, isValidNhsNumber, isValidNie } from './checks';

describe('NHS number check digit (modulus 11)', () => {
  it('accepts numbers whose check digit is right, however they are spaced', () => {
    // 9434765919: 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 + 9×3 + 1×2 = 299; 299 mod 11 = 2;
    // 11 − 2 = 9, the last digit.
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('943-476-5919')).toBe(true);
    // 4010232137: 4×10 + 1×8 + 2×6 + 3×5 + 2×4 + 1×3 + 3×2 = 92; 92 mod 11 = 4; 11 − 4 = 7.
    expect(isValidNhsNumber('401 023 2137')).toBe(true);
  });

  it('refuses a wrong check digit, a check of 10, the wrong length and placeholders', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('9434765910')).toBe(false);
    // 123456789: sum 1×10+2×9+…+9×2 = 210; 210 mod 11 = 1; 11 − 1 = 10: no number has it.
    expect(isValidNhsNumber('1234567890')).toBe(false);
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('1111111111')).toBe(false);
  });

  fcTest.prop([fc.stringMatching(/^\d{9}$/)])(
    'exactly one final digit makes nine digits a valid number, unless the check would be 10',
    (nine) => {
      const valid = [...'0123456789'].filter((d) => isValidNhsNumber(`${nine}${d}`));
      expect(valid.length).toBeLessThanOrEqual(1);
    },
  );
});

describe('Spanish DNI and NIE control letter', () => {
  it('accepts the letter the number gives (modulo 23 into TRWAGMYFPDXBNJZSQVHLCKE)', () => {
    // 12345678 mod 23 = 14 → Z.
    expect(isValidDni('12345678Z')).toBe(true);
    expect(isValidDni('12345678-z')).toBe(true);
    expect(isValidDni('12.345.678-Z')).toBe(true);
    // 00000000 mod 23 = 0 → T.
    expect(isValidDni('00000000T')).toBe(true);
  });

  it('refuses any other letter, and a wrong length', () => {
    expect(isValidDni('12345678A')).toBe(false);
    expect(isValidDni('1234567Z')).toBe(false);
    expect(isValidDni('123456789Z')).toBe(false);
  });

  it('reads an NIE prefix as a digit: X 0, Y 1, Z 2', () => {
    // X1234567 → 01234567 mod 23 = 19 → L.
    expect(isValidNie('X1234567L')).toBe(true);
    // Y1234567 → 11234567 mod 23 = 10 → X.
    expect(isValidNie('Y1234567X')).toBe(true);
    // Z1234567 → 21234567 mod 23 = 1 → R.
    expect(isValidNie('Z-1234567-R')).toBe(true);
    expect(isValidNie('X1234567X')).toBe(false);
    expect(isValidNie('W1234567L')).toBe(false);
  });

  fcTest.prop([fc.integer({ min: 0, max: 99_999_999 })])(
    'every eight-digit number has exactly one valid letter',
    (n) => {
      const digits = String(n).padStart(8, '0');
      const valid = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((l) => isValidDni(`${digits}${l}`));
      expect(valid).toHaveLength(1);
    },
  );
});
