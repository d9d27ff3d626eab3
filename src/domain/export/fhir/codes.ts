import type { CodeableConcept, Coding } from '@medplum/fhirtypes';
import { LAB_ANALYTES, type LabAnalyte } from '../../case/schema';
import { unitsOf } from '../../modalities/labs/analytes';
import { localized, said } from '../../words';

/** Code systems and the app's codes and code texts, shared by the builders of the Bundle. */

export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';
const OBS_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
export const V2_0074 = 'http://terminology.hl7.org/CodeSystem/v2-0074';
export const DATA_ABSENT = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';
export const V3_OBSERVATION_VALUE = 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue';
export const SNOMED = 'http://snomed.info/sct';
/** ICD-10 (WHO) and its US clinical modification, as FHIR names them. */
export const ICD10 = 'http://hl7.org/fhir/sid/icd-10';
export const ICD10_CM = 'http://hl7.org/fhir/sid/icd-10-cm';
/** This app's own codes (the report, the working conclusion): URNs, the app has no web address. */
export const APP_CODE_SYSTEM = 'urn:scho-workup:code';
/** The case id is a local, pseudonymous identifier: a URN of this app, not a record number. */
export const CASE_ID_SYSTEM = 'urn:scho-workup:case-id';

/**
 * LOINC codes, keyed by analyte and unit, from the analyte table (`modalities/labs/analytes.ts`,
 * which says how they were chosen). The read-in of a launched case recognises exactly these codes
 * (src/domain/record).
 */
export const LAB_LOINC: Readonly<
  Record<LabAnalyte, Readonly<Record<string, { code: string; display: string }>>>
> = Object.fromEntries(
  LAB_ANALYTES.map((a) => [a, Object.fromEntries(unitsOf(a).map(([u, f]) => [u, f.loinc]))]),
) as Record<LabAnalyte, Record<string, { code: string; display: string }>>;

/** The app's units as UCUM codes (each analyte's table entry says its units' codes). */
export const UCUM_CODE: Readonly<Record<string, string>> = Object.fromEntries(
  LAB_ANALYTES.flatMap((a) => unitsOf(a).map(([u, f]) => [u, f.ucum])),
);

/**
 * ServiceRequest categories from the FHIR R4 example value set (servicerequest-category, SNOMED
 * CT). A biopsy has no category there that fits exactly, so it carries none.
 */
export const SR_CATEGORY: Readonly<Record<string, Coding | undefined>> = {
  laboratory: {
    system: 'http://snomed.info/sct',
    code: '108252007',
    display: 'Laboratory procedure',
  },
  imaging: { system: 'http://snomed.info/sct', code: '363679005', display: 'Imaging' },
};

export const FLAG_CODE = { normal: 'N', low: 'L', high: 'H' } as const;
export const FLAG_DISPLAY = { normal: 'Normal', low: 'Low', high: 'High' } as const;

export const CODE_TEXT = {
  ageBracket: localized(said('export.fhir.code.age-bracket')),
  obesity: localized(said('export.fhir.code.obesity')),
  cviYears: localized(said('export.fhir.code.cvi-years')),
  longStandingCvi: localized(said('export.fhir.code.long-standing-cvi')),
  ceap: localized(said('export.fhir.code.ceap')),
  priorDvt: localized(said('export.fhir.code.prior-dvt')),
  immobility: localized(said('export.fhir.code.immobility')),
  onset: localized(said('export.fhir.code.onset')),
  laterality: localized(said('export.fhir.code.laterality')),
  lowerThird: localized(said('export.fhir.code.lower-third')),
  posteriorLateral: localized(said('export.fhir.code.posterior-lateral')),
  pain: localized(said('export.fhir.code.pain')),
  skin: localized(said('export.fhir.code.skin')),
  worseSide: localized(said('export.fhir.code.worse-side')),
  ckd: localized(said('export.fhir.code.ckd')),
  dialysis: localized(said('export.fhir.code.dialysis')),
  pregnancy: localized(said('export.fhir.code.pregnancy')),
  antithrombotics: localized(said('export.fhir.code.antithrombotics')),
  childhoodOnset: localized(said('export.fhir.code.childhood-onset')),
  history: localized(said('export.fhir.code.history')),
  report: localized(said('export.fhir.code.report')),
  years: localized(said('export.fhir.code.years')),
} as const;

export const codeText = (t: string): CodeableConcept => ({ text: t });

export const category = (
  code: 'laboratory' | 'imaging' | 'exam' | 'social-history',
): CodeableConcept[] => [
  {
    coding: [
      {
        system: OBS_CATEGORY,
        code,
        display: {
          laboratory: 'Laboratory',
          imaging: 'Imaging',
          exam: 'Exam',
          'social-history': 'Social History',
        }[code],
      },
    ],
  },
];
