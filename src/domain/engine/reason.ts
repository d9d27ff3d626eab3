import { text } from '../text';
import type { Reason } from './types';

/** A reason in both languages, with the reference ids behind it. */
export const reason = (
  en: string,
  es: string,
  refs: readonly string[],
  extrapolated = false,
): Reason =>
  extrapolated ? { text: text(en, es), refs, extrapolated } : { text: text(en, es), refs };
