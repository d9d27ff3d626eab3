import type { LocalizedText } from './text';

/**
 * A line of reasoning with the references behind it. It sits at the bottom of the domain (a leaf)
 * because the modality modules, the engine and the exports all produce or read reasons.
 */
export interface Reason {
  readonly text: LocalizedText;
  readonly refs: readonly string[];
  readonly extrapolated?: boolean;
  /**
   * A caution about the patient (pregnancy, a child's dose, bleeding on antithrombotics, FOP) that
   * must travel with any advice, next step, alternative or request for this study.
   */
  readonly caution?: true;
}

/** A reason in every language, with the reference ids behind it. */
export const reason = (
  text: LocalizedText,
  refs: readonly string[],
  extrapolated = false,
): Reason => (extrapolated ? { text, refs, extrapolated } : { text, refs });
