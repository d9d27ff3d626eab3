import type { FieldError } from '../../domain/case/errors';
import { readCaseFile, type CaseFileProblem } from '../../domain/export/case-file';
import {
  openCasesFile,
  readCasesEntry,
  type CasesFileEntry,
} from '../../domain/export/all-cases-file';
import { normaliseLabel } from '../../domain/case/label';
import { useCases, whenSaved, type RestoredCase } from '../../store/cases';

/** Was the label in the file changed to be saved (line breaks, hidden characters removed)? */
const tidied = (label: string): boolean => normaliseLabel(label) !== label;

// With the reading code, what the import panel needs once a file has arrived: the size limit it
// checks before reading, the state a read file leaves it in, and what describes the results
// (import-cases.tsx loads all of it then).
export { describeFieldError } from '../../i18n/field-error';
export { afterImport, freeSpace, refusedForSpace } from './import-state';
export { describeOutcome } from './import-outcome';

export type ImportResult =
  | { readonly ok: true; readonly id: string; readonly label: string; readonly tidied: boolean }
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
  const label = useCases.getState().cases[id]?.label ?? result.value.label;
  return { ok: true, id, label, tidied: tidied(result.value.label) };
}

/** What happened to each case of an imported file. */
export type ImportOutcome =
  | {
      readonly kind: 'added' | 'copy' | 'same';
      readonly id: string;
      readonly label: string;
      /** Its label was tidied to be saved: said, so nothing changes without a trace. */
      readonly tidied: boolean;
    }
  | { readonly kind: 'invalid'; readonly index: number; readonly errors: readonly FieldError[] };

export type ImportAllResult =
  | { readonly ok: true; readonly outcomes: readonly ImportOutcome[]; readonly saved: boolean }
  | {
      readonly ok: false;
      readonly problem: CaseFileProblem;
      readonly errors: readonly FieldError[];
    };

/** How far an import is: cases read of the file's total, then saving. */
export interface ImportProgress {
  readonly phase: 'reading' | 'saving';
  readonly done: number;
  readonly total: number;
}

/** Cases read between two looks at the screen (so the page stays responsive and shows progress). */
const CHUNK = 100;
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Import an all-cases file or a single-case file. A single case is added as a new case, as
 * `importCaseText` does. From an all-cases file each case keeps its id and its label when the id
 * is free (a restore after the browser cleared its storage gives back the same cases, with the
 * step each was left on and its edit stamps), is skipped when the same case is already here, and
 * is added as a new case when another case holds its id. No existing case is ever changed. The
 * result comes once the added cases are committed to storage (or saving has failed, and said so).
 */
export async function importCasesText(
  text: string,
  today: string,
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportAllResult> {
  const file = openCasesFile(text, today);
  if (!file.ok) return file;
  const store = useCases.getState();
  if (file.kind === 'single') {
    const id = store.addCase(file.value);
    const label = useCases.getState().cases[id]?.label ?? file.value.label;
    return {
      ok: true,
      outcomes: [{ kind: 'added', id, label, tidied: tidied(file.value.label) }],
      saved: await whenSaved(),
    };
  }
  const total = file.raw.length;
  const entries: CasesFileEntry[] = [];
  for (let i = 0; i < total; i += 1) {
    if (i % CHUNK === 0 && i > 0) {
      onProgress?.({ phase: 'reading', done: i, total });
      await breathe();
    }
    entries.push(readCasesEntry(file, i, today));
  }
  onProgress?.({ phase: 'saving', done: total, total });
  const valid = entries.flatMap((e): RestoredCase[] =>
    e.ok
      ? [
          {
            case: e.value,
            ...(e.meta?.stamps ? { stamps: e.meta.stamps } : {}),
            ...(e.meta?.step ? { step: e.meta.step } : {}),
          },
        ]
      : [],
  );
  const restored = store.restoreCases(valid);
  const saved = await whenSaved();
  let next = 0;
  const cases = useCases.getState().cases;
  const outcomes = entries.map((e): ImportOutcome => {
    if (!e.ok) return { kind: 'invalid', index: e.index, errors: e.errors };
    const r = restored[next++]!;
    return {
      kind: r.outcome,
      id: r.id,
      label: cases[r.id]?.label ?? e.value.label,
      tidied: r.outcome !== 'same' && tidied(e.value.label),
    };
  });
  return { ok: true, outcomes, saved };
}
