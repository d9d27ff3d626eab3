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
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';
import { NoteWarning } from '../../ui/privacy-warning';
import { StatementText } from '../../ui/statement-text';
import { CheckboxGroup, DateField, NumberField, SelectField, TextAreaField } from '../../ui/fields';
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

/** Every history field of the patient schema, then the engine's risk profile. */
export function PatientStep({ c, assessment }: { c: Case; assessment: Assessment | undefined }) {
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

  return (
    <>
      <section className="card" aria-labelledby="patient-heading">
        <h2 id="patient-heading">{t('wizard.patient.heading')}</h2>
        <div className="field-grid">
          <NumberField label={t('wizard.patient.age')} value={p.age} commit={set('age')} />
          <ChoiceField
            legend={t('wizard.patient.sex')}
            inline
            value={p.sex}
            notRecorded={notRecorded}
            options={SEXES.map((v) => ({ value: v, label: t(`wizard.patient.sexes.${v}`) }))}
            commit={set('sex')}
          />
          {asksPregnancy(p) ? (
            <ChoiceField
              legend={t('wizard.patient.pregnancy')}
              hint={t('wizard.patient.pregnancyHint')}
              inline
              value={p.pregnancy}
              notRecorded={notRecorded}
              options={PREGNANCY_STATUSES.map((v) => ({
                value: v,
                label: t(`wizard.patient.pregnancies.${v}`),
              }))}
              commit={set('pregnancy')}
            />
          ) : null}
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
          <DateField
            label={t('wizard.patient.onsetDate')}
            hint={t('wizard.patient.onsetHint')}
            value={p.onsetDate}
            commit={set('onsetDate')}
          />
          <ChoiceField
            legend={t('wizard.patient.laterality')}
            inline
            value={p.laterality}
            notRecorded={notRecorded}
            options={LATERALITIES.map((v) => ({
              value: v,
              label: t(`wizard.patient.lateralities.${v}`),
            }))}
            commit={set('laterality')}
          />
          {p.laterality === 'bilateral' || p.worseSide !== undefined ? (
            <ChoiceField
              legend={t('wizard.patient.worseSide')}
              inline
              value={p.worseSide}
              notRecorded={notRecorded}
              options={WORSE_SIDES.map((v) => ({
                value: v,
                label: t(`wizard.patient.worseSides.${v}`),
              }))}
              commit={set('worseSide')}
            />
          ) : null}
          {yesNo('lowerThird')}
          {yesNo('posteriorLateral')}
          <ChoiceField
            legend={t('wizard.patient.pain')}
            inline
            value={p.pain}
            notRecorded={notRecorded}
            options={PAIN_LEVELS.map((v) => ({ value: v, label: t(`wizard.patient.pains.${v}`) }))}
            commit={set('pain')}
          />
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
          <ChoiceField
            legend={t('wizard.patient.dialysis')}
            inline
            value={p.dialysis}
            notRecorded={notRecorded}
            options={DIALYSIS_STATUSES.map((v) => ({
              value: v,
              label: t(`wizard.patient.dialysisOptions.${v}`),
            }))}
            commit={set('dialysis')}
          />
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
        </div>
      </section>
      {assessment ? <RiskPanel assessment={assessment} /> : null}
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
