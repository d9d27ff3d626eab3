import type { Lang } from '../languages';
import type { en } from './en';

type English = typeof en;

/** A clinical statement's code: a key of the English catalogue, the reference language. */
export type Code = keyof English;

/** The parameters a statement takes (`undefined` for a fixed sentence). */
export type ParamsOf<C extends Code> = English[C] extends (p: infer P) => string ? P : undefined;

/**
 * A language's catalogue: exactly the English codes, each a sentence or a function of the same
 * parameters. A missing code, an extra code or a function of other parameters is a compile error
 * in that language's file.
 */
export type Catalogue = {
  readonly [C in Code]: English[C] extends (p: infer P) => string ? (p: P) => string : string;
};

/**
 * A text a statement quotes (a study's name inside a sentence): another statement, or a text in
 * every language (a registry field); rendered in the reader's language with the sentence.
 */
export type Quoted = Said | Readonly<Record<Lang, string>>;

/** The parameters given for a statement: a text parameter may be quoted (`Quoted`). */
export type Given<P> = { readonly [K in keyof P]: string extends P[K] ? P[K] | Quoted : P[K] };

/** A statement as the domain produces it: a code and its parameters, rendered by the reader. */
export interface Said<C extends Code = Code> {
  readonly code: C;
  readonly params?: Given<ParamsOf<C>>;
}
