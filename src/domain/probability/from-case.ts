import type { Case } from '../case/schema';
import type { ImagingId } from '../evidence/types';
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

const POSITIVE: Readonly<Record<ImagingId, readonly string[]>> = {
  ultrasound: ['hyperechoic-shadowing', 'less-echogenic-deposits'],
  xray: ['reticulated-bone-density', 'diffuse-bone-density', 'punctate-calcification'],
  scintigraphy: ['soft-tissue-uptake'],
  ct: ['trabecular-plaques', 'amorphous-calcification'],
  mri: ['trabecular-plaques', 'amorphous-calcification'],
};

export function resultsFromCase(c: Case): CaseResult[] {
  const out: CaseResult[] = [];
  for (const modality of Object.keys(POSITIVE) as ImagingId[]) {
    const study = c.studies[modality];
    if (study.status !== 'done' || !study.pattern) continue;
    const sign: Sign | null = POSITIVE[modality].includes(study.pattern)
      ? 'positive'
      : study.pattern === 'normal'
        ? 'negative'
        : null;
    out.push({ modality, sign });
  }
  return out;
}
