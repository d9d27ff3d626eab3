import { useEffect, useRef, useState } from 'react';
import { prefetchStorageAlerts } from '../features/cases/storage-notices';
import { useRegisterSW } from './service-worker';
import { useT } from '../i18n/use-t';
import { whenSaved } from '../store/cases';

/** The page's reload (one object, so a test can see it called). */
export const page = { reload: (): void => window.location.reload() };

/** Reload once every change typed here is committed (a reload must not cut a write short). */
const reloadWhenSaved = () => void whenSaved().then(() => page.reload());

/**
 * Offers a new version of the app instead of swapping it in: a clinician mid-workup decides
 * when to reload. "Update now" activates the waiting version, and the new version then controls
 * every open tab of the app; only the tab whose user chose it reloads (vite-plugin-pwa reloads
 * every tab on that takeover unless it is given `onNeedReload`). Another tab says that a new
 * version started elsewhere and reloads only when its own user says so. Also says once when
 * everything is cached and the app will work without the network.
 */
export function UpdatePrompt() {
  const { t } = useT();
  const [elsewhere, setElsewhere] = useState(false);
  // This tab's user chose "Update now": only then does the new version's takeover reload it.
  // (A ref: the callback below is registered once, at the first render.)
  const chosenHere = useRef(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onNeedReload: () => {
      if (chosenHere.current) reloadWhenSaved();
      else setElsewhere(true);
    },
  });

  // While this version's files are still served, fetch what this tab needs to say that it stopped
  // saving once the new version runs elsewhere.
  useEffect(() => {
    if (needRefresh || elsewhere) prefetchStorageAlerts();
  }, [needRefresh, elsewhere]);

  // The live region is always in the document so screen readers announce what appears in it.
  // It sits in the flow below the header (styles.css): it takes its own space and covers nothing.
  return (
    <div className="update-prompt" role="status" aria-live="polite">
      {elsewhere ? (
        <>
          <p>{t('common.update.elsewhere')}</p>
          <button type="button" className="primary" onClick={reloadWhenSaved}>
            {t('common.update.reload')}
          </button>
          <button type="button" onClick={() => setElsewhere(false)}>
            {t('common.update.later')}
          </button>
        </>
      ) : needRefresh ? (
        <>
          <p>{t('common.update.available')}</p>
          <button
            type="button"
            className="primary"
            onClick={() => {
              chosenHere.current = true;
              void updateServiceWorker(true);
            }}
          >
            {t('common.update.reload')}
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            {t('common.update.later')}
          </button>
        </>
      ) : offlineReady ? (
        <>
          <p>{t('common.update.offlineReady')}</p>
          <button type="button" onClick={() => setOfflineReady(false)}>
            {t('common.update.dismiss')}
          </button>
        </>
      ) : null}
    </div>
  );
}
