import { useT } from '../../i18n/use-t';

/** Placeholder until this feature lands. */
export function ComparePage() {
  const { t } = useT();
  return (
    <section className="page">
      <h1>{t('common.nav.compare')}</h1>
    </section>
  );
}
