import type { Plugin } from 'vite';

/** Renders src/app/shell.tsx into index.html's #root and puts the boot script in place, at build time. */
export function prerenderShell(): Plugin;
/** src/app/boot.ts as the classic script the build emits, for this base path. */
export function buildBootScript(base: string): Promise<string>;
/** The lazy routes of src/app/routes.tsx: [path, the module its page is in]. */
export function lazyRoutes(): [string, string][];
