import { Link, useRouteError } from 'react-router';
import { useT } from '../i18n/use-t';

/**
 * Shown when a page throws. Cases live in the persisted store, which a render error cannot
 * touch, so the message can honestly say nothing was lost.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useT();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <section className="page" role="alert">
      <h1>{t('common.error.title')}</h1>
      <p>{t('common.error.body')}</p>
      <p className="actions">
        <button type="button" onClick={() => window.location.reload()}>
          {t('common.error.retry')}
        </button>{' '}
        <Link to="/">{t('common.error.home')}</Link>
      </p>
      <details>
        <summary>{t('common.error.details')}</summary>
        <pre>{detail}</pre>
      </details>
    </section>
  );
}
