import type { ImagingId } from '../../domain/evidence/types';
import { likelihoodRatio, tablesFor, type ProbabilitySources } from '../../domain/probability';
import type { Draft, Reading } from './draft';

/**
 * Why the explorer can give no post-test number for what is chosen (a case's results, or the
 * clinician's choices), from the same facts the calculation uses: whether a pre-test range is
 * chosen, and for each result whether the sources give a 2×2 table and whether its likelihood
 * ratio is defined. Null when a number can be given. No clinical judgement is made here: it
 * reads the sources' tables the way `explore` does.
 */
export interface WhyNoNumber {
  /** No pre-test range yet (never preselected: the closest population is the clinician's call). */
  readonly noPretest: boolean;
  /** No result chosen at all. */
  readonly noResult: boolean;
  /** Results whose investigation has no 2×2 table in the sources. */
  readonly noTable: readonly ImagingId[];
  /** Results whose table leaves the likelihood ratio undefined (a zero cell; a corrected value can be chosen). */
  readonly undefinedLr: readonly ImagingId[];
}

export function whyNoNumber(
  draft: Draft,
  reading: Reading,
  sources: ProbabilitySources,
): WhyNoNumber | null {
  const noTable: ImagingId[] = [];
  const undefinedLr: ImagingId[] = [];
  let usable = 0;
  let chosen = 0;
  for (const [modality, r] of Object.entries(draft.results) as [
    ImagingId,
    Draft['results'][ImagingId],
  ][]) {
    if (!r.sign) continue;
    chosen += 1;
    if (r.whatIf) {
      // An assumption counts once it reads as one (the calculation labels it what-if).
      if (reading.input?.results.some((x) => x.modality === modality && x.basis === 'assumption'))
        usable += 1;
      continue;
    }
    const tables = tablesFor(modality, sources);
    const table = tables.find((t) => t.id === r.tableId) ?? tables[0];
    if (!table) {
      noTable.push(modality);
      continue;
    }
    const lr = likelihoodRatio(table.table, r.sign);
    if (lr.kind === 'undefined' && !(r.useCorrected && lr.corrected)) undefinedLr.push(modality);
    else usable += 1;
  }
  const noPretest = reading.input === null;
  if (!noPretest && usable > 0) return null;
  return { noPretest, noResult: chosen === 0, noTable, undefinedLr };
}
