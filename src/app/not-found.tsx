import { Link } from 'react-router';
import { useT } from '../i18n/use-t';
import { useFocusHeading } from '../ui/use-focus-heading';

export function NotFound() {
  const { t } = useT();
  const ref = useFocusHeading<HTMLHeadingElement>();
  return (
    <section className="page">
      <h1 ref={ref} tabIndex={-1}>
        {t('common.notFound.title')}
      </h1>
      <p>{t('common.notFound.body')}</p>
      <p>
        <Link to="/">{t('common.notFound.back')}</Link>
      </p>
    </section>
  );
}
