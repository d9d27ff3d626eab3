import type { Dictionary } from '../types';
import type { en } from '../en';
import { common } from './common';

export const es: Dictionary<typeof en> = { common };
