import { describe, expect, it } from 'vitest';
import { formatDecimal, isLang, LANGUAGES, localeOf, matchLang, nameOf } from './languages';

/** A language this version does not ship (the first of a few it might one day). */
const UNSHIPPED = ['fr', 'de', 'it', 'pt'].find((code) => !isLang(code))!;

describe('the registry of languages', () => {
  it('lists each language once, English first (the fallback)', () => {
    const codes = LANGUAGES.map((l) => l.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes[0]).toBe('en');
  });

  it('gives each language a locale Intl knows and its name in itself', () => {
    for (const l of LANGUAGES) {
      expect(Intl.NumberFormat.supportedLocalesOf([l.locale])).toEqual([l.locale]);
      expect(new Intl.DisplayNames([l.code], { type: 'language' }).of(l.code)?.toLowerCase()).toBe(
        l.name.toLowerCase(),
      );
    }
    expect(nameOf('es')).toBe('Español');
    expect(localeOf('es')).toBe('es-ES');
  });

  it("matches a browser's language by its primary subtag, and nothing it does not ship", () => {
    expect(matchLang('es-MX')).toBe('es');
    expect(matchLang('EN-us')).toBe('en');
    expect(matchLang(`${UNSHIPPED}-XX`)).toBeUndefined();
    expect(matchLang('')).toBeUndefined();
    expect(isLang('es')).toBe(true);
    expect(isLang(UNSHIPPED)).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });

  it('writes a number inside a sentence as each language does, without grouping', () => {
    expect(formatDecimal('en', 2.8)).toBe('2.8');
    expect(formatDecimal('es', 2.8)).toBe('2,8');
    expect(formatDecimal('es', 12500)).toBe('12500');
    expect(formatDecimal('en', 1.456, 2)).toBe('1.46');
  });
});
