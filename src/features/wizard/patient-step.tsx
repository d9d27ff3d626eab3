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
  type Option,
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
  const update = (patch: Partial<Patient>) => updatePatient(c.id, patch);
  const set =
    <K extends keyof Patient>(key: K) =>
    (value: Patient[K]) =>
      update({ [key]: value } as Partial<Patient>);
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
  return { t, p, set, update, notRecorded, yesNo, choice };
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
  const { t, p, set, choice } = f;
  return (
    <>
      <DateField
        label={t('wizard.patient.onsetDate')}
        hint={t('wizard.patient.onsetHint')}
        value={p.onsetDate}
        commit={set('onsetDate')}
      />
      <LegsField f={f} />
      <SiteField f={f} />
      {choice('pain', PAIN_LEVELS, 'pains')}
    </>
  );
}

/**
 * Which legs, with the worse one, as one question: "Both, left worse" is one tap (the case
 * report's "both lower thirds of the legs, chiefly the left one"). A worse leg stored beside one
 * leg only (an import, an older entry) has no option here: both answers are then asked apart, so
 * nothing stored is ever hidden.
 */
function LegsField({ f }: { f: Fields }) {
  const { t, p, notRecorded, choice, update } = f;
  if (p.worseSide !== undefined && p.laterality !== 'bilateral') {
    return (
      <>
        {choice('laterality', LATERALITIES, 'lateralities')}
        {choice('worseSide', WORSE_SIDES, 'worseSides')}
      </>
    );
  }
  type Legs = NonNullable<Patient['laterality']> | `bilateral:${NonNullable<Patient['worseSide']>}`;
  const value: Legs | undefined =
    p.laterality === 'bilateral' && p.worseSide ? `bilateral:${p.worseSide}` : p.laterality;
  const options: Option<Legs>[] = [
    ...LATERALITIES.map((v) => ({ value: v, label: t(`wizard.patient.lateralities.${v}`) })),
    ...WORSE_SIDES.map((w) => ({
      value: `bilateral:${w}` as const satisfies Legs,
      label: t(`wizard.patient.bothLegs.${w}`),
    })),
  ];
  return (
    <ChoiceField<Legs>
      legend={t('wizard.patient.laterality')}
      inline
      value={value}
      notRecorded={notRecorded}
      options={options}
      commit={(v) => {
        const [laterality, worseSide] = (v?.split(':') ?? []) as [
          Patient['laterality'],
          Patient['worseSide'],
        ];
        return update({ laterality, worseSide });
      }}
    />
  );
}

/** The four places on the leg, by the two answers the risk profile reads (lower third × aspect). */
const SITES = {
  'lower-posterior': { lowerThird: true, posteriorLateral: true },
  'lower-anterior': { lowerThird: true, posteriorLateral: false },
  'higher-posterior': { lowerThird: false, posteriorLateral: true },
  'higher-anterior': { lowerThird: false, posteriorLateral: false },
} as const satisfies Record<string, Pick<Patient, 'lowerThird' | 'posteriorLateral'>>;
type Site = keyof typeof SITES;
const SITE_IDS = Object.keys(SITES) as Site[];

/**
 * Where on the leg, as one question (one tap for the typical "lower third, posterior or lateral").
 * When only one of the two answers is stored, both are asked apart, so nothing is hidden.
 */
function SiteField({ f }: { f: Fields }) {
  const { t, p, notRecorded, yesNo, update } = f;
  if ((p.lowerThird === undefined) !== (p.posteriorLateral === undefined)) {
    return (
      <>
        {yesNo('lowerThird')}
        {yesNo('posteriorLateral')}
      </>
    );
  }
  const value = SITE_IDS.find(
    (id) =>
      SITES[id].lowerThird === p.lowerThird && SITES[id].posteriorLateral === p.posteriorLateral,
  );
  return (
    <ChoiceField<Site>
      legend={t('wizard.patient.site')}
      value={value}
      notRecorded={notRecorded}
      options={SITE_IDS.map((id) => ({ value: id, label: t(`wizard.patient.sites.${id}`) }))}
      commit={(id) =>
        update(id ? SITES[id] : { lowerThird: undefined, posteriorLateral: undefined })
      }
    />
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
