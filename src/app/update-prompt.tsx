import type { CSSProperties } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useT } from '../i18n/use-t';

// Sticky at the bottom of the viewport but in the normal flow: it never covers the page for
// good, never takes focus, and the workup carries on underneath it.
const bannerStyle: CSSProperties = {
  position: 'sticky',
  bottom: 0,
  zIndex: 1,
  maxWidth: '60rem',
  margin: '1rem auto 0',
  padding: '0.5rem 1rem',
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: '0.5rem',
  background: 'var(--surface)',
  border: '1px solid var(--accent)',
  borderRadius: 'var(--radius)',
};

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

  const visible = needRefresh || offlineReady;
  // The live region is always in the document so screen readers announce what appears in it.
  return (
    <div
      className="update-prompt"
      role="status"
      aria-live="polite"
      style={visible ? bannerStyle : undefined}
    >
      {needRefresh ? (
        <>
          <p style={{ margin: 0, flex: '1 1 16rem' }}>{t('common.update.available')}</p>
          <button type="button" className="primary" onClick={() => void updateServiceWorker(true)}>
            {t('common.update.reload')}
          </button>
          <button type="button" onClick={() => setNeedRefresh(false)}>
            {t('common.update.later')}
          </button>
        </>
      ) : offlineReady ? (
        <>
          <p style={{ margin: 0, flex: '1 1 16rem' }}>{t('common.update.offlineReady')}</p>
          <button type="button" onClick={() => setOfflineReady(false)}>
            {t('common.update.dismiss')}
          </button>
        </>
      ) : null}
    </div>
  );
}
