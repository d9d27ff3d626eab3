// The export feature's public entry: what other features may use of it (see eslint.config.js).
// The case list loads it with import(), so none of it is in the first page.
export { ExportActions } from './export-actions';
export { ImportCases } from './import-cases';
