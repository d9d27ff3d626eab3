import { MODALITIES } from '../../evidence/modalities';
import { localized, said } from '../../words';
import { LAB_FLAG } from './words';
import { MODALITY_CORES } from '../core';
import type { ModalityModule } from '../types';
import { labFacts } from './facts';
import { LAB_ANALYTES } from './schema';

/**
 * Phospho-calcium labs. Their values are read by the engine's lab rules (`engine/labs.ts`), not
 * as imaging signals, and each analyte is its own FHIR Observation.
 */
export const labs: ModalityModule<'labs'> = {
  id: 'labs',
  ...MODALITY_CORES.labs,
  profile: MODALITIES.labs,
  readRank: 0,
  diagnosticOnly: false,
  studyName: localized(said('modality.labs.name')),
  vocabulary: { flag: LAB_FLAG },
  // Any analyte with a value or the lab's flag is a result.
  hasResult: (s) =>
    LAB_ANALYTES.some((a) => {
      const v = s[a];
      return v !== undefined && (v.value !== undefined || v.flag !== undefined);
    }),
  read: () => ({}),
  normalReading: () => null,
  describe: (s, lang, fmt) => labFacts(s, lang, fmt).map((l) => l.text),
  fhir: {
    request: localized(said('modality.labs.fhir.request')),
  },
};
