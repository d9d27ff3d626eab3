import type { Bundle } from '@medplum/fhirtypes';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Case } from '../../domain/case/schema';
import type { Assessment } from '../../domain/engine/types';
import { caseToTransactionBundle } from '../../domain/export/fhir';
import { unchangedRecordLabs } from '../../domain/record';
import { useT } from '../../i18n/use-t';
import { nowIso } from '../../store/clock';
import { useAssessment, useCase } from '../../store/selectors';
import { downloadText } from '../../ui/download';
import { useFocusHeading } from '../../ui/use-focus-heading';
import {
  afterSending,
  canRetry,
  cannotSend,
  filedContents,
  filingMessage,
  type FilingStatus,
} from './filing';
import { PatientBanner } from './patient-banner';
import {
  bannerOf,
  readPatient,
  sendTransaction,
  type PatientBanner as Banner,
} from './record-client';
import { endSession, readSession, type EhrSession } from './session';

type CaseLink = EhrSession['cases'][string];

/**
 * `/launch/file/<case id>`: what will be filed in the record, the clinician's confirmation, and
 * the outcome. The report is ONE transaction; every resource in it is a conditional create on an
 * identifier derived from its content, so "Try again" after a dropped connection or an unreadable
 * answer never files twice. When the record cannot take it (no write permission, an expired
 * sign-in, a refusal, a dropped connection), the clinician is told which, and the same Bundle is
 * offered as a download; the case stays on the device either way.
 */
export function FileReport() {
  const { t } = useT();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const { caseId } = useParams();
  const c = useCase(caseId);
  const a = useAssessment(c);
  const filing = useFiling();
  const { session, status } = filing;
  const link = caseId ? session?.cases[caseId] : undefined;
  const bundle = useReportBundle(c, a, session, link);
  const banner = useRecordBanner(session, link);

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
  if (status.kind === 'disconnected' || !session || !link || !bundle || !a)
    return (
      <>
        {title}
        <p className="callout" role={status.kind === 'disconnected' ? 'status' : undefined}>
          {status.kind === 'disconnected' ? t('ehr.file.disconnected') : t('ehr.file.notLaunched')}
        </p>
        <p>
          <BackToSummary caseId={c.id} />
        </p>
      </>
    );
  return (
    <>
      {title}
      <FilingReview caseId={c.id} a={a} bundle={bundle} banner={banner} filing={filing} />
    </>
  );
}

/** This tab's session with the record, the filing's state, and what moves it on. */
function useFiling() {
  const [session, setSession] = useState(readSession);
  const [status, setStatus] = useState<FilingStatus>({ kind: 'idle' });
  const send = async (bundle: Bundle) => {
    if (!session) return;
    const refused = cannotSend(session, Date.now());
    if (refused) return setStatus(refused);
    setStatus({ kind: 'sending' });
    setStatus(afterSending(await sendTransaction(session, bundle)));
  };
  const disconnect = () => {
    endSession();
    setSession(undefined);
    setStatus({ kind: 'disconnected' });
  };
  return { session, status, send, disconnect };
}
type Filing = ReturnType<typeof useFiling>;

/** The transaction for a case launched from the record, or undefined while it cannot be built. */
function useReportBundle(
  c: Case | undefined,
  a: Assessment | undefined,
  session: EhrSession | undefined,
  link: CaseLink | undefined,
): Bundle | undefined {
  const { t, lang } = useT();
  return useMemo(
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
}

/** Who the record says the patient is, when the record asked the app to show it. */
function useRecordBanner(session: EhrSession | undefined, link: CaseLink | undefined) {
  const [banner, setBanner] = useState<Banner | undefined>();
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
  return banner;
}

/** The Bundle as a file, and the sentence that says it was downloaded. */
function useBundleDownload(caseId: string, bundle: Bundle) {
  const { t } = useT();
  const [downloaded, setDownloaded] = useState<string | undefined>();
  const download = () => {
    const fileName = `scho-report-${caseId.slice(0, 8)}.fhir-transaction.json`;
    downloadText(fileName, `${JSON.stringify(bundle, null, 2)}\n`, 'application/fhir+json');
    setDownloaded(t('ehr.file.downloaded', { file: fileName }));
  };
  return { downloaded, download };
}

function BackToSummary({ caseId }: { caseId: string }) {
  const { t } = useT();
  return (
    <Link className="button" to={`/cases/${encodeURIComponent(caseId)}/summary`}>
      {t('ehr.file.back')}
    </Link>
  );
}

/** The review screen: what will be filed, what happened to it, and the clinician's actions. */
function FilingReview({
  caseId,
  a,
  bundle,
  banner,
  filing,
}: {
  caseId: string;
  a: Assessment;
  bundle: Bundle;
  banner: Banner | undefined;
  filing: Filing;
}) {
  const { t } = useT();
  const { downloaded, download } = useBundleDownload(caseId, bundle);
  const send = () => void filing.send(bundle);
  return (
    <>
      <PatientBanner banner={banner} />
      <p>{t('ehr.file.intro')}</p>
      <WhatWillBeFiled bundle={bundle} a={a} />
      <FilingOutcome status={filing.status} />
      <FilingActions filing={filing} send={send} download={download}>
        <BackToSummary caseId={caseId} />
      </FilingActions>
      {downloaded ? <p role="status">{downloaded}</p> : null}
    </>
  );
}

function WhatWillBeFiled({ bundle, a }: { bundle: Bundle; a: Assessment }) {
  const { t, lang } = useT();
  const what = filedContents(bundle);
  const categories = what.categories.map((k) => t(`ehr.file.categories.${k}`)).join(', ');
  return (
    <section className="card" aria-labelledby="ehr-file-what">
      <h2 id="ehr-file-what">{t('ehr.file.whatHeading')}</h2>
      <p>
        <strong>{t('ehr.file.conclusion')}:</strong> {a.interpretation.label[lang]}
      </p>
      <ul>
        <li>{categories ? t('ehr.file.report', { categories }) : t('ehr.file.reportNoResults')}</li>
        {what.newResults ? <li>{t('ehr.file.newResults', { count: what.newResults })}</li> : null}
        {what.recordResults ? (
          <li>{t('ehr.file.recordResults', { count: what.recordResults })}</li>
        ) : null}
        {what.conditions.map((cond, i) => (
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
          {what.requests.length
            ? t('ehr.file.requests', {
                names: what.requests.map((r) => r.code?.text ?? '').join('; '),
              })
            : t('ehr.file.noRequests')}
        </li>
      </ul>
    </section>
  );
}

/** What happened, focused as soon as it is known; "Sending…" while it is not. */
function FilingOutcome({ status }: { status: FilingStatus }) {
  const { t } = useT();
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (status.kind !== 'idle' && status.kind !== 'sending') statusRef.current?.focus();
  }, [status]);
  const message = filingMessage(t, status);
  const failed = message !== undefined && status.kind !== 'filed';
  return (
    <>
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
    </>
  );
}

/** Confirm (or try again), download the Bundle, disconnect, and the way back (`children`). */
function FilingActions({
  filing,
  send,
  download,
  children,
}: {
  filing: Filing;
  send: () => void;
  download: () => void;
  children: ReactNode;
}) {
  const { t } = useT();
  const { status } = filing;
  return (
    <div className="ehr-actions">
      {status.kind === 'idle' || status.kind === 'sending' ? (
        <button
          type="button"
          className="primary"
          disabled={status.kind === 'sending'}
          onClick={send}
        >
          {t('ehr.file.confirm')}
        </button>
      ) : null}
      {canRetry(status) ? (
        <button type="button" className="primary" onClick={send}>
          {t('ehr.file.retry')}
        </button>
      ) : null}
      <button type="button" onClick={download}>
        {t('ehr.file.download')}
      </button>
      <button type="button" onClick={filing.disconnect}>
        {t('ehr.file.disconnect')}
      </button>
      {children}
    </div>
  );
}
