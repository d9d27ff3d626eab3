import { MODALITIES } from '../../evidence/modalities';
import { reason } from '../../reason';
import { localized, said } from '../../words';
import { FINDING_PHRASES as PHRASES } from '../words';
import { MODALITY_CORES } from '../core';
import { SEED, booleanComponent, requestCode } from '../shared';
import type { ModalityModule, Words } from '../types';
import type { Histology } from './schema';

const HISTOLOGY_FINDING: Words<Histology> = {
  ossification: localized(said('modality.biopsy.finding.ossification')),
  'calcification-without-bone': localized(
    said('modality.biopsy.finding.calcification-without-bone'),
  ),
  'other-diagnosis': localized(said('modality.biopsy.finding.other-diagnosis')),
  'non-diagnostic': localized(said('modality.biopsy.finding.non-diagnostic')),
};

const WOUND_PROBLEM_CODE = localized(said('modality.biopsy.fhir.wound-problem'));

const WOUND_PROBLEM: Words<'yes'> = { yes: PHRASES.woundProblem };

/** Skin biopsy, the test of choice: histology tells bone from calcium. */
export const biopsy: ModalityModule<'biopsy'> = {
  id: 'biopsy',
  ...MODALITY_CORES.biopsy,
  profile: MODALITIES.biopsy,
  readRank: 6,
  diagnosticOnly: false,
  studyName: localized(said('modality.biopsy.name')),
  vocabulary: { histology: HISTOLOGY_FINDING, woundProblem: WOUND_PROBLEM },
  hasResult: (s) => s.histology !== undefined,
  read: (s) => ({
    ...(s.histology ? { histology: s.histology } : {}),
    ...(s.histology === 'other-diagnosis'
      ? {
          atypical: reason(said('modality.biopsy.other-diagnosis'), [SEED]),
        }
      : {}),
  }),
  // Histology has no "normal imaging" result: what it shows is read as the tissue itself.
  normalReading: () => null,
  describe: (s, lang) => [
    ...(s.histology ? [HISTOLOGY_FINDING[s.histology][lang]] : []),
    ...(s.woundProblem === true ? [WOUND_PROBLEM.yes[lang]] : []),
  ],
  fhir: {
    request: requestCode(MODALITIES.biopsy.name),
    finding: {
      code: localized(said('modality.biopsy.fhir.finding')),
      components: (s, lang) => booleanComponent(WOUND_PROBLEM_CODE, s.woundProblem, lang),
    },
  },
};
