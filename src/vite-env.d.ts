/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

/** package.json's version, or SCHO_APP_VERSION at build time (vite.config.ts). */
declare const __APP_VERSION__: string;
