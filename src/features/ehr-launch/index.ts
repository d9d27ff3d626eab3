// The health-record launch's public entry: what other features may use of it (see
// eslint.config.js). Only the summary's link; the launch pages load with their own route.
export { RecordFiling } from './record-filing';
