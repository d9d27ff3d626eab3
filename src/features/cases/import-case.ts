import type { FieldError } from '../../domain/case/errors';
import { readCaseFile, type CaseFileProblem } from '../../domain/export/case-file';
import { readCasesFile } from '../../domain/export/all-cases-file';
import { useCases } from '../../store/cases';

// With the reading code, what the import panel needs once a file has arrived: the size limit it
// checks before reading, and what describes the results (import-cases.tsx loads all of it then).
export { MAX_CASES_FILE_BYTES } from '../../domain/export/all-cases-file';
export { describeFieldError } from '../../domain/case/errors';
export { describeOutcome } from './import-outcome';

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

/** What happened to each case of an imported file. */
export type ImportOutcome =
  | { readonly kind: 'added' | 'copy' | 'same'; readonly id: string; readonly label: string }
  | { readonly kind: 'invalid'; readonly index: number; readonly errors: readonly FieldError[] };

export type ImportAllResult =
  | { readonly ok: true; readonly outcomes: readonly ImportOutcome[] }
  | {
      readonly ok: false;
      readonly problem: CaseFileProblem;
      readonly errors: readonly FieldError[];
    };

/**
 * Import an all-cases file or a single-case file. A single case is added as a new case, as
 * `importCaseText` does. From an all-cases file each case keeps its id when it is free (a
 * restore after the browser cleared its storage gives back the same cases), is skipped when the
 * same case is already here, and is added as a new case when another case holds its id. No
 * existing case is ever changed.
 */
export function importCasesText(text: string, today: string): ImportAllResult {
  const result = readCasesFile(text, today);
  if (!result.ok) return result;
  const store = useCases.getState();
  const outcomes = result.entries.map((e): ImportOutcome => {
    if (!e.ok) return { kind: 'invalid', index: e.index, errors: e.errors };
    if (result.kind === 'single') {
      const id = store.addCase(e.value);
      return { kind: 'added', id, label: useCases.getState().cases[id]?.label ?? e.value.label };
    }
    const { id, outcome } = store.restoreCase(e.value);
    return { kind: outcome, id, label: useCases.getState().cases[id]?.label ?? e.value.label };
  });
  return { ok: true, outcomes };
}
