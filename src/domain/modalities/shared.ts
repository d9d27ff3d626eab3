import type { ObservationComponent } from '@medplum/fhirtypes';
import type { Depth } from '../fields';
import { reason } from '../reason';
import type { Reason } from '../reason';
import { fill } from '../fill';
import { DEPTH } from './words';
import type { Lang, LocalizedText } from '../text';
import { textByLanguage } from '../text-by-language';
import { localized, said } from '../words';

/** The seed case report (García-Arpa 2020), the source of most finding phrases. */
export const SEED = 'garcia-arpa-2020';

/** FHIR code texts shared by the imaging modules. */
const FHIR_TEXT = {
  finding: localized(said('modality.fhir.finding')),
  request: localized(said('modality.fhir.request')),
  depth: localized(said('modality.fhir.depth')),
} as const;

/** A template filled with a name, in every language (each made when read, as the registry's texts). */
const fillName = (template: LocalizedText, name: LocalizedText): LocalizedText =>
  textByLanguage((lang) => fill(template[lang], { study: name[lang] }));

/** "Ultrasound of the legs: finding". */
export const findingCode = (studyName: LocalizedText) => fillName(FHIR_TEXT.finding, studyName);
/** "Ultrasound of the legs", named as the evidence profile names it. */
export const requestCode = (profileName: LocalizedText) => fillName(FHIR_TEXT.request, profileName);

/** The depth of the deposits as words (after the main result) and as a FHIR component. */
export const depthWords = (depth: Depth | undefined, lang: Lang): string[] =>
  depth ? [DEPTH[depth][lang]] : [];
export const depthComponent = (depth: Depth | undefined, lang: Lang): ObservationComponent[] =>
  depth
    ? [
        {
          code: { text: FHIR_TEXT.depth[lang] },
          valueCodeableConcept: { text: DEPTH[depth][lang] },
        },
      ]
    : [];

/** A yes/no secondary finding as a FHIR component. */
export const booleanComponent = (
  code: LocalizedText,
  value: boolean | undefined,
  lang: Lang,
): ObservationComponent[] =>
  value === undefined ? [] : [{ code: { text: code[lang] }, valueBoolean: value }];

/** The main result of a pattern-read study is its pattern. */
export const patternEntered = (s: { readonly pattern?: string }): boolean =>
  s.pattern !== undefined;

/**
 * An "other finding" the app cannot weigh: neither for nor against a deposit. What resolves it is
 * the report itself: if it describes one of the listed patterns, record that pattern. Each study
 * that records an "other finding" says so under its own name (`modality.<study>.other-finding`).
 */
export const otherFinding = (study: 'xray' | 'scintigraphy' | 'ct' | 'mri'): Reason =>
  reason(said(`modality.${study}.other-finding`), []);
