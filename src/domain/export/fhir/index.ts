import type {
  Bundle,
  BundleEntry,
  Observation,
  Patient,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import type { Case, LabAnalyte } from '../../case/schema';
import type { Assessment } from '../../engine/types';
import type { ModalityId } from '../../evidence/types';
import { kindOf } from '../../modalities';
import { fhirProvenance, provenanceInfo } from '../provenance';
import { CASE_ID_SYSTEM } from './codes';
import { conditionEntries } from './condition';
import { bundleContext, type BundleContext, type Entry, type FhirOptions } from './context';
import { findingEntries } from './findings';
import { stableUuid } from './ids';
import { labEntries } from './labs';
import { historyEntries, patientEntry } from './patient';
import { reportEntry, type ReportResult } from './report';
import { requestEntries } from './requests';

export { CASE_ID_SYSTEM, LAB_LOINC, LOINC, UCUM_CODE } from './codes';
export { CONCLUSION_CONDITIONS } from './condition';
export type { FhirOptions } from './context';
export { stableUuid } from './ids';
export { REPORT_CODE } from './report';

/**
 * The case as a FHIR R4 Bundle (type `collection`): a pseudonymous Patient, Observations for the
 * history, the labs and each imaging and biopsy finding, a DiagnosticReport with the working
 * conclusion, the conclusion as Condition(s), and ServiceRequests (proposals) for the studies the
 * engine recommends next.
 *
 * Coding policy: a code is given only where its meaning is certain for what the app holds and it
 * was checked against published copies of its terminology (docs/integration/codes.md): every lab
 * Observation carries the LOINC code of its analyte in the unit entered (mass or moles), the
 * Condition ICD-10 where one exists, and the report and the conclusion the app's own codes.
 * Everything else is `code.text`, in the reader's language, rather than a guessed code. Ids are
 * derived from the case id, so the same case always gives the same Bundle, and every reference
 * is a `urn:uuid:` of an entry in it.
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

/** The kind of study an Observation entry came from (its key is `lab-…` or `finding-<study>`). */
const kindOfEntry = (key: string) =>
  key.startsWith('lab-') ? 'labs' : kindOf(key.slice('finding-'.length) as ModalityId);

/** Build the Bundle for one case and its assessment. Pure and deterministic. */
export function caseToFhirBundle(c: Case, a: Assessment, opts: FhirOptions): Bundle {
  const ctx = bundleContext(c, a, opts);
  const labs = labEntries(ctx);
  const findings = findingEntries(ctx);
  const results: ReportResult[] = [...findings, ...labs].map((e) => ({
    ref: ctx.ref<Observation>(e.key),
    kind: kindOfEntry(e.key),
  }));
  const entries: Entry[] = [
    patientEntry(ctx),
    ...historyEntries(ctx),
    ...labs,
    ...findings,
    reportEntry(ctx, results),
    ...conditionEntries(ctx),
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

/* ------------------------------------------------------------------------------------------ */
/* Write-back to a health record                                                               */
/* ------------------------------------------------------------------------------------------ */

/** The identifier system of every resource the app files in a record (see `submissionId`). */
export const WRITE_BACK_SYSTEM = 'urn:scho-workup:write-back';

export interface WriteBackOptions extends FhirOptions {
  /** The record's own Patient id (from the launch context). */
  readonly patientId: string;
  /**
   * Labs read from the record and unchanged since: the record's Observation id per analyte. The
   * report points at those Observations instead of filing the same result a second time.
   */
  readonly recordLabs?: Partial<Readonly<Record<LabAnalyte, string>>>;
}

/** Resources that are results in the record already (unchanged labs read from it). */
function recordResults(ctx: BundleContext, opts: WriteBackOptions) {
  const results: ReportResult[] = [];
  const labs = labEntries(ctx).filter((e) => {
    const analyte = e.key.slice('lab-'.length) as LabAnalyte;
    const id = opts.recordLabs?.[analyte];
    if (id === undefined) return true;
    results.push({ ref: { reference: `Observation/${id}` }, kind: 'labs' });
    return false;
  });
  return { labs, results };
}

/** What is filed: the report, its new Observations, the Condition(s), the ServiceRequests. */
function writeBackEntries(c: Case, a: Assessment, opts: WriteBackOptions) {
  const subject: Reference<Patient> = { reference: `Patient/${opts.patientId}` };
  const ctx = bundleContext(c, a, opts, subject);
  const { labs, results } = recordResults(ctx, opts);
  const findings = findingEntries(ctx);
  results.unshift(
    ...[...findings, ...labs].map((e) => ({
      ref: ctx.ref<Observation>(e.key),
      kind: kindOfEntry(e.key),
    })),
  );
  const entries = [
    reportEntry(ctx, results),
    ...findings,
    ...labs,
    ...conditionEntries(ctx),
    ...requestEntries(ctx),
  ];
  return { ctx, entries };
}

/**
 * The identifier of one write-back: the same case, assessment, patient and record results give
 * the same id (the issue time is left out), so sending again after a dropped connection is
 * recognised by the record as the same report; a changed case gives a new one. Derived by hash:
 * the record learns neither the case id nor anything else about the device.
 */
export function submissionId(c: Case, a: Assessment, opts: WriteBackOptions): string {
  const { entries } = writeBackEntries(c, a, { ...opts, exportedAt: '' });
  return stableUuid(`${opts.patientId}|${JSON.stringify(entries.map((e) => e.resource))}`);
}

/**
 * The report as ONE FHIR transaction for a health record: a DiagnosticReport with its
 * Observations, the working conclusion as Condition(s) and ServiceRequests for the next step,
 * all about the record's Patient, every reference a `urn:uuid:` of an entry (or an Observation
 * already in the record). Each resource carries an identifier derived from `submissionId` and is
 * a conditional create (`ifNoneExist` on that identifier): sending the same Bundle twice files
 * nothing twice. The pseudonymous Patient, the history Observations (the record holds the
 * history) and the Provenance (no identifier to make it conditional) are not sent.
 */
export function caseToTransactionBundle(c: Case, a: Assessment, opts: WriteBackOptions): Bundle {
  const submission = submissionId(c, a, opts);
  const { ctx, entries } = writeBackEntries(c, a, opts);
  const entry: BundleEntry[] = entries.map((e) => {
    const value = `${submission}/${e.key}`;
    // The server assigns the id; the entry's identity in the transaction is its fullUrl.
    const resource = { ...e.resource } as Resource & {
      identifier?: { system?: string; value?: string }[];
    };
    delete resource.id;
    return {
      fullUrl: ctx.url(e.key),
      resource: {
        ...resource,
        identifier: [...(resource.identifier ?? []), { system: WRITE_BACK_SYSTEM, value }],
      } as Resource,
      request: {
        method: 'POST',
        url: e.resource.resourceType,
        ifNoneExist: `identifier=${encodeURIComponent(`${WRITE_BACK_SYSTEM}|${value}`)}`,
      },
    };
  });
  return {
    resourceType: 'Bundle',
    identifier: { system: WRITE_BACK_SYSTEM, value: submission },
    type: 'transaction',
    timestamp: opts.exportedAt,
    entry,
  };
}
