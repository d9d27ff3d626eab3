import { z } from 'zod/mini';
import { studyBase } from '../../fields';

export const SCINT_PATTERNS = ['normal', 'soft-tissue-uptake', 'other'] as const;
export const scintigraphySchema = z.object({
  ...studyBase,
  pattern: z.optional(z.enum(SCINT_PATTERNS, { error: 'is not a known scintigraphy result' })),
});
