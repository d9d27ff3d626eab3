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
  set: (patch: Partial<ResultDraft>) => void;
  badAssumption: boolean;
}) {
  const { t, tx } = useT();
  const id = useId();
  const name = tx(STUDY_NAMES[modality]);
  const signs: ('' | Sign)[] = ['', 'positive', 'negative'];
  const evidence = tables.find((x) => x.id === draft.tableId) ?? tables[0] ?? null;
  return (
    <fieldset className="prob-result" data-testid={`result-${modality}`}>
      <legend>{t('probability.results.legend', { name })}</legend>
      <div className="prob-signs">
        {signs.map((s) => (
          <div key={s || 'none'} className="prob-sign">
            <input
              type="radio"
              id={`${id}-${s || 'none'}`}
              name={`${id}-sign`}
              checked={draft.sign === s}
              onChange={() => set({ sign: s })}
            />
            <label htmlFor={`${id}-${s || 'none'}`}>
              {t(`probability.results.${s || 'none'}`)}
            </label>
          </div>
        ))}
      </div>
      {tables.length > 1 ? (
        <fieldset className="prob-tables">
          <legend>{t('probability.results.whichTable')}</legend>
          {tables.map((x) => (
            <div key={x.id} className="prob-sign">
              <input
                type="radio"
                id={`${id}-${x.id}`}
                name={`${id}-table`}
                checked={evidence?.id === x.id}
                onChange={() => set({ tableId: x.id, useCorrected: false })}
              />
              <label htmlFor={`${id}-${x.id}`}>{tx(x.positive)}</label>
            </div>
          ))}
        </fieldset>
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
      <div className="prob-whatif">
        <input
          type="checkbox"
          id={`${id}-whatif`}
          checked={draft.whatIf}
          onChange={(e) => set({ whatIf: e.target.checked })}
          aria-describedby={`${id}-whatif-note`}
        />
        <label htmlFor={`${id}-whatif`}>{t('probability.results.whatIf')}</label>
        <p id={`${id}-whatif-note`} className="prob-note">
          {t('probability.results.whatIfNote')}
        </p>
      </div>
      {draft.whatIf ? (
        <div className="prob-pair prob-assumed">
          <p className="prob-whatif-label">{tx(WHAT_IF)}</p>
          {(['sens', 'spec'] as const).map((k) => (
            <div className="field" key={k}>
              <label htmlFor={`${id}-${k}`}>{t(`probability.results.${k}`)}</label>
              <input
                id={`${id}-${k}`}
                inputMode="decimal"
                value={draft[k]}
                onChange={(e) => set({ [k]: e.target.value })}
                aria-invalid={badAssumption || undefined}
                aria-describedby={badAssumption ? `${id}-err` : undefined}
              />
            </div>
          ))}
          {badAssumption ? (
            <p className="field-error" id={`${id}-err`} role="alert">
              {t('probability.results.badAssumption')}
            </p>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}

function EvidenceDetail({
  evidence: e,
  draft,
  set,
}: {
  evidence: AccuracyEvidence;
  draft: ResultDraft;
  set: (patch: Partial<ResultDraft>) => void;
}) {
  const { t, tx, lang } = useT();
  const id = useId();
  const signs: Sign[] = draft.sign ? [draft.sign] : ['positive', 'negative'];
  return (
    <div className="prob-evidence">
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
      {signs.map((s) => {
        const lr = likelihoodRatio(e.table, s);
        const name = tx(LR_NAME[s]);
        const c = lr.corrected;
        return (
          <div key={s} data-testid={`lr-${e.modality}-${s}`}>
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
      })}
    </div>
  );
}
