import { describe, expect, it } from 'vitest';
import { plural, pluralCategory } from './text';
import { joinTexts, textByLanguage } from './text-by-language';

describe('plural', () => {
  const day = { en: { one: 'day', other: 'days' }, es: { one: 'día', other: 'días' } } as const;

  it('picks English forms by Intl.PluralRules: 0 and 2 are plural, 1 singular', () => {
    expect([0, 1, 2].map((n) => plural('en', n, day.en))).toEqual(['days', 'day', 'days']);
  });

  it('picks Spanish forms the same way', () => {
    expect([0, 1, 2].map((n) => plural('es', n, day.es))).toEqual(['días', 'día', 'días']);
  });

  it('falls back to other for a category without its own form', () => {
    expect(plural('en', 1, { other: 'sheep' })).toBe('sheep');
    // Recent CLDR calls a round million `many` in Spanish; either way it reads as plural.
    expect(['many', 'other']).toContain(pluralCategory('es', 1_000_000));
    expect(plural('es', 1_000_000, day.es)).toBe('días');
  });
});

describe('textByLanguage', () => {
  const made: string[] = [];
  const greeting = () =>
    textByLanguage((lang) => {
      made.push(lang);
      return lang === 'en' ? 'Hello' : 'Hola';
    });

  it('makes only the language read, once, however often it is read', () => {
    made.length = 0;
    const text = greeting();
    expect(made).toEqual([]);
    expect(text.es).toBe('Hola');
    expect(text.es).toBe('Hola');
    expect(made).toEqual(['es']);
  });

  it('reads as a plain { en, es } text everywhere: keys, JSON, a spread, a clone, equality', () => {
    const plain = { en: 'Hello', es: 'Hola' };
    const text = greeting();
    expect(Object.keys(text)).toEqual(['en', 'es']);
    expect(JSON.stringify(text)).toBe(JSON.stringify(plain));
    expect({ ...text }).toStrictEqual(plain);
    expect(structuredClone(text)).toStrictEqual(plain);
    expect(text).toEqual(plain);
    expect(Object.isFrozen(Object.freeze(greeting()))).toBe(true);
  });

  it('joins texts language by language, each when read', () => {
    made.length = 0;
    const joined = joinTexts([greeting(), { en: 'there.', es: 'allí.' }]);
    expect(joined.en).toBe('Hello there.');
    expect(made).toEqual(['en']);
    expect(joined).toEqual({ en: 'Hello there.', es: 'Hola allí.' });
  });
});
