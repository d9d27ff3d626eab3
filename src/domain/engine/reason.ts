import type { LocalizedText } from '../text';
import type { Reason } from './types';

/** A reason in every language, with the reference ids behind it. */
export const reason = (
  text: LocalizedText,
  refs: readonly string[],
  extrapolated = false,
): Reason => (extrapolated ? { text, refs, extrapolated } : { text, refs });
