import type { Dictionary } from '../types';
import type { wizard as en } from '../en/wizard';

export const wizard: Dictionary<typeof en> = {};
