import type { Bundle } from '@medplum/fhirtypes';

/** What the record did with a write-back transaction. */
export interface TransactionOutcome {
  /** Resources created now. */
  readonly created: number;
  /** Resources the record already held from an earlier send of the same report. */
  readonly existing: number;
  /** The report as the record knows it ("DiagnosticReport/123"), if the answer says. */
  readonly report?: string;
}

const statusCode = (s: string | undefined) => Number.parseInt((s ?? '').trim().slice(0, 3), 10);

/**
 * Read a transaction-response: a 201 per entry created, a 200 where a conditional create found the
 * resource already there. Anything else (or an answer that is not a transaction-response) is not
 * an outcome the app can vouch for, and is returned as null.
 */
export function transactionOutcome(answer: unknown): TransactionOutcome | null {
  const b = answer as Bundle | null;
  if (!b || b.resourceType !== 'Bundle' || b.type !== 'transaction-response') return null;
  let created = 0;
  let existing = 0;
  let report: string | undefined;
  for (const e of b.entry ?? []) {
    const code = statusCode(e.response?.status);
    if (code === 201) created += 1;
    else if (code === 200) existing += 1;
    else return null;
    const where = e.response?.location?.split('/_history')[0];
    if (where?.startsWith('DiagnosticReport/') || where?.includes('/DiagnosticReport/'))
      report ??= where.slice(where.indexOf('DiagnosticReport/'));
  }
  return { created, existing, ...(report ? { report } : {}) };
}
