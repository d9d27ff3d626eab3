import type { LocalizedText } from '../text';
import { localized, said } from '../words';
import type { TissueQuestion } from './types';

// The tissue answer in words, in a module of its own: the case list's card shows it, and loads
// it (with the clinical catalogues) only once the engine has given the card an assessment.
/** "Bone (by biopsy)" / "Bone (by imaging only)", for screens and exports alike. */
export function tissueSummary(t: TissueQuestion): LocalizedText {
  const how = t.byHistology ? 'biopsy' : 'imaging';
  return localized(
    said(
      t.answer === 'bone' || t.answer === 'calcium'
        ? `engine.tissue.answer.${t.answer}-by-${how}`
        : `engine.tissue.answer.${t.answer}`,
    ),
  );
}
