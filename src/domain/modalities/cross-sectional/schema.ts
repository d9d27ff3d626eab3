import { z } from 'zod/mini';
import { DEPTHS, studyBase } from '../../fields';

/** CT and MRI record the same findings: one schema, shared. */
export const CROSS_SECTIONAL_PATTERNS = [
  'normal',
  'trabecular-plaques',
  'amorphous-calcification',
  'other',
] as const;
export const crossSectionalSchema = z.object({
  ...studyBase,
  pattern: z.optional(z.enum(CROSS_SECTIONAL_PATTERNS, { error: 'is not a known CT/MRI pattern' })),
  depth: z.optional(z.enum(DEPTHS)),
});
