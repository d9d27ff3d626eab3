import { fill } from '../domain/fill';
import { FALLBACK_LANG, type Lang } from '../domain/languages';
import { pluralCategory } from '../domain/text';
import type { en } from './en';
import { cases } from './en/cases';
import { common } from './en/common';
import type { Dictionary, LeafKey, Params } from './types';

/** "a.b" for each plural pair "a.b_one" / "a.b_other": `t('a.b', { count })` picks the form. */
type PluralKey<K> = K extends `${infer Base}_other` ? Base : never;
export type TKey = LeafKey<typeof en> | PluralKey<LeafKey<typeof en>>;
export type TFunction = (key: TKey, params?: Params) => string;
type Strings = Dictionary<typeof en>;
export type Namespace = keyof typeof en;

/**
 * The English strings the first page draws (the layout and the case list) ship in the entry
 * chunk. A namespace that a first-page component uses must be imported here too, or the first
 * paint shows its keys until the rest arrives.
 */
export const FIRST_PAGE_NAMESPACES = ['common', 'cases'] as const satisfies readonly Namespace[];
const FIRST_PAGE_EN: Partial<Strings> = { common, cases };

/**
 * Every language as one chunk: English (minus what the entry already has) about 4 KB gzip,
 * loaded just after the first paint and before any other page; Spanish about 8 KB gzip,
 * loaded before the first paint when it is the chosen language and when the reader switches to
 * it, so English readers never download it. A new namespace file joins its language's chunk by
 * being listed in its language's index.ts: nothing here changes.
 *
 * A language's catalogue is the default export of `./<code>/index.ts`, found by its folder (one
 * lazy chunk each): adding a language is its folder and its line in src/domain/languages.ts, and
 * a unit test fails when a registered language has no folder or a folder is not registered.
 */
const DICTIONARIES: Partial<Record<Lang, Partial<Strings>>> = { [FALLBACK_LANG]: FIRST_PAGE_EN };
const COMPLETE = new Set<Lang>();
const CATALOGUES = import.meta.glob<Strings>('./*/index.ts', { import: 'default' });
const loadCatalogue = (lang: Lang): Promise<Strings> => {
  const load = CATALOGUES[`./${lang}/index.ts`];
  return load ? load() : Promise.reject(new Error(`No catalogue for the language ${lang}`));
};
const pending = new Map<Lang, Promise<void>>();

/** Components re-render when a language's strings arrive (see use-t.ts). */
const listeners = new Set<() => void>();
let version = 0;
export const stringsVersion = (): number => version;
export function onStringsLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Are all of a language's strings here? (English's first-page strings always are.) */
export const isLanguageLoaded = (lang: Lang): boolean => COMPLETE.has(lang);

/** A language's clinical words, once they are in use (src/i18n/clinical-words.ts). */
let followWords: ((lang: Lang) => Promise<void>) | undefined;
export const followWithWords = (load: (lang: Lang) => Promise<void>): void => {
  followWords = load;
};

/**
 * Make all of a language's strings available; resolves at once if they already are. Once clinical
 * words are in use, the language's clinical words are waited for too, so a switch of language
 * never draws a clinical text whose words are not here; they are asked for again once the strings
 * are in, in case clinical words came into use while the strings were on their way (a page or the
 * case list's assessments started loading them in the meantime).
 */
export function loadLanguage(lang: Lang): Promise<void> {
  return Promise.all([loadStrings(lang), followWords?.(lang)]).then(() => followWords?.(lang));
}

function loadStrings(lang: Lang): Promise<void> {
  if (COMPLETE.has(lang)) return Promise.resolve();
  let p = pending.get(lang);
  if (!p) {
    p = loadCatalogue(lang).then(
      (dict) => {
        DICTIONARIES[lang] = dict;
        COMPLETE.add(lang);
        version += 1;
        for (const l of listeners) l();
      },
      (err: unknown) => {
        pending.delete(lang); // a later call may try again
        throw err;
      },
    );
    pending.set(lang, p);
  }
  return p;
}

function lookup(dict: unknown, key: string): string | undefined {
  let node: unknown = dict;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Replace `{name}` placeholders; unknown placeholders stay visible so they are noticed. */
export const interpolate: (template: string, params?: Params) => string = fill;

const find = (lang: Lang, key: string): string | undefined =>
  lookup(DICTIONARIES[lang], key) ?? lookup(DICTIONARIES[FALLBACK_LANG], key);

/**
 * The one translation function every user-facing string goes through. Falls back to English,
 * then to the key itself, so a missing string is visible rather than blank. A plural string is
 * a pair of keys `key_one` / `key_other` (plus any other category a language needs), chosen for
 * `params.count` by `Intl.PluralRules`, never by `count === 1`.
 */
export function translate(lang: Lang, key: TKey, params?: Params): string {
  const count = params?.count;
  const template =
    find(lang, key) ??
    (typeof count === 'number'
      ? (find(lang, `${key}_${pluralCategory(lang, count)}`) ?? find(lang, `${key}_other`))
      : undefined) ??
    key;
  return interpolate(template, params);
}

export const makeT =
  (lang: Lang): TFunction =>
  (key, params) =>
    translate(lang, key, params);
