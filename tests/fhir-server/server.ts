import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Bundle, OperationOutcome, Resource } from '@medplum/fhirtypes';
import { createFhirEngine } from './engine';

/**
 * The health record the browser tests launch the app from: a real FHIR engine (Medplum's router
 * and in-memory repository, engine.ts) behind a small HTTP host on loopback, with a SMART App
 * Launch 2 authorization fixture in front of it:
 *
 * - `GET  /fhir/.well-known/smart-configuration`: discovery (PKCE S256 only);
 * - `GET  /auth/authorize`: checks the request (client, redirect URI, audience, PKCE challenge,
 *   state, a launch the EHR created or a standalone patient) and auto-approves: sends the browser
 *   back with a one-time code carrying the launch context;
 * - `POST /auth/token`: checks the code, the redirect URI and the PKCE verifier (S256), and
 *   returns the access token, the patient and the granted scope;
 * - `/fhir/*`: the FHIR API, for a valid bearer token only, limited to the token's patient (and
 *   the Medication resources a granted `patient/Medication.r` lets it read by id), with writes
 *   only where the scope allows them; CORS for the app's loopback origin. Medplum's in-memory
 *   search ignores `_include`, so the app reads each Medication it needs by id, as it must on
 *   any server that ignores `_include`.
 *
 * Variants, set per launch: a read-only grant; a server error on every write; a connection that
 * drops after the first write was committed, before any answer. Tests drive it through
 * `/_test/*` (the test process only: no CORS, so no page can) and read the record as an
 * administrator with `ADMIN_TOKEN`.
 */

export const CLIENT_ID = 'scho-workup';
const ADMIN_TOKEN = 'test-admin-token';

export interface LaunchSpec {
  readonly patient: string;
  /** Grant only the read scopes, whatever the app asks for. */
  readonly readOnly?: boolean;
  /** Every write is answered with HTTP 500 and an OperationOutcome. */
  readonly serverError?: boolean;
  /** The first write is committed, then the connection is dropped without an answer. */
  readonly dropFirstWrite?: boolean;
}

interface Grant extends LaunchSpec {
  readonly scope: string;
}

interface PendingCode extends Grant {
  readonly redirectUri: string;
  readonly challenge: string;
  readonly expires: number;
}

export interface TestFhirServer {
  /** http://127.0.0.1:port */
  readonly origin: string;
  /** The FHIR base URL (the `iss` of a launch). */
  readonly fhirBase: string;
  close(): Promise<void>;
}

const FHIR_JSON = 'application/fhir+json';

type IssueCode = OperationOutcome['issue'][number]['code'];
const outcome = (code: IssueCode, text: string): OperationOutcome => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code, diagnostics: text }],
});

const isLoopbackOrigin = (origin: string | undefined) =>
  !!origin && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin);

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const s256 = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

/** Scopes that let the holder change data (v2 c/u/d, v1 write or *). */
const isWriteScope = (s: string) => {
  const m = /^(patient|user)\/[^.]+\.([A-Za-z*]+)$/.exec(s);
  return !!m && /[cud]|write|\*/.test(m[2] ?? '');
};

/** May this grant create resources of this type? */
function grantsCreate(scope: string, type: string): boolean {
  return scope.split(' ').some((s) => {
    const m = /^(patient|user)\/([A-Za-z]+|\*)\.([A-Za-z*]+)$/.exec(s);
    return !!m && (m[2] === type || m[2] === '*') && /c|write|\*/.test(m[3] ?? '');
  });
}

export async function startTestFhirServer(
  opts: { port?: number; host?: string } = {},
): Promise<TestFhirServer> {
  const engine = await createFhirEngine();
  const host = opts.host ?? '127.0.0.1';
  const launches = new Map<string, LaunchSpec>();
  const codes = new Map<string, PendingCode>();
  const tokens = new Map<string, Grant & { writes: number }>();
  let standalone: LaunchSpec | undefined;
  let origin = '';
  const fhirBase = () => `${origin}/fhir`;

  const send = (
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      'content-type': FHIR_JSON,
      'cache-control': 'no-store',
      // A fresh connection per request: Chromium silently resends a request whose reused
      // connection closes unanswered, which would hide the dropped-connection variant.
      connection: 'close',
      ...headers,
    });
    res.end(JSON.stringify(body));
  };

  /**
   * Back to the app. A page that moves on by itself (as a consent page would once approved)
   * rather than an HTTP redirect: the browser tests add the hospital's CSP header to each page of
   * the app as it loads, and a redirect's target cannot be intercepted that way.
   */
  const sendBack = (res: ServerResponse, to: URL) => {
    const href = to.href.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'close',
    });
    res.end(
      `<!doctype html><html lang="en"><head><meta http-equiv="refresh" content="0;url=${href}"><title>Signing in</title></head><body><p><a href="${href}">Continue</a></p></body></html>`,
    );
  };

  /** Back to the app with an OAuth error, as RFC 6749 says, when the redirect URI is known. */
  const authorizeError = (
    res: ServerResponse,
    redirect: string | null,
    state: string | null,
    error: string,
    description: string,
  ) => {
    if (!redirect) return send(res, 400, { error, error_description: description });
    const to = new URL(redirect);
    to.searchParams.set('error', error);
    to.searchParams.set('error_description', description);
    if (state) to.searchParams.set('state', state);
    sendBack(res, to);
  };

  function authorize(url: URL, res: ServerResponse) {
    const q = url.searchParams;
    const redirect = q.get('redirect_uri');
    const state = q.get('state');
    let redirectOk = false;
    try {
      const r = new URL(redirect ?? '');
      redirectOk = isLoopbackOrigin(r.origin) && r.pathname === '/launch/callback';
    } catch {
      redirectOk = false;
    }
    if (!redirectOk) return authorizeError(res, null, state, 'invalid_request', 'redirect_uri');
    const fail = (error: string, d: string) => authorizeError(res, redirect, state, error, d);
    if (q.get('client_id') !== CLIENT_ID) return fail('unauthorized_client', 'unknown client_id');
    if (q.get('response_type') !== 'code') return fail('unsupported_response_type', 'code only');
    if (q.get('aud') !== fhirBase()) return fail('invalid_request', 'aud must be the FHIR base');
    if (!state) return fail('invalid_request', 'state is required');
    if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge'))
      return fail('invalid_request', 'PKCE with S256 is required');
    const requested = (q.get('scope') ?? '').split(' ').filter(Boolean);
    let spec: LaunchSpec | undefined;
    if (requested.includes('launch')) {
      spec = launches.get(q.get('launch') ?? '');
      if (!spec) return fail('invalid_request', 'unknown launch');
    } else if (requested.includes('launch/patient')) {
      spec = standalone;
      if (!spec) return fail('access_denied', 'no patient chosen');
    } else return fail('invalid_scope', 'launch or launch/patient is required');
    const granted = requested.filter((s) => !(spec.readOnly && isWriteScope(s)));
    const code = randomBytes(16).toString('base64url');
    codes.set(code, {
      ...spec,
      scope: granted.join(' '),
      redirectUri: redirect as string,
      challenge: q.get('code_challenge') as string,
      expires: Date.now() + 60_000,
    });
    const to = new URL(redirect as string);
    to.searchParams.set('code', code);
    to.searchParams.set('state', state);
    sendBack(res, to);
  }

  async function token(req: IncomingMessage, res: ServerResponse, cors: Record<string, string>) {
    const form = new URLSearchParams(await readBody(req));
    const err = (error: string, d: string) => send(res, 400, { error, error_description: d }, cors);
    if (form.get('grant_type') !== 'authorization_code')
      return err('unsupported_grant_type', 'authorization_code only');
    const pending = codes.get(form.get('code') ?? '');
    codes.delete(form.get('code') ?? ''); // one use only
    if (!pending || pending.expires < Date.now()) return err('invalid_grant', 'unknown code');
    if (form.get('client_id') !== CLIENT_ID) return err('invalid_client', 'client_id');
    if (form.get('redirect_uri') !== pending.redirectUri)
      return err('invalid_grant', 'redirect_uri differs');
    const verifier = form.get('code_verifier');
    if (!verifier || s256(verifier) !== pending.challenge)
      return err('invalid_grant', 'PKCE verifier does not match');
    const accessToken = randomBytes(24).toString('base64url');
    tokens.set(accessToken, {
      patient: pending.patient,
      scope: pending.scope,
      readOnly: pending.readOnly ?? false,
      serverError: pending.serverError ?? false,
      dropFirstWrite: pending.dropFirstWrite ?? false,
      writes: 0,
    });
    send(
      res,
      200,
      {
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: 3600,
        scope: pending.scope,
        patient: pending.patient,
        need_patient_banner: true,
      },
      { ...cors, 'content-type': 'application/json' },
    );
  }

  /**
   * Is this read or search within the token's patient? A Medication (a drug, outside any
   * patient's compartment) may be read by id when the grant includes reading Medication.
   */
  function inCompartment(path: string, params: URLSearchParams, grant: Grant): boolean {
    const patient = grant.patient;
    const [type, id] = path.split('/');
    if (type === 'Patient') return id === patient || params.get('_id') === patient;
    if (type === 'Medication')
      return (
        !!id &&
        grant.scope
          .split(' ')
          .some((s) => /^(patient|user)\/(Medication|\*)\.(c?r|read|\*)/.test(s))
      );
    const p = params.get('patient') ?? params.get('subject');
    return p === patient || p === `Patient/${patient}`;
  }

  async function fhir(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    cors: Record<string, string>,
  ) {
    const path = url.pathname.slice('/fhir/'.length).replace(/\/$/, '');
    const auth = req.headers.authorization ?? '';
    const bearer = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    const admin = bearer === ADMIN_TOKEN;
    const grant = tokens.get(bearer);
    if (!admin && !grant)
      return send(res, 401, outcome('security', 'a valid bearer token is required'), {
        ...cors,
        'www-authenticate': 'Bearer',
      });
    const method = (req.method ?? 'GET') as 'GET' | 'POST' | 'PUT' | 'DELETE';
    const body =
      method === 'POST' || method === 'PUT' ? JSON.parse(await readBody(req)) : undefined;
    if (grant && method === 'GET' && !inCompartment(path, url.searchParams, grant))
      return send(res, 403, outcome('forbidden', 'outside the launch patient'), cors);
    if (grant && method !== 'GET') {
      const entries =
        path === '' ? ((body as Bundle).entry ?? []).map((e) => e.resource as Resource) : [body];
      const denied = entries.find((r) => !r || !grantsCreate(grant.scope, r.resourceType));
      if (denied)
        return send(
          res,
          403,
          outcome('forbidden', `the token may not create ${denied?.resourceType ?? 'this'}`),
          cors,
        );
      if (grant.serverError)
        return send(res, 500, outcome('exception', 'the record could not store this'), cors);
    }
    const result = await engine.handle(method, `${path}${url.search}`, body);
    if (grant && method !== 'GET') {
      grant.writes += 1;
      if (grant.dropFirstWrite && grant.writes === 1) {
        // Committed, but the answer never arrives.
        req.socket.destroy();
        return;
      }
    }
    send(res, result.status, result.body, cors);
  }

  async function control(req: IncomingMessage, res: ServerResponse, url: URL) {
    const body = req.method === 'POST' ? JSON.parse((await readBody(req)) || '{}') : {};
    if (url.pathname === '/_test/launch') {
      const launch = randomBytes(12).toString('base64url');
      launches.set(launch, body as LaunchSpec);
      return send(res, 200, { launch });
    }
    if (url.pathname === '/_test/standalone') {
      standalone = body as LaunchSpec;
      return send(res, 200, {});
    }
    send(res, 404, outcome('not-found', url.pathname));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const cors: Record<string, string> = isLoopbackOrigin(req.headers.origin)
      ? { 'access-control-allow-origin': req.headers.origin as string, vary: 'origin' }
      : {};
    const handle = async () => {
      if (req.method === 'OPTIONS')
        return (
          res.writeHead(204, {
            ...cors,
            'access-control-allow-methods': 'GET, POST',
            'access-control-allow-headers': 'authorization, content-type, accept',
            'access-control-max-age': '600',
          }),
          res.end()
        );
      if (url.pathname === '/fhir/.well-known/smart-configuration')
        return send(
          res,
          200,
          {
            issuer: fhirBase(),
            authorization_endpoint: `${origin}/auth/authorize`,
            token_endpoint: `${origin}/auth/token`,
            grant_types_supported: ['authorization_code'],
            response_types_supported: ['code'],
            code_challenge_methods_supported: ['S256'],
            token_endpoint_auth_methods_supported: ['none'],
            scopes_supported: ['launch', 'launch/patient', 'patient/*.cruds'],
            capabilities: [
              'launch-ehr',
              'launch-standalone',
              'client-public',
              'context-ehr-patient',
              'context-standalone-patient',
              'permission-patient',
              'permission-v2',
            ],
          },
          { ...cors, 'content-type': 'application/json' },
        );
      if (url.pathname === '/auth/authorize' && req.method === 'GET') return authorize(url, res);
      if (url.pathname === '/auth/token' && req.method === 'POST') return token(req, res, cors);
      if (url.pathname.startsWith('/fhir/') || url.pathname === '/fhir')
        return fhir(req, res, url, cors);
      if (url.pathname.startsWith('/_test/')) return control(req, res, url);
      send(res, 404, outcome('not-found', url.pathname), cors);
    };
    handle().catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, outcome('exception', String(e)), cors);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    fhirBase: fhirBase(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/* ------------------------------------------------------------------------------------------ */
/* For the tests: driving the fixture and reading the record from the test process            */
/* ------------------------------------------------------------------------------------------ */

/** Ask the EHR for a launch of this patient; returns the `launch` parameter. */
export async function createLaunch(origin: string, spec: LaunchSpec): Promise<string> {
  const r = await fetch(`${origin}/_test/launch`, { method: 'POST', body: JSON.stringify(spec) });
  return ((await r.json()) as { launch: string }).launch;
}

/** The patient the authorization server picks in a standalone launch. */
export async function setStandalonePatient(origin: string, spec: LaunchSpec): Promise<void> {
  await fetch(`${origin}/_test/standalone`, { method: 'POST', body: JSON.stringify(spec) });
}

/** The FHIR API as an administrator (the test process only). */
export async function adminFhir<T = Resource>(
  fhirBase: string,
  path: string,
  init: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const r = await fetch(`${fhirBase}/${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': FHIR_JSON },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: r.status, body: (await r.json()) as T };
}
