import { LAB_REFERENCE_RANGES, type LabReferenceRange } from '../../evidence/lab-ranges';
import type { LocalizedText } from '../../text';
import { localized, said } from '../../words';
import type { LAB_UNITS, LabAnalyte } from './schema';

/**
 * Everything about one lab analyte, in one entry: its name, and for each unit the case takes
 * (the light schema's `LAB_UNITS`) the factor to the working unit, the LOINC code and the UCUM
 * code; the entry limits; and the cited adult reference interval, if the evidence registry has
 * one. The labs form, the engine's lab reading (`engine/lab-values.ts`), the note and the FHIR
 * export all read this table. One entry per analyte and one per unit of each: a missing one is a
 * compile error.
 */

/** The units the case takes for this analyte. */
type UnitOf<A extends LabAnalyte> = (typeof LAB_UNITS)[A][number];

export interface LabUnitFacts {
  /**
   * Multiply a value in this unit by this factor to get the working unit (the unit whose factor
   * is 1: mg/dL for calcium, phosphate and creatinine, pg/mL for PTH, U/L for ALP).
   */
  readonly toWorking: number;
  /** The serum-or-plasma LOINC code whose property (mass, moles, activity) matches the unit. */
  readonly loinc: { readonly code: string; readonly display: string };
  /** The unit's UCUM code. */
  readonly ucum: string;
}

export interface AnalyteModule<A extends LabAnalyte> {
  /** The one name of the analyte, as it reads inside a sentence ("calcium", "fósforo"). */
  readonly name: LocalizedText;
  readonly units: Readonly<Record<UnitOf<A>, LabUnitFacts>>;
  /**
   * Entry limits, in the working unit: a value outside them is not a patient's serum value but a
   * typing or unit slip (9.4 entered as mmol/L of calcium, 2.4 mg/dL that was really mmol/L, a
   * creatinine in µmol/L entered as mg/dL). They are deliberately wide — far outside every
   * reference interval and beyond the extremes seen in life-threatening disorders — so that no
   * real value is refused; they are an input check, not a clinical threshold, and are listed in
   * the hazard log for clinical review.
   */
  readonly plausible: { readonly low: number; readonly high: number };
  /**
   * The cited adult reference interval in the working unit (evidence/lab-ranges.ts), read only
   * when the reporting lab gave no flag; null when the registry cites none.
   */
  readonly referenceRange: LabReferenceRange | null;
}

/*
 * Conversion factors (chemistry; checked against the SI conversion tables of Young DS,
 * "Implementation of SI units for clinical laboratory data", Ann Intern Med 1987;106:114-29:
 * calcium mg/dL × 0.2495 = mmol/L, phosphorus mg/dL × 0.3229 = mmol/L, creatinine
 * mg/dL × 88.4 = µmol/L). The factors below are the reciprocals: 1 / 0.2495 = 4.008 (molar
 * mass of calcium 40.08 g/mol), 1 / 0.3229 = 3.097 (phosphorus 30.97 g/mol); creatinine
 * 113.12 g/mol gives 88.4 µmol/L per mg/dL. Intact PTH (1-84, about 9,425 g/mol) gives
 * 1 pmol/L = 9.425 pg/mL.
 *
 * LOINC: for each analyte the serum-or-plasma code whose property matches the unit, so every lab
 * Observation is coded in either unit. The app's PTH is intact PTH (1-84) throughout (the engine
 * converts pmol/L with its molar mass), hence the Parathyrin.intact codes. Where each code was
 * checked, and how: `docs/integration/codes.md`.
 */

export const ANALYTES: { readonly [A in LabAnalyte]: AnalyteModule<A> } = {
  calcium: {
    name: localized(said('modality.labs.analyte.calcium')),
    units: {
      'mg/dL': {
        toWorking: 1,
        loinc: { code: '17861-6', display: 'Calcium [Mass/volume] in Serum or Plasma' },
        ucum: 'mg/dL',
      },
      'mmol/L': {
        toWorking: 4.008,
        loinc: { code: '2000-8', display: 'Calcium [Moles/volume] in Serum or Plasma' },
        ucum: 'mmol/L',
      },
    },
    plausible: { low: 4, high: 20 },
    referenceRange: LAB_REFERENCE_RANGES.calcium,
  },
  phosphate: {
    name: localized(said('modality.labs.analyte.phosphate')),
    units: {
      'mg/dL': {
        toWorking: 1,
        loinc: { code: '2777-1', display: 'Phosphate [Mass/volume] in Serum or Plasma' },
        ucum: 'mg/dL',
      },
      'mmol/L': {
        toWorking: 3.097,
        loinc: { code: '14879-1', display: 'Phosphate [Moles/volume] in Serum or Plasma' },
        ucum: 'mmol/L',
      },
    },
    plausible: { low: 0.3, high: 25 },
    referenceRange: LAB_REFERENCE_RANGES.phosphate,
  },
  pth: {
    name: localized(said('modality.labs.analyte.pth')),
    units: {
      'pg/mL': {
        toWorking: 1,
        loinc: { code: '2731-8', display: 'Parathyrin.intact [Mass/volume] in Serum or Plasma' },
        ucum: 'pg/mL',
      },
      'pmol/L': {
        toWorking: 9.425,
        loinc: {
          code: '14866-8',
          display: 'Parathyrin.intact [Moles/volume] in Serum or Plasma',
        },
        ucum: 'pmol/L',
      },
    },
    plausible: { low: 0.5, high: 5000 },
    // No cited interval: only the reporting lab's flag is read.
    referenceRange: null,
  },
  creatinine: {
    name: localized(said('modality.labs.analyte.creatinine')),
    units: {
      'mg/dL': {
        toWorking: 1,
        loinc: { code: '2160-0', display: 'Creatinine [Mass/volume] in Serum or Plasma' },
        ucum: 'mg/dL',
      },
      'µmol/L': {
        toWorking: 1 / 88.4,
        loinc: { code: '14682-9', display: 'Creatinine [Moles/volume] in Serum or Plasma' },
        ucum: 'umol/L',
      },
    },
    plausible: { low: 0.1, high: 25 },
    referenceRange: LAB_REFERENCE_RANGES.creatinine,
  },
  alp: {
    name: localized(said('modality.labs.analyte.alp')),
    units: {
      'U/L': {
        toWorking: 1,
        loinc: {
          code: '6768-6',
          display: 'Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma',
        },
        ucum: 'U/L',
      },
    },
    plausible: { low: 5, high: 10000 },
    // No cited interval: only the reporting lab's flag is read.
    referenceRange: null,
  },
};

/** The units of one analyte, with what the table says of each, in the schema's order. */
export const unitsOf = (a: LabAnalyte): readonly (readonly [string, LabUnitFacts])[] =>
  Object.entries(ANALYTES[a].units as Readonly<Record<string, LabUnitFacts>>);
