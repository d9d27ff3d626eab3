import type { CodeableConcept, Condition, DiagnosticReport } from '@medplum/fhirtypes';
import type { Conclusion } from '../../engine/types';
import type { LocalizedText } from '../../text';
import { localized, said } from '../../words';
import { APP_CODE_SYSTEM, ICD10 } from './codes';
import type { BundleContext, Entry } from './context';

const VER_STATUS = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';

/** What a Condition says about the lesion: bone (SCHO) or calcium (calcinosis cutis). */
type Concept = 'scho' | 'calcinosis-cutis';

/**
 * R4 condition-ver-status codes (required binding). `confirmed` only where the engine says
 * confirmed; `provisional` a tentative diagnosis; `differential` one of mutually exclusive
 * candidates; `unconfirmed` (their parent) where the engine names no tentative diagnosis.
 */
type VerificationStatus = 'confirmed' | 'provisional' | 'differential' | 'unconfirmed';

const STATUS_DISPLAY: Readonly<Record<VerificationStatus, string>> = {
  confirmed: 'Confirmed',
  provisional: 'Provisional',
  differential: 'Differential',
  unconfirmed: 'Unconfirmed',
};

/**
 * Each engine conclusion, written as the Condition(s) it claims. Stated once, here, with a test
 * per row (condition.test.ts):
 * - confirmed-scho: bone on biopsy, nothing unresolved: SCHO, confirmed (the only `confirmed`);
 * - probable-scho: bone on imaging, no biopsy: SCHO, provisional;
 * - calcification: calcium without bone (biopsy or imaging): calcinosis cutis, provisional — the
 *   engine itself says a biopsy samples a small piece and may miss bone, so never confirmed;
 * - findings-disagree: bone or calcium not settled: both, each a differential;
 * - atypical: the engine says consider alternatives: the suspected SCHO, unconfirmed;
 * - insufficient-data: nothing shown yet: the suspected SCHO, unconfirmed.
 */
export const CONCLUSION_CONDITIONS: Readonly<
  Record<Conclusion, readonly { readonly concept: Concept; readonly status: VerificationStatus }[]>
> = {
  'confirmed-scho': [{ concept: 'scho', status: 'confirmed' }],
  'probable-scho': [{ concept: 'scho', status: 'provisional' }],
  calcification: [{ concept: 'calcinosis-cutis', status: 'provisional' }],
  'findings-disagree': [
    { concept: 'scho', status: 'differential' },
    { concept: 'calcinosis-cutis', status: 'differential' },
  ],
  atypical: [{ concept: 'scho', status: 'unconfirmed' }],
  'insufficient-data': [{ concept: 'scho', status: 'unconfirmed' }],
};

/**
 * The codes of each concept. ICD-10 L94.2 "Calcinosis cutis" (WHO ICD-10, the same in
 * ICD-10-CM). WHO ICD-10 has no code for heterotopic ossification of the subcutis (M61 is
 * muscle), so SCHO carries the app's own code and its text. No SNOMED CT concept is given: the
 * candidates could not be checked against a SNOMED CT browser (see docs/integration/codes.md),
 * and an unchecked code is not used.
 */
const CONCEPTS: Readonly<
  Record<Concept, { readonly text: LocalizedText; readonly icd10?: string }>
> = {
  scho: {
    text: localized(said('export.fhir.condition.scho')),
  },
  'calcinosis-cutis': {
    text: localized(said('export.fhir.condition.calcinosis-cutis')),
    icd10: 'L94.2',
  },
};

const ICD10_DISPLAY: Readonly<Record<string, string>> = { 'L94.2': 'Calcinosis cutis' };

const LEG: Readonly<Record<'left' | 'right' | 'bilateral', LocalizedText>> = {
  left: localized(said('export.fhir.leg.left')),
  right: localized(said('export.fhir.leg.right')),
  bilateral: localized(said('export.fhir.leg.bilateral')),
};

function conceptCode(concept: Concept, ctx: BundleContext): CodeableConcept {
  const def = CONCEPTS[concept];
  const text = def.text[ctx.lang];
  return {
    coding: [
      { system: APP_CODE_SYSTEM, code: concept, display: def.text.en },
      ...(def.icd10
        ? [{ system: ICD10, code: def.icd10, display: ICD10_DISPLAY[def.icd10] ?? def.icd10 }]
        : []),
    ],
    text,
  };
}

/** The working conclusion as Condition(s), each pointing at the report it rests on. */
export function conditionEntries(ctx: BundleContext): Entry[] {
  const { a, c, lang } = ctx;
  const claims = CONCLUSION_CONDITIONS[a.interpretation.conclusion];
  const side = c.patient.laterality;
  return claims.map(({ concept, status }) => {
    const key = `condition-${concept}`;
    const condition: Condition = {
      resourceType: 'Condition',
      id: ctx.uuid(key),
      clinicalStatus: { coding: [{ system: CLINICAL, code: 'active', display: 'Active' }] },
      verificationStatus: {
        coding: [{ system: VER_STATUS, code: status, display: STATUS_DISPLAY[status] }],
      },
      category: [
        {
          coding: [
            { system: CATEGORY, code: 'encounter-diagnosis', display: 'Encounter Diagnosis' },
          ],
        },
      ],
      code: conceptCode(concept, ctx),
      ...(side ? { bodySite: [{ text: LEG[side][lang] }] } : {}),
      subject: ctx.subject,
      ...(c.patient.onsetDate ? { onsetDateTime: c.patient.onsetDate } : {}),
      recordedDate: a.asOf,
      evidence: [{ detail: [ctx.ref<DiagnosticReport>('report')] }],
      note: [{ text: a.interpretation.label[lang] }],
    };
    return { key, resource: condition };
  });
}
