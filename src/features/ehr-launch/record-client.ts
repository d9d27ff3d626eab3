import type {
  Bundle,
  Condition,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Observation,
  OperationOutcome,
  Patient,
  Resource,
} from '@medplum/fhirtypes';
import {
  MAX_PAGES,
  recordQueries,
  transactionOutcome,
  type RecordData,
  type RecordUnread,
  type TransactionOutcome,
} from '../../domain/record';
import type { EhrSession } from './session';

/**
 * The FHIR API of the record this tab was launched from, with the access token. Every request
 * goes to the launching server and nowhere else: a search's `next` link is followed only when it
 * is on that server, so the token never leaves it.
 */

export class RecordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly diagnostics: string,
  ) {
    super(`HTTP ${status}${diagnostics ? `: ${diagnostics}` : ''}`);
  }
}

const headers = (s: EhrSession, body = false): HeadersInit => ({
  authorization: `Bearer ${s.accessToken}`,
  accept: 'application/fhir+json',
  ...(body ? { 'content-type': 'application/fhir+json' } : {}),
});

/** The OperationOutcome's own words, if the answer is one. */
async function diagnosticsOf(r: Response): Promise<string> {
  try {
    const o = (await r.json()) as OperationOutcome;
    return (
      o.issue
        ?.map((i) => i.diagnostics ?? i.details?.text ?? '')
        .filter(Boolean)
        .join('; ')
        .slice(0, 300) ?? ''
    );
  } catch {
    return '';
  }
}

async function get<T>(s: EhrSession, url: string): Promise<T> {
  const r = await fetch(url, { headers: headers(s) });
  if (!r.ok) throw new RecordHttpError(r.status, await diagnosticsOf(r));
  return (await r.json()) as T;
}

/**
 * A search, page by page while the next page is on the same server, up to MAX_PAGES: every
 * resource of the type searched, and those of `included` (a search's `_include`) apart.
 */
async function searchWith<T extends Resource, I extends Resource = never>(
  s: EhrSession,
  path: string,
  type: T['resourceType'],
  included?: I['resourceType'],
): Promise<{ matches: T[]; included: I[] }> {
  const matches: T[] = [];
  const inc: I[] = [];
  let url: string | undefined = `${s.fhirBase}/${path}`;
  for (let page = 0; url && page < MAX_PAGES; page += 1) {
    const b: Bundle = await get<Bundle>(s, url);
    for (const e of b.entry ?? []) {
      const r = e.resource;
      if (r?.resourceType === type && e.search?.mode !== 'include') matches.push(r as T);
      else if (included && r?.resourceType === included) inc.push(r as I);
    }
    const next = b.link?.find((l) => l.relation === 'next')?.url;
    url = next && next.startsWith(`${s.fhirBase}/`) ? next : undefined;
  }
  return { matches, included: inc };
}

const search = async <T extends Resource>(s: EhrSession, path: string, type: T['resourceType']) =>
  (await searchWith<T>(s, path, type)).matches;

/**
 * A search the read-in can do without: if the record refuses it (a server without
 * MedicationStatement, a grant without it), the rest is still read and the clinician is told.
 */
async function optional<T>(
  what: RecordUnread['resourceType'],
  run: () => Promise<T>,
): Promise<{ value?: T; unread?: RecordUnread }> {
  try {
    return { value: await run() };
  } catch (e) {
    if (!(e instanceof RecordHttpError)) throw e;
    return { unread: { resourceType: what, detail: e.message } };
  }
}

/** Everything the read-in uses, for the launch patient. */
export async function readRecord(s: EhrSession): Promise<RecordData> {
  const q = recordQueries(s.patient);
  const [patient, conditions, observations, requests, statements] = await Promise.all([
    get<Patient>(s, `${s.fhirBase}/${q.patient}`),
    search<Condition>(s, q.conditions, 'Condition'),
    search<Observation>(s, q.observations, 'Observation'),
    optional('MedicationRequest', () =>
      searchWith<MedicationRequest, Medication>(
        s,
        q.medicationRequests,
        'MedicationRequest',
        'Medication',
      ),
    ),
    optional('MedicationStatement', () =>
      searchWith<MedicationStatement, Medication>(
        s,
        q.medicationStatements,
        'MedicationStatement',
        'Medication',
      ),
    ),
  ]);
  const medicationRequests = requests.value?.matches ?? [];
  const medicationStatements = statements.value?.matches ?? [];
  const included = [...(requests.value?.included ?? []), ...(statements.value?.included ?? [])];
  // A server that ignores `_include` (many do): read each Medication named, on this server only.
  const missing = [
    ...new Set(
      [...medicationRequests, ...medicationStatements]
        .map(
          (m) =>
            /^Medication\/([A-Za-z0-9\-.]{1,64})$/.exec(
              m.medicationReference?.reference ?? '',
            )?.[1],
        )
        .filter((id): id is string => id !== undefined && !included.some((x) => x.id === id)),
    ),
  ].slice(0, MAX_MEDICATIONS);
  const fetched = await Promise.all(
    missing.map((id) =>
      optional('Medication', () => get<Medication>(s, `${s.fhirBase}/Medication/${id}`)),
    ),
  );
  const unread = [requests.unread, statements.unread, fetched.find((f) => f.unread)?.unread].filter(
    (u): u is RecordUnread => u !== undefined,
  );
  return {
    patient,
    conditions,
    observations,
    medicationRequests,
    medicationStatements,
    medications: [
      ...included,
      ...fetched.flatMap((f) => (f.value?.resourceType === 'Medication' ? [f.value] : [])),
    ],
    ...(unread.length ? { unread } : {}),
  };
}

/** The most Medication resources read one by one (a server that ignores `_include`). */
const MAX_MEDICATIONS = 50;

/** What the patient banner shows (in memory only, never stored). */
export interface PatientBanner {
  readonly name: string;
  readonly birthDate?: string;
  readonly gender?: string;
}

export function bannerOf(p: Patient | undefined): PatientBanner | undefined {
  if (!p) return undefined;
  const n = p.name?.find((x) => x.use === 'official') ?? p.name?.[0];
  const name = n?.text ?? [...(n?.given ?? []), n?.family].filter(Boolean).join(' ');
  return {
    name: name || p.id || '',
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    ...(p.gender ? { gender: p.gender } : {}),
  };
}

export const readPatient = (s: EhrSession) =>
  get<Patient>(s, `${s.fhirBase}/${recordQueries(s.patient).patient}`);

export type SendResult =
  | { readonly kind: 'filed'; readonly outcome: TransactionOutcome }
  | { readonly kind: 'refused'; readonly status: number; readonly diagnostics: string }
  | { readonly kind: 'unreadable'; readonly status: number }
  | { readonly kind: 'network'; readonly message: string };

/** Send the report as one transaction, and say what became of it. */
export async function sendTransaction(s: EhrSession, bundle: Bundle): Promise<SendResult> {
  let r: Response;
  try {
    r = await fetch(`${s.fhirBase}/`, {
      method: 'POST',
      headers: headers(s, true),
      body: JSON.stringify(bundle),
    });
  } catch (e) {
    return { kind: 'network', message: e instanceof Error ? e.message : String(e) };
  }
  if (!r.ok) return { kind: 'refused', status: r.status, diagnostics: await diagnosticsOf(r) };
  let answer: unknown;
  try {
    answer = await r.json();
  } catch {
    return { kind: 'unreadable', status: r.status };
  }
  const outcome = transactionOutcome(answer);
  return outcome ? { kind: 'filed', outcome } : { kind: 'unreadable', status: r.status };
}
