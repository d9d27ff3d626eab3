import { lazy, Suspense, useEffect } from 'react';
import { useCases } from '../../store/cases';
import { useHydrated } from '../../ui/use-hydrated';

const loadAlerts = () => import('./storage-alerts');
const StorageAlerts = lazy(loadAlerts);

/**
 * On every page, when there is something to say about saving (a change being saved or saved, a
 * failed write, a value another tab replaced). The messages' code is not on the first page: it
 * is fetched once the page has been taken over, so that a tab left open across an update (whose
 * old files the new version's service worker no longer serves) can still say that it stopped
 * saving.
 */
export function StorageNotices() {
  const hydrated = useHydrated();
  const show = useCases((s) => s.saveFailed || s.tabConflicts.length > 0 || s.saveState !== 'idle');
  useEffect(() => {
    if (hydrated) void loadAlerts();
  }, [hydrated]);
  return show ? (
    <Suspense fallback={null}>
      <StorageAlerts />
    </Suspense>
  ) : null;
}
