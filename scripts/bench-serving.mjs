// How the bench serves the app and the bare app: over HTTPS by default, which Vite's preview
// server speaks as HTTP/2, the way a hospital's HTTPS server does (the app needs HTTPS for its
// service worker: README, "Serving it in a hospital"); with --http1, plain HTTP/1.1 on
// localhost, where a browser opens at most six connections to the server and a page that needs
// twenty files waits for them in turns. The certificate is a self-signed one for 127.0.0.1 and
// localhost, made once by @vitejs/plugin-basic-ssl and kept in node_modules/.cache; the bench's
// Chromium is told to accept it (--ignore-certificate-errors), and only the bench's.

import { getCertificate } from '@vitejs/plugin-basic-ssl';
import { preview } from 'vite';
import { previewBareApp } from './bare-app/build.mjs';

/**
 * @param {string[]} args the script's arguments
 * @returns {Promise<{ https: { cert: string, key: string } | undefined, chromiumArgs: string[], label: string }>}
 */
export async function benchServing(args) {
  if (args.includes('--http1')) {
    return { https: undefined, chromiumArgs: [], label: 'HTTP/1.1 (plain HTTP, --http1)' };
  }
  const pem = await getCertificate('node_modules/.cache/bench-certificate', 'bench', [
    '127.0.0.1',
    'localhost',
  ]);
  return {
    https: { cert: pem, key: pem },
    chromiumArgs: ['--ignore-certificate-errors'],
    label: 'HTTPS, HTTP/2 (self-signed certificate)',
  };
}

/**
 * The app's build and the bare app's, served side by side on 127.0.0.1 (`port`, and the next
 * free one for the bare app), over HTTPS with this certificate if `https` is given.
 * @param {string} dist
 * @param {string} bareDist
 * @param {number} port
 * @param {{ cert: string, key: string } | undefined} https
 * @returns {Promise<{ url: string, bareUrl: string, close: () => Promise<void> }>} `url`: the
 *   app's root, its base path included (vite preview serves the build under it)
 */
export async function serveAppAndBare(dist, bareDist, port, https) {
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port, strictPort: false, https },
  });
  const bareServer = await previewBareApp(bareDist, port + 1, https);
  const scheme = https ? 'https' : 'http';
  return {
    url: server.resolvedUrls?.local[0] ?? `${scheme}://127.0.0.1:${port}/`,
    bareUrl: bareServer.resolvedUrls?.local[0] ?? `${scheme}://127.0.0.1:${port + 1}/`,
    close: async () => {
      await server.close();
      await bareServer.close();
    },
  };
}
