import { LANGS, type Lang } from '../languages';
import type { LocalizedText } from '../text';
import { textByLanguage } from '../text-by-language';
import type { Catalogue, Code, Given, ParamsOf, Said } from './types';

export type { Catalogue, Code, ParamsOf, Quoted, Said } from './types';

/**
 * Every file of this folder but the module's own (index, types, shape) and its tests is one
 * language's catalogue: `./<code>.ts`, exporting `<code>` typed `Catalogue` (English, `en.ts`, is
 * the reference the type is read from), so the compiler names in that file every code it lacks.
 * Found by their files, as the interface's folders are: a new language is its file and its line in
 * the registry (../languages.ts), and `catalogue.test.ts` fails when a registered language has no
 * file or a file no registry line.
 *
 * Each is a chunk of its own, loaded when asked for (`loadClinicalWords`): a reader downloads the
 * clinical words of the language they read (about 26 kB gzip each), not of every language.
 */
const FILES = import.meta.glob<Readonly<Record<string, Catalogue>>>([
  './*.ts',
  '!./index.ts',
  '!./types.ts',
  '!./shape.ts',
  '!./*.test.ts',
]);

const CATALOGUES: Partial<Record<Lang, Catalogue>> = {};
const pending = new Map<Lang, Promise<void>>();

/**
 * Make a language's clinical words available; resolves at once when they already are. A failed
 * download rejects and may be tried again. Texts in a language are read only once this has
 * resolved for it: the app waits for it with the reader's strings before it draws a page that
 * shows clinical text, and for every language before an export (src/i18n/clinical-words.ts).
 */
export function loadClinicalWords(lang: Lang): Promise<void> {
  if (CATALOGUES[lang]) return Promise.resolve();
  let p = pending.get(lang);
  if (!p) {
    const load = FILES[`./${lang}.ts`];
    p = (
      load
        ? load()
        : Promise.reject(
            new Error(`No clinical catalogue for ${lang}: src/domain/words/${lang}.ts`),
          )
    ).then(
      (file) => {
        const catalogue = file[lang];
        if (!catalogue) throw new Error(`src/domain/words/${lang}.ts does not export ${lang}`);
        CATALOGUES[lang] = catalogue;
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

/** Are a language's clinical words here? */
export const hasClinicalWords = (lang: Lang): boolean => CATALOGUES[lang] !== undefined;

/** A loaded language's catalogue; reading one not loaded is a fault of the caller, named. */
export function catalogueOf(lang: Lang): Catalogue {
  const catalogue = CATALOGUES[lang];
  if (!catalogue) {
    throw new Error(
      `The clinical words of '${lang}' are read before they were loaded: wait for loadClinicalWords('${lang}') first`,
    );
  }
  return catalogue;
}

/**
 * A clinical statement by its code, with its parameters typed from the English entry: a fixed
 * sentence takes none, a sentence with values takes exactly its own.
 */
export function said<C extends Code>(
  code: C,
  ...params: ParamsOf<C> extends undefined ? [] : [Given<ParamsOf<C>>]
): Said<C> {
  return params.length === 0 ? { code } : ({ code, params: params[0] } as Said<C>);
}

const isSaid = (v: object): v is Said => typeof (v as { code?: unknown }).code === 'string';
// Whether it has a text in every language; the texts themselves are not read (each is made on
// its first read: `textByLanguage`), so quoting a text renders it in the reader's language only.
const isLocalized = (v: object): v is LocalizedText =>
  LANGS.every((lang) => Object.hasOwn(v, lang));

/** The parameters in one language: a quoted statement or text is rendered in it. */
function inLanguage(params: unknown, lang: Lang): unknown {
  if (!params || typeof params !== 'object') return params;
  const quoted = (v: unknown) => !!v && typeof v === 'object' && (isSaid(v) || isLocalized(v));
  if (!Object.values(params).some(quoted)) return params;
  return Object.fromEntries(
    Object.entries(params).map(([k, v]: [string, unknown]) => [
      k,
      v && typeof v === 'object' && isSaid(v)
        ? render(v, lang)
        : v && typeof v === 'object' && isLocalized(v)
          ? v[lang]
          : v,
    ]),
  );
}

/** A statement in one language, from that language's catalogue. */
export function render(s: Said, lang: Lang): string {
  const entry = catalogueOf(lang)[s.code] as string | ((p: unknown) => string);
  return typeof entry === 'function' ? entry(inLanguage(s.params, lang)) : entry;
}

/**
 * A statement in every shipped language: for the places that still carry `{ en, es }`. Each
 * language's sentence is rendered when it is first read (`textByLanguage`), not when the
 * statement is made: the registry makes hundreds as it loads, and a reader reads one language.
 */
export const localized = (s: Said): LocalizedText => textByLanguage((lang) => render(s, lang));
