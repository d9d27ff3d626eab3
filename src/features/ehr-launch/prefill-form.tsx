import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeFieldError, type FieldError } from '../../domain/case/errors';
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
  type PrefillFieldId,
  type RecordSource,
} from '../../domain/record';
import { formatDate } from '../../i18n/format';
import type { TFunction } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';
import { CheckboxGroup, NumberField, SelectField, YesNoField, type Commit } from '../../ui/fields';
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
function sourceText(t: TFunction, lang: 'en' | 'es', field: PrefillFieldId, s: RecordSource) {
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
  const { t, lang } = useT();
  const navigate = useNavigate();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const addCase = useCases((s) => s.addCase);
  const labelId = useId();
  const { prefill, today } = opened;
  const [draft, setDraft] = useState<Case>(prefill.case);
  const [label, setLabel] = useState(() =>
    t('ehr.prefill.defaultLabel', { date: formatDate(lang, today) }),
  );
  const [labelError, setLabelError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  /** A change to the draft, kept only if the case's own checks accept it. */
  const change = (next: Case): readonly FieldError[] => {
    const checked = checkCase(next, today);
    if (checked.case) {
      setDraft(checked.case);
      setProblem(undefined);
    }
    return checked.errors;
  };
  const setPatient =
    <K extends keyof Patient>(key: K): Commit<Patient[K]> =>
    (value) =>
      change({ ...draft, patient: { ...draft.patient, [key]: value } });
  const setLab = (analyte: LabAnalyte, patch: Partial<LabValue>) => {
    const next = { ...draft.studies.labs[analyte], ...patch };
    const empty = Object.values(next).every((v) => v === undefined);
    return change({
      ...draft,
      studies: {
        ...draft.studies,
        labs: { ...draft.studies.labs, [analyte]: empty ? undefined : next },
      },
    });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = label.trim();
    if (!clean) return setLabelError(t('cases.new.errorEmpty'));
    if (clean.length > LABEL_MAX_LENGTH)
      return setLabelError(t('cases.new.errorTooLong', { max: LABEL_MAX_LENGTH }));
    const checked = checkCase({ ...draft, label: clean }, today);
    if (!checked.case) return setProblem(t('ehr.prefill.fixFirst'));
    const id = addCase(checked.case);
    linkCase(id, prefill.filled);
    navigate(`/cases/${encodeURIComponent(id)}/patient`);
  };

  const labDates = new Set(prefill.filled.filter((f) => isLab(f.field)).map((f) => f.source.date));
  const labsDate = draft.studies.labs.date;

  return (
    <form onSubmit={submit} noValidate>
      <h1 ref={heading} tabIndex={-1}>
        {t('ehr.prefill.title')}
      </h1>
      <PatientBanner banner={opened.banner} />
      <p>{t('ehr.prefill.intro')}</p>

      <div className={`field${labelError ? ' field-invalid' : ''}`}>
        <label htmlFor={labelId}>{t('ehr.prefill.label')}</label>
        <p className="field-hint" id={`${labelId}-hint`}>
          {t('ehr.prefill.labelHint')}
        </p>
        <input
          id={labelId}
          type="text"
          autoComplete="off"
          value={label}
          maxLength={LABEL_MAX_LENGTH + 20}
          aria-invalid={labelError ? true : undefined}
          aria-describedby={`${labelId}-hint${labelError ? ` ${labelId}-error` : ''}`}
          onChange={(e) => {
            setLabel(e.target.value);
            setLabelError(undefined);
          }}
        />
        {labelError ? (
          <p className="field-error" id={`${labelId}-error`}>
            {labelError}
          </p>
        ) : null}
      </div>

      <section className="card" aria-labelledby={`${labelId}-filled`}>
        <h2 id={`${labelId}-filled`}>{t('ehr.prefill.filledHeading')}</h2>
        {prefill.filled.length === 0 ? <p>{t('ehr.prefill.noneFilled')}</p> : null}
        <div className="prefill-fields">
          {prefill.filled.map((f) => (
            <div key={f.field} className="prefill-field">
              <FilledField f={f} draft={draft} setPatient={setPatient} setLab={setLab} />
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

      {prefill.rejected.length ? (
        <section className="card" aria-labelledby={`${labelId}-rejected`}>
          <h2 id={`${labelId}-rejected`}>{t('ehr.prefill.rejectedHeading')}</h2>
          <ul>
            {prefill.rejected.map((r) => (
              <li key={r.filled.field}>
                {t('ehr.prefill.rejected', {
                  field: fieldName(t, r.filled.field),
                  value: shown(r.filled.value),
                  error: r.errors.map((e) => describeFieldError(e, lang)).join(' '),
                })}{' '}
                <span className="prefill-source">
                  {sourceText(t, lang, r.filled.field, r.filled.source)}
                </span>
              </li>
            ))}
          </ul>
        </section>
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

      {problem ? (
        <p className="callout callout-warning" role="alert">
          {problem}
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

function NotUsedList({ items }: { items: readonly NotUsed[] }) {
  const { t, lang } = useT();
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{t('ehr.prefill.notUsedHeading')}</h2>
      <ul>
        {items.map((n, i) => (
          <li key={i}>
            <strong>{fieldName(t, n.field)}</strong>: {n.reason[lang]}{' '}
            <span className="prefill-source">{sourceText(t, lang, n.field, n.source)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The field a filled value lives in: the same components, and checks, as the wizard's. */
function FilledField({
  f,
  draft,
  setPatient,
  setLab,
}: {
  f: Filled;
  draft: Case;
  setPatient: <K extends keyof Patient>(key: K) => Commit<Patient[K]>;
  setLab: (analyte: LabAnalyte, patch: Partial<LabValue>) => readonly FieldError[];
}) {
  const { t, lang } = useT();
  const p = draft.patient;
  const notRecorded = t('wizard.findings.notRecorded');
  switch (f.field) {
    case 'age':
    case 'cviYears':
      return (
        <NumberField
          label={fieldName(t, f.field)}
          value={p[f.field]}
          commit={setPatient(f.field)}
        />
      );
    case 'sex':
      return (
        <SelectField
          label={fieldName(t, 'sex')}
          value={p.sex}
          emptyLabel={notRecorded}
          options={SEXES.map((v) => ({ value: v, label: t(`wizard.patient.sexes.${v}`) }))}
          commit={setPatient('sex')}
        />
      );
    case 'priorDvt':
      return (
        <YesNoField label={fieldName(t, f.field)} value={p[f.field]} commit={setPatient(f.field)} />
      );
    case 'pregnancy':
      return (
        <SelectField
          label={fieldName(t, 'pregnancy')}
          hint={t('wizard.patient.pregnancyHint')}
          value={p.pregnancy}
          emptyLabel={notRecorded}
          options={PREGNANCY_STATUSES.map((v) => ({
            value: v,
            label: t(`wizard.patient.pregnancies.${v}`),
          }))}
          commit={setPatient('pregnancy')}
        />
      );
    case 'dialysis':
      return (
        <SelectField
          label={fieldName(t, 'dialysis')}
          value={p.dialysis}
          emptyLabel={notRecorded}
          options={DIALYSIS_STATUSES.map((v) => ({
            value: v,
            label: t(`wizard.patient.dialysisOptions.${v}`),
          }))}
          commit={setPatient('dialysis')}
        />
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
            setPatient('antithrombotics')(nextAntithrombotics(p.antithrombotics ?? [], next))
          }
        />
      );
    case 'ckd':
      return (
        <SelectField
          label={fieldName(t, 'ckd')}
          value={p.ckd}
          emptyLabel={notRecorded}
          options={CKD_STAGES.map((v) => ({ value: v, label: t(`wizard.patient.ckdStages.${v}`) }))}
          commit={setPatient('ckd')}
        />
      );
    default: {
      const analyte = f.field;
      const v = draft.studies.labs[analyte];
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
            emptyLabel={notRecorded}
            options={LAB_FLAGS.map((x) => ({ value: x, label: t(`wizard.labs.flags.${x}`) }))}
            commit={(flag) => setLab(analyte, { flag })}
          />
        </fieldset>
      );
    }
  }
}
