import { Suspense, useLayoutEffect, useSyncExternalStore } from 'react';
import { NavLink, Outlet } from 'react-router';
import { LANGUAGES, nameOf, type Lang } from '../domain/languages';
import { loadLanguage } from '../i18n/translate';
import { StorageNotices } from '../features/cases/storage-notices';
import { LockGate } from '../features/lock/lock-gate';
import { useCases } from '../store/cases';
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
  // A cleared device: nothing more is registered, cached or saved (not even a language).
  const cleared = useCases((s) => s.deviceCleared);
  // "Data stay on this device" is not the whole truth in a tab opened from a health record: the
  // app reads the patient's record there and files a report to it when asked.
  const connected = useSyncExternalStore(onRecordConnection, connectedToRecord, () => false);
  useChosenTheme();
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
        <label className="lang-switch" hidden={cleared}>
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
            {/* Each language's name in itself, so a reader finds theirs whatever is shown. */}
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1}>
        {hydrated ? <LanguageNotice /> : null}
        <LockGate>
          <StorageNotices />
          <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
            <Outlet />
          </Suspense>
        </LockGate>
      </main>
      {/* After the page's content, not above it: a notice that arrives a second after the first
          paint (the service worker ready, a new version) would otherwise push the form the
          reader is about to use down the screen. It is a polite live region either way. */}
      {/* Not in the page drawn at build time: it registers the service worker once the page has
          loaded (service-worker.ts), and says when everything is cached or a new version waits. */}
      {hydrated && !cleared ? <UpdatePrompt /> : null}
      <footer className="app-footer">
        <p>{t('common.disclaimer')}</p>
        <p>{t(connected ? 'common.privacyRecord' : 'common.privacy')}</p>
      </footer>
    </>
  );
}

/** The chosen theme, before paint; without one the CSS follows prefers-color-scheme. */
function useChosenTheme() {
  const theme = useSettings((s) => s.theme);
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}

/** Says so when the language saved on this device is not in this version (settings.ts). */
function LanguageNotice() {
  const { t, lang } = useT();
  const code = useSettings((s) => s.unavailableLang);
  const keepLang = useSettings((s) => s.keepLang);
  if (!code) return null;
  const name = nameOf(lang);
  return (
    <div className="lang-notice" role="status">
      <p>{t('common.language.unavailable', { code, name })}</p>
      <button type="button" onClick={keepLang}>
        {t('common.language.keep', { name })}
      </button>
    </div>
  );
}
