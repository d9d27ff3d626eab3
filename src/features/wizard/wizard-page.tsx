import { useT } from '../../i18n/use-t';

/** Placeholder until this feature lands. */
export function WizardPage() {
  const { t } = useT();
  return (
    <section className="page">
      <h1>{t('common.appName')}</h1>
    </section>
  );
}
