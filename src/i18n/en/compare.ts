/** Strings of the compare feature. */
export const compare = {} as const;
