import { lazy, Suspense } from 'react';
import { withStrings } from '../../i18n/with-strings';
import { useCases } from '../../store/cases';

// Its messages are not first-page strings: they load with its code.
const StorageAlerts = lazy(() => withStrings(() => import('./storage-alerts')));

/**
 * On every page, when there is something to say about saving (a failed write, a value another
 * tab replaced). The messages' code loads only then, so it costs the first page nothing.
 */
export function StorageNotices() {
  const show = useCases((s) => s.saveFailed || s.tabConflicts.length > 0);
  return show ? (
    <Suspense fallback={null}>
      <StorageAlerts />
    </Suspense>
  ) : null;
}
