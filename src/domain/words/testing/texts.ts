import { LANGS, type Lang, type LocalizedText } from '../../text';

/**
 * A test's own text (a hand-made source's label, a reason a rule must not read) in every
 * registered language: the languages given, and the English for the others, so that a new
 * language needs no edit in a test that is not about wording.
 */
export const textIn = (given: { readonly en: string } & Partial<Record<Lang, string>>) =>
  Object.fromEntries(LANGS.map((lang) => [lang, given[lang] ?? given.en])) as LocalizedText;
