import './labs-form.css';
import {
  LAB_ANALYTES,
  LAB_FLAGS,
  LAB_UNITS,
  type Case,
  type LabAnalyte,
  type LabValue,
} from '../../domain/case/schema';
import { fieldMessage, readLab } from '../../domain/engine/lab-values';
import type { Assessment } from '../../domain/engine/types';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';
import { useSettings } from '../../store/settings';
import { StatementText } from '../../ui/statement-text';
import { NumberField, SelectField } from '../../ui/fields';
import { ChoiceField } from './choice-field';

/** The one-tap answers: the phospho-calcium pair the sources ask for, or every analyte. */
const QUICK_SETS: readonly {
  readonly id: 'caP' | 'all';
  readonly analytes: readonly LabAnalyte[];
}[] = [
  { id: 'caP', analytes: ['calcium', 'phosphate'] },
  { id: 'all', analytes: LAB_ANALYTES },
];

/**
 * Each analyte: value, unit and the reporting lab's own flag. The lab's flag is authoritative;
 * without it the engine reads the value against a cited adult reference interval. A value
 * without a unit, or outside the plausible range for its unit, is kept as typed and explained
 * beside the field, and the engine does not use it (the same `readLab` decides both).
 *
 * "Calcium and phosphate normal" and "All 5 normal" (as many as the analytes) record, in one tap, what the lab's report
 * says: its own flag set to Normal, values optional (the engine reads a flag without a value as
 * the lab's reading, and the note writes "calcium normal", which is what was reported). They are
 * offered only while no analyte of the set is flagged low or high, so they never overwrite an
 * abnormal flag. A unit chosen here becomes this site's unit for that analyte when the site has
 * none yet (Settings), so the next case starts with it.
 */
export function LabsForm({ c }: { c: Case }) {
  const { patch, rememberUnit, allNormal } = useLabRecording(c);
  const labs = c.studies.labs;
  const offered = QUICK_SETS.filter(
    ({ analytes }) =>
      analytes.every((a) => labs[a]?.flag === undefined || labs[a]?.flag === 'normal') &&
      analytes.some((a) => labs[a]?.flag === undefined),
  );
  return (
    <div className="labs">
      {offered.length ? <QuickNormal offered={offered} allNormal={allNormal} /> : null}
      {LAB_ANALYTES.map((analyte) => (
        <AnalyteRow
          key={analyte}
          analyte={analyte}
          v={labs[analyte]}
          patch={(change) => patch(analyte, change)}
          rememberUnit={(unit) => rememberUnit(analyte, unit)}
        />
      ))}
    </div>
  );
}

/** How a lab result is recorded: validated as a whole, with the site's unit, marking labs done. */
function useLabRecording(c: Case) {
  const updateStudy = useCases((s) => s.updateStudy);
  const labs = c.studies.labs;
  const site = useSettings((s) => s.site);
  const setSite = useSettings((s) => s.setSite);
  const siteUnits = site.units;
  // A result entered on labs not yet started marks them done (HAZ-63), as on the imaging steps.
  const withDone = <P extends object>(patch: P) =>
    labs.status === 'not-started' ? { ...patch, status: 'done' as const } : patch;
  // The whole analyte object is replaced, so value, unit and flag are validated together.
  const patch = (analyte: LabAnalyte, change: Partial<LabValue>) => {
    const next = { ...labs[analyte], ...change };
    // A value typed without a unit takes the unit this site's laboratory reports (settings).
    const siteUnit = siteUnits?.[analyte];
    if (next.value !== undefined && next.unit === undefined && siteUnit) {
      if ((LAB_UNITS[analyte] as readonly string[]).includes(siteUnit)) {
        Object.assign(next, { unit: siteUnit });
      }
    }
    const empty = Object.values(next).every((v) => v === undefined);
    return updateStudy(c.id, 'labs', withDone({ [analyte]: empty ? undefined : next }));
  };
  const rememberUnit = (analyte: LabAnalyte, unit: string | undefined) => {
    if (unit && !siteUnits?.[analyte])
      setSite({ ...site, units: { ...siteUnits, [analyte]: unit } });
  };
  const allNormal = (analytes: readonly LabAnalyte[]) =>
    updateStudy(
      c.id,
      'labs',
      withDone(
        Object.fromEntries(analytes.map((a) => [a, { ...labs[a], flag: 'normal' as const }])),
      ),
    );
  return { patch, rememberUnit, allNormal };
}

/** "Calcium and phosphate normal", "All 5 normal": the lab report's flags in one tap. */
function QuickNormal({
  offered,
  allNormal,
}: {
  offered: typeof QUICK_SETS;
  allNormal: (analytes: readonly LabAnalyte[]) => unknown;
}) {
  const { t } = useT();
  return (
    <div className="labs-quick">
      {offered.map(({ id, analytes }) => (
        <button
          key={id}
          type="button"
          className={id === 'caP' ? 'primary' : undefined}
          onClick={() => allNormal(analytes)}
        >
          {id === 'all'
            ? t('wizard.labs.quick.all', { n: analytes.length })
            : t('wizard.labs.quick.caP')}
        </button>
      ))}
      <p className="field-hint">{t('wizard.labs.quick.hint')}</p>
    </div>
  );
}

/** One analyte: value (explained beside it when the engine cannot use it), unit, lab's flag. */
function AnalyteRow({
  analyte,
  v,
  patch,
  rememberUnit,
}: {
  analyte: LabAnalyte;
  v: Case['studies']['labs'][LabAnalyte];
  patch: (change: Partial<LabValue>) => ReturnType<ReturnType<typeof useLabRecording>['patch']>;
  rememberUnit: (unit: string | undefined) => void;
}) {
  const { t, lang } = useT();
  const name = t(`wizard.labs.analytes.${analyte}`);
  const units = LAB_UNITS[analyte] as readonly string[];
  const problem = fieldMessage(readLab(analyte, v));
  return (
    <fieldset className="lab-row">
      <legend>{name}</legend>
      <div className="field-grid">
        <NumberField
          label={t('wizard.labs.value', { analyte: name })}
          value={v?.value}
          hint={problem ? problem[lang] : undefined}
          className={problem ? 'lab-value-unusable' : undefined}
          commit={(value) => patch({ value })}
        />
        <SelectField<string>
          label={t('wizard.labs.unit', { analyte: name })}
          value={v?.unit}
          emptyLabel={t('wizard.labs.unitNone')}
          options={units.map((u) => ({ value: u, label: u }))}
          commit={(unit) => {
            const errors = patch({ unit } as Partial<LabValue>);
            if (!errors.length) rememberUnit(unit);
            return errors;
          }}
        />
        <ChoiceField
          legend={t('wizard.labs.flag', { analyte: name })}
          value={v?.flag}
          inline
          notRecorded={t('wizard.findings.notRecorded')}
          options={LAB_FLAGS.map((f) => ({ value: f, label: t(`wizard.labs.flags.${f}`) }))}
          commit={(flag) => patch({ flag })}
        />
      </div>
    </fieldset>
  );
}

/** The engine's lab red flags (abnormal Ca/P, high Ca×P, kidney disease). */
export function LabFlags({ assessment }: { assessment: Assessment }) {
  const { t } = useT();
  return (
    <section className="card" aria-labelledby="lab-flags-heading">
      <h2 id="lab-flags-heading">{t('wizard.labs.flagsHeading')}</h2>
      {assessment.labInputProblems.length ? (
        <ul>
          {assessment.labInputProblems.map((r, i) => (
            <li key={i} className="callout callout-warning">
              <StatementText s={r} />
            </li>
          ))}
        </ul>
      ) : null}
      {assessment.labFlags.length ? (
        <ul>
          {assessment.labFlags.map((r, i) => (
            <li key={i} className="callout callout-warning">
              <StatementText s={r} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('wizard.labs.noFlags')}</p>
      )}
    </section>
  );
}
