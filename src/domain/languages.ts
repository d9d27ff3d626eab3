/**
 * The registry of languages: every language the app ships, listed once, with its name in itself
 * (what the language picker shows) and the locale its numbers and dates are written in. `Lang`
 * is derived from it. Adding a language is one line here and one folder of interface strings,
 * `src/i18n/<code>/` (its `index.ts` exports the catalogue as default, typed
 * `Dictionary<typeof en>` so the compiler names every missing key); the build, the boot script,
 * the settings and the picker read this list. English is the fallback and stays first.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English', locale: 'en-GB' },
  { code: 'es', name: 'Español', locale: 'es-ES' },
] as const satisfies readonly { code: string; name: string; locale: string }[];

export type Lang = (typeof LANGUAGES)[number]['code'];
type Language = (typeof LANGUAGES)[number];

export const LANGS: readonly Lang[] = LANGUAGES.map((l) => l.code);

/** English: what a missing string falls back to, and the language drawn at build time. */
export const FALLBACK_LANG: Lang = LANGUAGES[0].code;

export const isLang = (v: unknown): v is Lang => LANGS.includes(v as Lang);

const byCode = Object.fromEntries(LANGUAGES.map((l) => [l.code, l])) as Record<Lang, Language>;

/** The locale (BCP 47) a language's numbers and dates are written in: 'es' → 'es-ES'. */
export const localeOf = (lang: Lang): string => byCode[lang].locale;

/** A language's name in itself: 'es' → 'Español'. */
export const nameOf = (lang: Lang): string => byCode[lang].name;

/** The shipped language a browser's preferred language asks for ('es-MX' → 'es'), if any. */
export function matchLang(tag: string): Lang | undefined {
  const primary = tag.toLowerCase().split('-')[0];
  return LANGS.find((l) => l === primary);
}

const decimals = new Map<string, Intl.NumberFormat>();

/**
 * A number as the language writes it, without grouping (2.8 → "2.8" / "2,8"): for numbers inside
 * a clinical sentence.
 */
export function formatDecimal(lang: Lang, n: number, maxFractionDigits = 3): string {
  const key = `${lang}:${maxFractionDigits}`;
  let f = decimals.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), {
      maximumFractionDigits: maxFractionDigits,
      useGrouping: false,
    });
    decimals.set(key, f);
  }
  return f.format(n);
}
