import type { EhrSession } from './session';

/** A launch from the record as the tests open it: a patient in context and a write scope. */
export const TEST_SESSION: EhrSession = {
  fhirBase: 'https://fhir.example.org/r4',
  accessToken: 'token-1',
  scope: 'launch patient/*.cruds',
  patient: 'p-1',
  needPatientBanner: false,
  cases: {},
};
