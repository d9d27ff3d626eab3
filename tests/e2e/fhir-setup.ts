import { adminFhir, setStandalonePatient, startTestFhirServer } from '../fhir-server/server';

/**
 * Starts the test health record (tests/fhir-server) for the whole run and stops it at the end:
 * a real FHIR engine with a SMART authorization fixture on loopback. E2E_FHIR_PORT picks its port
 * (any free one by default). Workers find it in E2E_FHIR_ORIGIN and E2E_FHIR_BASE; the patient a
 * standalone launch picks is seeded here (E2E_FHIR_STANDALONE_PATIENT).
 */
export default async function fhirSetup(): Promise<() => Promise<void>> {
  const server = await startTestFhirServer({ port: Number(process.env.E2E_FHIR_PORT ?? 0) });
  process.env.E2E_FHIR_ORIGIN = server.origin;
  process.env.E2E_FHIR_BASE = server.fhirBase;
  const created = await adminFhir<{ id: string }>(server.fhirBase, 'Patient', {
    method: 'POST',
    body: {
      resourceType: 'Patient',
      name: [{ family: 'Standalone', given: ['Test'] }],
      gender: 'female',
      birthDate: '1951-07-19',
    },
  });
  process.env.E2E_FHIR_STANDALONE_PATIENT = created.body.id;
  await setStandalonePatient(server.origin, { patient: created.body.id });
  return () => server.close();
}
