import { LANGS, type Lang } from '../languages';
import type { LocalizedText } from '../text';
import { en } from './en';
import { es } from './es';
import type { Catalogue, Code, ParamsOf, Said } from './types';

export type { Catalogue, Code, ParamsOf, Said } from './types';

/** The catalogue of each shipped language (a new language: its file and one line here). */
export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { en, es };

/**
 * A clinical statement by its code, with its parameters typed from the English entry: a fixed
 * sentence takes none, a sentence with values takes exactly its own.
 */
export function said<C extends Code>(
  code: C,
  ...params: ParamsOf<C> extends undefined ? [] : [ParamsOf<C>]
): Said<C> {
  return params.length === 0 ? { code } : ({ code, params: params[0] } as Said<C>);
}

/** A statement in one language, from that language's catalogue. */
export function render(s: Said, lang: Lang): string {
  const entry = CATALOGUES[lang][s.code] as string | ((p: unknown) => string);
  return typeof entry === 'function' ? entry(s.params) : entry;
}

/** A statement in every shipped language: for the places that still carry `{ en, es }`. */
export const localized = (s: Said): LocalizedText =>
  Object.fromEntries(LANGS.map((lang) => [lang, render(s, lang)])) as LocalizedText;
