import type { Assessment, Reason } from '../../domain/engine/types';
import { MODALITIES, type ModalityId } from '../../domain/evidence';
import { useT } from '../../i18n/use-t';
import { BandBadge } from '../../ui/band-badge';
import { StatementText } from '../../ui/statement-text';

/**
 * A study's reasons, the main one first. Where one step carries several studies (CT / MRI), each
 * shows its main reason and keeps the rest one click away, so the findings form stays in a
 * phone's first screen.
 */
function Reasons({ reasons, compact }: { reasons: readonly Reason[]; compact: boolean }) {
  const { t } = useT();
  const list = (rs: readonly Reason[]) => (
    <ul className="reasons">
      {rs.map((r, i) => (
        <li key={i}>
          <StatementText s={r} />
        </li>
      ))}
    </ul>
  );
  if (!compact || reasons.length < 2) return list(reasons);
  return (
    <>
      {list(reasons.slice(0, 1))}
      <details className="more-reasons">
        <summary>{t('wizard.advice.moreReasons', { n: reasons.length - 1 })}</summary>
        {list(reasons.slice(1))}
      </details>
    </>
  );
}

/** The engine's advice for ordering each of this step's studies now, with its reasons. */
export function AdvicePanel({
  modalities,
  assessment,
}: {
  modalities: readonly ModalityId[];
  assessment: Assessment;
}) {
  const { t, tx } = useT();
  return (
    <section className="card advice" aria-labelledby="advice-heading">
      <h2 id="advice-heading">{t('wizard.advice.heading')}</h2>
      {modalities.map((id) => {
        const advice = assessment.advice[id];
        return (
          <div key={id} className="advice-item">
            <p className="advice-band">
              {modalities.length > 1 ? <strong>{tx(MODALITIES[id].name)}: </strong> : null}
              {advice ? <BandBadge band={advice.band} /> : t('wizard.advice.none')}
            </p>
            {advice?.reasons.length ? (
              <Reasons reasons={advice.reasons} compact={modalities.length > 1} />
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
