import type { Lang } from './languages';

/** The languages the app ships in: the registry in languages.ts lists them. */
export { LANGS, type Lang } from './languages';

/**
 * A clinical statement in every language the app ships, written as a named object
 * (`{ en: '…', es: '…' }`) so that a new language is a compile error at every text that lacks it.
 * Clinical text lives in the domain (not in the UI dictionaries) so that the engine, the exports
 * and the screens all say exactly the same thing.
 */
export type LocalizedText = Readonly<Record<Lang, string>>;

/**
 * The forms of a word or phrase by plural category, as `Intl.PluralRules` names them. `other` is
 * required and used for any category without its own form (Spanish, for one, calls a round
 * million `many`).
 */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & {
  readonly other: string;
};

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The plural category of a count in a language (`one`, `other`, …), from `Intl.PluralRules`. */
export const pluralCategory = (lang: Lang, n: number): Intl.LDMLPluralRule =>
  (pluralRules[lang] ??= new Intl.PluralRules(lang)).select(n);

/**
 * The form for a count, chosen by the language's plural rules rather than by `n === 1`:
 * `plural('en', n, { one: 'day', other: 'days' })`.
 */
export const plural = (lang: Lang, n: number, forms: PluralForms): string =>
  forms[pluralCategory(lang, n)] ?? forms.other;
