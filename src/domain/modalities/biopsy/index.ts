import { MODALITIES } from '../../evidence/modalities';
import { reason } from '../../reason';
import { FINDING_PHRASES as PHRASES } from '../words';
import { MODALITY_CORES } from '../core';
import { SEED, booleanComponent, requestCode } from '../shared';
import type { ModalityModule, Words } from '../types';
import type { Histology } from './schema';

const HISTOLOGY_FINDING: Words<Histology> = {
  ossification: {
    en: 'ossification: bone trabeculae in the deep dermis and fat',
    es: 'osificación: trabéculas óseas en la dermis profunda y la grasa',
  },
  'calcification-without-bone': {
    en: 'calcium deposits without bone (calcinosis cutis)',
    es: 'depósitos de calcio sin hueso (calcinosis cutis)',
  },
  'other-diagnosis': { en: 'another diagnosis (see note)', es: 'otro diagnóstico (véase la nota)' },
  'non-diagnostic': { en: 'non-diagnostic sample', es: 'muestra no diagnóstica' },
};

const WOUND_PROBLEM: Words<'yes'> = { yes: PHRASES.woundProblem };

/** Skin biopsy, the test of choice: histology tells bone from calcium. */
export const biopsy: ModalityModule<'biopsy'> = {
  id: 'biopsy',
  ...MODALITY_CORES.biopsy,
  profile: MODALITIES.biopsy,
  readRank: 6,
  diagnosticOnly: false,
  studyName: { en: 'Biopsy', es: 'Biopsia' },
  vocabulary: { histology: HISTOLOGY_FINDING, woundProblem: WOUND_PROBLEM },
  hasResult: (s) => s.histology !== undefined,
  read: (s) => ({
    ...(s.histology ? { histology: s.histology } : {}),
    ...(s.histology === 'other-diagnosis'
      ? {
          atypical: reason(
            { en: 'Biopsy shows another diagnosis.', es: 'La biopsia muestra otro diagnóstico.' },
            [SEED],
          ),
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
      code: {
        en: 'Skin biopsy of the legs: histology',
        es: 'Biopsia cutánea de las piernas: histología',
      },
      components: (s, lang) =>
        booleanComponent(
          {
            en: 'Wound-healing problem after the biopsy',
            es: 'Problema de cicatrización tras la biopsia',
          },
          s.woundProblem,
          lang,
        ),
    },
  },
};
