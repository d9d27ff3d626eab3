import type {
  Bundle,
  Condition,
  DiagnosticReport,
  Resource,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { missingWriteScopes } from '../../domain/record';
import type { TFunction } from '../../i18n/translate';
import type { SendResult } from './record-client';
import type { EhrSession } from './session';

/**
 * Filing the report in the record, as states: nothing sent yet (`idle`), on its way (`sending`),
 * then what became of it. Every state but `filed` and `disconnected` leaves the Bundle to download;
 * only a refusal, a dropped connection or an unreadable answer is worth trying again (the same
 * transaction: its conditional creates never file twice).
 */
export type FilingStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'filed'; readonly created: number; readonly existing: number }
  | { readonly kind: 'no-write'; readonly types: string }
  | { readonly kind: 'expired' }
  | { readonly kind: 'refused'; readonly status: number; readonly detail: string }
  | { readonly kind: 'network' }
  | { readonly kind: 'unreadable'; readonly status: number }
  | { readonly kind: 'disconnected' };

/**
 * Why the report cannot be sent at all with this session (its token lacks a write scope, or has
 * expired), or undefined when it can: checked before anything goes over the network.
 */
export function cannotSend(session: EhrSession, now: number): FilingStatus | undefined {
  const missing = missingWriteScopes(session.scope);
  if (missing.length) return { kind: 'no-write', types: missing.join(', ') };
  if (session.expiresAt !== undefined && session.expiresAt <= now) return { kind: 'expired' };
  return undefined;
}

/** What the record's answer means for the clinician (a 401 is an expired sign-in). */
export function afterSending(r: SendResult): FilingStatus {
  switch (r.kind) {
    case 'filed':
      return { kind: 'filed', created: r.outcome.created, existing: r.outcome.existing };
    case 'refused':
      return r.status === 401
        ? { kind: 'expired' }
        : { kind: 'refused', status: r.status, detail: r.diagnostics };
    case 'network':
      return { kind: 'network' };
    default:
      return { kind: 'unreadable', status: r.status };
  }
}

/** Whether "Try again" is offered: only where sending the same transaction again may succeed. */
export const canRetry = (s: FilingStatus): boolean =>
  s.kind === 'refused' || s.kind === 'network' || s.kind === 'unreadable';

/** The sentence that says what happened, or undefined before anything has. */
export function filingMessage(t: TFunction, s: FilingStatus): string | undefined {
  switch (s.kind) {
    case 'filed':
      if (s.created === 0) return t('ehr.file.alreadyFiled');
      if (s.existing === 0) return t('ehr.file.filed', { count: s.created });
      return t('ehr.file.partly', { created: s.created, existing: s.existing });
    case 'no-write':
      return t('ehr.file.noWrite', { types: s.types });
    case 'expired':
      return t('ehr.file.expired');
    case 'refused':
      return t('ehr.file.refused', {
        status: s.status,
        detail: s.detail ? `: ${s.detail}` : '',
      });
    case 'network':
      return t('ehr.file.network');
    case 'unreadable':
      return t('ehr.file.unreadable', { status: s.status });
    default:
      return undefined;
  }
}

const resourcesOf = <T extends Resource>(b: Bundle, type: T['resourceType']): T[] =>
  (b.entry ?? []).map((e) => e.resource).filter((r): r is T => r?.resourceType === type);

/** The kinds of report category the review screen names. */
type ReportCategory = 'LAB' | 'RAD' | 'SP';

/** What the transaction will file, as the review screen lists it. */
interface FiledContents {
  readonly categories: readonly ReportCategory[];
  /** Results the app writes as new Observations. */
  readonly newResults: number;
  /** Results the report cites from the record itself (read in and unchanged). */
  readonly recordResults: number;
  readonly conditions: readonly Condition[];
  readonly requests: readonly ServiceRequest[];
}

export function filedContents(bundle: Bundle): FiledContents {
  const report = resourcesOf<DiagnosticReport>(bundle, 'DiagnosticReport')[0];
  return {
    categories: (report?.category ?? [])
      .map((cc) => cc.coding?.[0]?.code)
      .filter((k): k is ReportCategory => k === 'LAB' || k === 'RAD' || k === 'SP'),
    newResults: resourcesOf(bundle, 'Observation').length,
    recordResults: (report?.result ?? []).filter((r) => r.reference?.startsWith('Observation/'))
      .length,
    conditions: resourcesOf<Condition>(bundle, 'Condition'),
    requests: resourcesOf<ServiceRequest>(bundle, 'ServiceRequest'),
  };
}
