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
const ENTRY_TAG = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;

/*
 * The entry script is requested only after the shell has been painted: a <script> in <head>
 * is fetched at once, and on a slow link its 100 kB would share the bandwidth with the HTML and
 * the stylesheet that the first paint waits for. The app then starts a frame later, and the
 * shell it takes over is already on screen. Where no shell shows (another language, a deep
 * link) the page waits for the script anyway, so it is requested at once. Inserted at the end
 * of <body>, so #root exists when the module runs. The entry's path stays in index.html as a
 * <meta> (scripts/dist-sizes.mjs reads it).
 */
const loader = (entry) =>
  `<meta name="app-entry" content="${entry}" />` +
  `<script>(function(){var s=document.createElement('script');s.type='module';s.crossOrigin='';s.src=${JSON.stringify(entry)};` +
  `function load(){document.body.appendChild(s);}` +
  `if(document.documentElement.dataset.shell==='off')load();else requestAnimationFrame(function(){setTimeout(load,0);});})();</script>`;

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
          const entry = ENTRY_TAG.exec(html);
          if (!entry) throw new Error('prerender-shell: index.html has no entry script');
          return html
            .replace(entry[0], '')
            .replace(PLACEHOLDER, () => `<div id="root">${shell}</div>`)
            .replace('</body>', () => `${loader(entry[1])}\n  </body>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
