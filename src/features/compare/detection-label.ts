import { useT } from '../../i18n/use-t';
import type { Detection, TimelineRow } from './comparison-model';

/**
 * Words for a detection state, with the registry's day figures filled in:
 * "Too early (before day 10)", "May show (days 10–13)", "Informative (from day 14)".
 */
export function useDetectionLabel() {
  const { t } = useT();
  return (d: Detection, window?: TimelineRow['window']): string => {
    const from = window?.fromDay ?? window?.toDay ?? 0;
    const to = window?.toDay ?? window?.fromDay ?? 0;
    switch (d) {
      case 'too-early':
        return t('compare.detection.tooEarly', { from });
      case 'may-show':
        return t('compare.detection.mayShow', { from, last: to - 1 });
      case 'informative':
        return t('compare.detection.informative', { to });
      case 'no-day-figure':
        return t('compare.detection.noDayFigure');
      case 'unknown-day':
        return t('compare.detection.unknownDay');
    }
  };
}
