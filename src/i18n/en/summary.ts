/** Strings of the summary feature. */
export const summary = {} as const;
