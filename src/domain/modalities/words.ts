import type { DEPTHS } from '../fields';
import type { LocalizedText } from '../text';
import { localized, said } from '../words';

/** Words for every value of one finding field, in every language. */
export type Words<T extends string> = Readonly<Record<T, LocalizedText>>;

/** Where a deposit sits, as the imaging studies that record its depth describe it. */
export const DEPTH: Words<(typeof DEPTHS)[number]> = {
  subcutaneous: localized(said('modality.depth.subcutaneous')),
  'fascia-or-muscle': localized(said('modality.depth.fascia-or-muscle')),
};

/** Secondary findings of the studies that record them (the X-ray's periostitis, the biopsy wound). */
export const FINDING_PHRASES = {
  periostitis: localized(said('modality.finding.periostitis')),
  noPeriostitis: localized(said('modality.finding.no-periostitis')),
  woundProblem: localized(said('modality.finding.wound-problem')),
} as const;

/** The two words every pattern-read study shares: its normal result and an unlisted finding. */
export const NORMAL: LocalizedText = localized(said('modality.finding.normal'));
export const OTHER_FINDING: LocalizedText = localized(said('modality.finding.other'));
