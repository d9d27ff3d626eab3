import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { newCase } from '../../domain/case/parse';
import { prefillCase, type Prefill } from '../../domain/record';
import { useT } from '../../i18n/use-t';
import { nowIso, today } from '../../store/clock';
import { useFocusHeading } from '../../ui/use-focus-heading';
import { LaunchErrorView, type LaunchProblem } from './launch-error';
import { PrefillForm } from './prefill-form';
import { bannerOf, readRecord, RecordHttpError, type PatientBanner } from './record-client';
import { readSession, type EhrSession } from './session';
import { finishLaunch, LaunchError } from './smart-client';

export interface Opened {
  readonly session: EhrSession;
  readonly prefill: Prefill;
  readonly banner: PatientBanner | undefined;
  readonly today: string;
}

/** One sign-in per answer (React may run an effect twice in development; a code works once). */
const opening = new Map<string, Promise<Opened>>();

async function open(href: string): Promise<Opened> {
  const url = new URL(href);
  const answer = ['code', 'state', 'error'].some((k) => url.searchParams.has(k));
  const session = answer ? await finishLaunch(url) : readSession();
  if (!session) throw { code: 'no-session' } satisfies LaunchProblem;
  let record;
  try {
    record = await readRecord(session);
  } catch (e) {
    throw {
      code: 'read',
      detail: e instanceof RecordHttpError ? e.message : e instanceof Error ? e.message : String(e),
    } satisfies LaunchProblem;
  }
  const day = today();
  // A placeholder label: the clinician names the case before it is created.
  const base = newCase('from-record', 'From the record', nowIso());
  return {
    session,
    prefill: prefillCase(base, record, day),
    banner: session.needPatientBanner ? bannerOf(record.patient) : undefined,
    today: day,
  };
}

/**
 * `/launch/callback`, the redirect URI: finish the sign-in (the code and state leave the address
 * bar at once), read the patient's record and offer the new case, checked field by field. On a
 * reload within the same tab the record is read again with the token this tab holds.
 */
export function LaunchCallback() {
  const { t } = useT();
  const navigate = useNavigate();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [href] = useState(() => window.location.href);
  const [opened, setOpened] = useState<Opened | undefined>();
  const [problem, setProblem] = useState<LaunchProblem | undefined>();

  useEffect(() => {
    let p = opening.get(href);
    if (!p) {
      p = open(href);
      opening.set(href, p);
    }
    if (new URL(href).search) navigate('/launch/callback', { replace: true });
    let live = true;
    p.then(
      (o) => live && setOpened(o),
      (e: unknown) => {
        opening.delete(href);
        if (!live) return;
        if (e instanceof LaunchError) setProblem({ code: e.code, detail: e.detail });
        else if (e && typeof e === 'object' && 'code' in e) setProblem(e as LaunchProblem);
        else setProblem({ code: 'read', detail: String(e) });
      },
    );
    return () => {
      live = false;
    };
  }, [href, navigate]);

  if (problem) return <LaunchErrorView problem={problem} />;
  if (opened) return <PrefillForm opened={opened} />;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('ehr.start.title')}
      </h1>
      <p role="status">{t('ehr.callback.working')}</p>
    </>
  );
}
