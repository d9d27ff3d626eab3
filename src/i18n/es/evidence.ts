import type { Dictionary } from '../types';
import type { evidence as en } from '../en/evidence';

export const evidence: Dictionary<typeof en> = {};
