import { MODALITIES, type ModalityId, type OrdinalRating } from '../../domain/evidence';
import { useT } from '../../i18n/use-t';
import { StatementText, type Sourced } from '../../ui/statement-text';
import { Disclosure } from './disclosure';

/** What to look for, strengths and pitfalls, from the evidence registry, with citations (a disclosure). */
export function ModalityFacts({ id, showName }: { id: ModalityId; showName: boolean }) {
  const { t, tx } = useT();
  const m = MODALITIES[id];
  const headingId = `facts-${id}`;
  return (
    <Disclosure
      kind="facts"
      className="facts"
      headingId={headingId}
      title={`${showName ? `${tx(m.name)}: ` : ''}${t('wizard.facts.heading')}`}
    >
      <dl className="facts-list">
        <dt>{t('wizard.facts.ossification')}</dt>
        <dd>
          <StatementText s={m.showsOssification} />
        </dd>
        {m.showsCalcification ? (
          <>
            <dt>{t('wizard.facts.calcification')}</dt>
            <dd>
              <StatementText s={m.showsCalcification} />
            </dd>
          </>
        ) : null}
      </dl>
      <StatementList heading={t('wizard.facts.strengths')} items={m.strengths} />
      <StatementList heading={t('wizard.facts.pitfalls')} items={m.pitfalls} />
    </Disclosure>
  );
}

/** A headed list of sourced statements; nothing at all when there are none. */
function StatementList({ heading, items }: { heading: string; items: readonly Sourced[] }) {
  if (!items.length) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul>
        {items.map((s, i) => (
          <li key={i}>
            <StatementText s={s} />
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Radiation, cost, availability and earliest detection at a glance; "no sourced figure" when
 * absent. Labs are a blood test: the radiation row would only mislead, so it is left out.
 */
export function AtAGlance({ id, showName }: { id: ModalityId; showName: boolean }) {
  const { t, tx } = useT();
  const m = MODALITIES[id];
  const headingId = `glance-${id}`;
  const rating = (r: OrdinalRating | undefined) =>
    r ? (
      <>
        <strong>{t(`wizard.facts.level.${r.level}`)}</strong>
        {': '}
        <StatementText s={r} />
      </>
    ) : (
      t('wizard.facts.noFigure')
    );
  // Closed on a phone: its heading carries the radiation level, so the figure that most often
  // decides is read without opening it.
  const brief =
    id !== 'labs' && m.radiation
      ? m.radiation.rrl === 'O'
        ? t('wizard.facts.noRadiation')
        : `${t('wizard.facts.radiationShort')} ${m.radiation.rrl}`
      : '';
  return (
    <Disclosure
      kind="glance"
      className="glance"
      headingId={headingId}
      title={
        <>
          {`${showName ? `${tx(m.name)}: ` : ''}${t('wizard.facts.glance')}`}
          {brief ? <span className="glance-brief"> · {brief}</span> : null}
        </>
      }
    >
      <dl className="glance-list">
        {id === 'labs' ? null : (
          <>
            <dt>{t('wizard.facts.radiation')}</dt>
            <dd>
              {m.radiation ? (
                <>
                  <strong className="rrl">
                    {m.radiation.rrl === 'O' ? t('wizard.facts.noRadiation') : m.radiation.rrl}
                  </strong>{' '}
                  <StatementText s={{ text: m.radiation.doseText, refs: m.radiation.refs }} />
                </>
              ) : (
                t('wizard.facts.noFigure')
              )}
            </dd>
          </>
        )}
        <dt>{t('wizard.facts.cost')}</dt>
        <dd>{rating(m.cost)}</dd>
        <dt>{t('wizard.facts.availability')}</dt>
        <dd>{rating(m.availability)}</dd>
        <dt>{t('wizard.facts.earliest')}</dt>
        <dd>{m.earliest ? <StatementText s={m.earliest} /> : t('wizard.facts.noFigure')}</dd>
      </dl>
    </Disclosure>
  );
}
