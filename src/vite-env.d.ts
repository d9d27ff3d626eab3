/// <reference types="vite/client" />

/** package.json's version, or SCHO_APP_VERSION at build time (vite.config.ts). */
declare const __APP_VERSION__: string;
