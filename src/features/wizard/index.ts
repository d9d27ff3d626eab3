// The wizard's public entry: what other features may use of it (see eslint.config.js).
export { AssessmentPanel } from './assessment-panel';
export { NextStepExtras } from './assessment-panel';
export { stepPath } from './steps';
