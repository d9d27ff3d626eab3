import { z } from 'zod/mini';
import { isIsoDate } from './dates';

/**
 * Field schemas shared by the patient and by every study schema. Kept apart from `schema.ts` so
 * that each modality's findings schema can use them without importing the whole case schema.
 */

/** The refinement message that marks an impossible date (parse.ts classifies by it). */
export const INVALID_DATE = 'is not a valid calendar date (YYYY-MM-DD)';

export const isoDate = z
  .string({ error: 'must be a date (YYYY-MM-DD)' })
  .check(z.refine(isIsoDate, { message: INVALID_DATE }));

/** The refinement message that marks a date-time that is not one (parse.ts classifies by it). */
export const INVALID_DATE_TIME = 'is not a date-time (YYYY-MM-DDThh:mm:ssZ)';
/** The longest date-time a case holds: "2026-03-03T10:00:00.123456789+01:00" is 35. */
const DATE_TIME_MAX_LENGTH = 40;
const ISO_DATE_TIME = /^(\d{4}-\d\d-\d\d)T\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)$/;

/** A real ISO 8601 date-time with its zone ("2026-03-03T10:00:00.000Z"), of bounded length. */
export const isoDateTime = z.string({ error: 'must be a date-time' }).check(
  z.maxLength(DATE_TIME_MAX_LENGTH, {
    message: `is longer than ${DATE_TIME_MAX_LENGTH} characters`,
  }),
  // Too long is said once, above; only a date-time of a sane length is read.
  z.refine(
    (s) => {
      if (s.length > DATE_TIME_MAX_LENGTH) return true;
      // The pattern gives the shape; the calendar and the clock (no 25:00) say it is real.
      const m = ISO_DATE_TIME.exec(s);
      return m !== null && isIsoDate(m[1]!) && !Number.isNaN(Date.parse(s));
    },
    { message: INVALID_DATE_TIME },
  ),
);

export const note = z
  .string({ error: 'must be text' })
  .check(z.maxLength(5000, { message: 'is longer than 5000 characters' }));

export const optionalBool = z.optional(z.boolean({ error: 'must be yes or no' }));

export const STUDY_STATUSES = ['not-started', 'planned', 'done', 'skipped', 'deferred'] as const;
export type StudyStatus = (typeof STUDY_STATUSES)[number];
export const SKIP_REASONS = ['not-available', 'declined', 'not-indicated', 'other'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** Where a deposit sits. Fascia or muscle involvement is atypical for SCHO (García-Arpa 2020). */
export const DEPTHS = ['subcutaneous', 'fascia-or-muscle'] as const;
export type Depth = (typeof DEPTHS)[number];

/** What every study records, whatever its findings: status, why set aside, date and a note. */
export const studyBase = {
  status: z._default(
    z.enum(STUDY_STATUSES, { error: 'is not a known study status' }),
    'not-started',
  ),
  reason: z.optional(z.enum(SKIP_REASONS, { error: 'is not a known reason' })),
  date: z.optional(isoDate),
  note: z.optional(note),
};
