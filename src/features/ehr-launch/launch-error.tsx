import { Link } from 'react-router';
import { useT } from '../../i18n/use-t';
import { useFocusHeading } from '../../ui/use-focus-heading';
import type { LaunchErrorCode } from './smart-client';

export type LaunchProblem = {
  readonly code: LaunchErrorCode | 'read' | 'no-session';
  readonly detail?: string;
};

/** Why the launch stopped, in words, and the way back to the cases (which are untouched). */
export function LaunchErrorView({ problem }: { problem: LaunchProblem }) {
  const { t } = useT();
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {t('ehr.errors.heading')}
      </h1>
      <p className="callout callout-warning" role="alert">
        {t(`ehr.errors.${problem.code}`, { detail: problem.detail ?? '' })}
      </p>
      <p>
        <Link className="button" to="/">
          {t('ehr.errors.home')}
        </Link>
      </p>
    </>
  );
}
