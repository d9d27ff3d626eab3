import type { ProbabilitySources } from './sources';

/**
 * The explorer's view of the evidence registry. Pre-test anchors and 2×2 tables are registry
 * data (one fact, one home); until the registry carries them in structured form this holds none,
 * and the explorer then offers only the clinician's own range and says, for every investigation,
 * that no likelihood ratio can be computed from the sources.
 */
export const PROBABILITY_SOURCES: ProbabilitySources = { anchors: [], accuracy: [] };
