import { useRegisterSW } from './service-worker';
import { useT } from '../i18n/use-t';

/**
 * Offers a new version of the app instead of swapping it in: a clinician mid-workup decides
 * when to reload (the cases are saved on every keystroke, so reloading loses nothing). Also
 * says once when everything is cached and the app will work without the network.
 */
export function UpdatePrompt() {
  const { t } = useT();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();

  // The live region is always in the document so screen readers announce what appears in it.
  // It sits in the flow below the header (styles.css): it takes its own space and covers nothing.
  return (
    <div className="update-prompt" role="status" aria-live="polite">
      {needRefresh ? (
        <>
          <p>{t('common.update.available')}</p>
          <button type="button" className="primary" onClick={() => void updateServiceWorker(true)}>
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
