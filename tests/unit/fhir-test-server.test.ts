// @vitest-environment node
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminFhir,
  CLIENT_ID,
  createLaunch,
  setStandalonePatient,
  startTestFhirServer,
  type LaunchSpec,
  type TestFhirServer,
} from '../fhir-server/server';

/**
 * The record the browser tests launch from must behave like one, or the browser tests prove
 * nothing: its authorization fixture refuses what a SMART server refuses (no PKCE, a wrong
 * verifier, a wrong audience, a replayed code), its FHIR API wants a token and keeps to the
 * launch patient, and each variant (read-only, server error, dropped connection) does what it
 * says.
 */

let server: TestFhirServer;
const APP = 'http://127.0.0.1:4999';
const REDIRECT = `${APP}/launch/callback`;
let patient: string;

beforeAll(async () => {
  server = await startTestFhirServer();
  const r = await adminFhir<{ id: string }>(server.fhirBase, 'Patient', {
    method: 'POST',
    body: { resourceType: 'Patient', gender: 'female', birthDate: '1958-04-02' },
  });
  patient = r.body.id;
}, 60_000);

afterAll(() => server?.close());

const challengeOf = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

interface AuthorizeParams {
  launch?: string;
  scope?: string;
  aud?: string;
  verifier?: string;
  method?: string | null;
}

/** GET /authorize: where the fixture's page sends the browser back to. */
async function authorize(p: AuthorizeParams = {}): Promise<URL> {
  const q = new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT,
    scope:
      p.scope ?? `launch patient/Patient.r patient/Observation.crs patient/DiagnosticReport.cs`,
    state: 'st-1',
    aud: p.aud ?? server.fhirBase,
  });
  if (p.launch) q.set('launch', p.launch);
  if (p.method !== null) {
    q.set('code_challenge', challengeOf(p.verifier ?? 'v'.repeat(50)));
    q.set('code_challenge_method', p.method ?? 'S256');
  }
  const r = await fetch(`${server.origin}/auth/authorize?${q}`);
  expect(r.status).toBe(200);
  const to = /content="0;url=([^"]+)"/.exec(await r.text())?.[1] ?? '';
  return new URL(to.replace(/&amp;/g, '&').replace(/&quot;/g, '"'));
}

async function token(code: string, verifier: string, redirect = REDIRECT) {
  const r = await fetch(`${server.origin}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirect,
      client_id: CLIENT_ID,
      code_verifier: verifier,
    }),
  });
  return { status: r.status, body: (await r.json()) as Record<string, string> };
}

async function launchToken(spec: Partial<LaunchSpec> = {}) {
  const launch = await createLaunch(server.origin, { patient, ...spec });
  const verifier = randomBytes(40).toString('base64url');
  const back = await authorize({
    launch,
    verifier,
    scope:
      'launch patient/Patient.r patient/Observation.crs patient/Condition.crs patient/DiagnosticReport.cs patient/ServiceRequest.cs',
  });
  const t = await token(back.searchParams.get('code') ?? '', verifier);
  expect(t.status).toBe(200);
  return t.body;
}

const fhirAs = (tokenValue: string, path: string, init: RequestInit = {}) =>
  fetch(`${server.fhirBase}/${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${tokenValue}`,
      'content-type': 'application/fhir+json',
      origin: APP,
    },
  });

describe('the SMART authorization fixture', () => {
  it('publishes its endpoints and PKCE S256 at .well-known/smart-configuration, with CORS for the app', async () => {
    const r = await fetch(`${server.fhirBase}/.well-known/smart-configuration`, {
      headers: { origin: APP },
    });
    expect(r.headers.get('access-control-allow-origin')).toBe(APP);
    expect(await r.json()).toMatchObject({
      authorization_endpoint: `${server.origin}/auth/authorize`,
      token_endpoint: `${server.origin}/auth/token`,
      code_challenge_methods_supported: ['S256'],
    });
  });

  it('an EHR launch: code, then a token with the patient and the scope granted', async () => {
    const body = await launchToken();
    expect(body).toMatchObject({ token_type: 'Bearer', patient });
    expect(body.scope).toContain('patient/DiagnosticReport.cs');
  });

  it('refuses an authorization request without PKCE S256, with a wrong audience or an unknown launch', async () => {
    const launch = await createLaunch(server.origin, { patient });
    expect((await authorize({ launch, method: null })).searchParams.get('error')).toBe(
      'invalid_request',
    );
    expect((await authorize({ launch, method: 'plain' })).searchParams.get('error')).toBe(
      'invalid_request',
    );
    expect(
      (await authorize({ launch, aud: 'http://127.0.0.1:1/fhir' })).searchParams.get('error'),
    ).toBe('invalid_request');
    const unknown = await authorize({ launch: 'nope' });
    expect(unknown.searchParams.get('error_description')).toBe('unknown launch');
    expect(unknown.searchParams.get('state')).toBe('st-1');
  });

  it('refuses a token request whose PKCE verifier does not match, and a code used twice', async () => {
    const launch = await createLaunch(server.origin, { patient });
    const verifier = randomBytes(40).toString('base64url');
    const code = (await authorize({ launch, verifier })).searchParams.get('code') ?? '';
    expect((await token(code, `${verifier}x`)).status).toBe(400);
    // The code is spent even by a failed attempt.
    expect((await token(code, verifier)).body.error).toBe('invalid_grant');
  });

  it('a standalone launch picks the patient set for it', async () => {
    await setStandalonePatient(server.origin, { patient });
    const verifier = randomBytes(40).toString('base64url');
    const back = await authorize({ verifier, scope: 'launch/patient patient/Patient.r' });
    const t = await token(back.searchParams.get('code') ?? '', verifier);
    expect(t.body.patient).toBe(patient);
  });
});

describe('the FHIR API behind it', () => {
  it('wants a token, and keeps to the launch patient', async () => {
    expect((await fhirAs('nope', `Patient/${patient}`)).status).toBe(401);
    const t = await launchToken();
    expect((await fhirAs(t.access_token!, `Patient/${patient}`)).status).toBe(200);
    const other = await adminFhir<{ id: string }>(server.fhirBase, 'Patient', {
      method: 'POST',
      body: { resourceType: 'Patient' },
    });
    expect((await fhirAs(t.access_token!, `Patient/${other.body.id}`)).status).toBe(403);
    expect((await fhirAs(t.access_token!, `Observation?patient=${other.body.id}`)).status).toBe(
      403,
    );
  });

  const observation = () =>
    JSON.stringify({
      resourceType: 'Observation',
      status: 'final',
      code: { text: 'x' },
      subject: { reference: `Patient/${patient}` },
    });

  it('a read-only grant gets no write scope, and a write is refused', async () => {
    const t = await launchToken({ readOnly: true });
    expect(t.scope).not.toMatch(/\.c|\.cs|write/);
    expect(
      (await fhirAs(t.access_token!, 'Observation', { method: 'POST', body: observation() }))
        .status,
    ).toBe(403);
  });

  it('the server-error variant answers every write with 500 and an OperationOutcome', async () => {
    const t = await launchToken({ serverError: true });
    const r = await fhirAs(t.access_token!, 'Observation', { method: 'POST', body: observation() });
    expect(r.status).toBe(500);
    expect(((await r.json()) as { resourceType: string }).resourceType).toBe('OperationOutcome');
  });

  it('the dropped-connection variant commits the first write, then drops the answer', async () => {
    const t = await launchToken({ dropFirstWrite: true });
    const body = JSON.stringify({
      resourceType: 'Observation',
      status: 'final',
      identifier: [{ system: 'urn:test', value: 'dropped-once' }],
      code: { text: 'dropped-once' },
      subject: { reference: `Patient/${patient}` },
    });
    await expect(
      fhirAs(t.access_token!, 'Observation', { method: 'POST', body }),
    ).rejects.toThrow();
    const found = await adminFhir<{ entry?: unknown[] }>(
      server.fhirBase,
      `Observation?identifier=${encodeURIComponent('urn:test|dropped-once')}`,
    );
    expect(found.body.entry ?? []).toHaveLength(1);
    expect((await fhirAs(t.access_token!, 'Observation', { method: 'POST', body })).status).toBe(
      201,
    );
  });
});
