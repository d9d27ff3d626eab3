// The comparison's public entry: what other features may use of it (see eslint.config.js). Its
// users load it with import(), so the chart code stays out of their chunks.
export { CompareCompact } from './compare-compact';
