/* global URL */
// Builds the bare React + react-router app (the bench's floor) with the same Vite and the same
// React plugin and target as the app, into the given folder.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';

const BARE_APP_ROOT = fileURLToPath(new URL('.', import.meta.url));

/** @param {string} outDir an absolute path */
export async function buildBareApp(outDir) {
  await build({
    configFile: false,
    root: BARE_APP_ROOT,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
  });
}

/**
 * Serve a build of the bare app on 127.0.0.1 (the next free port if this one is taken).
 * @param {string} outDir where buildBareApp put it
 * @param {number} port
 * @param {{ cert: string, key: string }} [https] served over HTTPS (HTTP/2) with this certificate
 */
export function previewBareApp(outDir, port, https) {
  return preview({
    configFile: false,
    root: BARE_APP_ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: false, https },
  });
}
