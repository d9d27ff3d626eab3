import { describe, expect, it } from 'vitest';
import { plural, pluralCategory } from './text';

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
