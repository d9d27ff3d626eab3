import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import type { PatientBanner as Banner } from './record-client';

/**
 * Which patient of the record this is, when the record asks the app to show it (SMART's
 * `need_patient_banner`): the check against filing for the wrong patient. Drawn from memory,
 * never stored, and never the case's label.
 */
export function PatientBanner({ banner }: { banner: Banner | undefined }) {
  const { t, lang } = useT();
  if (!banner) return null;
  return (
    <p className="patient-banner">
      <span className="patient-banner-label">{t('ehr.banner.label')}:</span>{' '}
      <strong>{banner.name}</strong>
      {banner.birthDate && /^\d{4}-\d{2}-\d{2}$/.test(banner.birthDate)
        ? `, ${t('ehr.banner.born', { date: formatDate(lang, banner.birthDate) })}`
        : null}
    </p>
  );
}
