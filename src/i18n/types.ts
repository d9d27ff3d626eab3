/** The same nested shape as the English dictionary, with every leaf a string. */
export type Dictionary<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : Dictionary<T[K]>;
};

/** "a.b.c" for every string leaf of T. */
export type LeafKey<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : LeafKey<T[K], `${P}${K}.`>;
}[keyof T & string];

export type Params = Readonly<Record<string, string | number>>;
