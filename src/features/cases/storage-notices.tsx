import { lazy, Suspense } from 'react';
import { withStrings } from '../../i18n/with-strings';
import { shownSaveState, useCases } from '../../store/cases';

// Its messages are not first-page strings: they load with its code.
const loadAlerts = () => withStrings(() => import('./storage-alerts'));
const StorageAlerts = lazy(loadAlerts);

/**
 * Fetch the messages' code and strings ahead of need: called once a new version is waiting, while
 * this version's files are still served, so that a tab left open across the update can still say
 * that it stopped saving (the new version's service worker no longer serves the old files).
 */
export const prefetchStorageAlerts = (): void => void loadAlerts();

/**
 * On every page, when there is something to say about saving (an edit being saved or saved, a
 * failed write, a value another tab replaced). The messages' code is not on the first page: it
 * loads when there is something to say, or ahead of an update (`prefetchStorageAlerts`).
 */
export function StorageNotices() {
  // A step merely opened is written quietly: with no edit to speak of, nothing is loaded for it.
  const show = useCases(
    (s) => s.saveFailed || s.tabConflicts.length > 0 || shownSaveState(s) !== 'idle',
  );
  return show ? (
    <Suspense fallback={null}>
      <StorageAlerts />
    </Suspense>
  ) : null;
}
