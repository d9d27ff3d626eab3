import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { FieldError } from '../../domain/case/errors';
import type { Lang } from '../../domain/languages';
import { nextAntithrombotics } from '../../domain/case/antithrombotic-answers';
import {
  ANTITHROMBOTICS,
  DIALYSIS_STATUSES,
  LAB_ANALYTES,
  LAB_FLAGS,
  LAB_UNITS,
  LABEL_MAX_LENGTH,
  CKD_STAGES,
  PREGNANCY_STATUSES,
  SEXES,
  type Case,
  type LabAnalyte,
  type LabValue,
  type Patient,
} from '../../domain/case/schema';
import { fieldMessage, readLab } from '../../domain/engine/lab-values';
import {
  checkCase,
  type Filled,
  type NotUsed,
  type Prefill,
  type PrefillFieldId,
  type RecordSource,
} from '../../domain/record';
import { describeFieldError } from '../../i18n/field-error';
import { formatDate } from '../../i18n/format';
import type { TFunction, TKey } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';
import { CheckboxGroup, NumberField, SelectField, YesNoField, type Commit } from '../../ui/fields';
import { Citations } from '../../ui/citations';
import { useFocusHeading } from '../../ui/use-focus-heading';
import type { Opened } from './launch-callback';
import { PatientBanner } from './patient-banner';
import { linkCase } from './session';

const isLab = (f: PrefillFieldId): f is LabAnalyte =>
  (LAB_ANALYTES as readonly string[]).includes(f);

/** The field's name, as the wizard calls it. */
function fieldName(t: TFunction, field: PrefillFieldId): string {
  return isLab(field) ? t(`wizard.labs.analytes.${field}`) : t(`wizard.patient.${field}`);
}

/** "Source: Observation “Calcium [Moles/volume]…”, 20 Feb 2026." */
function sourceText(t: TFunction, lang: Lang, field: PrefillFieldId, s: RecordSource) {
  if (field === 'age') return t('ehr.prefill.sourceAge');
  if (field === 'sex') return t('ehr.prefill.sourceSex');
  const resource = t(`ehr.resource.${s.resourceType}`);
  return s.date
    ? t('ehr.prefill.source', { resource, what: s.what, date: formatDate(lang, s.date) })
    : t('ehr.prefill.sourceUndated', { resource, what: s.what });
}

/** A value as it was offered, for the list of values the case refused. */
function shown(value: Filled['value']): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object' && value !== null)
    return [value.value, value.unit].filter((x) => x !== undefined).join(' ');
  return String(value);
}

/**
 * The new case as read from the record: every filled value in the same field the wizard uses,
 * with its source and date beneath it, each change checked by the case schema (and the lab values
 * by the engine's plausibility check) exactly as typed input is; what the record held but did not
 * fill in, and why; a pseudonymous label; then the case is created on this device and opened.
 */
export function PrefillForm({ opened }: { opened: Opened }) {
  const { t } = useT();
  const navigate = useNavigate();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const addCase = useCases((s) => s.addCase);
  const labelId = useId();
  const { prefill, today } = opened;
  const draft = useDraft(prefill.case, today);
  const label = useCaseLabel(today);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = label.check();
    if (clean === undefined) return;
    const checked = checkCase({ ...draft.value, label: clean }, today);
    if (!checked.case) return draft.setProblem(t('ehr.prefill.fixFirst'));
    const id = addCase(checked.case);
    linkCase(id, prefill.filled);
    navigate(`/cases/${encodeURIComponent(id)}/patient`);
  };

  return (
    <form onSubmit={submit} noValidate>
      <h1 ref={heading} tabIndex={-1}>
        {t('ehr.prefill.title')}
      </h1>
      <PatientBanner banner={opened.banner} />
      <p>{t('ehr.prefill.intro')}</p>
      <CaseLabelField id={labelId} label={label} />
      <FilledSection id={`${labelId}-filled`} filled={prefill.filled} draft={draft} />
      {prefill.rejected.length ? (
        <RejectedList id={`${labelId}-rejected`} items={prefill.rejected} />
      ) : null}
      {prefill.notUsed.length ? <NotUsedList items={prefill.notUsed} /> : null}
      {prefill.unread.map((u) => (
        <p key={u.resourceType} className="callout callout-warning">
          {t('ehr.prefill.unread', {
            resource: t(`ehr.resource.${u.resourceType}`),
            detail: u.detail,
          })}
        </p>
      ))}

      {draft.problem ? (
        <p className="callout callout-warning" role="alert">
          {draft.problem}
        </p>
      ) : null}
      <p>
        <button type="submit" className="primary">
          {t('ehr.prefill.create')}
        </button>
      </p>
    </form>
  );
}

/**
 * The case being prepared, changed only through the case's own checks (the same as typed input):
 * a change they refuse is not kept, and its errors go back to the field that made it.
 */
function useDraft(first: Case, today: string) {
  const [value, setValue] = useState<Case>(first);
  const [problem, setProblem] = useState<string | undefined>();
  const change = (next: Case): readonly FieldError[] => {
    const checked = checkCase(next, today);
    if (checked.case) {
      setValue(checked.case);
      setProblem(undefined);
    }
    return checked.errors;
  };
  const setPatient =
    <K extends keyof Patient>(key: K): Commit<Patient[K]> =>
    (v) =>
      change({ ...value, patient: { ...value.patient, [key]: v } });
  const setLab = (analyte: LabAnalyte, patch: Partial<LabValue>) => {
    const next = { ...value.studies.labs[analyte], ...patch };
    const empty = Object.values(next).every((v) => v === undefined);
    return change({
      ...value,
      studies: {
        ...value.studies,
        labs: { ...value.studies.labs, [analyte]: empty ? undefined : next },
      },
    });
  };
  return { value, setPatient, setLab, problem, setProblem };
}
type Draft = ReturnType<typeof useDraft>;

/** The case's pseudonymous label, dated today by default, and what is wrong with it. */
function useCaseLabel(today: string) {
  const { t, lang } = useT();
  const [value, setValue] = useState(() =>
    t('ehr.prefill.defaultLabel', { date: formatDate(lang, today) }),
  );
  const [error, setError] = useState<string | undefined>();
  /** The label to create the case with, or undefined (and the error shown) when it cannot be. */
  const check = (): string | undefined => {
    const clean = value.trim();
    if (!clean) return void setError(t('cases.new.errorEmpty'));
    if (clean.length > LABEL_MAX_LENGTH)
      return void setError(t('cases.new.errorTooLong', { max: LABEL_MAX_LENGTH }));
    return clean;
  };
  const type = (next: string) => {
    setValue(next);
    setError(undefined);
  };
  return { value, error, check, type };
}

function CaseLabelField({ id, label }: { id: string; label: ReturnType<typeof useCaseLabel> }) {
  const { t } = useT();
  const { error } = label;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{t('ehr.prefill.label')}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('ehr.prefill.labelHint')}
      </p>
      <input
        id={id}
        type="text"
        autoComplete="off"
        value={label.value}
        maxLength={LABEL_MAX_LENGTH + 20}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => label.type(e.target.value)}
      />
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Every value the record filled in, in its field, with where it came from beneath it. */
function FilledSection({
  id,
  filled,
  draft,
}: {
  id: string;
  filled: readonly Filled[];
  draft: Draft;
}) {
  const { t, lang } = useT();
  const labDates = new Set(filled.filter((f) => isLab(f.field)).map((f) => f.source.date));
  const labsDate = draft.value.studies.labs.date;
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t('ehr.prefill.filledHeading')}</h2>
      {filled.length === 0 ? <p>{t('ehr.prefill.noneFilled')}</p> : null}
      <div className="prefill-fields">
        {filled.map((f) => (
          <div key={f.field} className="prefill-field">
            <FilledField f={f} draft={draft} />
            <p className="prefill-source">{sourceText(t, lang, f.field, f.source)}</p>
            {f.also?.map((s, i) => (
              <p key={i} className="prefill-source">
                {sourceText(t, lang, f.field, s)}
              </p>
            ))}
            {f.note ? <p className="prefill-source">{f.note[lang]}</p> : null}
          </div>
        ))}
      </div>
      {labsDate && labDates.size > 0 ? (
        <p className="field-hint">
          {t(labDates.size > 1 ? 'ehr.prefill.labsDates' : 'ehr.prefill.labsDate', {
            date: formatDate(lang, labsDate),
          })}
        </p>
      ) : null}
      <p className="field-hint">{t('ehr.prefill.absentHint')}</p>
    </section>
  );
}

type Rejected = Prefill['rejected'][number];

/** The values the record offered that the case refused, each with why and where it came from. */
function RejectedList({ id, items }: { id: string; items: readonly Rejected[] }) {
  const { t, lang } = useT();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t('ehr.prefill.rejectedHeading')}</h2>
      <ul>
        {items.map((r) => (
          <li key={r.filled.field}>
            {t('ehr.prefill.rejected', {
              field: fieldName(t, r.filled.field),
              value: shown(r.filled.value),
              error: r.errors.map((e) => describeFieldError(e, t)).join(' '),
            })}{' '}
            <span className="prefill-source">
              {sourceText(t, lang, r.filled.field, r.filled.source)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function NotUsedList({ items }: { items: readonly NotUsed[] }) {
  const { t, lang } = useT();
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t('ehr.prefill.notUsedHeading')}</h2>
      <ul>
        {items.map((n, i) => (
          <li key={i}>
            <strong>{fieldName(t, n.field)}</strong>: {n.reason[lang]}
            {n.refs?.length ? <Citations refs={n.refs} /> : null}{' '}
            <span className="prefill-source">{sourceText(t, lang, n.field, n.source)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The patient's fields answered from a list, as the wizard words each choice. */
type ListFieldId = 'sex' | 'pregnancy' | 'dialysis' | 'ckd';
type ListValue<K extends ListFieldId> = NonNullable<Patient[K]>;
interface ListSpec<K extends ListFieldId> {
  readonly values: readonly ListValue<K>[];
  readonly label: (t: TFunction, v: ListValue<K>) => string;
  readonly hint?: TKey;
}
const LIST_FIELDS: { readonly [K in ListFieldId]: ListSpec<K> } = {
  sex: { values: SEXES, label: (t, v) => t(`wizard.patient.sexes.${v}`) },
  pregnancy: {
    values: PREGNANCY_STATUSES,
    label: (t, v) => t(`wizard.patient.pregnancies.${v}`),
    hint: 'wizard.patient.pregnancyHint',
  },
  dialysis: {
    values: DIALYSIS_STATUSES,
    label: (t, v) => t(`wizard.patient.dialysisOptions.${v}`),
  },
  ckd: { values: CKD_STAGES, label: (t, v) => t(`wizard.patient.ckdStages.${v}`) },
};
const isListField = (f: PrefillFieldId): f is ListFieldId => Object.hasOwn(LIST_FIELDS, f);

/** The field a filled value lives in: the same components, and checks, as the wizard's. */
function FilledField({ f, draft }: { f: Filled; draft: Draft }) {
  const { t } = useT();
  const { field } = f;
  const p = draft.value.patient;
  if (isLab(field))
    return (
      <LabFields analyte={field} value={draft.value.studies.labs[field]} setLab={draft.setLab} />
    );
  if (isListField(field)) return <ListField field={field} draft={draft} />;
  switch (field) {
    case 'age':
    case 'cviYears':
      return (
        <NumberField
          label={fieldName(t, field)}
          value={p[field]}
          commit={draft.setPatient(field)}
        />
      );
    case 'priorDvt':
      return (
        <YesNoField label={fieldName(t, field)} value={p[field]} commit={draft.setPatient(field)} />
      );
    case 'antithrombotics':
      return (
        <CheckboxGroup
          legend={fieldName(t, 'antithrombotics')}
          value={p.antithrombotics}
          options={ANTITHROMBOTICS.map((v) => ({
            value: v,
            label: t(`wizard.patient.antithromboticOptions.${v}`),
          }))}
          commit={(next) =>
            draft.setPatient('antithrombotics')(nextAntithrombotics(p.antithrombotics ?? [], next))
          }
        />
      );
    default: {
      // A new field the record can fill is named here by the compiler until it has its control.
      const unplaced: never = field;
      return unplaced;
    }
  }
}

function ListField<K extends ListFieldId>({ field, draft }: { field: K; draft: Draft }) {
  const { t } = useT();
  const spec: ListSpec<K> = LIST_FIELDS[field];
  return (
    <SelectField<ListValue<K>>
      label={fieldName(t, field)}
      hint={spec.hint ? t(spec.hint) : undefined}
      value={draft.value.patient[field] as ListValue<K> | undefined}
      emptyLabel={t('wizard.findings.notRecorded')}
      options={spec.values.map((v) => ({ value: v, label: spec.label(t, v) }))}
      commit={draft.setPatient(field) as Commit<ListValue<K> | undefined>}
    />
  );
}

/** A lab value read in: its value, unit and the lab's flag, as the labs step asks them. */
function LabFields({
  analyte,
  value: v,
  setLab,
}: {
  analyte: LabAnalyte;
  value: Case['studies']['labs'][LabAnalyte];
  setLab: Draft['setLab'];
}) {
  const { t, lang } = useT();
  const name = fieldName(t, analyte);
  const problem = fieldMessage(readLab(analyte, v));
  return (
    <fieldset className="prefill-lab">
      <legend>{name}</legend>
      <NumberField
        label={t('wizard.labs.value', { analyte: name })}
        value={v?.value}
        hint={problem ? problem[lang] : undefined}
        commit={(value) => setLab(analyte, { value })}
      />
      <SelectField<string>
        label={t('wizard.labs.unit', { analyte: name })}
        value={v?.unit}
        emptyLabel={t('wizard.labs.unitNone')}
        options={(LAB_UNITS[analyte] as readonly string[]).map((u) => ({ value: u, label: u }))}
        commit={(unit) => setLab(analyte, { unit } as Partial<LabValue>)}
      />
      <SelectField
        label={t('wizard.labs.flag', { analyte: name })}
        value={v?.flag}
        emptyLabel={t('wizard.findings.notRecorded')}
        options={LAB_FLAGS.map((x) => ({ value: x, label: t(`wizard.labs.flags.${x}`) }))}
        commit={(flag) => setLab(analyte, { flag })}
      />
    </fieldset>
  );
}
