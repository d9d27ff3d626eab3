import { Suspense } from 'react';
import { NavLink, Outlet, useNavigation } from 'react-router';
import { LANGS, type Lang } from '../domain/text';
import { loadLanguage } from '../i18n/translate';
import { StorageNotices } from '../features/cases/storage-notices';
import { useT } from '../i18n/use-t';
import { useSettings } from '../store/settings';
import { DocumentLang } from './document-lang';
import { UpdatePrompt } from './update-prompt';

export function Layout() {
  const { t, lang } = useT();
  const setLang = useSettings((s) => s.setLang);
  const navigation = useNavigation();
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
      <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <StorageNotices />
        <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <UpdatePrompt />
      <footer className="app-footer">
        <p>{t('common.disclaimer')}</p>
        <p>{t('common.privacy')}</p>
      </footer>
    </>
  );
}
