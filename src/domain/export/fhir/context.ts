import type { Patient, Reference, Resource } from '@medplum/fhirtypes';
import type { Case } from '../../case/schema';
import type { Assessment } from '../../engine/types';
import type { SiteSettings } from '../../engine/site';
import type { Lang } from '../../text';
import { describeCase, PLAIN_FORMATTERS, type CaseFacts } from '../describe';
import { stableUuid } from './ids';

export interface FhirOptions {
  readonly lang: Lang;
  /** The app's disclaimer in the reader's language, carried in the report's narrative. */
  readonly disclaimer: string;
  /** When the export was made (ISO date-time): Bundle.timestamp and the report's `issued`. */
  readonly exportedAt: string;
  /** This site's settings, carried in the report's narrative as the advice's provenance. */
  readonly site?: SiteSettings;
}

/** One resource of the Bundle with the key its deterministic id and URL derive from. */
export interface Entry {
  readonly key: string;
  readonly resource: Resource;
}

/** What every builder needs: the case, its assessment, the options and the ids it derives. */
export interface BundleContext {
  readonly c: Case;
  readonly a: Assessment;
  readonly opts: FhirOptions;
  readonly lang: Lang;
  /** The case in words, in the reader's language. */
  readonly facts: CaseFacts;
  /** The UUID of an entry, derived from the case id and the entry's key. */
  readonly uuid: (key: string) => string;
  readonly url: (key: string) => string;
  readonly ref: <T extends Resource>(key: string, display?: string) => Reference<T>;
  readonly subject: Reference<Patient>;
}

/**
 * `subject` is the pseudonymous Patient of the Bundle unless given: a write-back to a health
 * record points at the record's own Patient instead.
 */
export function bundleContext(
  c: Case,
  a: Assessment,
  opts: FhirOptions,
  subject?: Reference<Patient>,
): BundleContext {
  const uuid = (key: string) => stableUuid(`${c.id}|${key}`);
  const url = (key: string) => `urn:uuid:${uuid(key)}`;
  const ref = <T extends Resource>(key: string, display?: string): Reference<T> =>
    display ? { reference: url(key), display } : { reference: url(key) };
  return {
    c,
    a,
    opts,
    lang: opts.lang,
    facts: describeCase(c, opts.lang, a.asOf, PLAIN_FORMATTERS),
    uuid,
    url,
    ref,
    subject: subject ?? ref<Patient>('patient'),
  };
}
