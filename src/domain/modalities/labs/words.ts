import { localized, said } from '../../words';
import type { Words } from '../words';
import { ANALYTES } from './analytes';
import { LAB_ANALYTES, type LAB_FLAGS, type LabAnalyte } from './schema';
import { textByLanguage } from '../../text-by-language';

/**
 * The one name of each analyte (its entry in `./analytes.ts`), as it reads inside a sentence. Every name the
 * app gives an analyte (summary, note, FHIR, the engine's reasons, this site's units) comes from
 * here; `LAB_TITLES` is the same name at the start of a sentence.
 */
export const LAB_NAMES: Words<LabAnalyte> = Object.fromEntries(
  LAB_ANALYTES.map((a) => [a, ANALYTES[a].name]),
) as unknown as Words<LabAnalyte>;

const capitalised = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Each analyte's name at the start of a sentence ("Calcium", "Fósforo", "PTH"). */
export const LAB_TITLES: Words<LabAnalyte> = Object.fromEntries(
  Object.entries(LAB_NAMES).map(([analyte, name]) => [
    analyte,
    textByLanguage((lang) => capitalised(name[lang])),
  ]),
) as unknown as Words<LabAnalyte>;

export const LAB_FLAG: Words<(typeof LAB_FLAGS)[number]> = {
  normal: localized(said('modality.labs.flag.normal')),
  low: localized(said('modality.labs.flag.low')),
  high: localized(said('modality.labs.flag.high')),
};

/** One lab value in words: "calcium 9.4 mg/dL (normal)". */
export const LAB_PHRASES = {
  labValue: localized(said('modality.labs.value')),
  labValueFlag: localized(said('modality.labs.value-flag')),
  labFlagOnly: localized(said('modality.labs.flag-only')),
  labValueOnly: localized(said('modality.labs.value-only')),
} as const;
