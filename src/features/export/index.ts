// The export feature's public entry: what other features may use of it (see eslint.config.js).
export { ExportActions } from './export-actions';
