/** A plain object read from untrusted JSON (not null, not an array), whose fields may be read. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
