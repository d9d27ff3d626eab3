import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { common } from '../../src/i18n/en/common';
import type { TKey, translate as Translate } from '../../src/i18n/translate';

// No shipped string is plural yet, so a pair is added to the first-page English strings here
// (on a fresh copy of the i18n modules: the test setup has already loaded the real ones).
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
beforeAll(async () => {
  vi.resetModules();
  ({ translate } = await import('../../src/i18n/translate'));
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
