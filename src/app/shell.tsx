import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { useSettings } from '../store/settings';
import { AppRoutes, BASENAME } from './app';
import { SHELL_ADDED as ADDED } from './shell-takeover';

/**
 * The first page as static HTML, rendered at build time into index.html's #root (see
 * scripts/prerender-shell.mjs): the app's own route table at its root (the layout and the empty
 * case list; under the base path, so its links are the app's) in English, exactly as React draws it, so the first paint needs no JavaScript and React
 * can take the same nodes over (hydrateRoot, src/main.tsx) instead of drawing new ones. The lazy
 * panels and notices wait for the takeover (useHydrated), so they are not in it.
 *
 * Until the app takes over, every control is disabled (a click would do nothing, or submit the
 * form as a page load) and the main landmark says it is busy; `takeOverShell` removes exactly
 * those additions first (shell-takeover.ts). Never part of the app's bundle.
 */
export function renderShell(): string {
  useSettings.setState({ lang: 'en', theme: 'system' });
  const html = renderToString(
    <MemoryRouter basename={BASENAME} initialEntries={[import.meta.env.BASE_URL]}>
      <AppRoutes />
    </MemoryRouter>,
  );
  return html
    .replace(/<(input|select|button)\b/g, `<$1 disabled="" ${ADDED}="disabled"`)
    .replace(/<main\b/, `<main aria-busy="true" ${ADDED}="aria-busy"`);
}
