/* global URL */
// Builds the bare React + react-router app (the bench's floor) with the same Vite and the same
// React plugin and target as the app, into the given folder.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const BARE_APP_ROOT = fileURLToPath(new URL('.', import.meta.url));

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
