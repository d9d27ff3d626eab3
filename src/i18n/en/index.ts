import { common } from './common';

/**
 * The English dictionary, one namespace per feature so features can grow their strings
 * independently. English defines the keys; Spanish must match them exactly (typed and tested).
 */
export const en = { common } as const;
