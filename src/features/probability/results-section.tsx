import { useId, type Dispatch, type SetStateAction } from 'react';
import { getReference, shortCitation } from '../../domain/evidence';
import { IMAGING_IDS, type ImagingId } from '../../domain/evidence/types';
import { STUDY_NAMES } from '../../domain/modalities';
import {
  CORRECTED,
  likelihoodRatio,
  LR_NAME,
  tablesFor,
  NO_LR,
  NO_LR_WHY,
  ratio,
  UNDEFINED_REASON,
  WHAT_IF,
  ZERO_NUMERATOR,
  type AccuracyEvidence,
  type ProbabilitySources,
  type Sign,
} from '../../domain/probability';
import { useT } from '../../i18n/use-t';
import { Citations } from '../../ui/citations';
import type { Draft, Reading, ResultDraft } from './draft';
import { DecimalField, FieldAlert, RadioOption } from './form-parts';

const cite = (id: string) => {
  const r = getReference(id);
  return r ? shortCitation(r) : id;
};

/** One fieldset per imaging investigation: the result to weigh, its LR or the refusal, what-if. */
export function ResultsSection({
  sources,
  draft,
  setDraft,
  reading,
}: {
  sources: ProbabilitySources;
  draft: Draft;
  setDraft: Dispatch<SetStateAction<Draft>>;
  reading: Reading;
}) {
  const { t } = useT();
  const id = useId();
  const set = (m: ImagingId, patch: Partial<ResultDraft>) =>
    setDraft((d) => ({ ...d, results: { ...d.results, [m]: { ...d.results[m], ...patch } } }));
  return (
    <section className="prob-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('probability.results.heading')}</h2>
      <p>{t('probability.results.intro')}</p>
      {IMAGING_IDS.map((m) => (
        <ResultFieldset
          key={m}
          modality={m}
          tables={tablesFor(m, sources)}
          draft={draft.results[m]}
          set={(patch) => set(m, patch)}
          badAssumption={reading.badAssumptions.includes(m)}
        />
      ))}
      <p className="prob-refusal">{t('probability.availability.biopsy')}</p>
    </section>
  );
}

type SetResult = (patch: Partial<ResultDraft>) => void;

/** The result to weigh: none yet, positive or negative. */
function SignChoice({ id, sign, set }: { id: string; sign: ResultDraft['sign']; set: SetResult }) {
  const { t } = useT();
  const signs: ('' | Sign)[] = ['', 'positive', 'negative'];
  return (
    <div className="prob-signs">
      {signs.map((s) => (
        <RadioOption
          key={s || 'none'}
          className="prob-sign"
          id={`${id}-${s || 'none'}`}
          name={`${id}-sign`}
          checked={sign === s}
          onChoose={() => set({ sign: s })}
          label={t(`probability.results.${s || 'none'}`)}
        />
      ))}
    </div>
  );
}

/** Where the sources give several 2×2 tables (they differ in what counted as positive): which. */
function TableChoice({
  id,
  tables,
  chosen,
  set,
}: {
  id: string;
  tables: readonly AccuracyEvidence[];
  chosen: AccuracyEvidence | null;
  set: SetResult;
}) {
  const { t, tx } = useT();
  return (
    <fieldset className="prob-tables">
      <legend>{t('probability.results.whichTable')}</legend>
      {tables.map((x) => (
        <RadioOption
          key={x.id}
          className="prob-sign"
          id={`${id}-${x.id}`}
          name={`${id}-table`}
          checked={chosen?.id === x.id}
          onChoose={() => set({ tableId: x.id, useCorrected: false })}
          label={tx(x.positive)}
        />
      ))}
    </fieldset>
  );
}

/** The what-if switch: weigh the result with an accuracy the clinician assumes. */
function WhatIfSwitch({ id, checked, set }: { id: string; checked: boolean; set: SetResult }) {
  const { t } = useT();
  return (
    <div className="prob-whatif">
      <input
        type="checkbox"
        id={`${id}-whatif`}
        checked={checked}
        onChange={(e) => set({ whatIf: e.target.checked })}
        aria-describedby={`${id}-whatif-note`}
      />
      <label htmlFor={`${id}-whatif`}>{t('probability.results.whatIf')}</label>
      <p id={`${id}-whatif-note`} className="prob-note">
        {t('probability.results.whatIfNote')}
      </p>
    </div>
  );
}

/** The assumed sensitivity and specificity, labelled as an assumption, kept as typed. */
function WhatIfFields({
  id,
  draft,
  set,
  bad,
}: {
  id: string;
  draft: ResultDraft;
  set: SetResult;
  bad: boolean;
}) {
  const { t, tx } = useT();
  return (
    <div className="prob-pair prob-assumed">
      <p className="prob-whatif-label">{tx(WHAT_IF)}</p>
      {(['sens', 'spec'] as const).map((k) => (
        <DecimalField
          key={k}
          id={`${id}-${k}`}
          label={t(`probability.results.${k}`)}
          value={draft[k]}
          onChange={(v) => set({ [k]: v })}
          errorId={bad ? `${id}-err` : undefined}
        />
      ))}
      {bad ? (
        <FieldAlert id={`${id}-err`}>{t('probability.results.badAssumption')}</FieldAlert>
      ) : null}
    </div>
  );
}

function ResultFieldset({
  modality,
  tables,
  draft,
  set,
  badAssumption,
}: {
  modality: ImagingId;
  tables: readonly AccuracyEvidence[];
  draft: ResultDraft;
  set: SetResult;
  badAssumption: boolean;
}) {
  const { t, tx } = useT();
  const id = useId();
  const name = tx(STUDY_NAMES[modality]);
  const evidence = tables.find((x) => x.id === draft.tableId) ?? tables[0] ?? null;
  return (
    <fieldset className="prob-result" data-testid={`result-${modality}`}>
      <legend>{t('probability.results.legend', { name })}</legend>
      <SignChoice id={id} sign={draft.sign} set={set} />
      {tables.length > 1 ? (
        <TableChoice id={id} tables={tables} chosen={evidence} set={set} />
      ) : null}
      {evidence ? (
        <EvidenceDetail evidence={evidence} draft={draft} set={set} />
      ) : (
        <div className="prob-refusal" data-testid={`no-lr-${modality}`}>
          <p>
            <strong>{tx(NO_LR)}</strong> {tx(NO_LR_WHY)}
          </p>
        </div>
      )}
      <WhatIfSwitch id={id} checked={draft.whatIf} set={set} />
      {draft.whatIf ? <WhatIfFields id={id} draft={draft} set={set} bad={badAssumption} /> : null}
    </fieldset>
  );
}

/**
 * What the table is and how far it goes: its source, setting, unit and reference standard with
 * its counts; what "positive" meant; whether it is extrapolated; its strength, caveat and, on
 * request, how its counts were derived.
 */
function TableFacts({ evidence: e }: { evidence: AccuracyEvidence }) {
  const { t, tx } = useT();
  return (
    <>
      <p>
        {t('probability.results.table', {
          cite: cite(e.ref),
          setting: tx(e.setting),
          unit: t(`ledger.unit.${e.unit}`),
          reference: t(`ledger.reference.${e.referenceStandard}`),
          ...e.table,
        })}
        <Citations refs={[e.ref]} />
      </p>
      <p>{t('probability.results.positiveMeans', { text: tx(e.positive) })}</p>
      {e.extrapolated ? (
        <p className="prob-caveat">{t('probability.results.extrapolated')}</p>
      ) : null}
      {e.strength ? (
        <p>
          {t('probability.results.strength', {
            grade: t(`ledger.strength.${e.strength.grade}`),
            reason: tx(e.strength.reason),
          })}
        </p>
      ) : null}
      {e.caveat ? <p className="prob-caveat">{tx(e.caveat)}</p> : null}
      {e.derivation ? (
        <details>
          <summary>{t('probability.results.derivation')}</summary>
          <p>{tx(e.derivation)}</p>
        </details>
      ) : null}
    </>
  );
}

/**
 * One likelihood ratio from the table: its value with its interval (or, with a zero count, without
 * one, and why), or why it is undefined. Where the LR or its interval is missing and this is the
 * chosen result, the labelled continuity-corrected value can be chosen instead.
 */
function LikelihoodRatioLine({
  id,
  evidence: e,
  sign: s,
  draft,
  set,
}: {
  id: string;
  evidence: AccuracyEvidence;
  sign: Sign;
  draft: ResultDraft;
  set: SetResult;
}) {
  const { t, tx, lang } = useT();
  const lr = likelihoodRatio(e.table, s);
  const name = tx(LR_NAME[s]);
  const c = lr.corrected;
  return (
    <div data-testid={`lr-${e.modality}-${s}`}>
      {lr.kind === 'defined' ? (
        <p>
          {lr.value.ci
            ? t('probability.results.lr', {
                name,
                value: ratio(lang, lr.value.point),
                low: ratio(lang, lr.value.ci[0]),
                high: ratio(lang, lr.value.ci[1]),
              })
            : `${t('probability.results.lrNoCi', { name, value: ratio(lang, lr.value.point) })} ${tx(ZERO_NUMERATOR)}`}
        </p>
      ) : (
        <p className="prob-refusal">{tx(UNDEFINED_REASON[lr.reason])}</p>
      )}
      {c?.ci && draft.sign === s && (lr.kind === 'undefined' || !lr.value.ci) ? (
        <div className="prob-corrected">
          <input
            type="checkbox"
            id={`${id}-${s}-corr`}
            checked={draft.useCorrected}
            onChange={(ev) => set({ useCorrected: ev.target.checked })}
          />
          <label htmlFor={`${id}-${s}-corr`}>
            {t('probability.results.corrected', {
              name,
              value: ratio(lang, c.point),
              low: ratio(lang, c.ci[0]),
              high: ratio(lang, c.ci[1]),
              label: tx(CORRECTED),
            })}
          </label>
        </div>
      ) : null}
    </div>
  );
}

/** The chosen table in full, then the LR of the chosen result (both before one is chosen). */
function EvidenceDetail({
  evidence,
  draft,
  set,
}: {
  evidence: AccuracyEvidence;
  draft: ResultDraft;
  set: SetResult;
}) {
  const id = useId();
  const signs: Sign[] = draft.sign ? [draft.sign] : ['positive', 'negative'];
  return (
    <div className="prob-evidence">
      <TableFacts evidence={evidence} />
      {signs.map((s) => (
        <LikelihoodRatioLine key={s} id={id} evidence={evidence} sign={s} draft={draft} set={set} />
      ))}
    </div>
  );
}
