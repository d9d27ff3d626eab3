import type { Assessment } from '../../domain/engine/types';
import { tissueSummary } from '../../domain/engine/tissue-summary';
import { useT } from '../../i18n/use-t';

/** Under the conclusion on a case card: the tissue answer and any unresolved disagreement. */
export function CertaintyLine({ assessment }: { assessment: Assessment }) {
  const { t, tx } = useT();
  const i = assessment.interpretation;
  const unresolved = i.discordances.filter((d) => d.status === 'unresolved').length;
  return (
    <span className="certainty-line">
      {' '}
      ({t('savedCases.cardTissue', { tissue: tx(tissueSummary(i.tissue)) })}
      {unresolved ? `; ${t('savedCases.cardDisagree', { n: unresolved })}` : ''})
    </span>
  );
}
