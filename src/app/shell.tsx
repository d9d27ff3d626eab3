import { renderToString } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { CasesPage } from '../features/cases/cases-page';
import { useSettings } from '../store/settings';
import { Layout } from './layout';

/**
 * The first page as static HTML, rendered at build time into index.html's #root (see
 * scripts/prerender-shell.mjs): the layout and the empty case list in English, exactly as the
 * app's first frame draws them, so the first paint needs no JavaScript. The app then replaces it
 * (createRoot, src/main.tsx). Never part of the app's bundle.
 *
 * What the first frame leaves to later (lazy notices and panels) is a Suspense fallback here too:
 * React's markers for those are removed, and every control is disabled until the app takes over,
 * so nothing typed or chosen before then is lost.
 */
export function renderShell(): string {
  useSettings.setState({ lang: 'en', theme: 'system' });
  const html = renderToString(
    <MemoryRouter initialEntries={['/']}>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<CasesPage />} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
  return (
    html
      // Suspense markers and the templates of boundaries left to the client.
      .replace(/<!--.*?-->/gs, '')
      .replace(/<template\b[^>]*><\/template>/g, '')
      // Until the app is there, a control would do nothing, or submit the form as a page load.
      .replace(/<(input|select|button)\b/g, '<$1 disabled=""')
      // Assistive technology hears that the page is still being set up.
      .replace(/<main\b/, '<main aria-busy="true"')
  );
}
