import type { Dictionary } from '../types';
import type { cases as en } from '../en/cases';

export const cases: Dictionary<typeof en> = {};
