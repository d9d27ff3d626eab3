import type { LocalizedText } from '../domain/text';
import { useT } from '../i18n/use-t';
import { Citations } from './citations';
import './ui.css';

export interface Sourced {
  readonly text: LocalizedText;
  readonly refs: readonly string[];
  readonly extrapolated?: boolean;
  readonly unconfirmed?: boolean;
}

/**
 * A clinical statement or an engine reason: its text, an "extrapolated"/"unconfirmed" mark in
 * words (never colour alone) and its short citations.
 */
export function StatementText({ s }: { s: Sourced }) {
  const { t, tx } = useT();
  return (
    <>
      {tx(s.text)}
      {s.extrapolated ? (
        <span className="mark mark-extrapolated">{t('common.extrapolated')}</span>
      ) : null}
      {s.unconfirmed ? (
        <span className="mark mark-unconfirmed">{t('common.unconfirmed')}</span>
      ) : null}
      <Citations refs={s.refs} />
    </>
  );
}
