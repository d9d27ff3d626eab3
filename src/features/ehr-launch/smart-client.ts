import * as oauth from 'oauth4webapi';
import { requestedScope } from '../../domain/record';
import { savePending, saveSession, takePending, type EhrSession } from './session';

/**
 * SMART App Launch 2 (EHR launch and standalone launch, authorization code with PKCE S256) on
 * oauth4webapi, a small, dependency-free OAuth 2 client for browsers: it makes the PKCE verifier
 * and challenge and the state, checks the authorization response against the state, and makes
 * and checks the token request. What is SMART's own is here: discovery at
 * `.well-known/smart-configuration`, the `launch` and `aud` parameters, the launch scopes, and
 * the patient in the token response. Loaded with the launch route only. Why not the SMART
 * project's fhirclient: README, "Why oauth4webapi".
 */

/** This installation's registration with the hospital, from `/smart-client.json`. */
export interface ClientConfig {
  readonly clientId: string;
  /** The FHIR servers this installation may be launched from (their base URLs). */
  readonly fhirServers: readonly string[];
  /** Scopes to ask for instead of the default ones (beyond `launch` / `launch/patient`). */
  readonly scope?: string;
}

export type LaunchErrorCode =
  | 'not-configured'
  | 'no-iss'
  | 'unknown-server'
  | 'discovery'
  | 'no-pkce'
  | 'storage'
  | 'state'
  | 'denied'
  | 'token'
  | 'no-patient';

export class LaunchError extends Error {
  constructor(
    readonly code: LaunchErrorCode,
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
  }
}

const trimBase = (u: string) => u.trim().replace(/\/+$/, '');

/** Loopback servers (a developer's or the tests') may use http; every other server needs https. */
const insecureOk = (url: string) => {
  try {
    return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
  } catch {
    return false;
  }
};
const options = (url: string) => (insecureOk(url) ? { [oauth.allowInsecureRequests]: true } : {});

/** The registration; null when this installation is not set up to be launched. */
export async function loadConfig(): Promise<ClientConfig | null> {
  try {
    const r = await fetch('/smart-client.json', { cache: 'no-store' });
    if (!r.ok) return null;
    const c = (await r.json()) as Partial<ClientConfig>;
    if (typeof c.clientId !== 'string' || !c.clientId || !Array.isArray(c.fhirServers)) return null;
    return {
      clientId: c.clientId,
      fhirServers: c.fhirServers.filter((s): s is string => typeof s === 'string').map(trimBase),
      ...(typeof c.scope === 'string' ? { scope: c.scope } : {}),
    };
  } catch {
    return null; // not there (the app's own fallback page is not JSON), or offline
  }
}

interface SmartConfiguration {
  readonly authorization_endpoint?: string;
  readonly token_endpoint?: string;
  readonly code_challenge_methods_supported?: readonly string[];
}

/**
 * Start a launch: check the server is one this installation serves, discover its authorization
 * endpoints, keep the PKCE verifier for this tab, and return where to send the browser.
 */
export async function startLaunch(input: {
  readonly iss: string | null;
  readonly launch: string | null;
  readonly config: ClientConfig | null;
  readonly origin: string;
}): Promise<string> {
  const { config } = input;
  if (!config) throw new LaunchError('not-configured');
  if (!input.iss) throw new LaunchError('no-iss');
  const fhirBase = trimBase(input.iss);
  if (!config.fhirServers.includes(fhirBase)) throw new LaunchError('unknown-server', fhirBase);
  let smart: SmartConfiguration;
  try {
    const r = await fetch(`${fhirBase}/.well-known/smart-configuration`, {
      headers: { accept: 'application/json' },
    });
    if (!r.ok) throw new Error(`HTTP ${r.status}`);
    smart = (await r.json()) as SmartConfiguration;
  } catch (e) {
    throw new LaunchError('discovery', e instanceof Error ? e.message : String(e));
  }
  if (!smart.authorization_endpoint || !smart.token_endpoint)
    throw new LaunchError('discovery', 'no authorization or token endpoint');
  if (!smart.code_challenge_methods_supported?.includes('S256')) throw new LaunchError('no-pkce');

  const verifier = oauth.generateRandomCodeVerifier();
  const challenge = await oauth.calculatePKCECodeChallenge(verifier);
  const state = oauth.generateRandomState();
  const redirectUri = `${input.origin}/launch/callback`;
  const saved = savePending({
    fhirBase,
    authorizationEndpoint: smart.authorization_endpoint,
    tokenEndpoint: smart.token_endpoint,
    clientId: config.clientId,
    redirectUri,
    verifier,
    state,
  });
  if (!saved) throw new LaunchError('storage');

  const to = new URL(smart.authorization_endpoint);
  const q = to.searchParams;
  q.set('response_type', 'code');
  q.set('client_id', config.clientId);
  q.set('redirect_uri', redirectUri);
  q.set('scope', requestedScope(input.launch ? 'ehr' : 'standalone', config.scope));
  q.set('state', state);
  q.set('aud', fhirBase);
  q.set('code_challenge', challenge);
  q.set('code_challenge_method', 'S256');
  if (input.launch) q.set('launch', input.launch);
  return to.href;
}

/** Finish a launch at the redirect URI: check the answer, trade the code for a token. */
export async function finishLaunch(callback: URL): Promise<EhrSession> {
  const pending = takePending(callback.searchParams.get('state') ?? '');
  if (!pending) throw new LaunchError('state');
  const as: oauth.AuthorizationServer = {
    issuer: pending.fhirBase,
    authorization_endpoint: pending.authorizationEndpoint,
    token_endpoint: pending.tokenEndpoint,
  };
  const client: oauth.Client = { client_id: pending.clientId };
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, callback, pending.state);
  } catch (e) {
    const detail =
      e instanceof oauth.AuthorizationResponseError
        ? `${e.error}${e.error_description ? `: ${e.error_description}` : ''}`
        : e instanceof Error
          ? e.message
          : String(e);
    throw new LaunchError('denied', detail);
  }
  let tokens: oauth.TokenEndpointResponse;
  try {
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      pending.redirectUri,
      pending.verifier,
      options(pending.tokenEndpoint),
    );
    tokens = await oauth.processAuthorizationCodeResponse(as, client, response);
  } catch (e) {
    const detail =
      e instanceof oauth.ResponseBodyError
        ? `${e.error}${e.error_description ? `: ${e.error_description}` : ''}`
        : e instanceof Error
          ? e.message
          : String(e);
    throw new LaunchError('token', detail);
  }
  const patient = tokens.patient;
  if (typeof patient !== 'string' || !patient) throw new LaunchError('no-patient');
  const session: EhrSession = {
    fhirBase: pending.fhirBase,
    accessToken: tokens.access_token,
    ...(typeof tokens.expires_in === 'number'
      ? { expiresAt: Date.now() + tokens.expires_in * 1000 }
      : {}),
    scope: typeof tokens.scope === 'string' ? tokens.scope : '',
    patient,
    needPatientBanner: tokens.need_patient_banner !== false,
    cases: {},
  };
  if (!saveSession(session)) throw new LaunchError('storage');
  return session;
}
