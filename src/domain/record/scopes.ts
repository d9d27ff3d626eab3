/**
 * SMART App Launch scopes: what the app asks for, and whether what the record granted lets it
 * file the report. Version 2 syntax (`patient/Observation.crs`) and version 1
 * (`patient/Observation.write`, `patient/*.*`) are both read.
 */

/** The resource types the write-back creates. */
const WRITE_TYPES = ['DiagnosticReport', 'Observation', 'Condition', 'ServiceRequest'] as const;
export type WriteType = (typeof WRITE_TYPES)[number];

/**
 * What the app asks for, beyond the launch itself: read the patient, their conditions, lab
 * results (and pregnancy status), medication orders and statements and the drugs they name; create (and search, for the conditional create that keeps a retry from filing twice)
 * the report, its results, the conclusion and the next step. No `openid`/`fhirUser`: the app does
 * not need to know who the user is.
 */
const CLINICAL_SCOPES = [
  'patient/Patient.r',
  'patient/Condition.crs',
  'patient/Observation.crs',
  'patient/MedicationRequest.rs',
  'patient/MedicationStatement.rs',
  'patient/Medication.r',
  'patient/DiagnosticReport.cs',
  'patient/ServiceRequest.cs',
].join(' ');

/** The scope to request: `launch` in an EHR launch, `launch/patient` when the app starts it. */
export const requestedScope = (kind: 'ehr' | 'standalone', clinical = CLINICAL_SCOPES): string =>
  `${kind === 'ehr' ? 'launch' : 'launch/patient'} ${clinical}`;

/** Does one granted scope let the app create resources of this type? */
function grantsCreate(granted: string, type: WriteType): boolean {
  const m = /^(patient|user)\/([A-Za-z]+|\*)\.([A-Za-z*]+)$/.exec(granted);
  if (!m || (m[2] !== type && m[2] !== '*')) return false;
  const perms = m[3] ?? '';
  if (perms === '*' || perms === 'write') return true; // version 1
  return /^c?r?u?d?s?$/.test(perms) && perms.includes('c'); // version 2, in cruds order
}

/** The types the granted scopes do not let the app create (empty: it may file the report). */
export function missingWriteScopes(granted: string | undefined): WriteType[] {
  const scopes = (granted ?? '').split(/\s+/).filter(Boolean);
  return WRITE_TYPES.filter((t) => !scopes.some((s) => grantsCreate(s, t)));
}
