import type { FieldError } from '../../domain/case/parse';
import { readCaseFile, type CaseFileProblem } from '../../domain/export/case-file';
import { useCases } from '../../store/cases';

export type ImportResult =
  | { readonly ok: true; readonly id: string; readonly label: string }
  | {
      readonly ok: false;
      readonly problem: CaseFileProblem;
      readonly errors: readonly FieldError[];
    };

/**
 * Read a case file and, only if it is valid, add it to the store as a NEW case (`addCase` gives
 * it a fresh id and a unique label). On any problem the store is not touched at all.
 */
export function importCaseText(text: string, today: string): ImportResult {
  const result = readCaseFile(text, today);
  if (!result.ok) return result;
  const id = useCases.getState().addCase(result.value);
  return { ok: true, id, label: useCases.getState().cases[id]?.label ?? result.value.label };
}
