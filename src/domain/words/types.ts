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

/** A statement as the domain produces it: a code and its parameters, rendered by the reader. */
export interface Said<C extends Code = Code> {
  readonly code: C;
  readonly params?: ParamsOf<C>;
}
