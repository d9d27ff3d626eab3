import { lazy, Suspense, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../../i18n/use-t';
import { withStrings } from '../../i18n/with-strings';
import { useCases } from '../../store/cases';
import { useLock } from '../../store/lock';
import { useSettings } from '../../store/settings';

// The lock screen and its key derivation load only on a device that draws them.
const load = () => withStrings(() => import('./lock-screen'));
const LockScreen = lazy(() => load().then((m) => ({ default: m.LockScreen })));
const LockRequired = lazy(() => load().then((m) => ({ default: m.LockRequired })));
const DeviceCleared = lazy(() => load().then((m) => ({ default: m.DeviceCleared })));

/**
 * In place of every page: the lock screen while this tab is locked (nothing of a case is drawn:
 * the pages, the saving notices and their values are not rendered, and the cases store is empty);
 * the passcode form on a device without a lock where the site requires one (only the settings
 * page stays reachable, and it holds no case); and, once the device was cleared, only that.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const { t } = useT();
  const status = useLock((s) => s.status);
  const elsewhere = useLock((s) => s.clearedElsewhere);
  const required = useSettings((s) => s.lock.required);
  const cleared = useCases((s) => s.deviceCleared);
  const { pathname } = useLocation();
  const gate = cleared
    ? 'cleared'
    : status === 'locked'
      ? 'locked'
      : status === 'off' && required && pathname !== '/settings'
        ? 'setup'
        : null;
  if (!gate) return children;
  return (
    <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
      {gate === 'locked' ? (
        <LockScreen />
      ) : gate === 'setup' ? (
        <LockRequired />
      ) : (
        <DeviceCleared elsewhere={elsewhere} />
      )}
    </Suspense>
  );
}
