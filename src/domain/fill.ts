/** Values for a template's `{name}` placeholders. */
export type FillParams = Readonly<Record<string, string | number>>;

/**
 * Fill `{name}` placeholders in a template: the one implementation behind the exports' texts and
 * the UI's `t()`. A placeholder without a value stays as written (`{name}`) so that it is noticed
 * rather than printed as "undefined"; only the params' own keys count, so `{constructor}` is never
 * filled from Object's prototype. Numbers are written with `String` (no locale formatting: the
 * caller formats a number it wants localized).
 */
export function fill(template: string, params?: FillParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}
