/** Strings of the cases feature. */
export const cases = {} as const;
