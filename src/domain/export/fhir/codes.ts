import type { CodeableConcept, Coding } from '@medplum/fhirtypes';
import { LAB_ANALYTES, type LabAnalyte } from '../../case/schema';
import { unitsOf } from '../../modalities/labs/analytes';

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
  ageBracket: { en: 'Age bracket', es: 'Franja de edad' },
  obesity: { en: 'Obesity', es: 'Obesidad' },
  cviYears: {
    en: 'Duration of chronic venous insufficiency',
    es: 'Duración de la insuficiencia venosa crónica',
  },
  longStandingCvi: {
    en: 'Long-standing chronic venous insufficiency (clinician judgement)',
    es: 'Insuficiencia venosa crónica de larga evolución (juicio clínico)',
  },
  ceap: { en: 'CEAP clinical class', es: 'Clase clínica CEAP' },
  priorDvt: { en: 'Prior deep vein thrombosis', es: 'Trombosis venosa profunda previa' },
  immobility: { en: 'Immobility', es: 'Inmovilidad' },
  onset: { en: 'Onset of hardening of the legs', es: 'Inicio del endurecimiento de las piernas' },
  laterality: { en: 'Legs affected', es: 'Piernas afectadas' },
  lowerThird: {
    en: 'Lower third of the leg affected',
    es: 'Afectación del tercio inferior de la pierna',
  },
  posteriorLateral: {
    en: 'Posterior or lateral aspect affected',
    es: 'Afectación de la cara posterior o lateral',
  },
  pain: { en: 'Pain', es: 'Dolor' },
  skin: { en: 'Skin over the plaques', es: 'Piel sobre las placas' },
  worseSide: { en: 'Worse leg', es: 'Pierna más afectada' },
  ckd: {
    en: 'Chronic kidney disease (KDIGO GFR category)',
    es: 'Enfermedad renal crónica (categoría de FG de KDIGO)',
  },
  dialysis: { en: 'Dialysis', es: 'Diálisis' },
  pregnancy: { en: 'Pregnancy status', es: 'Estado de embarazo' },
  antithrombotics: {
    en: 'Anticoagulant or antiplatelet therapy',
    es: 'Tratamiento anticoagulante o antiagregante',
  },
  childhoodOnset: { en: 'Lesions since childhood', es: 'Lesiones desde la infancia' },
  history: { en: 'History (free text)', es: 'Antecedentes (texto libre)' },
  lab: { en: '{analyte}, serum or plasma', es: '{analyte} en suero o plasma' },
  report: {
    en: 'Workup (labs, imaging, biopsy) for suspected subcutaneous heterotopic ossification of the legs',
    es: 'Estudio (analítica, imagen, biopsia) ante sospecha de osificación heterotópica subcutánea de las piernas',
  },
  engine: { en: 'Engine version {version}', es: 'Versión del motor {version}' },
  years: { en: 'years', es: 'años' },
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
