import type { Filled } from '../../domain/record';

/**
 * What a launched session keeps, and where: only in this tab's `sessionStorage`, which the browser
 * clears when the tab closes, and which "Disconnect from the record" clears at once. Never in
 * `localStorage` with the cases: a saved case stays a pseudonymous case with no identity, no
 * record id and no link to the record once the tab is gone (README, "What a launched case keeps
 * on the device").
 */

import { SESSION_KEY, sessionChanged as changed } from './connection';

const PENDING_PREFIX = 'scho-ehr-pending:';

/** The record this tab was launched from, and the access it was granted. */
export interface EhrSession {
  /** The FHIR base URL (the `iss` of the launch). */
  readonly fhirBase: string;
  readonly accessToken: string;
  /** When the token expires (ms since the epoch), if the record said. */
  readonly expiresAt?: number;
  /** The scopes granted, as the token response gave them. */
  readonly scope: string;
  /** The record's Patient id: the subject of everything filed. */
  readonly patient: string;
  /** Whether the record asked the app to show which patient this is. */
  readonly needPatientBanner: boolean;
  /** Cases created from this launch: what was filled from the record, per case id. */
  readonly cases: Readonly<Record<string, { readonly filled: readonly Filled[] }>>;
}

/** Between the redirect to the authorization server and its answer. */
export interface PendingAuthorization {
  readonly fhirBase: string;
  readonly tokenEndpoint: string;
  readonly authorizationEndpoint: string;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly verifier: string;
  readonly state: string;
}

const store = (): Storage | undefined => {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // storage blocked: the launch says so when it cannot keep its state
  }
};

function read<T>(key: string): T | undefined {
  try {
    const raw = store()?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): boolean {
  const s = store();
  if (!s) return false;
  try {
    s.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export const readSession = (): EhrSession | undefined => read<EhrSession>(SESSION_KEY);
export function saveSession(s: EhrSession): boolean {
  const ok = write(SESSION_KEY, s);
  changed();
  return ok;
}

/** Forget the record: the token, the patient id and every link from a case to the record. */
export function endSession(): void {
  const s = store();
  if (!s) return;
  s.removeItem(SESSION_KEY);
  for (let i = s.length - 1; i >= 0; i -= 1) {
    const k = s.key(i);
    if (k?.startsWith(PENDING_PREFIX)) s.removeItem(k);
  }
  changed();
}

/** Was this case created from the launch this tab holds? */
export const launchedCase = (caseId: string) => readSession()?.cases[caseId];

export function linkCase(caseId: string, filled: readonly Filled[]): boolean {
  const s = readSession();
  return s ? saveSession({ ...s, cases: { ...s.cases, [caseId]: { filled } } }) : false;
}

export const savePending = (p: PendingAuthorization): boolean =>
  write(`${PENDING_PREFIX}${p.state}`, p);

/** The pending authorization for this state, removed as it is read (a code is used once). */
export function takePending(state: string): PendingAuthorization | undefined {
  const key = `${PENDING_PREFIX}${state}`;
  const p = read<PendingAuthorization>(key);
  store()?.removeItem(key);
  return p;
}
