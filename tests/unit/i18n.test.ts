import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { LANGS } from '../../src/domain/languages';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { NOTE, PHRASES } from '../../src/domain/export/vocabulary';
import { interpolate, translate } from '../../src/i18n/translate';

/** Every leaf of a nested dictionary as [key, value]. */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null) return [[prefix, node]];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every registered language but English, with its catalogue (the default export of its folder). */
const others = () =>
  Promise.all(
    LANGS.filter((l) => l !== 'en').map(
      async (l) => [l, (await import(`../../src/i18n/${l}/index.ts`)).default as unknown] as const,
    ),
  );

describe('translations', () => {
  const enLeaves = new Map(leaves(en));

  it('has one catalogue folder for every registered language, and no folder left unregistered', () => {
    const folders = readdirSync(join(import.meta.dirname, '../../src/i18n'), {
      withFileTypes: true,
    })
      .filter((d) => d.isDirectory() && existsSync(join(d.parentPath, d.name, 'index.ts')))
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual([...LANGS].sort());
  });

  it('every language has exactly the English keys', async () => {
    for (const [lang, dict] of await others()) {
      expect([...new Map(leaves(dict)).keys()].sort(), lang).toEqual([...enLeaves.keys()].sort());
    }
    expect(es).toBe((await import('../../src/i18n/es')).default);
  });

  it('every string is non-empty in every language, with the same placeholders', async () => {
    const problems: string[] = [];
    for (const [key, e] of enLeaves) {
      if (typeof e !== 'string' || !e.trim()) problems.push(`en ${key} is empty`);
    }
    for (const [lang, dict] of await others()) {
      for (const [key, s] of leaves(dict)) {
        const e = enLeaves.get(key);
        if (typeof s !== 'string' || !s.trim()) problems.push(`${lang} ${key} is empty`);
        else if (typeof e === 'string' && placeholders(s).join() !== placeholders(e).join())
          problems.push(
            `${lang} ${key} has placeholders ${placeholders(s)} instead of ${placeholders(e)}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Day {n} of {total}', { n: 3 })).toBe('Day 3 of {total}');
  });

  it('translates through one function in both languages', () => {
    expect(translate('en', 'common.nav.cases')).toBe('Cases');
    expect(translate('es', 'common.nav.cases')).toBe('Casos');
  });
});

describe('loading a language on demand', () => {
  it('starts with the first page in English only and loads Spanish when asked', async () => {
    vi.resetModules();
    const fresh = await import('../../src/i18n/translate');
    expect(fresh.isLanguageLoaded('es')).toBe(false);
    // Until Spanish arrives, a Spanish reader sees English rather than raw keys.
    expect(fresh.translate('es', 'common.nav.cases')).toBe('Cases');
    await fresh.loadLanguage('es');
    expect(fresh.translate('es', 'common.nav.cases')).toBe('Casos');
  });

  it('has the case list and layout strings before the rest of English arrives', async () => {
    vi.resetModules();
    const fresh = await import('../../src/i18n/translate');
    expect(fresh.isLanguageLoaded('en')).toBe(false);
    expect(fresh.translate('en', 'cases.title')).toBe('Cases');
    expect(fresh.translate('en', 'common.nav.evidence')).toBe(en.common.nav.evidence);
    const seen = vi.fn();
    fresh.onStringsLoaded(seen);
    await fresh.loadLanguage('en');
    expect(fresh.isLanguageLoaded('en')).toBe(true);
    expect(fresh.translate('en', 'wizard.stepperLabel')).toBe(en.wizard.stepperLabel);
    // Components drawn before the strings arrived are told to draw again.
    expect(seen).toHaveBeenCalledTimes(1);
  });
});

describe('what the screens and exports say of a normal film', () => {
  // Seed: a simple X-ray "may not show alterations until 10–14 days have transpired" — a film
  // may be normal until then, not reliable afterwards (other settings: 2–6 weeks).
  it('HAZ-23 no screen or export calls a normal film after day 14 "informative" or says it "counts"', () => {
    const texts = [...leaves(en), ...leaves(es), ...leaves(NOTE), ...leaves(PHRASES)]
      .map(([, v]) => v)
      .filter((v): v is string => typeof v === 'string');
    const overclaims = texts.filter((v) =>
      /\binformativ[ea]\b|result counts|resultado normal cuenta|means nothing|no significa nada/i.test(
        v,
      ),
    );
    expect(overclaims).toEqual([]);
  });
});
