import type { Dictionary } from '../types';
import type { compare as en } from '../en/compare';

export const compare: Dictionary<typeof en> = {};
