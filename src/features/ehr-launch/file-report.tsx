import type {
  Bundle,
  Condition,
  DiagnosticReport,
  Resource,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { caseToTransactionBundle } from '../../domain/export/fhir';
import { missingWriteScopes, unchangedRecordLabs } from '../../domain/record';
import { useT } from '../../i18n/use-t';
import { nowIso } from '../../store/clock';
import { useAssessment, useCase } from '../../store/selectors';
import { downloadText } from '../../ui/download';
import { useFocusHeading } from '../../ui/use-focus-heading';
import { PatientBanner } from './patient-banner';
import {
  bannerOf,
  readPatient,
  sendTransaction,
  type PatientBanner as Banner,
} from './record-client';
import { endSession, readSession } from './session';

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'filed'; readonly created: number; readonly existing: number }
  | { readonly kind: 'no-write'; readonly types: string }
  | { readonly kind: 'expired' }
  | { readonly kind: 'refused'; readonly status: number; readonly detail: string }
  | { readonly kind: 'network' }
  | { readonly kind: 'unreadable'; readonly status: number }
  | { readonly kind: 'disconnected' };

const resourcesOf = <T extends Resource>(b: Bundle, type: T['resourceType']): T[] =>
  (b.entry ?? []).map((e) => e.resource).filter((r): r is T => r?.resourceType === type);

/**
 * `/launch/file/<case id>`: what will be filed in the record, the clinician's confirmation, and
 * the outcome. The report is ONE transaction; every resource in it is a conditional create on an
 * identifier derived from its content, so "Try again" after a dropped connection or an unreadable
 * answer never files twice. When the record cannot take it (no write permission, an expired
 * sign-in, a refusal, a dropped connection), the clinician is told which, and the same Bundle is
 * offered as a download; the case stays on the device either way.
 */
export function FileReport() {
  const { t, lang } = useT();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const { caseId } = useParams();
  const c = useCase(caseId);
  const a = useAssessment(c);
  const [session, setSession] = useState(readSession);
  const link = caseId ? session?.cases[caseId] : undefined;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [banner, setBanner] = useState<Banner | undefined>();
  const [downloaded, setDownloaded] = useState<string | undefined>();
  const statusRef = useRef<HTMLParagraphElement>(null);

  const bundle = useMemo(
    () =>
      c && a && session && link
        ? caseToTransactionBundle(c, a, {
            lang,
            disclaimer: t('common.disclaimer'),
            exportedAt: nowIso(),
            patientId: session.patient,
            recordLabs: unchangedRecordLabs(c, link.filled),
          })
        : undefined,
    [c, a, session, link, lang, t],
  );

  useEffect(() => {
    if (!session?.needPatientBanner || !link) return;
    let live = true;
    readPatient(session).then(
      (p) => live && setBanner(bannerOf(p)),
      () => undefined, // the banner is a check, not a condition: filing says what went wrong
    );
    return () => {
      live = false;
    };
  }, [session, link]);

  useEffect(() => {
    if (status.kind !== 'idle' && status.kind !== 'sending') statusRef.current?.focus();
  }, [status]);

  const title = (
    <h1 ref={heading} tabIndex={-1}>
      {t('ehr.file.title')}
    </h1>
  );
  if (!c)
    return (
      <>
        {title}
        <p className="callout callout-warning">{t('ehr.file.noCase')}</p>
      </>
    );
  const backLink = (
    <Link className="button" to={`/cases/${encodeURIComponent(c.id)}/summary`}>
      {t('ehr.file.back')}
    </Link>
  );
  if (status.kind === 'disconnected' || !session || !link || !bundle || !a)
    return (
      <>
        {title}
        <p className="callout" role={status.kind === 'disconnected' ? 'status' : undefined}>
          {status.kind === 'disconnected' ? t('ehr.file.disconnected') : t('ehr.file.notLaunched')}
        </p>
        <p>{backLink}</p>
      </>
    );

  const report = resourcesOf<DiagnosticReport>(bundle, 'DiagnosticReport')[0];
  const newResults = resourcesOf(bundle, 'Observation').length;
  const recordResults = (report?.result ?? []).filter((r) =>
    r.reference?.startsWith('Observation/'),
  ).length;
  const categories = (report?.category ?? [])
    .map((cc) => cc.coding?.[0]?.code)
    .filter((k): k is 'LAB' | 'RAD' | 'SP' => k === 'LAB' || k === 'RAD' || k === 'SP')
    .map((k) => t(`ehr.file.categories.${k}`))
    .join(', ');
  const conditions = resourcesOf<Condition>(bundle, 'Condition');
  const requests = resourcesOf<ServiceRequest>(bundle, 'ServiceRequest');
  const fileName = `scho-report-${c.id.slice(0, 8)}.fhir-transaction.json`;

  const download = () => {
    downloadText(fileName, `${JSON.stringify(bundle, null, 2)}\n`, 'application/fhir+json');
    setDownloaded(t('ehr.file.downloaded', { file: fileName }));
  };

  const send = async () => {
    const missing = missingWriteScopes(session.scope);
    if (missing.length) return setStatus({ kind: 'no-write', types: missing.join(', ') });
    if (session.expiresAt !== undefined && session.expiresAt <= Date.now())
      return setStatus({ kind: 'expired' });
    setStatus({ kind: 'sending' });
    const r = await sendTransaction(session, bundle);
    if (r.kind === 'filed')
      setStatus({ kind: 'filed', created: r.outcome.created, existing: r.outcome.existing });
    else if (r.kind === 'refused')
      setStatus(
        r.status === 401
          ? { kind: 'expired' }
          : { kind: 'refused', status: r.status, detail: r.diagnostics },
      );
    else if (r.kind === 'network') setStatus({ kind: 'network' });
    else setStatus({ kind: 'unreadable', status: r.status });
  };

  const message = (() => {
    switch (status.kind) {
      case 'filed':
        if (status.created === 0) return t('ehr.file.alreadyFiled');
        if (status.existing === 0) return t('ehr.file.filed', { count: status.created });
        return t('ehr.file.partly', { created: status.created, existing: status.existing });
      case 'no-write':
        return t('ehr.file.noWrite', { types: status.types });
      case 'expired':
        return t('ehr.file.expired');
      case 'refused':
        return t('ehr.file.refused', {
          status: status.status,
          detail: status.detail ? `: ${status.detail}` : '',
        });
      case 'network':
        return t('ehr.file.network');
      case 'unreadable':
        return t('ehr.file.unreadable', { status: status.status });
      default:
        return undefined;
    }
  })();
  const failed = message !== undefined && status.kind !== 'filed';
  const canRetry =
    status.kind === 'refused' || status.kind === 'network' || status.kind === 'unreadable';

  return (
    <>
      {title}
      <PatientBanner banner={banner} />
      <p>{t('ehr.file.intro')}</p>
      <section className="card" aria-labelledby="ehr-file-what">
        <h2 id="ehr-file-what">{t('ehr.file.whatHeading')}</h2>
        <p>
          <strong>{t('ehr.file.conclusion')}:</strong> {a.interpretation.label[lang]}
        </p>
        <ul>
          <li>
            {categories ? t('ehr.file.report', { categories }) : t('ehr.file.reportNoResults')}
          </li>
          {newResults ? <li>{t('ehr.file.newResults', { count: newResults })}</li> : null}
          {recordResults ? <li>{t('ehr.file.recordResults', { count: recordResults })}</li> : null}
          {conditions.map((cond, i) => (
            <li key={i}>
              {t('ehr.file.condition', {
                text: cond.code?.text ?? '',
                status: t(
                  `ehr.file.statuses.${
                    (cond.verificationStatus?.coding?.[0]?.code ?? 'unconfirmed') as
                      'confirmed' | 'provisional' | 'differential' | 'unconfirmed'
                  }`,
                ),
              })}
            </li>
          ))}
          <li>
            {requests.length
              ? t('ehr.file.requests', {
                  names: requests.map((r) => r.code?.text ?? '').join('; '),
                })
              : t('ehr.file.noRequests')}
          </li>
        </ul>
      </section>

      {message ? (
        <p
          ref={statusRef}
          tabIndex={-1}
          className={`callout${failed ? ' callout-warning' : ''}`}
          role={failed ? 'alert' : 'status'}
        >
          {message}
        </p>
      ) : null}
      {status.kind === 'sending' ? <p role="status">{t('ehr.file.sending')}</p> : null}

      <div className="ehr-actions">
        {status.kind === 'idle' || status.kind === 'sending' ? (
          <button
            type="button"
            className="primary"
            disabled={status.kind === 'sending'}
            onClick={() => void send()}
          >
            {t('ehr.file.confirm')}
          </button>
        ) : null}
        {canRetry ? (
          <button type="button" className="primary" onClick={() => void send()}>
            {t('ehr.file.retry')}
          </button>
        ) : null}
        <button type="button" onClick={download}>
          {t('ehr.file.download')}
        </button>
        <button
          type="button"
          onClick={() => {
            endSession();
            setSession(undefined);
            setStatus({ kind: 'disconnected' });
          }}
        >
          {t('ehr.file.disconnect')}
        </button>
        {backLink}
      </div>
      {downloaded ? <p role="status">{downloaded}</p> : null}
    </>
  );
}
