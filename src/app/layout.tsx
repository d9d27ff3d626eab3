import { Suspense, useLayoutEffect, useSyncExternalStore } from 'react';
import { NavLink, Outlet } from 'react-router';
import { LANGS, type Lang } from '../domain/text';
import { loadLanguage } from '../i18n/translate';
import { StorageNotices } from '../features/cases/storage-notices';
import { connectedToRecord, onRecordConnection } from '../features/ehr-launch/connection';
import { useT } from '../i18n/use-t';
import { useHydrated } from '../ui/use-hydrated';
import { useSettings } from '../store/settings';
import { DocumentLang } from './document-lang';
import { UpdatePrompt } from './update-prompt';

export function Layout() {
  const { t, lang } = useT();
  const hydrated = useHydrated();
  const setLang = useSettings((s) => s.setLang);
  // "Data stay on this device" is not the whole truth in a tab opened from a health record: the
  // app reads the patient's record there and files a report to it when asked.
  const connected = useSyncExternalStore(onRecordConnection, connectedToRecord, () => false);
  // The chosen theme, before paint; without one the CSS follows prefers-color-scheme.
  const theme = useSettings((s) => s.theme);
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
  return (
    <>
      <DocumentLang />
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="app-header">
        <NavLink to="/" className="app-name">
          {t('common.appName')}
        </NavLink>
        <nav aria-label={t('common.nav.label')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('common.nav.cases')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/compare">{t('common.nav.compare')}</NavLink>
            </li>
            <li>
              <NavLink to="/evidence">{t('common.nav.evidence')}</NavLink>
            </li>
            <li>
              <NavLink to="/settings">{t('common.nav.settings')}</NavLink>
            </li>
          </ul>
        </nav>
        <label className="lang-switch">
          <span>{t('common.language.label')}</span>
          <select
            value={lang}
            onChange={(e) => {
              const next = e.target.value as Lang;
              void loadLanguage(next).then(
                () => setLang(next),
                (err: unknown) => console.warn('language strings could not be loaded', err),
              );
            }}
          >
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {t(`common.language.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1}>
        <StorageNotices />
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      {/* After the page's content, not above it: a notice that arrives a second after the first
          paint (the service worker ready, a new version) would otherwise push the form the
          reader is about to use down the screen. It is a polite live region either way. */}
      {/* Not in the page drawn at build time: it registers the service worker once the page has
          loaded (service-worker.ts), and says when everything is cached or a new version waits. */}
      {hydrated ? <UpdatePrompt /> : null}
      <footer className="app-footer">
        <p>{t('common.disclaimer')}</p>
        <p>{t(connected ? 'common.privacyRecord' : 'common.privacy')}</p>
      </footer>
    </>
  );
}
