import type { RelativeRadiationLevel } from '../../domain/evidence';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { RRL_BANDS_MSV, RRL_MAX_INDEX, rrlIndex } from './comparison-model';

/** "<0.1 mSv", "1–10 mSv": the ACR band of a relative radiation level, in the reader's language. */
function useRrlBand() {
  const { t, lang } = useT();
  return (rrl: RelativeRadiationLevel): string => {
    const band = RRL_BANDS_MSV[rrl];
    if (band.min === undefined)
      return t('compare.rrl.below', { max: formatNumber(lang, band.max) });
    if (band.min === band.max)
      return t('compare.rrl.exact', { value: formatNumber(lang, band.max) });
    return t('compare.rrl.between', {
      min: formatNumber(lang, band.min),
      max: formatNumber(lang, band.max),
    });
  };
}

/**
 * The ACR relative-radiation-level symbol with its band, e.g. "☢☢☢ (1–10 mSv)". The symbols are
 * hidden from screen readers, which hear "relative radiation level 3 of 4" instead.
 */
export function RadiationLevel({
  rrl,
  showBand = true,
}: {
  rrl: RelativeRadiationLevel;
  showBand?: boolean;
}) {
  const { t } = useT();
  const band = useRrlBand();
  return (
    <span className="rrl">
      <span className="rrl-symbol" aria-hidden="true">
        {rrl}
      </span>
      <span className="visually-hidden">
        {t('compare.rrl.spoken', { n: rrlIndex(rrl), max: RRL_MAX_INDEX })}
      </span>
      {showBand ? <span className="rrl-band"> ({band(rrl)})</span> : null}
    </span>
  );
}
