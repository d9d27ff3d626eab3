/** Strings of the wizard feature. */
export const wizard = {} as const;
