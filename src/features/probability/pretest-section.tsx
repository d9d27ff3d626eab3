import { useId } from 'react';
import { PREVALENCE } from '../../domain/evidence';
import {
  NOT_OSSIFICATION,
  pct,
  pctRange,
  type PretestAnchor,
  type ProbabilitySources,
} from '../../domain/probability';
import { useT } from '../../i18n/use-t';
import { Citations } from '../../ui/citations';
import { OWN, type Draft, type Reading } from './draft';
import { DecimalField, FieldAlert, RadioOption } from './form-parts';

/**
 * What an anchor's range rests on: its basis and setting with citations, its note, the strength
 * of the evidence (and how far it applies), and, for a calcification figure, that calcification
 * is not ossification.
 */
function AnchorDetail({ anchor: a, id }: { anchor: PretestAnchor; id: string }) {
  const { t, tx } = useT();
  return (
    <div className="prob-anchor-detail" id={id}>
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
  );
}

/** The anchors to choose from (each with its range and what it rests on), and "my own range". */
function PretestChoices({
  id,
  anchors,
  draft,
  update,
}: {
  id: string;
  anchors: ProbabilitySources['anchors'];
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
}) {
  const { t, tx, lang } = useT();
  return (
    <fieldset className="prob-anchors">
      <legend>{t('probability.pretest.legend')}</legend>
      {anchors.map((a) => (
        <RadioOption
          key={a.id}
          className="prob-anchor"
          id={`${id}-${a.id}`}
          name={`${id}-pretest`}
          checked={draft.pretest === a.id}
          onChoose={() => update({ pretest: a.id })}
          describedBy={`${id}-${a.id}-d`}
          label={
            <>
              <strong>{tx(a.label)}</strong>:{' '}
              {t('probability.pretest.range', { range: pctRange(lang, a.range) })}
              {a.point !== undefined ? ` (${pct(lang, a.point)})` : ''}
            </>
          }
        >
          <AnchorDetail anchor={a} id={`${id}-${a.id}-d`} />
        </RadioOption>
      ))}
      <RadioOption
        className="prob-anchor"
        id={`${id}-own`}
        name={`${id}-pretest`}
        checked={draft.pretest === OWN}
        onChoose={() => update({ pretest: OWN })}
        describedBy={`${id}-own-d`}
        label={<strong>{t('probability.pretest.own')}</strong>}
      >
        <p className="prob-anchor-detail" id={`${id}-own-d`}>
          {t('probability.pretest.ownNote')}
        </p>
      </RadioOption>
    </fieldset>
  );
}

/** The clinician's own range, from and to, kept as typed; a bad pair says what is wrong. */
function OwnRange({
  id,
  draft,
  update,
  problem,
}: {
  id: string;
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  problem: boolean;
}) {
  const { t } = useT();
  const errorId = problem ? `${id}-err` : undefined;
  return (
    <div className="prob-pair">
      <DecimalField
        id={`${id}-from`}
        label={t('probability.pretest.from')}
        value={draft.ownFrom}
        onChange={(v) => update({ ownFrom: v })}
        errorId={errorId}
      />
      <DecimalField
        id={`${id}-to`}
        label={t('probability.pretest.to')}
        value={draft.ownTo}
        onChange={(v) => update({ ownTo: v })}
        errorId={errorId}
      />
      {problem ? (
        <FieldAlert id={`${id}-err`}>{t('probability.pretest.badRange')}</FieldAlert>
      ) : null}
    </div>
  );
}

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
  const { t, tx } = useT();
  const id = useId();
  return (
    <section className="prob-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('probability.pretest.heading')}</h2>
      <p>
        {sources.anchors.length
          ? t('probability.pretest.intro')
          : t('probability.pretest.noAnchors')}
      </p>
      <PretestChoices id={id} anchors={sources.anchors} draft={draft} update={update} />
      {sources.anchors.length ? (
        <p className="prob-refusal" data-testid="lippman">
          {tx(PREVALENCE[0]!.text)} <Citations refs={PREVALENCE[0]!.refs} />{' '}
          {t('probability.pretest.noCounts')}
        </p>
      ) : null}
      {draft.pretest === OWN ? (
        <OwnRange id={id} draft={draft} update={update} problem={reading.ownRangeProblem} />
      ) : null}
    </section>
  );
}
