import { useT } from '../../i18n/use-t';

/** Placeholder until this feature lands. */
export function EvidencePage() {
  const { t } = useT();
  return (
    <section className="page">
      <h1>{t('common.nav.evidence')}</h1>
    </section>
  );
}
