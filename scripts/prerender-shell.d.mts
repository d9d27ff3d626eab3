import type { Plugin } from 'vite';

/** Renders src/app/shell.tsx into index.html's #root at build time. */
export function prerenderShell(): Plugin;
