import type { Bundle, Condition, Observation, OperationOutcome, Patient } from '@medplum/fhirtypes';
import {
  MAX_PAGES,
  recordQueries,
  transactionOutcome,
  type RecordData,
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

/** A search, page by page while the next page is on the same server, up to MAX_PAGES. */
async function search<T>(s: EhrSession, path: string): Promise<T[]> {
  const out: T[] = [];
  let url: string | undefined = `${s.fhirBase}/${path}`;
  for (let page = 0; url && page < MAX_PAGES; page += 1) {
    const b: Bundle = await get<Bundle>(s, url);
    for (const e of b.entry ?? []) if (e.search?.mode !== 'include') out.push(e.resource as T);
    const next = b.link?.find((l) => l.relation === 'next')?.url;
    url = next && next.startsWith(`${s.fhirBase}/`) ? next : undefined;
  }
  return out;
}

/** Everything the read-in uses, for the launch patient. */
export async function readRecord(s: EhrSession): Promise<RecordData> {
  const q = recordQueries(s.patient);
  const [patient, conditions, observations] = await Promise.all([
    get<Patient>(s, `${s.fhirBase}/${q.patient}`),
    search<Condition>(s, q.conditions),
    search<Observation>(s, q.observations),
  ]);
  return { patient, conditions, observations };
}

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
