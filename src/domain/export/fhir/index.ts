import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import type { Case } from '../../case/schema';
import type { Assessment } from '../../engine/types';
import { fhirProvenance, provenanceInfo } from '../provenance';
import { CASE_ID_SYSTEM } from './codes';
import { bundleContext, type BundleContext, type Entry, type FhirOptions } from './context';
import { findingEntries } from './findings';
import { labEntries } from './labs';
import { historyEntries, patientEntry } from './patient';
import { reportEntry } from './report';
import { requestEntries } from './requests';

export { CASE_ID_SYSTEM } from './codes';
export type { FhirOptions } from './context';
export { stableUuid } from './ids';

/**
 * The case as a FHIR R4 Bundle (type `collection`): a pseudonymous Patient, Observations for the
 * history, the labs and each imaging and biopsy finding, a DiagnosticReport with the working
 * conclusion, and ServiceRequests (proposals) for the studies the engine recommends next.
 *
 * Coding policy: a LOINC code is given only where the code's meaning is certain for what the app
 * holds — a serum/plasma mass or catalytic concentration in the unit the code is defined for
 * (each checked against published LOINC value sets). Everything else is `code.text` only, in the
 * reader's language, rather than a guessed code. Ids are derived from the case id, so the same
 * case always gives the same Bundle, and every reference is a `urn:uuid:` of an entry in it.
 */

/** Provenance: the app, its engine version and the evidence pack, for every resource above. */
function provenanceEntry(ctx: BundleContext, entries: readonly Entry[]): Entry {
  const targets = entries.map((e) => ctx.ref<Resource>(e.key));
  const info = provenanceInfo(ctx.a.engineVersion);
  return {
    key: 'provenance',
    resource: fhirProvenance(ctx.uuid('provenance'), targets, ctx.opts.exportedAt, info),
  };
}

/** Build the Bundle for one case and its assessment. Pure and deterministic. */
export function caseToFhirBundle(c: Case, a: Assessment, opts: FhirOptions): Bundle {
  const ctx = bundleContext(c, a, opts);
  const labs = labEntries(ctx);
  const findings = findingEntries(ctx);
  const resultKeys = [...findings, ...labs].map((e) => e.key);
  const entries: Entry[] = [
    patientEntry(ctx),
    ...historyEntries(ctx),
    ...labs,
    ...findings,
    reportEntry(ctx, resultKeys),
    ...requestEntries(ctx),
  ];
  entries.push(provenanceEntry(ctx, entries));
  const entry: BundleEntry[] = entries.map((e) => ({
    fullUrl: ctx.url(e.key),
    resource: e.resource,
  }));
  return {
    resourceType: 'Bundle',
    id: ctx.uuid('bundle'),
    meta: { lastUpdated: opts.exportedAt },
    identifier: { system: CASE_ID_SYSTEM, value: `${c.id}/bundle` },
    type: 'collection',
    timestamp: opts.exportedAt,
    entry,
  };
}

/** The Bundle as pretty-printed JSON text. */
export function fhirBundleText(c: Case, a: Assessment, opts: FhirOptions): string {
  return `${JSON.stringify(caseToFhirBundle(c, a, opts), null, 2)}\n`;
}
