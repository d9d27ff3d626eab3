import type { Lang } from '../domain/text';
import { en } from './en';
import type { Dictionary, LeafKey, Params } from './types';

export type TKey = LeafKey<typeof en>;
export type TFunction = (key: TKey, params?: Params) => string;

/**
 * English ships in the entry chunk (it is also the fallback); Spanish is a separate chunk of
 * about 8 KB gzip, loaded before the first render when it is the chosen language and when the
 * reader switches to it, so English readers never download it.
 */
const DICTIONARIES: Partial<Record<Lang, Dictionary<typeof en>>> = { en };
const LOADERS: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<Dictionary<typeof en>>>> = {
  es: () => import('./es').then((m) => m.es),
};

export const isLanguageLoaded = (lang: Lang): boolean => DICTIONARIES[lang] !== undefined;

/** Make a language's strings available; resolves at once if they already are. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' || DICTIONARIES[lang]) return;
  DICTIONARIES[lang] = await LOADERS[lang]();
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
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The one translation function every user-facing string goes through. Falls back to English,
 * then to the key itself, so a missing string is visible rather than blank.
 */
export function translate(lang: Lang, key: TKey, params?: Params): string {
  const template = lookup(DICTIONARIES[lang], key) ?? lookup(en, key) ?? key;
  return interpolate(template, params);
}

export const makeT =
  (lang: Lang): TFunction =>
  (key, params) =>
    translate(lang, key, params);
