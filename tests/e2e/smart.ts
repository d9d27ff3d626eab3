import type { Bundle, Resource } from '@medplum/fhirtypes';
import type { BrowserContext, Page } from '@playwright/test';
import { adminFhir, CLIENT_ID, createLaunch, type LaunchSpec } from '../fhir-server/server';
import { policyWithRecord } from '../../scripts/security-headers.mjs';
import { expect } from './fixtures';

/**
 * The launch tests' side of the hospital: the test health record started by fhir-setup.ts, the
 * registration file and the content-security policy a hospital's web team sets, and synthetic
 * patients written into the record by the tests themselves.
 */

export const FHIR_ORIGIN = process.env.E2E_FHIR_ORIGIN ?? '';
export const FHIR_BASE = process.env.E2E_FHIR_BASE ?? '';
export const STANDALONE_PATIENT = process.env.E2E_FHIR_STANDALONE_PATIENT ?? '';

/**
 * The policy the README asks a hospital to set when it launches the app from its record: the app's
 * own policy with that record (FHIR API and SMART endpoints) added to `connect-src`, nothing else.
 */
export const RECORD_CSP = FHIR_ORIGIN ? policyWithRecord(FHIR_ORIGIN) : '';

/**
 * Serve the app as a hospital would: `/smart-client.json` registers it with the test record, and
 * every page comes with the CSP above. Service workers are blocked in these tests (see the spec),
 * so every navigation passes through here.
 */
export async function asHospital(
  context: BrowserContext,
  baseURL: string | undefined,
): Promise<void> {
  const app = new URL(baseURL ?? '').origin;
  // A page the test fulfils (to add the CSP header) has no network address of its own, so
  // Chromium's Local Network Access counts it as public and would ask before it reaches the
  // loopback record; a hospital's pages and record share its network. Granted for the app only.
  await context.grantPermissions(['local-network-access'], { origin: app });
  await context.route(`${app}/smart-client.json`, (route) =>
    route.fulfill({ json: { clientId: CLIENT_ID, fhirServers: [FHIR_BASE] } }),
  );
  await context.route(
    (url) => url.origin === app,
    async (route) => {
      if (!route.request().isNavigationRequest()) return route.fallback();
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': RECORD_CSP },
      });
    },
  );
}

const TODAY = new Date().toISOString().slice(0, 10);

/** Whole years between a birth date and today, as the app counts them. */
export function ageOn(birth: string, today = TODAY): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export const SYNTHETIC = {
  family: 'Synthetic',
  given: 'Casey',
  birthDate: '1958-04-02',
  labDate: '2026-02-20',
  warfarinDate: '2025-11-20',
} as const;

const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const ATC = 'http://www.whocc.no/atc';
const PATIENT_URL = 'urn:uuid:0b7c1d1e-0000-4000-8000-000000000001';
const MEDICATION_URL = 'urn:uuid:0b7c1d1e-0000-4000-8000-0000000000ff';

const obs = (loinc: string, value: number, unit: string, date: string, flag?: string) => ({
  resourceType: 'Observation',
  status: 'final',
  category: [
    {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/observation-category',
          code: 'laboratory',
        },
      ],
    },
  ],
  code: { coding: [{ system: 'http://loinc.org', code: loinc }] },
  subject: { reference: PATIENT_URL },
  effectiveDateTime: `${date}T08:30:00Z`,
  valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
  ...(flag
    ? {
        interpretation: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
                code: flag,
              },
            ],
          },
        ],
      }
    : {}),
});

const cond = (system: string, code: string, text: string, extra: object = {}) => ({
  resourceType: 'Condition',
  code: { coding: [{ system, code }], text },
  subject: { reference: PATIENT_URL },
  ...extra,
});

/** A medication order for the synthetic patient, coded in the order or by a Medication. */
const medOrder = (
  medication: object,
  status: 'active' | 'stopped',
  authoredOn: string,
): Record<string, unknown> => ({
  resourceType: 'MedicationRequest',
  status,
  intent: 'order',
  subject: { reference: PATIENT_URL },
  authoredOn,
  ...medication,
});

/** The days before today, as a date (for statements whose age matters). */
const daysAgo = (days: number): string =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A LOINC 82810-3 pregnancy status, its SNOMED CT answer, for the synthetic patient. */
const pregnancyStatus = (answer: '77386006' | '60001007', text: string, date: string) => ({
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '82810-3' }], text: 'Pregnancy status' },
  subject: { reference: PATIENT_URL },
  effectiveDateTime: `${date}T10:00:00Z`,
  valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: answer }], text },
});

/** Write resources for one new patient in one transaction; returns the record's Patient id. */
async function writePatient(entries: Record<string, unknown>[]): Promise<string> {
  const bundle = {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: entries.map((resource, i) => ({
      fullUrl:
        resource.resourceType === 'Medication'
          ? MEDICATION_URL
          : `urn:uuid:0b7c1d1e-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      resource,
      request: { method: 'POST', url: resource.resourceType },
    })),
  };
  const r = await adminFhir<Bundle>(FHIR_BASE, '', { method: 'POST', body: bundle });
  expect(r.status).toBe(200);
  const location = r.body.entry?.[0]?.response?.location ?? '';
  return location.split('/')[1] ?? '';
}

/**
 * A younger synthetic patient (34) whose record says she is pregnant (three weeks ago), after an
 * older "not pregnant". Returns the record's Patient id.
 */
export async function seedPregnantPatient(): Promise<string> {
  return writePatient([
    {
      resourceType: 'Patient',
      name: [{ family: 'Synthetic', given: ['Robin'] }],
      gender: 'female',
      birthDate: `${new Date().getFullYear() - 35}-01-01`,
    },
    pregnancyStatus('60001007', 'Not pregnant', daysAgo(200)),
    pregnancyStatus('77386006', 'Pregnant', daysAgo(21)),
  ]);
}

/**
 * A synthetic patient with a venous history, a past DVT, kidney disease, the labs in both kinds
 * of unit, and her drugs: warfarin ordered (RxNorm), clopidogrel ordered through a Medication
 * (ATC), and apixaban stopped. Written to the record in one transaction. Returns the record's
 * Patient id.
 */
export async function seedPatient(): Promise<string> {
  const entries = [
    {
      resourceType: 'Patient',
      name: [{ family: SYNTHETIC.family, given: [SYNTHETIC.given] }],
      gender: 'female',
      birthDate: SYNTHETIC.birthDate,
    },
    cond('http://hl7.org/fhir/sid/icd-10', 'I87.2', 'Chronic venous insufficiency', {
      onsetDateTime: '2011-06-01',
    }),
    cond('http://snomed.info/sct', '72866009', 'Varicose veins of lower extremity', {
      onsetDateTime: '2004-03-01',
    }),
    cond('http://snomed.info/sct', '128053003', 'Deep venous thrombosis', {
      clinicalStatus: {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
            code: 'resolved',
          },
        ],
      },
      onsetDateTime: '2019-10-12',
    }),
    cond('http://hl7.org/fhir/sid/icd-10', 'N18.3', 'Chronic kidney disease, stage 3', {
      recordedDate: '2022-01-15',
    }),
    obs('2000-8', 2.32, 'mmol/L', SYNTHETIC.labDate, 'N'),
    obs('2777-1', 3.4, 'mg/dL', SYNTHETIC.labDate),
    obs('2731-8', 41, 'ng/L', SYNTHETIC.labDate),
    obs('14682-9', 88, 'umol/L', SYNTHETIC.labDate, 'N'),
    obs('6768-6', 70, 'U/L', '2026-02-18'),
    {
      resourceType: 'Medication',
      code: { coding: [{ system: ATC, code: 'B01AC04' }], text: 'Clopidogrel 75 mg tablet' },
    },
    medOrder(
      {
        medicationCodeableConcept: {
          coding: [{ system: RXNORM, code: '11289' }],
          text: 'Warfarin',
        },
      },
      'active',
      SYNTHETIC.warfarinDate,
    ),
    medOrder({ medicationReference: { reference: MEDICATION_URL } }, 'active', '2025-06-02'),
    medOrder(
      {
        medicationCodeableConcept: {
          coding: [{ system: RXNORM, code: '1364430' }],
          text: 'Apixaban',
        },
      },
      'stopped',
      '2023-03-01',
    ),
  ];
  return writePatient(entries);
}

/** Open the app from the record for this patient, as the EHR does (an EHR launch). */
export async function ehrLaunch(page: Page, spec: LaunchSpec): Promise<void> {
  const launch = await createLaunch(FHIR_ORIGIN, spec);
  await page.goto(`/launch?iss=${encodeURIComponent(FHIR_BASE)}&launch=${launch}`);
}

/** Search the record as an administrator. */
export async function searchRecord<T extends Resource>(query: string): Promise<T[]> {
  const r = await adminFhir<Bundle>(FHIR_BASE, query);
  expect(r.status, query).toBe(200);
  return (r.body.entry ?? []).map((e) => e.resource as T);
}
