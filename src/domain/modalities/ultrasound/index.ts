import { MODALITIES } from '../../evidence/modalities';
import { reason } from '../../reason';
import { localized, said } from '../../words';
import { DEPTH, NORMAL } from '../words';
import { MODALITY_CORES } from '../core';
import {
  SEED,
  depthComponent,
  depthWords,
  findingCode,
  patternEntered,
  requestCode,
} from '../shared';
import type { ModalityModule, ExplorerInput, Words } from '../types';
import type { US_PATTERNS } from './schema';

const studyName = localized(said('modality.ultrasound.name'));

const US_FINDING: Words<(typeof US_PATTERNS)[number]> = {
  normal: NORMAL,
  'hyperechoic-shadowing': localized(said('modality.ultrasound.finding.hyperechoic-shadowing')),
  'less-echogenic-deposits': localized(said('modality.ultrasound.finding.less-echogenic-deposits')),
  indeterminate: localized(said('modality.ultrasound.finding.indeterminate')),
};

export const ultrasound: ModalityModule<'ultrasound'> & ExplorerInput<'ultrasound'> = {
  id: 'ultrasound',
  ...MODALITY_CORES.ultrasound,
  profile: MODALITIES.ultrasound,
  readRank: 1,
  diagnosticOnly: true,
  studyName,
  vocabulary: { pattern: US_FINDING, depth: DEPTH },
  hasResult: patternEntered,
  // Seed: "The ossification shows hyperechogenic images with a posterior acoustic shadow
  // artefact in the subcutaneous layer, while calcifications are less echogenic."
  read: (s) => ({
    ...(s.pattern === 'hyperechoic-shadowing'
      ? {
          ossification: reason(said('modality.ultrasound.ossification'), [SEED]),
        }
      : {}),
    ...(s.pattern === 'less-echogenic-deposits'
      ? {
          calcification: reason(said('modality.ultrasound.calcification'), [SEED]),
        }
      : {}),
    normal: s.pattern === 'normal',
    ...(s.pattern === 'indeterminate'
      ? {
          unreadable: reason(said('modality.ultrasound.indeterminate'), [SEED]),
        }
      : {}),
    deep: s.depth === 'fascia-or-muscle',
  }),
  normalReading: () => reason(said('modality.ultrasound.normal'), [SEED]),
  describe: (s, lang) => [
    ...(s.pattern ? [US_FINDING[s.pattern][lang]] : []),
    ...depthWords(s.depth, lang),
  ],
  fhir: {
    request: requestCode(MODALITIES.ultrasound.name),
    finding: {
      code: findingCode(studyName),
      components: (s, lang) => depthComponent(s.depth, lang),
    },
  },
  positive: ['hyperechoic-shadowing', 'less-echogenic-deposits'],
};
