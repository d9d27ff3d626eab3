import { useState } from 'react';
import type { Assessment } from '../../domain/engine/types';
import { MODALITIES, type ModalityId } from '../../domain/evidence';
import { useT } from '../../i18n/use-t';
import { BandBadge } from '../../ui/band-badge';
import { StatementText } from '../../ui/statement-text';

/** Wide screens show the reasons open; a phone starts with them one tap away (the form first). */
const WIDE = '(min-width: 48rem)';

/**
 * The engine's advice for ordering each of this step's studies now: one line per study (its band;
 * with its short name where one step carries several, CT / MRI), then the reasons in one
 * disclosure, open on a wide screen and closed on a phone, so the findings form stays in a
 * phone's first screen. A study already done shows its badge alone on a step with several: the
 * status control repeats it.
 */
export function AdvicePanel({
  modalities,
  assessment,
}: {
  modalities: readonly ModalityId[];
  assessment: Assessment;
}) {
  const { t, tx } = useT();
  const [wide] = useState(() => typeof matchMedia === 'function' && matchMedia(WIDE).matches);
  const several = modalities.length > 1;
  const reasons = modalities.flatMap((id) => {
    const advice = assessment.advice[id];
    const rs = advice && !(several && advice.band === 'done') ? advice.reasons : [];
    return rs.map((r) => ({ id, r }));
  });
  return (
    <section className="card advice" aria-labelledby="advice-heading">
      <h2 id="advice-heading">{t('wizard.advice.heading')}</h2>
      {modalities.map((id) => {
        const advice = assessment.advice[id];
        return (
          <p key={id} className="advice-band">
            {several ? <strong>{tx(MODALITIES[id].shortName)}: </strong> : null}
            {advice ? <BandBadge band={advice.band} /> : t('wizard.advice.none')}
          </p>
        );
      })}
      {reasons.length ? (
        <details className="more-reasons" open={wide}>
          <summary>{t('wizard.advice.why', { count: reasons.length })}</summary>
          <ul className="reasons">
            {reasons.map(({ id, r }, i) => (
              <li key={i}>
                {several ? <strong>{tx(MODALITIES[id].shortName)}: </strong> : null}
                <StatementText s={r} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
