import { useT } from '../../i18n/use-t';

/** Placeholder until this feature lands. */
export function CasesPage() {
  const { t } = useT();
  return (
    <section className="page">
      <h1>{t('common.nav.cases')}</h1>
    </section>
  );
}
