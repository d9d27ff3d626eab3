import type { Lang } from '../domain/text';
import { en } from './en';
import { es } from './es';
import type { Dictionary, LeafKey, Params } from './types';

export type TKey = LeafKey<typeof en>;
export type TFunction = (key: TKey, params?: Params) => string;

const DICTIONARIES: Readonly<Record<Lang, Dictionary<typeof en>>> = { en, es };

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

export { DICTIONARIES };
