/**
 * Check digits of the national numbers the identity guard recognises. A number that passes its
 * check is very probably real; one that fails is still a long number, and still warned about as
 * one that could be a record number.
 */

const digitsOf = (s: string): string => s.replace(/\D/g, '');

/**
 * An NHS number (England, Wales, Isle of Man): ten digits, the last a modulus-11 check digit.
 * Weights 10 to 2 on the first nine digits; the check is 11 minus the remainder of the sum by
 * 11 (11 gives 0, and 10 means the number cannot exist). Ten equal digits pass the arithmetic
 * but are placeholders, not numbers anyone is given.
 */
export function isValidNhsNumber(s: string): boolean {
  const d = digitsOf(s);
  if (d.length !== 10 || /^(\d)\1{9}$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(d[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(d[9]);
}

/** The control letter of a Spanish DNI or NIE: the number modulo 23 indexes this string. */
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** A Spanish DNI: eight digits and the letter their remainder by 23 gives ("12345678Z"). */
export function isValidDni(s: string): boolean {
  const m = /^(\d{8})([A-Z])$/.exec(s.toUpperCase().replace(/[\s.-]/g, ''));
  return m !== null && DNI_LETTERS[Number(m[1]) % 23] === m[2];
}

/** A Spanish NIE: X, Y or Z (read as 0, 1, 2), seven digits and the DNI's control letter. */
export function isValidNie(s: string): boolean {
  const m = /^([XYZ])(\d{7})([A-Z])$/.exec(s.toUpperCase().replace(/[\s.-]/g, ''));
  if (!m) return false;
  const n = Number(`${'XYZ'.indexOf(m[1]!)}${m[2]}`);
  return DNI_LETTERS[n % 23] === m[3];
}
