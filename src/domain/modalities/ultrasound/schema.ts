import { z } from 'zod/mini';
import { DEPTHS, studyBase } from '../../fields';

export const US_PATTERNS = [
  'normal',
  'hyperechoic-shadowing',
  'less-echogenic-deposits',
  'indeterminate',
] as const;
export const ultrasoundSchema = z.object({
  ...studyBase,
  /** Hyperechogenic foci with posterior acoustic shadow = ossification; less echogenic = calcification. */
  pattern: z.optional(z.enum(US_PATTERNS, { error: 'is not a known ultrasound pattern' })),
  depth: z.optional(z.enum(DEPTHS)),
});
