import type { Case } from '../case/schema';
import { IMAGING_IDS, type ImagingId } from '../evidence/types';
import { MODALITY_MODULES } from '../modalities';
import type { Sign } from './likelihood-ratio';

/**
 * A case's own imaging results as explorer inputs: done studies only (a pattern typed into a
 * planned study is a draft, as in the engine). A deposit of any kind counts as positive, since
 * the accuracy sources score "mineral seen", not bone; a normal study is negative; anything else
 * (indeterminate, other) is left out and listed as such. Reading a case never changes it.
 */
export interface CaseResult {
  readonly modality: ImagingId;
  readonly sign: Sign | null;
}

export function resultsFromCase(c: Case): CaseResult[] {
  const out: CaseResult[] = [];
  for (const modality of IMAGING_IDS) {
    const study = c.studies[modality];
    if (study.status !== 'done' || !study.pattern) continue;
    // Which patterns count as positive is the modality module's own statement.
    const positive: readonly string[] = MODALITY_MODULES[modality].positive;
    const sign: Sign | null = positive.includes(study.pattern)
      ? 'positive'
      : study.pattern === 'normal'
        ? 'negative'
        : null;
    out.push({ modality, sign });
  }
  return out;
}
