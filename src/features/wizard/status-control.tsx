import { useId } from 'react';
import {
  SKIP_REASONS,
  STUDY_STATUSES,
  type SkipReason,
  type Studies,
  type StudyId,
  type StudyStatus,
} from '../../domain/case/schema';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';
import { DateField, SelectField, TextAreaField } from '../../ui/fields';
import { NoteWarning } from '../../ui/privacy-warning';

const NEEDS_REASON: readonly StudyStatus[] = ['skipped', 'deferred'];

/**
 * Done / planned / skipped / deferred (with a reason) / not started, the study date and a note.
 * Any status can be chosen at any time: the app recommends, it never locks the clinician in.
 */
export function StatusControl({
  caseId,
  studyId,
  study,
  modalityName,
  labelPrefix = '',
}: {
  caseId: string;
  studyId: StudyId;
  study: Studies[StudyId];
  modalityName: string;
  /** "CT: " when a step holds several studies, so every label stays unique. */
  labelPrefix?: string;
}) {
  const { t } = useT();
  const updateStudy = useCases((s) => s.updateStudy);
  const name = useId();
  const setStatus = (status: StudyStatus) =>
    // A reason only means something for a study set aside; clear it otherwise.
    updateStudy(
      caseId,
      studyId,
      NEEDS_REASON.includes(status) ? { status } : { status, reason: undefined },
    );

  return (
    <div className="status-control">
      <fieldset className="status-options">
        <legend>{t('wizard.status.legend', { modality: modalityName })}</legend>
        {STUDY_STATUSES.map((s) => (
          <label key={s} className={`status-option${study.status === s ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name={name}
              value={s}
              checked={study.status === s}
              onChange={() => setStatus(s)}
            />
            {t(`wizard.status.options.${s}`)}
          </label>
        ))}
      </fieldset>
      <div className="field-grid">
        {NEEDS_REASON.includes(study.status) ? (
          <SelectField<SkipReason>
            label={labelPrefix + t('wizard.status.reason')}
            value={study.reason}
            emptyLabel={t('wizard.status.reasonNone')}
            options={SKIP_REASONS.map((r) => ({
              value: r,
              label: t(`wizard.status.reasons.${r}`),
            }))}
            commit={(reason) => updateStudy(caseId, studyId, { reason })}
          />
        ) : null}
        <DateField
          label={labelPrefix + t('wizard.status.date')}
          value={study.date}
          commit={(date) => updateStudy(caseId, studyId, { date })}
        />
        <TextAreaField
          label={labelPrefix + t('wizard.status.note')}
          value={study.note}
          commit={(note) => updateStudy(caseId, studyId, { note })}
          advice={(typed) => <NoteWarning text={typed} />}
        />
      </div>
    </div>
  );
}
