import { showsDayCount } from '../../domain/engine/timing';
import type { Assessment } from '../../domain/engine/types';
import type { ModalityId } from '../../domain/evidence';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { StatementText } from '../../ui/statement-text';

/**
 * Days since onset and the engine's timing warnings for these studies. On the X-ray step it also
 * gives the date from which a normal plain film is informative (all from `assessment.timing`).
 */
export function TimingPanel({
  assessment,
  modalities,
  showXrayDate,
  onPatientStep = false,
}: {
  assessment: Assessment;
  /** Warnings about these modalities are shown; an empty list shows the general ones. */
  modalities: readonly ModalityId[];
  showXrayDate: boolean;
  /** On the patient step itself: "enter the onset date", not "enter it on the patient step". */
  onPatientStep?: boolean;
}) {
  const { t, lang } = useT();
  const { daysSinceOnset, xrayInformativeFrom, warnings } = assessment.timing;
  const relevant = warnings.filter((w) =>
    modalities.length ? w.modality !== undefined && modalities.includes(w.modality) : !w.modality,
  );
  return (
    <section className="card timing" aria-labelledby="timing-heading">
      <h2 id="timing-heading">{t('wizard.timing.heading')}</h2>
      <p>
        <span>
          {daysSinceOnset === null
            ? t(onPatientStep ? 'wizard.timing.onsetUnknownHere' : 'wizard.timing.onsetUnknown')
            : showsDayCount(daysSinceOnset)
              ? t('wizard.timing.daysSinceOnset', { count: daysSinceOnset })
              : t('wizard.timing.overAYear')}
        </span>
        {showXrayDate && xrayInformativeFrom ? (
          <>
            {' '}
            <span>
              {t('wizard.timing.xrayFrom', { date: formatDate(lang, xrayInformativeFrom) })}
            </span>
          </>
        ) : null}
      </p>
      {relevant.map((w) => (
        <p key={w.id} className={`callout callout-${w.severity}`}>
          <strong>{t(`wizard.timing.severity.${w.severity}`)}: </strong>
          <StatementText s={w.reason} />
        </p>
      ))}
    </section>
  );
}
