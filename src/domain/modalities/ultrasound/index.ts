import { MODALITIES } from '../../evidence/modalities';
import { reason } from '../../reason';
import { DEPTH } from '../words';
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

const studyName = { en: 'Ultrasound', es: 'Ecografía' };

const US_FINDING: Words<(typeof US_PATTERNS)[number]> = {
  normal: { en: 'normal', es: 'normal' },
  'hyperechoic-shadowing': {
    en: 'hyperechogenic foci with posterior acoustic shadow in the subcutaneous layer',
    es: 'focos hiperecogénicos con sombra acústica posterior en el tejido celular subcutáneo',
  },
  'less-echogenic-deposits': {
    en: 'less echogenic deposits (calcification pattern)',
    es: 'depósitos menos ecogénicos (patrón de calcificación)',
  },
  indeterminate: { en: 'indeterminate', es: 'indeterminada' },
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
          ossification: reason(
            {
              en: 'Ultrasound: hyperechogenic foci with posterior acoustic shadow in the subcutis (ossification pattern).',
              es: 'Ecografía: focos hiperecogénicos con sombra acústica posterior en el tejido subcutáneo (patrón de osificación).',
            },
            [SEED],
          ),
        }
      : {}),
    ...(s.pattern === 'less-echogenic-deposits'
      ? {
          calcification: reason(
            {
              en: 'Ultrasound: less echogenic deposits (calcification pattern rather than bone).',
              es: 'Ecografía: depósitos menos ecogénicos (patrón de calcificación más que de hueso).',
            },
            [SEED],
          ),
        }
      : {}),
    normal: s.pattern === 'normal',
    ...(s.pattern === 'indeterminate'
      ? {
          unreadable: reason(
            {
              en: 'Ultrasound indeterminate: it counts neither for nor against a deposit. A repeat ultrasound, or a plain film from day 14 after onset, can settle it.',
              es: 'Ecografía indeterminada: no cuenta ni a favor ni en contra de un depósito. Una ecografía repetida, o una radiografía desde el día 14 tras el inicio, pueden resolverlo.',
            },
            [SEED],
          ),
        }
      : {}),
    deep: s.depth === 'fascia-or-muscle',
  }),
  normalReading: () =>
    reason(
      {
        en: 'Ultrasound normal: it is suited to early diagnosis, but no accuracy figure exists for SCHO in CVI, so it lowers rather than excludes.',
        es: 'Ecografía normal: es adecuada para el diagnóstico precoz, pero no hay cifras de exactitud en la osificación por insuficiencia venosa, así que reduce la sospecha sin excluirla.',
      },
      [SEED],
    ),
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
