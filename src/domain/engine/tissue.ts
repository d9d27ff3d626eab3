import type { Case } from '../case/schema';
import { normalReading } from '../modalities';
import { reasonsOf, type FindingsSummary } from './findings';
import { reason } from '../reason';
import { studyDay } from './timing';
import type { Reason, TissueQuestion } from './types';
import { said } from '../words';

export { tissueSummary } from './tissue-summary';

const SEED = 'garcia-arpa-2020';

export const BIOPSY_BONE = reason(said('engine.tissue.biopsy-bone'), [SEED]);

export const BIOPSY_CALCIUM = reason(said('engine.tissue.biopsy-calcium'), [SEED, 'reiter-2011']);

/** What each normal study is worth against a deposit: never proof of absence. */
function normalStudyReasons(c: Case, f: FindingsSummary): Reason[] {
  return f.normalStudies.flatMap((id) => normalReading(id, c.studies[id], studyDay(c, id)) ?? []);
}

/**
 * The tissue question — is the lesion bone, calcium, none seen, or unknown? — answered by
 * histology first (the seed: biopsy "is the test of choice"), else by imaging, with the
 * evidence on each side. Scintigraphic uptake alone cannot tell bone from calcium.
 */
export function tissueQuestion(c: Case, f: FindingsSummary): TissueQuestion {
  const normals = normalStudyReasons(c, f);
  const uptake = f.scintigraphyUptake ? [f.scintigraphyUptake.reason] : [];
  if (f.biopsy === 'ossification') {
    return {
      answer: 'bone',
      byHistology: true,
      evidenceFor: [BIOPSY_BONE, ...reasonsOf(f.imagingOssification), ...uptake],
      evidenceAgainst: [...reasonsOf(f.imagingCalcification), ...normals],
    };
  }
  if (f.biopsy === 'calcification-without-bone') {
    return {
      answer: 'calcium',
      byHistology: true,
      evidenceFor: [BIOPSY_CALCIUM, ...reasonsOf(f.imagingCalcification)],
      evidenceAgainst: [...reasonsOf(f.imagingOssification)],
    };
  }
  if (f.imagingOssification.length > 0) {
    return {
      answer: 'bone',
      byHistology: false,
      evidenceFor: [...reasonsOf(f.imagingOssification), ...uptake],
      evidenceAgainst: [...reasonsOf(f.imagingCalcification), ...normals],
    };
  }
  if (f.imagingCalcification.length > 0) {
    return {
      answer: 'calcium',
      byHistology: false,
      evidenceFor: [...reasonsOf(f.imagingCalcification), ...uptake],
      evidenceAgainst: normals,
    };
  }
  if (normals.length > 0) {
    return {
      answer: 'none-seen',
      byHistology: false,
      evidenceFor: normals,
      evidenceAgainst: uptake,
    };
  }
  return { answer: 'unknown', byHistology: false, evidenceFor: uptake, evidenceAgainst: [] };
}
