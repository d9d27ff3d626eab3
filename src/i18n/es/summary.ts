import type { Dictionary } from '../types';
import type { summary as en } from '../en/summary';

export const summary: Dictionary<typeof en> = {};
