/** The content-security policy the app is served with (the header). */
export const CONTENT_SECURITY_POLICY: string;
/** The part of it the built index.html also carries in a <meta>. */
export const META_CONTENT_SECURITY_POLICY: string;
/** Every header the web team is asked to set but HSTS, as `vite preview` sends them. */
export const SECURITY_HEADERS: Record<string, string>;
/** The same policy with a hospital's FHIR server added to `connect-src` (a launch from the record). */
export function policyWithRecord(recordOrigin: string): string;
