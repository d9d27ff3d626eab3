import type { Dictionary } from '../types';
import type { en } from '../en';
import { cases } from './cases';
import { common } from './common';
import { compare } from './compare';
import { evidence } from './evidence';
import { storage } from './storage';
import { summary } from './summary';
import { wizard } from './wizard';

export const es: Dictionary<typeof en> = {
  common,
  cases,
  wizard,
  compare,
  summary,
  evidence,
  storage,
};
