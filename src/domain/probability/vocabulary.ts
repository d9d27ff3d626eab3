import type { LocalizedText } from '../text';
import { localized, said } from '../words';
import type { Sign, UndefinedReason } from './likelihood-ratio';
import type { Concordance } from './post-test';
import type { Verdict, Zone } from './thresholds';

/**
 * The explorer's statistical wording, for the screen and the export alike (so both say the same
 * words): each sentence read by its code from the clinical catalogues (`src/domain/words`, codes
 * `probability.*`). Clinical figures are not here: they come from the registry.
 */

export const NO_LR = localized(said('probability.no-lr'));

export const NO_LR_WHY = localized(said('probability.no-lr-why'));

/** The likelihood ratio's short name: LR in English, RV (razón de verosimilitud) in Spanish. */
export const LR_NAME: Readonly<Record<Sign, LocalizedText>> = {
  positive: localized(said('probability.lr-name.positive')),
  negative: localized(said('probability.lr-name.negative')),
};

export const UNDEFINED_REASON: Readonly<Record<UndefinedReason, LocalizedText>> = {
  'no-false-positives': localized(said('probability.undefined.no-false-positives')),
  'no-true-negatives': localized(said('probability.undefined.no-true-negatives')),
  'no-cases': localized(said('probability.undefined.no-cases')),
  'no-non-cases': localized(said('probability.undefined.no-non-cases')),
};

export const ZERO_NUMERATOR = localized(said('probability.zero-numerator'));

export const CORRECTED = localized(said('probability.corrected'));

export const WHAT_IF = localized(said('probability.what-if'));

export const JUDGEMENT = localized(said('probability.judgement'));

export const NOT_OSSIFICATION = localized(said('probability.not-ossification'));

export const EXTRAPOLATED = localized(said('probability.extrapolated'));

export const CONCORDANCE: Readonly<Record<Concordance, LocalizedText>> = {
  'all-positive': localized(said('probability.concordance.all-positive')),
  'all-negative': localized(said('probability.concordance.all-negative')),
  discordant: localized(said('probability.concordance.discordant')),
  none: localized(said('probability.concordance.none')),
};

export const DEPENDENCE_WHY = localized(said('probability.dependence-why'));

export const ZONE: Readonly<Record<Zone, LocalizedText>> = {
  'below-test': localized(said('probability.zone.below-test')),
  test: localized(said('probability.zone.test')),
  'above-treatment': localized(said('probability.zone.above-treatment')),
};

export const VERDICT: Readonly<Record<Verdict, LocalizedText>> = {
  crosses: localized(said('probability.verdict.crosses')),
  changes: localized(said('probability.verdict.changes')),
  'changes-for-part': localized(said('probability.verdict.changes-for-part')),
  'no-change': localized(said('probability.verdict.no-change')),
};

export const EXPORT = {
  title: localized(said('probability.export.title')),
  pretest: localized(said('probability.export.pretest')),
  results: localized(said('probability.export.results')),
  positive: localized(said('probability.export.positive')),
  negative: localized(said('probability.export.negative')),
  notUsed: localized(said('probability.export.not-used')),
  combined: localized(said('probability.export.combined')),
  independence: localized(said('probability.export.independence')),
  fullDependence: localized(said('probability.export.full-dependence')),
  post: localized(said('probability.export.post')),
  band: localized(said('probability.export.band')),
  noPost: localized(said('probability.export.no-post')),
  changes: localized(said('probability.export.changes')),
  whatIfLeftOut: localized(said('probability.export.what-if-left-out')),
  ci: localized(said('probability.export.ci')),
} as const;
