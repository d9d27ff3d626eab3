/** The two languages the app ships in. English is the fallback. */
export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * A clinical statement in both languages. Clinical text lives in the domain (not in the UI
 * dictionaries) so that the engine, the exports and the screens all say exactly the same thing.
 */
export interface LocalizedText {
  readonly en: string;
  readonly es: string;
}

export const text = (en: string, es: string): LocalizedText => ({ en, es });

/** Pick the text for a language. */
export const inLang = (t: LocalizedText, lang: Lang): string => t[lang];
