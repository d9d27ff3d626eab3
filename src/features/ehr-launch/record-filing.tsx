import { useId } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/use-t';
import { launchedCase } from './session';

/**
 * On the summary of a case opened from the health record in this tab: the way to file its
 * report there. Nothing at all for any other case, so the device-only app looks as it always did.
 */
export function RecordFiling({ caseId }: { caseId: string }) {
  const { t } = useT();
  const id = useId();
  if (!launchedCase(caseId)) return null;
  return (
    <section className="summary-section" aria-labelledby={id}>
      <h2 id={id}>{t('ehr.filing.heading')}</h2>
      <p>{t('ehr.filing.text')}</p>
      <p>
        <Link className="button primary" to={`/launch/file/${encodeURIComponent(caseId)}`}>
          {t('ehr.filing.link')}
        </Link>
      </p>
    </section>
  );
}
