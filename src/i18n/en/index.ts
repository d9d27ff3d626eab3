import { cases } from './cases';
import { certainty } from './certainty';
import { common } from './common';
import { compare } from './compare';
import { ehr } from './ehr';
import { errors } from './errors';
import { evidence } from './evidence';
import { privacy } from './privacy';
import { probability } from './probability';
import { ledger } from './ledger';
import { lock } from './lock';
import { savedCases } from './saved-cases';
import { settings } from './settings';
import { storage } from './storage';
import { summary } from './summary';
import { wizard } from './wizard';

/**
 * The English dictionary, one namespace per feature so features can grow their strings
 * independently. English defines the keys; Spanish must match them exactly (typed and tested).
 */
export const en = {
  common,
  cases,
  savedCases,
  wizard,
  compare,
  summary,
  evidence,
  probability,
  ledger,
  certainty,
  settings,
  lock,
  storage,
  privacy,
  ehr,
  errors,
} as const;
export default en;
