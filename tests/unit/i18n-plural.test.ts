import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { common } from '../../src/i18n/en/common';
import type {
  loadLanguage as LoadLanguage,
  TKey,
  translate as Translate,
} from '../../src/i18n/translate';

// A probe pair is added to the first-page English strings here (on a fresh copy of the i18n
// modules: the test setup has already loaded the real ones), so the rule is tested apart from
// the wording of the shipped plural strings.
vi.mock('../../src/i18n/en/common', async (importActual) => {
  const actual = await importActual<{ common: typeof common }>();
  return {
    common: {
      ...actual.common,
      pluralProbe_one: '{count} case',
      pluralProbe_other: '{count} cases',
    },
  };
});

let translate: typeof Translate;
let loadLanguage: typeof LoadLanguage;
beforeAll(async () => {
  vi.resetModules();
  ({ translate, loadLanguage } = await import('../../src/i18n/translate'));
});

describe('plural keys', () => {
  const key = 'common.pluralProbe' as TKey;

  it('t(key, { count }) picks key_one or key_other by Intl.PluralRules', () => {
    expect([0, 1, 2].map((count) => translate('en', key, { count }))).toEqual([
      '0 cases',
      '1 case',
      '2 cases',
    ]);
  });

  it('falls back to the key itself without a count, as for any missing string', () => {
    expect(translate('en', key)).toBe('common.pluralProbe');
  });
});

describe('shipped plural strings', () => {
  it('say one case and one entry in the singular, and several in the plural', async () => {
    await loadLanguage('en');
    expect(translate('en', 'savedCases.load.recovered', { count: 1 })).toBe(
      '1 case was read and is safe.',
    );
    expect(translate('en', 'savedCases.load.recovered', { count: 2 })).toBe(
      '2 cases were read and are safe.',
    );
    expect(translate('en', 'savedCases.load.keptAside', { count: 1 })).toBe(
      '1 entry is kept aside.',
    );
    expect(translate('en', 'savedCases.load.keptAside', { count: 0 })).toBe(
      '0 entries are kept aside.',
    );
  });
});
