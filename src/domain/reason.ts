import type { LocalizedText } from './text';
import { joinTexts } from './text-by-language';
import { localized, type Code, type Said } from './words';

/**
 * A line of reasoning with the references behind it. It sits at the bottom of the domain (a leaf)
 * because the modality modules, the engine and the exports all produce or read reasons.
 */
export interface Reason {
  readonly text: LocalizedText;
  /**
   * The statement's code and parameters in the clinical catalogues (`src/domain/words`), once its
   * concept has moved there; `text` is then that statement rendered in every language.
   */
  readonly code?: Code;
  readonly params?: unknown;
  readonly refs: readonly string[];
  readonly extrapolated?: boolean;
  /**
   * A caution about the patient (pregnancy, a child's dose, bleeding on antithrombotics, FOP) that
   * must travel with any advice, next step, alternative or request for this study.
   */
  readonly caution?: true;
}

const isSaid = (t: LocalizedText | Said): t is Said => 'code' in t;

/**
 * A reason with the reference ids behind it: a statement of the clinical catalogues
 * (`said('engine.next.history-first')`), or a text in every language written beside the code (the
 * concepts not yet moved to the catalogues).
 */
export function reason(
  statement: LocalizedText | Said,
  refs: readonly string[],
  extrapolated = false,
): Reason {
  const base: Reason = isSaid(statement)
    ? {
        text: localized(statement),
        code: statement.code,
        ...(statement.params === undefined ? {} : { params: statement.params }),
        refs,
      }
    : { text: statement, refs };
  return extrapolated ? { ...base, extrapolated } : base;
}

/** A reason followed by others, as one text with every reference (extrapolated if any is). */
export function joinReasons(first: Reason, more: readonly Reason[]): Reason {
  if (!more.length) return first;
  const all = [first, ...more];
  return {
    text: joinTexts(all.map((r) => r.text)),
    refs: [...new Set(all.flatMap((r) => r.refs))],
    ...(all.some((r) => r.extrapolated) ? { extrapolated: true } : {}),
  };
}
