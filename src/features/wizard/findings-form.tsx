import type { ReactNode } from 'react';
import { DEPTHS, type Case, type Studies } from '../../domain/case/schema';
import type { ModalityId } from '../../domain/evidence/types';
import { HISTOLOGY } from '../../domain/modalities/biopsy/schema';
import { CROSS_SECTIONAL_PATTERNS } from '../../domain/modalities/cross-sectional/schema';
import { SCINT_PATTERNS } from '../../domain/modalities/scintigraphy/schema';
import { US_PATTERNS } from '../../domain/modalities/ultrasound/schema';
import { XRAY_PATTERNS } from '../../domain/modalities/xray/schema';
import type { TKey } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';
import type { Commit, Option } from '../../ui/fields';
import { ChoiceField, YesNoChoice } from './choice-field';
import { LabsForm } from './labs-form';

interface FormProps<K extends ModalityId> {
  readonly c: Case;
  readonly studyId: K;
  readonly labelPrefix: string;
}

/** Options for an enum, labelled through the dictionary (`prefix.value`). */
function useOptions() {
  const { t } = useT();
  return <V extends string>(values: readonly V[], prefix: string): Option<V>[] =>
    values.map((v) => ({ value: v, label: t(`${prefix}.${v}` as TKey) }));
}

/**
 * Save a finding. A result recorded on a study still "not started" marks it done in the same
 * save: only studies marked done count (engine/findings.ts), and a result left on a study nobody
 * marked would be silently ignored (HAZ-63). A "planned" study keeps its status: there the
 * engine reads the result as a draft until the clinician marks it done.
 */
function useRecord<K extends ModalityId>(c: Case, studyId: K) {
  const updateStudy = useCases((s) => s.updateStudy);
  return (patch: Partial<Studies[K]>) => {
    const recorded = Object.values(patch).some((v) => v !== undefined);
    const markDone = recorded && c.studies[studyId].status === 'not-started';
    return updateStudy(c.id, studyId, markDone ? { ...patch, status: 'done' } : patch);
  };
}

/** The main result: one pattern out of the schema's list, every option readable in full. */
function PatternField<V extends string>(props: {
  labelPrefix: string;
  value: V | undefined;
  values: readonly V[];
  prefix: string;
  commit: Commit<V | undefined>;
}) {
  const { t } = useT();
  const options = useOptions();
  return (
    <ChoiceField<V>
      legend={props.labelPrefix + t('wizard.findings.pattern')}
      value={props.value}
      notRecorded={t('wizard.findings.notRecorded')}
      options={options(props.values, props.prefix)}
      className="field-wide"
      commit={props.commit}
    />
  );
}

/** The studies that record the depth of the deposits (derived from the schemas). */
type WithDepth = { [K in ModalityId]: 'depth' extends keyof Studies[K] ? K : never }[ModalityId];

/** Where the deposits sit, for the studies that record it. */
function DepthField<K extends WithDepth>({ c, studyId, labelPrefix }: FormProps<K>) {
  const { t } = useT();
  const options = useOptions();
  const record = useRecord(c, studyId);
  return (
    <ChoiceField
      legend={labelPrefix + t('wizard.findings.depth')}
      value={c.studies[studyId].depth}
      notRecorded={t('wizard.findings.notRecorded')}
      options={options(DEPTHS, 'wizard.findings.depths')}
      commit={(v) => record({ depth: v } as Partial<Studies[K]>)}
    />
  );
}

function UltrasoundFindings(props: FormProps<'ultrasound'>) {
  const { c, labelPrefix } = props;
  const record = useRecord(c, 'ultrasound');
  return (
    <div className="field-grid">
      <PatternField
        labelPrefix={labelPrefix}
        value={c.studies.ultrasound.pattern}
        values={US_PATTERNS}
        prefix="wizard.findings.us"
        commit={(v) => record({ pattern: v })}
      />
      <DepthField {...props} />
    </div>
  );
}

function XrayFindings(props: FormProps<'xray'>) {
  const { c, labelPrefix } = props;
  const { t } = useT();
  const record = useRecord(c, 'xray');
  const s = c.studies.xray;
  return (
    <div className="field-grid">
      <PatternField
        labelPrefix={labelPrefix}
        value={s.pattern}
        values={XRAY_PATTERNS}
        prefix="wizard.findings.xray"
        commit={(v) => record({ pattern: v })}
      />
      <DepthField {...props} />
      <YesNoChoice
        legend={labelPrefix + t('wizard.findings.periostitis')}
        value={s.periostitis}
        commit={(v) => record({ periostitis: v })}
      />
    </div>
  );
}

function ScintigraphyFindings({ c, labelPrefix }: FormProps<'scintigraphy'>) {
  const record = useRecord(c, 'scintigraphy');
  return (
    <div className="field-grid">
      <PatternField
        labelPrefix={labelPrefix}
        value={c.studies.scintigraphy.pattern}
        values={SCINT_PATTERNS}
        prefix="wizard.findings.scint"
        commit={(v) => record({ pattern: v })}
      />
    </div>
  );
}

/** CT and MRI record the same findings. */
function CrossSectionalFindings(props: FormProps<'ct' | 'mri'>) {
  const { c, studyId, labelPrefix } = props;
  const record = useRecord(c, studyId);
  return (
    <div className="field-grid">
      <PatternField
        labelPrefix={labelPrefix}
        value={c.studies[studyId].pattern}
        values={CROSS_SECTIONAL_PATTERNS}
        prefix="wizard.findings.cross"
        commit={(v) => record({ pattern: v })}
      />
      <DepthField {...props} />
    </div>
  );
}

function BiopsyFindings({ c, labelPrefix }: FormProps<'biopsy'>) {
  const { t } = useT();
  const options = useOptions();
  const record = useRecord(c, 'biopsy');
  const s = c.studies.biopsy;
  return (
    <div className="field-grid">
      <ChoiceField
        legend={labelPrefix + t('wizard.findings.histology')}
        value={s.histology}
        notRecorded={t('wizard.findings.notRecorded')}
        options={options(HISTOLOGY, 'wizard.findings.histologyOptions')}
        className="field-wide"
        commit={(v) => record({ histology: v })}
      />
      <YesNoChoice
        legend={labelPrefix + t('wizard.findings.woundProblem')}
        value={s.woundProblem}
        commit={(v) => record({ woundProblem: v })}
      />
    </div>
  );
}

/**
 * The findings form of each modality: only the schema's enums, so every finding is something the
 * engine can read; labels go through the dictionary. A modality without a form is a compile error.
 */
const FINDINGS_FORMS: { readonly [K in ModalityId]: (props: FormProps<K>) => ReactNode } = {
  labs: ({ c }) => <LabsForm c={c} />,
  ultrasound: UltrasoundFindings,
  xray: XrayFindings,
  scintigraphy: ScintigraphyFindings,
  ct: CrossSectionalFindings,
  mri: CrossSectionalFindings,
  biopsy: BiopsyFindings,
};

/** The findings of one study, in its modality's own form. */
export function FindingsForm<K extends ModalityId>({
  c,
  studyId,
  labelPrefix = '',
}: {
  c: Case;
  studyId: K;
  labelPrefix?: string;
}) {
  const Form = FINDINGS_FORMS[studyId] as (props: FormProps<K>) => ReactNode;
  return <Form c={c} studyId={studyId} labelPrefix={labelPrefix} />;
}
