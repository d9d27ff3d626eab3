import { useT } from '../i18n/use-t';

/** What a deep link shows for the moment its page's code is still loading. */
export function RouteLoading() {
  const { t } = useT();
  return (
    <p className="page" role="status">
      {t('common.loading')}
    </p>
  );
}
