/*
 * What every language's catalogue does the same way with its own words: the helpers the entries
 * share, so that each catalogue holds only its words.
 */

/** The first letter in capitals: a phrase that opens a sentence. */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A word from a language's table by its key, or the fallback (never another entry's word). */
export const wordOf = <K extends string>(
  table: Readonly<Record<K, string>>,
  key: K | undefined,
  fallback: string,
): string => (key === undefined ? undefined : table[key]) ?? fallback;
