/**
 * How dates and numbers are written. The feature layer passes the app's i18n formatters so that
 * exports read like the screen; the defaults (ISO dates, plain numbers) keep the domain testable.
 */
export interface Formatters {
  readonly date: (isoDate: string) => string;
  readonly number: (n: number) => string;
}

export const PLAIN_FORMATTERS: Formatters = {
  date: (d) => d,
  number: (n) => String(n),
};
