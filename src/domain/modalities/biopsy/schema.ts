import { z } from 'zod/mini';
import { optionalBool, studyBase } from '../../fields';

export const HISTOLOGY = [
  'ossification',
  'calcification-without-bone',
  'other-diagnosis',
  'non-diagnostic',
] as const;
export type Histology = (typeof HISTOLOGY)[number];
export const biopsySchema = z.object({
  ...studyBase,
  /** Bone trabeculae in deep dermis and fat = ossification; calcium without bone = calcinosis cutis. */
  histology: z.optional(z.enum(HISTOLOGY, { error: 'is not a known histology result' })),
  woundProblem: optionalBool,
});
