import {
  CROSS_SECTIONAL_PATTERNS,
  DEPTHS,
  HISTOLOGY,
  SCINT_PATTERNS,
  US_PATTERNS,
  XRAY_PATTERNS,
  type Case,
  type StudyId,
} from '../../domain/case/schema';
import type { TKey } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';
import { SelectField, YesNoField, type Option } from '../../ui/fields';

type ImagingStudyId = Exclude<StudyId, 'labs'>;

/** Options for an enum, labelled through the dictionary (`prefix.value`). */
function useOptions() {
  const { t } = useT();
  return <V extends string>(values: readonly V[], prefix: string): Option<V>[] =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as TKey) }));
}

/**
 * The structured findings of one imaging study or the biopsy: only the schema's enums, so every
 * finding is something the engine can read. Labels go through the dictionary.
 */
export function FindingsForm({
  c,
  studyId,
  labelPrefix = '',
}: {
  c: Case;
  studyId: ImagingStudyId;
  labelPrefix?: string;
}) {
  const { t } = useT();
  const options = useOptions();
  const updateStudy = useCases((s) => s.updateStudy);
  const notRecorded = t('wizard.findings.notRecorded');
  const depth = (value: (typeof DEPTHS)[number] | undefined) => (
    <SelectField
      label={labelPrefix + t('wizard.findings.depth')}
      value={value}
      emptyLabel={notRecorded}
      options={options(DEPTHS, 'wizard.findings.depths')}
      commit={(v) =>
        studyId === 'scintigraphy' || studyId === 'biopsy'
          ? []
          : updateStudy(c.id, studyId, { depth: v })
      }
    />
  );
  const pattern = <V extends string>(
    value: V | undefined,
    values: readonly V[],
    prefix: string,
    commit: (v: V | undefined) => ReturnType<typeof updateStudy>,
  ) => (
    <SelectField<V>
      label={labelPrefix + t('wizard.findings.pattern')}
      value={value}
      emptyLabel={notRecorded}
      options={options(values, prefix)}
      className="field-wide"
      commit={commit}
    />
  );

  switch (studyId) {
    case 'ultrasound': {
      const s = c.studies.ultrasound;
      return (
        <div className="field-grid">
          {pattern(s.pattern, US_PATTERNS, 'wizard.findings.us', (v) =>
            updateStudy(c.id, 'ultrasound', { pattern: v }),
          )}
          {depth(s.depth)}
        </div>
      );
    }
    case 'xray': {
      const s = c.studies.xray;
      return (
        <div className="field-grid">
          {pattern(s.pattern, XRAY_PATTERNS, 'wizard.findings.xray', (v) =>
            updateStudy(c.id, 'xray', { pattern: v }),
          )}
          <YesNoField
            label={labelPrefix + t('wizard.findings.periostitis')}
            value={s.periostitis}
            commit={(v) => updateStudy(c.id, 'xray', { periostitis: v })}
          />
          {depth(s.depth)}
        </div>
      );
    }
    case 'scintigraphy':
      return (
        <div className="field-grid">
          {pattern(c.studies.scintigraphy.pattern, SCINT_PATTERNS, 'wizard.findings.scint', (v) =>
            updateStudy(c.id, 'scintigraphy', { pattern: v }),
          )}
        </div>
      );
    case 'ct':
    case 'mri': {
      const s = c.studies[studyId];
      return (
        <div className="field-grid">
          {pattern(s.pattern, CROSS_SECTIONAL_PATTERNS, 'wizard.findings.cross', (v) =>
            updateStudy(c.id, studyId, { pattern: v }),
          )}
          {depth(s.depth)}
        </div>
      );
    }
    case 'biopsy': {
      const s = c.studies.biopsy;
      return (
        <div className="field-grid">
          <SelectField
            label={labelPrefix + t('wizard.findings.histology')}
            value={s.histology}
            emptyLabel={notRecorded}
            options={options(HISTOLOGY, 'wizard.findings.histologyOptions')}
            className="field-wide"
            commit={(v) => updateStudy(c.id, 'biopsy', { histology: v })}
          />
          <YesNoField
            label={labelPrefix + t('wizard.findings.woundProblem')}
            value={s.woundProblem}
            commit={(v) => updateStudy(c.id, 'biopsy', { woundProblem: v })}
          />
        </div>
      );
    }
  }
}
