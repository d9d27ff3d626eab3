import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { prerenderShell } from './scripts/prerender-shell.mjs';
import { routeChunks } from './scripts/route-chunks.mjs';
import { SECURITY_HEADERS } from './scripts/security-headers.mjs';

/**
 * The path the app is served under, a build setting: `BASE_PATH=/scho/ npm run build` builds it
 * for https://host/scho/ (router basename, links, manifest scope and start_url, icons, the
 * service worker's scope and offline fallback, the boot script's checks all follow). `vite
 * preview` must be given the same BASE_PATH to serve that build.
 */
function basePath(value = '/'): string {
  const trimmed = value.trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  if (!/^\/([\w.~-]+\/)*$/.test(trimmed)) {
    throw new Error(`BASE_PATH must be a path such as /scho/ (letters, digits, . _ ~ -): ${value}`);
  }
  return trimmed;
}
const base = basePath(process.env.BASE_PATH);
const pageChunks = routeChunks();

// The version every saved case record carries (src/store/app-version.ts): package.json's, or
// SCHO_APP_VERSION (the browser test of two versions side by side builds with another one).
const appVersion =
  process.env.SCHO_APP_VERSION ??
  (
    JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  base,
  plugins: [
    react(),
    // The first page's HTML is drawn at build time, so the first paint needs no JavaScript.
    prerenderShell(),
    // The two pages that show a case in a few files, not 25 (scripts/route-chunks.mjs).
    pageChunks.plugin,
    // Hospital wifi drops: the service worker precaches the shell and every lazy chunk so the
    // app loads and works offline after the first visit. A new version is only offered
    // (registerType 'prompt'), never swapped in under a clinician mid-workup. It is built for
    // production only: `vite dev` and vitest get the plugin's no-op register module.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      devOptions: { enabled: false },
      // The globs below already take the favicon and icons from the build output; letting the
      // plugin add them again would list each twice in the precache.
      includeManifestIcons: false,
      manifest: {
        id: base,
        name: 'Leg ossification workup',
        short_name: 'SCHO workup',
        description:
          'Bedside imaging workup for suspected subcutaneous heterotopic ossification of the legs in chronic venous insufficiency. Data stay on the device.',
        lang: 'en',
        start_url: base,
        scope: base,
        display: 'standalone',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        // Relative to the manifest's own URL, so they follow the base path.
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'maskable-icon-512x512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // The shell, every lazy route chunk and the icons. manifest.webmanifest is not globbed:
        // the plugin always precaches it itself.
        globPatterns: ['**/*.{js,css,html,svg,png,ico}'],
        // Deep links (/cases/abc/xray) are client routes: serve the precached shell offline.
        navigateFallback: `${base}index.html`,
        cleanupOutdatedCaches: true,
        // Nothing leaves the device: no runtimeCaching, so no other host is ever cached.
        sourcemap: false,
        // One sw.js with Workbox's runtime in it: the worker loads no other script, so it needs
        // no importScripts(), which the content-security policy's Trusted Types rule (sent with
        // sw.js too) would refuse, leaving a worker that installs but caches nothing.
        inlineWorkboxRuntime: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports preloads modules itself; an older one simply does not
    // preload, which costs a round trip, never a failure (about 0.2 kB gzip off the entry).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // Everything the first page imports statically is one chunk. Left to itself, rolldown
        // splits the modules the entry shares with lazy chunks (React, the case schema and
        // parser, the clock) into five more files: six requests on a weak signal instead of one,
        // and 1.6 kB gzip more, as each file is compressed alone and exports its names.
        codeSplitting: {
          groups: [{ name: 'index', tags: ['$initial'], priority: 100 }, ...pageChunks.groups],
        },
      },
    },
  },
  // The preview server (npm start, the browser tests, the bench) sends the headers a hospital's
  // web team is asked to set (README), the strict content-security policy among them, so every
  // test runs under it. The dev server does not: its hot reload needs inline scripts.
  preview: { host: '127.0.0.1', headers: SECURITY_HEADERS },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Lazy chunks and whole-route walks take seconds on a loaded two-core machine: a margin, not
    // a timing assertion (speed is measured by the bench scripts).
    testTimeout: 30_000,
  },
});
