/** Strings of the evidence feature. */
export const evidence = {} as const;
