/** Small, pure statistics used by the evidence registry and the views built on it. */
export * from './proportion';
export * from './twobytwo';
