// How the bench serves the app and the bare app: over HTTPS by default, which Vite's preview
// server speaks as HTTP/2, the way a hospital's HTTPS server does (the app needs HTTPS for its
// service worker: README, "Serving it in a hospital"); with --http1, plain HTTP/1.1 on
// localhost, where a browser opens at most six connections to the server and a page that needs
// twenty files waits for them in turns. The certificate is a self-signed one for 127.0.0.1 and
// localhost, made once by @vitejs/plugin-basic-ssl and kept in node_modules/.cache; the bench's
// Chromium is told to accept it (--ignore-certificate-errors), and only the bench's.

import { getCertificate } from '@vitejs/plugin-basic-ssl';

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
