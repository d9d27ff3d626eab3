/** The two languages the app ships in. English is the fallback. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * A clinical statement in every language the app ships, written as a named object
 * (`{ en: '…', es: '…' }`) so that a new language is a compile error at every text that lacks it.
 * Clinical text lives in the domain (not in the UI dictionaries) so that the engine, the exports
 * and the screens all say exactly the same thing.
 */
export type LocalizedText = Readonly<Record<Lang, string>>;
