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

/**
 * The engine's advice for ordering each of this step's studies now, with its reasons. Where one
 * step carries several studies, each is named by its short name (the form below names it in
 * full) and a study already done shows its badge alone: the status control repeats it.
 */
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
        const several = modalities.length > 1;
        const showReasons = advice?.reasons.length && !(several && advice.band === 'done');
        return (
          <div key={id} className="advice-item">
            <p className="advice-band">
              {several ? <strong>{tx(MODALITIES[id].shortName)}: </strong> : null}
              {advice ? <BandBadge band={advice.band} /> : t('wizard.advice.none')}
            </p>
            {showReasons ? <Reasons reasons={advice.reasons} compact={several} /> : null}
          </div>
        );
      })}
    </section>
  );
}
