// The HTTP headers the app is meant to be served with: the web team's profile (README, "Serving it
// in a hospital"), and what `vite preview` sends (vite.config.ts), so every browser test and the
// bench run under exactly this policy. A test (tests/unit/deployment.test.ts) keeps the README's
// copy of the policy equal to this one.

/**
 * The content-security policy. The app runs no inline script, no eval and no inline style; it
 * talks to its own origin only; its two script URLs (the entry, requested by the boot script, and
 * the service worker) go through Trusted Types policies of its own (`scho-loader`, `scho-sw`).
 * `img-src data:` is for nothing the app draws today and is kept out: add it only if a later
 * feature needs it. A launch from the patient record (SMART on FHIR) needs the hospital's FHIR
 * server in `connect-src` (and its EHR in `frame-ancestors` if it shows the app in a frame).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types scho-loader scho-sw',
].join('; ');

/**
 * The policy for a hospital that launches the app from its record: the same, with its FHIR server
 * (API and SMART endpoints, one origin) added to `connect-src` and nothing else widened.
 * @param {string} recordOrigin e.g. "https://fhir.example-hospital.org"
 */
export function policyWithRecord(recordOrigin) {
  const origin = new globalThis.URL(recordOrigin).origin;
  return CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ${origin}`);
}

/**
 * The part of the policy the built index.html also carries in a <meta> (a second line of defence
 * where a server forgets the header): only what can never need to change per hospital. No
 * `default-src` or `connect-src` there, since a meta policy cannot be widened by the header (the
 * browser enforces both): the FHIR server added to the header must not be blocked by the page.
 */
export const META_CONTENT_SECURITY_POLICY = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types scho-loader scho-sw',
].join('; ');

/** Every header but HSTS (which only means something over HTTPS; the README gives it). */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The app uses none of these: no page of it (or anything injected into it) may.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};
