import { z } from 'zod/mini';
import { DEPTHS, optionalBool, studyBase } from '../../fields';

export const XRAY_PATTERNS = [
  'normal',
  'reticulated-bone-density',
  'diffuse-bone-density',
  'punctate-calcification',
  'other',
] as const;
export const xraySchema = z.object({
  ...studyBase,
  pattern: z.optional(z.enum(XRAY_PATTERNS, { error: 'is not a known X-ray pattern' })),
  periostitis: optionalBool,
  depth: z.optional(z.enum(DEPTHS)),
});
