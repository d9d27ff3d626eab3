import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { useFocusHeading } from '../../ui/use-focus-heading';
import { LaunchErrorView, type LaunchProblem } from './launch-error';
import { LaunchError, loadConfig, startLaunch } from './smart-client';

/** One start per page load (React may run an effect twice in development). */
let starting: Promise<string> | undefined;

/**
 * `/launch?iss=…&launch=…` (EHR launch) or `/launch?iss=…` (standalone launch): check the server,
 * discover its sign-in, and hand the browser to the record's authorization server.
 */
export function LaunchStart() {
  const { t } = useT();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const [problem, setProblem] = useState<LaunchProblem | undefined>();

  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    starting ??= loadConfig().then((config) =>
      startLaunch({
        iss: q.get('iss'),
        launch: q.get('launch'),
        config,
        origin: window.location.origin,
      }),
    );
    starting.then(
      (to) => window.location.assign(to),
      (e: unknown) => {
        starting = undefined;
        setProblem(
          e instanceof LaunchError
            ? { code: e.code, detail: e.detail }
            : { code: 'discovery', detail: String(e) },
        );
      },
    );
  }, []);

  if (problem) return <LaunchErrorView problem={problem} />;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('ehr.start.title')}
      </h1>
      <p role="status">{t('ehr.start.working')}</p>
    </>
  );
}
