/* global URL */
// A Vite plugin (build only): renders the first page's shell (src/app/shell.tsx: the layout and
// the empty case list, English) with react-dom/server and writes it into index.html's #root, so
// the browser paints the first page from the HTML alone, before any JavaScript has arrived.
// The components are loaded through a throwaway Vite server in SSR mode with the project's own
// config (the React plugin; this plugin is build-only, so it does not run there again).
//
// index.html's inline script decides, before the first paint, whether the shell may show: only
// at / and for an English reader (see the `shell` attribute there and in src/main.tsx).
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PLACEHOLDER = '<div id="root"></div>';

/** @returns {import('vite').Plugin} */
export function prerenderShell() {
  return {
    name: 'prerender-shell',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(PLACEHOLDER)) {
          throw new Error(`prerender-shell: index.html has no ${PLACEHOLDER}`);
        }
        const server = await createServer({
          root: ROOT,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { renderShell } = await server.ssrLoadModule('/src/app/shell.tsx');
          const shell = renderShell();
          return html.replace(PLACEHOLDER, () => `<div id="root">${shell}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
