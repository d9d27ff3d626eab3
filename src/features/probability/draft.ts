import type { Case } from '../../domain/case/schema';
import { IMAGING_IDS, type ImagingId } from '../../domain/evidence/types';
import {
  resultsFromCase,
  type ExplorerInput,
  type Interval,
  type ProbabilitySources,
  type ResultInput,
  type Sign,
  type Thresholds,
} from '../../domain/probability';

/**
 * What the clinician typed on the explorer, as text (so nothing typed is lost to a parse), and
 * its reading as an explorer input. Held in the page only: nothing here is stored, and a case
 * only fills the starting values.
 */
export interface ResultDraft {
  readonly sign: '' | Sign;
  readonly whatIf: boolean;
  readonly sens: string;
  readonly spec: string;
  readonly useCorrected: boolean;
  /** The chosen 2×2 table when the sources give several for this investigation. */
  readonly tableId: string;
}

export interface Draft {
  /** An anchor id, 'own' for the clinician's range, or '' before a choice. */
  readonly pretest: string;
  readonly ownFrom: string;
  readonly ownTo: string;
  readonly results: Readonly<Record<ImagingId, ResultDraft>>;
  readonly testThreshold: string;
  readonly treatmentThreshold: string;
  readonly includeWhatIf: boolean;
}

export const OWN = 'own';

const emptyResult: ResultDraft = {
  sign: '',
  whatIf: false,
  sens: '',
  spec: '',
  useCorrected: false,
  tableId: '',
};

export function initialDraft(sources: ProbabilitySources, c?: Case): Draft {
  const results = Object.fromEntries(
    IMAGING_IDS.map((id) => [
      id,
      { ...emptyResult, tableId: sources.accuracy.find((a) => a.modality === id)?.id ?? '' },
    ]),
  ) as Record<ImagingId, ResultDraft>;
  if (c) {
    for (const r of resultsFromCase(c)) {
      if (r.sign) results[r.modality] = { ...results[r.modality], sign: r.sign };
    }
  }
  return {
    // No anchor is preselected: which population is closest to this leg is the clinician's call.
    pretest: sources.anchors.length ? '' : OWN,
    ownFrom: '',
    ownTo: '',
    results,
    testThreshold: '',
    treatmentThreshold: '',
    includeWhatIf: false,
  };
}

/** "12,5" or "12.5" → 0.125; null unless a number from 0 to 100. */
function parsePercent(s: string): number | null {
  const t = s.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n >= 0 && n <= 100 ? n / 100 : null;
}

export interface Reading {
  readonly input: ExplorerInput | null;
  readonly ownRangeProblem: boolean;
  readonly badAssumptions: readonly ImagingId[];
  readonly thresholdsProblem: boolean;
}

export function readDraft(d: Draft): Reading {
  let pretest: ExplorerInput['pretest'] | null = null;
  let ownRangeProblem = false;
  if (d.pretest === OWN) {
    const a = parsePercent(d.ownFrom);
    const b = parsePercent(d.ownTo);
    if (a !== null && b !== null && a <= b)
      pretest = { kind: 'judgement', range: [a, b] as Interval };
    else ownRangeProblem = d.ownFrom.trim() !== '' || d.ownTo.trim() !== '';
  } else if (d.pretest) pretest = { kind: 'anchor', anchorId: d.pretest };

  const results: ResultInput[] = [];
  const badAssumptions: ImagingId[] = [];
  for (const modality of IMAGING_IDS) {
    const r = d.results[modality];
    if (!r.sign) continue;
    if (r.whatIf) {
      const sensitivity = parsePercent(r.sens);
      const specificity = parsePercent(r.spec);
      if (sensitivity === null || specificity === null) {
        if (r.sens.trim() || r.spec.trim()) badAssumptions.push(modality);
        continue;
      }
      results.push({ basis: 'assumption', modality, sign: r.sign, sensitivity, specificity });
    } else {
      results.push({
        basis: 'evidence',
        modality,
        sign: r.sign,
        useCorrected: r.useCorrected,
        ...(r.tableId ? { tableId: r.tableId } : {}),
      });
    }
  }

  let thresholds: Thresholds | undefined;
  let thresholdsProblem = false;
  if (d.testThreshold.trim() || d.treatmentThreshold.trim()) {
    const test = parsePercent(d.testThreshold);
    const treatment = parsePercent(d.treatmentThreshold);
    if (test !== null && treatment !== null && test < treatment) thresholds = { test, treatment };
    else thresholdsProblem = d.testThreshold.trim() !== '' && d.treatmentThreshold.trim() !== '';
  }
  return {
    input: pretest ? { pretest, results, ...(thresholds ? { thresholds } : {}) } : null,
    ownRangeProblem,
    badAssumptions,
    thresholdsProblem,
  };
}
