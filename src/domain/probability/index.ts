/**
 * Pre-test / post-test probability: pure maths (odds, likelihood ratios with log-method CIs,
 * ranges, chained results, Pauker–Kassirer thresholds, natural frequencies) and the explorer
 * model over the evidence registry. No React, no browser APIs.
 */
export * from './odds';
export * from './likelihood-ratio';
export * from './post-test';
export * from './thresholds';
export * from './natural-frequency';
export * from './sources';
export * from './explore';
export * from './format';
export * from './vocabulary';
export { calculationText } from './export';
export * from './from-case';
export { PROBABILITY_SOURCES } from './registry-sources';
