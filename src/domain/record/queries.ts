import { LOINC } from '../export/fhir';
import { PREGNANCY_STATUS_LOINC } from './codes';
import { LAB_CODES } from './prefill';

/**
 * The searches the read-in makes, relative to the FHIR base, for one patient: the Patient (its
 * birth date and gender are all that is used), their Conditions (matched here against the codes
 * the read-in knows; FHIR search cannot ask for an ICD-10 prefix on every server), only the lab
 * results the case can hold, by LOINC code in either unit, plus the pregnancy status (LOINC
 * 82810-3), and their medication orders and statements.
 */
export function recordQueries(patientId: string) {
  const id = encodeURIComponent(patientId);
  // `Patient/<id>`: the reference form every server takes (the bare id needs a single target).
  const subject = `Patient/${id}`;
  const codes = [...Object.values(LAB_CODES).flat(), PREGNANCY_STATUS_LOINC]
    .map((c) => `${LOINC}|${c}`)
    .join(',');
  return {
    patient: `Patient/${id}`,
    conditions: `Condition?patient=${subject}&_count=100`,
    observations: `Observation?patient=${subject}&code=${encodeURIComponent(codes)}&_count=100`,
    // Every order and statement (a drug's class is read here from its codes: no server can
    // search by ATC group), with the Medication each points at (US Core servers support the
    // _include of MedicationRequest:medication).
    medicationRequests: `MedicationRequest?patient=${subject}&_include=MedicationRequest:medication&_count=100`,
    medicationStatements: `MedicationStatement?patient=${subject}&_include=MedicationStatement:medication&_count=100`,
  };
}

/** How many pages of a search the read-in follows (100 each) before it stops and says so. */
export const MAX_PAGES = 5;
