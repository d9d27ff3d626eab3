import type { Assessment } from '../../domain/engine/types';
import { MODALITIES, type ModalityId } from '../../domain/evidence';
import { useT } from '../../i18n/use-t';
import { BandBadge } from '../../ui/band-badge';
import { StatementText } from '../../ui/statement-text';

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
              <ul className="reasons">
                {advice.reasons.map((r, i) => (
                  <li key={i}>
                    <StatementText s={r} />
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
