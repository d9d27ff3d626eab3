import { useId } from 'react';
import { PREVALENCE } from '../../domain/evidence';
import { NOT_OSSIFICATION, pct, pctRange, type ProbabilitySources } from '../../domain/probability';
import { useT } from '../../i18n/use-t';
import { Citations } from '../../ui/citations';
import { OWN, type Draft, type Reading } from './draft';

/** The pre-test range: a sourced anchor (with its citation) or the clinician's own judgement. */
export function PretestSection({
  sources,
  draft,
  update,
  reading,
}: {
  sources: ProbabilitySources;
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  reading: Reading;
}) {
  const { t, tx, lang } = useT();
  const id = useId();
  const own = draft.pretest === OWN;
  return (
    <section className="prob-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('probability.pretest.heading')}</h2>
      <p>
        {sources.anchors.length
          ? t('probability.pretest.intro')
          : t('probability.pretest.noAnchors')}
      </p>
      <fieldset className="prob-anchors">
        <legend>{t('probability.pretest.legend')}</legend>
        {sources.anchors.map((a) => (
          <div className="prob-anchor" key={a.id}>
            <input
              type="radio"
              id={`${id}-${a.id}`}
              name={`${id}-pretest`}
              checked={draft.pretest === a.id}
              onChange={() => update({ pretest: a.id })}
              aria-describedby={`${id}-${a.id}-d`}
            />
            <label htmlFor={`${id}-${a.id}`}>
              <strong>{tx(a.label)}</strong>:{' '}
              {t('probability.pretest.range', { range: pctRange(lang, a.range) })}
              {a.point !== undefined ? ` (${pct(lang, a.point)})` : ''}
            </label>
            <div className="prob-anchor-detail" id={`${id}-${a.id}-d`}>
              <p>
                {tx(a.rangeBasis)}. {t('probability.pretest.setting', { setting: tx(a.setting) })}{' '}
                <Citations refs={a.refs} />
              </p>
              {a.note ? <p>{tx(a.note)}</p> : null}
              {a.strength ? (
                <p>
                  {t('probability.results.strength', {
                    grade: t(`ledger.strength.${a.strength.grade}`),
                    reason: tx(a.strength.reason),
                  })}
                  {a.applicability
                    ? ` ${t('probability.pretest.applicability', { applicability: t(`ledger.applicability.${a.applicability}`) })}`
                    : ''}
                </p>
              ) : null}
              {a.measures === 'calcification' ? (
                <p className="prob-caveat">{tx(NOT_OSSIFICATION)}</p>
              ) : null}
            </div>
          </div>
        ))}
        <div className="prob-anchor">
          <input
            type="radio"
            id={`${id}-own`}
            name={`${id}-pretest`}
            checked={own}
            onChange={() => update({ pretest: OWN })}
            aria-describedby={`${id}-own-d`}
          />
          <label htmlFor={`${id}-own`}>
            <strong>{t('probability.pretest.own')}</strong>
          </label>
          <p className="prob-anchor-detail" id={`${id}-own-d`}>
            {t('probability.pretest.ownNote')}
          </p>
        </div>
      </fieldset>
      {sources.anchors.length ? (
        <p className="prob-refusal" data-testid="lippman">
          {tx(PREVALENCE[0]!.text)} <Citations refs={PREVALENCE[0]!.refs} />{' '}
          {t('probability.pretest.noCounts')}
        </p>
      ) : null}
      {own ? (
        <div className="prob-pair">
          <div className="field">
            <label htmlFor={`${id}-from`}>{t('probability.pretest.from')}</label>
            <input
              id={`${id}-from`}
              inputMode="decimal"
              value={draft.ownFrom}
              onChange={(e) => update({ ownFrom: e.target.value })}
              aria-invalid={reading.ownRangeProblem || undefined}
              aria-describedby={reading.ownRangeProblem ? `${id}-err` : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('probability.pretest.to')}</label>
            <input
              id={`${id}-to`}
              inputMode="decimal"
              value={draft.ownTo}
              onChange={(e) => update({ ownTo: e.target.value })}
              aria-invalid={reading.ownRangeProblem || undefined}
              aria-describedby={reading.ownRangeProblem ? `${id}-err` : undefined}
            />
          </div>
          {reading.ownRangeProblem ? (
            <p className="field-error" id={`${id}-err`} role="alert">
              {t('probability.pretest.badRange')}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
