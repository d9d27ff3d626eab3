import { readFileSync } from 'node:fs';
import type { Bundle, DiagnosticReport, Resource } from '@medplum/fhirtypes';
import type { Page } from '@playwright/test';
import { adminFhir } from '../fhir-server/server';
import { axeCheck, expect, noSideScroll, test } from './fixtures';
import { expectSaved, rawStorage } from './storage';
import {
  ageOn,
  asHospital,
  ehrLaunch,
  FHIR_BASE,
  FHIR_ORIGIN,
  RECORD_CSP,
  searchRecord,
  seedPatient,
  seedPregnantPatient,
  STANDALONE_PATIENT,
  SYNTHETIC,
} from './smart';

/**
 * Opening the app from a health record (SMART App Launch 2, against the real FHIR engine of
 * tests/fhir-server): the record read into a new case with every value's source, the case checked
 * and created, the report filed back as one transaction and found in the record; and each way
 * filing can fail (no write permission, a server error, a dropped connection), told to the
 * clinician with the report to download, never filed twice. The app runs with the CSP a hospital
 * sets (connect-src: itself and its record); the network fixture still fails the test on any
 * request to another host. Service workers are blocked so every page gets that CSP header.
 */

test.use({
  serviceWorkers: 'block',
  allowedOrigins: [FHIR_ORIGIN],
  contentSecurityPolicy: RECORD_CSP,
});

const REPORT_CODE = 'urn:scho-workup:code|scho-workup-report';

test.beforeEach(async ({ context, baseURL }) => {
  await asHospital(context, baseURL);
});

/** Check the read-in page, create the case; returns the case id. */
async function createFromRecord(page: Page): Promise<string> {
  await expect(
    page.getByRole('heading', { level: 1, name: 'New case from the health record' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Create the case' }).click();
  await expect(page).toHaveURL(/\/cases\/[^/]+\/patient$/);
  return decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
}

/** From the case's summary to the filing page. */
async function openFiling(page: Page, caseId: string) {
  await page.goto(`/cases/${encodeURIComponent(caseId)}/summary`);
  await page.getByRole('link', { name: 'Check and file the report in the record' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'File the report in the health record' }),
  ).toBeVisible();
}

const reportsOf = (patient: string) =>
  searchRecord<DiagnosticReport>(
    `DiagnosticReport?patient=Patient/${patient}&code=${encodeURIComponent(REPORT_CODE)}`,
  );

/** Every `reference` inside a resource. */
function referencesIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => referencesIn(n, out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === 'reference' && typeof v === 'string') out.push(v);
      else referencesIn(v, out);
    }
  return out;
}

test('EHR launch: the record read into a new case, the case created, the report filed and found in the record', async ({
  page,
  network,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const patient = await seedPatient();
  await ehrLaunch(page, { patient });
  await expect(
    page.getByRole('heading', { level: 1, name: 'New case from the health record' }),
  ).toBeVisible();

  // Which patient this is (the record asks for a banner); the label is pseudonymous.
  await expect(page.getByText(`${SYNTHETIC.given} ${SYNTHETIC.family}`)).toBeVisible();
  const label = page.getByLabel('Case label');
  await expect(label).toHaveValue(/^From the record, /);
  await expect(label).not.toHaveValue(new RegExp(SYNTHETIC.family));

  // Each value filled, with where it came from.
  await expect(page.getByLabel('Age (years)')).toHaveValue(String(ageOn(SYNTHETIC.birthDate)));
  await expect(page.getByLabel('Sex')).toHaveValue('female');
  await expect(page.getByLabel('Years with chronic venous insufficiency')).toHaveValue(/^1\d$/);
  await expect(page.getByLabel('Prior deep vein thrombosis')).toHaveValue('yes');
  await expect(page.getByLabel('Chronic kidney disease (KDIGO GFR category)')).toHaveValue(
    'stage-unknown',
  );
  await expect(
    page.getByText(/Recorded as stage 3, which KDIGO splits into G3a and G3b/),
  ).toBeVisible();
  // The drugs: warfarin ordered (RxNorm), clopidogrel through its Medication (ATC), each with
  // its source; the stopped apixaban shown, not filled.
  await expect(
    page.getByRole('checkbox', { name: 'Vitamin K antagonist (warfarin, acenocoumarol)' }),
  ).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Antiplatelet drug (aspirin, clopidogrel)' }),
  ).toBeChecked();
  await expect(
    page.getByRole('checkbox', { name: 'Other anticoagulant (DOAC, heparin)' }),
  ).not.toBeChecked();
  await expect(
    page.getByText('Source: Medication order (MedicationRequest) “Warfarin”, 20 Nov 2025.'),
  ).toBeVisible();
  await expect(
    page.getByText(
      'Source: Medication order (MedicationRequest) “Clopidogrel 75 mg tablet”, 2 Jun 2025.',
    ),
  ).toBeVisible();
  await expect(page.getByText(/Recorded as stopped: not read as a current drug/)).toBeVisible();
  // Not asked at her age: no pregnancy field.
  await expect(page.getByLabel('Pregnancy status')).toHaveCount(0);
  await expect(page.getByLabel('Calcium: value')).toHaveValue('2.32');
  await expect(page.getByLabel('Calcium: unit')).toHaveValue('mmol/L');
  await expect(page.getByLabel('PTH: unit')).toHaveValue('pg/mL');
  await expect(page.getByText('Recorded as 41 ng/L, read as 41 pg/mL.')).toBeVisible();
  await expect(
    page.getByText(/Source: Condition “Chronic venous insufficiency”, 1 Jun 2011\./),
  ).toBeVisible();
  await expect(
    page.getByText(/Source: the birth date in the record \(Patient\), as whole years today/),
  ).toBeVisible();
  await expect(
    page.getByText(/Varicose veins are not counted as chronic venous insufficiency/),
  ).toBeVisible();
  await axeCheck(page, 'launch: new case from the record');
  await noSideScroll(page, 'launch: new case from the record');

  // A value can be changed, through the same checks as typed input.
  const age = page.getByLabel('Age (years)');
  await age.fill('200');
  await expect(page.getByText(/Must be 120 or less/)).toBeVisible();
  await age.fill('67');
  await expect(page.getByText(/Must be 120 or less/)).toHaveCount(0);
  await label.fill('Bed 4, left leg');

  const caseId = await createFromRecord(page);
  await expect(page.getByLabel('Age (years)')).toHaveValue('67');

  // The device keeps a pseudonymous case: no name, no birth date, no record id, no token.
  await expectSaved(page);
  const saved = await rawStorage(page);
  expect(saved).toContain('Bed 4, left leg');
  for (const secret of [SYNTHETIC.family, SYNTHETIC.given, SYNTHETIC.birthDate, patient, FHIR_BASE])
    expect(saved).not.toContain(secret);

  await openFiling(page, caseId);
  await expect(page.getByText(`${SYNTHETIC.given} ${SYNTHETIC.family}`)).toBeVisible();
  await expect(
    page.getByText(/results already in the record, pointed at rather than filed again/),
  ).toBeVisible();
  await axeCheck(page, 'launch: file the report');
  await noSideScroll(page, 'launch: file the report');
  await page.getByRole('button', { name: 'File in the record' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Filed in the record: \d+ new entr/ }),
  ).toBeVisible();

  // The record has the report, found by patient and code, and every reference in it resolves.
  const reports = await reportsOf(patient);
  expect(reports).toHaveLength(1);
  const report = reports[0]!;
  expect(report.subject?.reference).toBe(`Patient/${patient}`);
  expect(report.category?.map((c) => c.coding?.[0]?.code)).toEqual(['LAB']);
  const filed: Resource[] = [report];
  for (const type of ['Condition', 'ServiceRequest'])
    filed.push(...(await searchRecord(`${type}?patient=Patient/${patient}`)));
  for (const r of filed)
    for (const ref of referencesIn(r)) {
      const got = await adminFhir(FHIR_BASE, ref);
      expect(got.status, `${r.resourceType} → ${ref}`).toBe(200);
    }
  // The record's own lab results were pointed at, not filed a second time.
  expect(
    await searchRecord(`Observation?patient=Patient/${patient}&code=http://loinc.org|2000-8`),
  ).toHaveLength(1);

  // Only the app itself and the launching record were ever contacted.
  const hosts = new Set(network.requests.map((u) => new URL(u).origin).filter((o) => o !== 'null'));
  expect([...hosts].sort()).toEqual([new URL(baseURL ?? '').origin, FHIR_ORIGIN].sort());
});

test('EHR launch: a recent "pregnant" in the record is filled with its source, an older "not pregnant" is listed', async ({
  page,
}) => {
  const patient = await seedPregnantPatient();
  await ehrLaunch(page, { patient });
  await expect(
    page.getByRole('heading', { level: 1, name: 'New case from the health record' }),
  ).toBeVisible();
  await expect(page.getByLabel('Pregnancy status')).toHaveValue('pregnant');
  await expect(
    page.getByText(/^Source: Observation “Pregnant”, \d{1,2} \w{3} \d{4}\.$/),
  ).toBeVisible();
  await expect(
    page.getByText('Recorded before today: confirm she is still pregnant.'),
  ).toBeVisible();
  await expect(page.getByText(/A later pregnancy status is recorded/)).toBeVisible();
  // No drug in the record: the question stays open, never "none".
  await expect(page.getByRole('checkbox', { name: 'None' })).toHaveCount(0);
  await createFromRecord(page);
  // On the case's history the answer is one of a row of choices.
  await expect(
    page
      .getByRole('group', { name: 'Pregnancy status', exact: true })
      .getByRole('radio', { name: 'Pregnant', exact: true }),
  ).toBeChecked();
});

test('standalone launch: the app starts the sign-in, and the record picks the patient', async ({
  page,
}) => {
  await page.goto(`/launch?iss=${encodeURIComponent(FHIR_BASE)}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'New case from the health record' }),
  ).toBeVisible();
  await expect(page.getByText('Test Standalone')).toBeVisible();
  await expect(page.getByLabel('Age (years)')).toHaveValue(String(ageOn('1951-07-19')));
  await expect(
    page.getByText('The record held nothing this case can be filled in with.'),
  ).toHaveCount(0);
  const caseId = await createFromRecord(page);
  expect(caseId).not.toBe(STANDALONE_PATIENT);
});

test('a sign-in without write permission: the clinician is told, and gets the report to download', async ({
  page,
}) => {
  const patient = await seedPatient();
  await ehrLaunch(page, { patient, readOnly: true });
  const caseId = await createFromRecord(page);
  await openFiling(page, caseId);
  await page.getByRole('button', { name: 'File in the record' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'This sign-in does not allow filing reports: the record granted no permission to create DiagnosticReport, Observation, Condition, ServiceRequest.',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the report (FHIR, .json)' }).click(),
  ]);
  const bundle = JSON.parse(readFileSync(await download.path(), 'utf8')) as Bundle;
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'transaction' });
  expect(bundle.entry?.[0]?.resource?.resourceType).toBe('DiagnosticReport');
  expect(await reportsOf(patient)).toHaveLength(0);
  // The case is still on the device.
  await page.goto(`/cases/${encodeURIComponent(caseId)}/summary`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test.describe('when the record answers with an error', () => {
  test.use({
    allowedConsoleErrors: [/^Failed to load resource: the server responded with a status of 500/],
  });

  test('a server error: told what happened, nothing filed, the report to download and a retry', async ({
    page,
  }) => {
    const patient = await seedPatient();
    await ehrLaunch(page, { patient, serverError: true });
    const caseId = await createFromRecord(page);
    await openFiling(page, caseId);
    await page.getByRole('button', { name: 'File in the record' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'The record refused the report (HTTP 500: the record could not store this). Nothing was filed.',
    );
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the report (FHIR, .json)' }).click(),
    ]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toMatchObject({
      type: 'transaction',
    });
    expect(await reportsOf(patient)).toHaveLength(0);
  });
});

test.describe('when the connection drops', () => {
  // Chromium reports a loopback request that died unanswered as a failed (or, under its Local
  // Network Access checks, a refused) request.
  test.use({
    allowedConsoleErrors: [
      /^(Failed to load resource: net::ERR_(EMPTY_RESPONSE|FAILED)|Access to fetch at '[^']+\/fhir\/' from origin '[^']+' has been blocked by CORS policy: Permission was denied for this request to access the `loopback` address space)/,
    ],
  });

  test('a connection dropped mid-write: told it may have arrived; the retry files nothing twice', async ({
    page,
  }) => {
    const patient = await seedPatient();
    await ehrLaunch(page, { patient, dropFirstWrite: true });
    const caseId = await createFromRecord(page);
    await openFiling(page, caseId);
    await page.getByRole('button', { name: 'File in the record' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'The connection dropped before the record answered: the report may or may not have arrived.',
    );
    // The first send was committed by the record: one report is there already.
    expect(await reportsOf(patient)).toHaveLength(1);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Already in the record' }),
    ).toContainText('nothing was filed twice');
    expect(await reportsOf(patient)).toHaveLength(1);
    for (const type of ['Condition', 'ServiceRequest', 'Observation']) {
      const all = await searchRecord(`${type}?patient=Patient/${patient}`);
      const ids = all.flatMap((r) =>
        ((r as { identifier?: { system?: string; value?: string }[] }).identifier ?? [])
          .filter((i) => i.system === 'urn:scho-workup:write-back')
          .map((i) => i.value),
      );
      expect(new Set(ids).size, `${type} filed once each`).toBe(ids.length);
    }
  });
});

test.describe('the hospital’s set-up', () => {
  test.use({
    allowedConsoleErrors: [
      // One pattern: Playwright reads a two-element array here as [value, options]. It holds
      // the violation this test provokes on purpose (the fixture reports every violation) and
      // the browser's own messages for it.
      /^(content-security-policy violation: connect-src blocked http:\/\/127\.0\.0\.1:9\/ |Connecting to 'http:\/\/127\.0\.0\.1:9\/' violates the following Content Security Policy directive|Fetch API cannot load http:\/\/127\.0\.0\.1:9\/\. Refused to connect because it violates|Failed to load resource: the server responded with a status of 404)/,
    ],
  });

  test.describe(() => {
    // The one violation this test provokes on purpose, as the fixture's listener and the
    // browser report it (nothing else is allowed).
    test.use({
      // One pattern, as csp.spec.ts does: Playwright may read an array here as [value, options].
      allowedConsoleErrors: [
        new RegExp(
          [
            /^content-security-policy violation: connect-src blocked http:\/\/127\.0\.0\.1:9\//,
            /^Connecting to 'http:\/\/127\.0\.0\.1:9\/' violates the following Content Security Policy directive/,
            /^Fetch API cannot load http:\/\/127\.0\.0\.1:9\/\. Refused to connect because it violates the document's Content Security Policy/,
          ]
            .map((re) => re.source)
            .join('|'),
        ),
      ],
    });
    test('the content-security policy lets the app reach its record and no other host', async ({
      page,
    }) => {
      await ehrLaunch(page, { patient: await seedPatient() });
      await expect(
        page.getByRole('heading', { level: 1, name: 'New case from the health record' }),
      ).toBeVisible();
      const elsewhere = await page.evaluate(async () => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
        );
        const outcome = await fetch('http://127.0.0.1:9/').then(
          () => 'reached',
          () => 'refused',
        );
        await new Promise((r) => setTimeout(r, 100));
        return { outcome, violations };
      });
      // Refused by the policy itself, before any request left the page.
      expect(elsewhere).toEqual({
        outcome: 'refused',
        violations: ['connect-src http://127.0.0.1:9/'],
      });
    });
  });

  test('an installation not registered, or a record it does not serve, says so and touches nothing', async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto(`/launch?iss=${encodeURIComponent('http://127.0.0.1:1/fhir')}&launch=x`);
    await expect(page.getByRole('alert')).toHaveText(
      'This installation is not set up for the health record at http://127.0.0.1:1/fhir.',
    );
    await axeCheck(page, 'launch: not set up for this record');
    // No registration file at all (a later route wins over the one asHospital set).
    await context.route(`${new URL(baseURL ?? '').origin}/smart-client.json`, (route) =>
      route.fulfill({ status: 404, body: 'not found' }),
    );
    await page.goto(`/launch?iss=${encodeURIComponent(FHIR_BASE)}&launch=x`);
    await expect(page.getByRole('alert')).toContainText(
      'This installation is not set up to open from a health record.',
    );
    await page.getByRole('link', { name: 'Go to the cases' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  });
});
