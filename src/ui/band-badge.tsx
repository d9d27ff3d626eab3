import type { Band } from '../domain/engine/types';
import { useT } from '../i18n/use-t';
import './ui.css';

const SYMBOL: Record<Band, string> = {
  'usually-appropriate': '✓',
  'may-be-appropriate': '~',
  'usually-not-appropriate': '✗',
  done: '●',
  'not-done': '–',
};

/** The engine's appropriateness band as a labelled badge: the words carry the meaning. */
export function BandBadge({ band }: { band: Band }) {
  const { t } = useT();
  return (
    <span className={`band band-${band}`}>
      <span aria-hidden="true">{SYMBOL[band]} </span>
      {t(`wizard.band.${band}`)}
    </span>
  );
}
