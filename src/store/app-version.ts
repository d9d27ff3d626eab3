/** The version of this build of the app (package.json's, set at build time). */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

/** Compare two dotted versions ("0.10.2" > "0.9.9"); a missing or odd part counts as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/);
  const pb = b.split(/[.+-]/);
  for (let i = 0; i < 3; i += 1) {
    const d = (Number.parseInt(pa[i] ?? '', 10) || 0) - (Number.parseInt(pb[i] ?? '', 10) || 0);
    if (d) return Math.sign(d);
  }
  return 0;
}
