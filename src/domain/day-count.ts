/**
 * Day counts since onset, and the X-ray's blind days: facts the engine's timing, the modality
 * modules (what a normal film is worth) and the clinical catalogues (how a day count reads) all
 * need, so they sit at the root of the domain and import nothing.
 */

/**
 * Seed: "simple X-ray may not shows alterations until 10–14 days have transpired" (García-Arpa
 * 2020, citing its ref. 11). That says a film *may* show nothing until then, not that a normal
 * film is reliable afterwards (in neurogenic heterotopic ossification the film turned positive 2–6 weeks after a positive bone scan; SCIRE). So: before day 14
 * a normal film does not exclude; from day 14 it lowers but does not remove the suspicion.
 */
export const XRAY_BLIND_DAYS = { from: 10, to: 14 } as const;

/**
 * Beyond this many days a day count is false precision: onset of an insidious hardening is
 * approximate, and "day 2920" claims an exactness no history has.
 */
export const MAX_DAY_COUNT = 365;

/** A day count that may be shown as a number (0 to MAX_DAY_COUNT): never "day 2922". */
export const showsDayCount = (days: number | null | undefined): days is number =>
  days !== null && days !== undefined && days >= 0 && days <= MAX_DAY_COUNT;
