import type { FieldError } from '../../domain/case/errors';
import type { CaseFileProblem } from '../../domain/export/case-file';
import type { ImportAllResult, ImportOutcome, ImportProgress } from './import-case';

/**
 * The import panel's states: nothing chosen yet, a file being read (with how far, for a file of
 * many cases), one case added (it can be opened), the cases of a file added (each one's outcome
 * listed), or a file refused with why. The functions here load with the reading code
 * (import-case.ts), once a file has arrived; the panel needs only the types before.
 */
export type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly file: string; readonly progress?: ImportProgress }
  | {
      readonly kind: 'done';
      readonly id: string;
      readonly label: string;
      readonly tidied: boolean;
      readonly saved: boolean;
    }
  | {
      readonly kind: 'done-all';
      readonly file: string;
      readonly outcomes: readonly ImportOutcome[];
      readonly saved: boolean;
    }
  | {
      readonly kind: 'error';
      readonly file: string;
      readonly problem: CaseFileProblem | 'too-large-all' | 'read-error';
      readonly errors: readonly FieldError[];
      /** For 'too-large-all': the space left for this app on the device, in MB. */
      readonly freeMb?: number;
    };

/** The space the browser still gives this app, in bytes; undefined when it does not say. */
export async function freeSpace(): Promise<number | undefined> {
  try {
    const e = await navigator.storage?.estimate?.();
    return e?.quota === undefined ? undefined : e.quota - (e.usage ?? 0);
  } catch {
    return undefined;
  }
}

/**
 * A file larger than the space the browser still gives this app (in bytes; undefined when it
 * does not say) cannot be saved, so it is refused before it is read into memory.
 */
export function refusedForSpace(
  file: { readonly name: string; readonly size: number },
  free: number | undefined,
): ImportState | undefined {
  if (free === undefined || file.size <= free) return undefined;
  const freeMb = Math.max(0, Math.floor(free / 1e6));
  return { kind: 'error', file: file.name, problem: 'too-large-all', errors: [], freeMb };
}

/**
 * Where a read file leaves the panel: a refused file says why, field by field; a file that added
 * one new case offers to open it; any other (an all-cases file) lists what became of each case.
 */
export function afterImport(file: string, result: ImportAllResult): ImportState {
  if (!result.ok) return { kind: 'error', file, problem: result.problem, errors: result.errors };
  const [only] = result.outcomes;
  if (result.outcomes.length === 1 && only && only.kind === 'added')
    return {
      kind: 'done',
      id: only.id,
      label: only.label,
      tidied: only.tidied,
      saved: result.saved,
    };
  return { kind: 'done-all', file, outcomes: result.outcomes, saved: result.saved };
}
