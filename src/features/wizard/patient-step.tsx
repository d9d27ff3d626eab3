import {
  ANTITHROMBOTICS,
  CEAP_CLASSES,
  CKD_STAGES,
  DIALYSIS_STATUSES,
  LATERALITIES,
  PAIN_LEVELS,
  PREGNANCY_STATUSES,
  SEXES,
  SKIN_SIGNS,
  WORSE_SIDES,
  type Case,
  type Patient,
} from '../../domain/case/schema';
import { nextAntithrombotics } from '../../domain/case/antithrombotic-answers';
import { CHILDBEARING_AGE } from '../../domain/evidence/patient';
import type { Assessment } from '../../domain/engine/types';
import type { TKey } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';
import { NoteWarning } from '../../ui/privacy-warning';
import { StatementText } from '../../ui/statement-text';
import {
  CheckboxGroup,
  DateField,
  NumberField,
  SelectField,
  TextAreaField,
  type Commit,
} from '../../ui/fields';
import { ChoiceField, YesNoChoice } from './choice-field';

type BoolKey = {
  [K in keyof Patient]-?: NonNullable<Patient[K]> extends boolean ? K : never;
}[keyof Patient];

/**
 * The pregnancy question is shown for a woman, or a patient whose sex is not recorded (or other),
 * whose age is 12 to 55 or not recorded — and always once a status has been recorded, so nothing
 * stored is ever hidden.
 */
export const asksPregnancy = (p: Patient): boolean =>
  p.pregnancy !== undefined ||
  (p.sex !== 'male' &&
    (p.age === undefined || (p.age >= CHILDBEARING_AGE.from && p.age <= CHILDBEARING_AGE.to)));

type Fields = ReturnType<typeof usePatientFields>;

/** The patient's answers and one way to record each: a list, a row of choices or yes/no. */
function usePatientFields(c: Case) {
  const { t } = useT();
  const updatePatient = useCases((s) => s.updatePatient);
  const p = c.patient;
  const set =
    <K extends keyof Patient>(key: K) =>
    (value: Patient[K]) =>
      updatePatient(c.id, { [key]: value } as Partial<Patient>);
  const notRecorded = t('wizard.findings.notRecorded');
  // One tap each (a native list takes two): every answer with a few options is a row of choices.
  const yesNo = (key: BoolKey, hint?: string) => (
    <YesNoChoice legend={t(`wizard.patient.${key}`)} hint={hint} value={p[key]} commit={set(key)} />
  );
  /** A row of choices for an answer with a few options, labelled `wizard.patient.<group>.<value>`. */
  const choice = <K extends ChoiceKey>(
    key: K,
    values: readonly NonNullable<Patient[K]>[],
    group: string,
    hint?: string,
  ) => (
    <ChoiceField<NonNullable<Patient[K]>>
      legend={t(`wizard.patient.${key}` as TKey)}
      hint={hint}
      inline
      value={p[key] as NonNullable<Patient[K]> | undefined}
      notRecorded={notRecorded}
      options={values.map((v) => ({ value: v, label: t(`wizard.patient.${group}.${v}` as TKey) }))}
      commit={set(key) as Commit<NonNullable<Patient[K]> | undefined>}
    />
  );
  return { t, p, set, notRecorded, yesNo, choice };
}

type ChoiceKey = 'sex' | 'pregnancy' | 'laterality' | 'worseSide' | 'pain' | 'dialysis';

/** Every history field of the patient schema, then the engine's risk profile. */
export function PatientStep({ c, assessment }: { c: Case; assessment: Assessment | undefined }) {
  const f = usePatientFields(c);
  const { t } = f;
  return (
    <>
      <section className="card" aria-labelledby="patient-heading">
        <h2 id="patient-heading">{t('wizard.patient.heading')}</h2>
        <div className="field-grid">
          <WhoFields f={f} />
          <VenousFields f={f} />
          <LesionFields f={f} />
          <KidneyAndDrugFields f={f} />
          <SkinAndNotesFields f={f} />
        </div>
      </section>
      {assessment ? <RiskPanel assessment={assessment} /> : null}
    </>
  );
}

/** Age, sex and, where it applies, pregnancy (asked before any ionising study). */
function WhoFields({ f }: { f: Fields }) {
  const { t, p, set, choice } = f;
  return (
    <>
      <NumberField label={t('wizard.patient.age')} value={p.age} commit={set('age')} />
      {choice('sex', SEXES, 'sexes')}
      {asksPregnancy(p)
        ? choice('pregnancy', PREGNANCY_STATUSES, 'pregnancies', t('wizard.patient.pregnancyHint'))
        : null}
    </>
  );
}

/** The venous history the risk profile reads: obesity, CVI and its years, CEAP, DVT, immobility. */
function VenousFields({ f }: { f: Fields }) {
  const { t, p, set, notRecorded, yesNo } = f;
  return (
    <>
      {yesNo('obesity')}
      <fieldset className="field field-wide">
        <legend>{t('wizard.patient.cvi')}</legend>
        <div className="field-grid">
          {yesNo('longStandingCvi', t('wizard.patient.longStandingCviHint'))}
          <NumberField
            label={t('wizard.patient.cviYears')}
            hint={t('wizard.patient.cviYearsHint')}
            value={p.cviYears}
            commit={set('cviYears')}
          />
        </div>
      </fieldset>
      <SelectField
        label={t('wizard.patient.ceap')}
        hint={t('wizard.patient.ceapHint')}
        value={p.ceap}
        emptyLabel={notRecorded}
        options={CEAP_CLASSES.map((v) => ({ value: v, label: v }))}
        commit={set('ceap')}
      />
      {yesNo('priorDvt')}
      {yesNo('immobility')}
    </>
  );
}

/** The lesion: when it began, which legs (and the worse one), where on the leg, pain. */
function LesionFields({ f }: { f: Fields }) {
  const { t, p, set, yesNo, choice } = f;
  return (
    <>
      <DateField
        label={t('wizard.patient.onsetDate')}
        hint={t('wizard.patient.onsetHint')}
        value={p.onsetDate}
        commit={set('onsetDate')}
      />
      {choice('laterality', LATERALITIES, 'lateralities')}
      {p.laterality === 'bilateral' || p.worseSide !== undefined
        ? choice('worseSide', WORSE_SIDES, 'worseSides')
        : null}
      {yesNo('lowerThird')}
      {yesNo('posteriorLateral')}
      {choice('pain', PAIN_LEVELS, 'pains')}
    </>
  );
}

/** Kidney function and dialysis (calciphylaxis), and the drugs that matter before a biopsy. */
function KidneyAndDrugFields({ f }: { f: Fields }) {
  const { t, p, set, notRecorded, choice } = f;
  return (
    <>
      <SelectField
        label={t('wizard.patient.ckd')}
        value={p.ckd}
        emptyLabel={notRecorded}
        options={CKD_STAGES.map((v) => ({
          value: v,
          label: t(`wizard.patient.ckdStages.${v}`),
        }))}
        commit={set('ckd')}
      />
      {choice('dialysis', DIALYSIS_STATUSES, 'dialysisOptions')}
      <CheckboxGroup
        legend={t('wizard.patient.antithrombotics')}
        value={p.antithrombotics}
        options={ANTITHROMBOTICS.map((v) => ({
          value: v,
          label: t(`wizard.patient.antithromboticOptions.${v}`),
        }))}
        commit={(next) =>
          set('antithrombotics')(nextAntithrombotics(p.antithrombotics ?? [], next))
        }
      />
    </>
  );
}

/** Lesions since childhood (FOP), the skin over the plaques, and the free-text history. */
function SkinAndNotesFields({ f }: { f: Fields }) {
  const { t, p, set, yesNo } = f;
  return (
    <>
      {yesNo('childhoodOnset')}
      <CheckboxGroup
        legend={t('wizard.patient.skin')}
        value={p.skin}
        options={SKIN_SIGNS.map((v) => ({
          value: v,
          label: t(`wizard.patient.skinSigns.${v}`),
        }))}
        commit={set('skin')}
      />
      <TextAreaField
        label={t('wizard.patient.history')}
        hint={t('wizard.patient.historyHint')}
        value={p.history}
        commit={set('history')}
        advice={(typed) => <NoteWarning text={typed} />}
      />
    </>
  );
}

function RiskPanel({ assessment }: { assessment: Assessment }) {
  const { t, tx } = useT();
  const { risk } = assessment;
  return (
    <section className="card" aria-labelledby="risk-heading">
      <h2 id="risk-heading">{t('wizard.risk.heading')}</h2>
      <ul>
        {risk.factors.map((f) => (
          <li key={f.id}>
            {tx(f.label)}:{' '}
            <strong>
              {f.present === null
                ? t('wizard.risk.notRecorded')
                : f.present
                  ? t('wizard.risk.present')
                  : t('wizard.risk.absent')}
            </strong>
          </li>
        ))}
      </ul>
      <p className="reason">
        <StatementText s={risk.reason} />
      </p>
    </section>
  );
}
