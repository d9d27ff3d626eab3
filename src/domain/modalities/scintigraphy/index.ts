import { MODALITIES } from '../../evidence/modalities';
import { reason } from '../../reason';
import { MODALITY_CORES } from '../core';
import { SEED, findingCode, otherFinding, patternEntered, requestCode } from '../shared';
import type { ExplorerInput, ModalityModule, Words } from '../types';
import type { SCINT_PATTERNS } from './schema';

const studyName = { en: 'Bone scintigraphy', es: 'Gammagrafía ósea' };

const SCINT_FINDING: Words<(typeof SCINT_PATTERNS)[number]> = {
  normal: { en: 'normal', es: 'normal' },
  'soft-tissue-uptake': {
    en: 'soft-tissue hyper-uptake in the legs',
    es: 'hipercaptación en partes blandas de las piernas',
  },
  other: { en: 'other finding (see note)', es: 'otro hallazgo (véase la nota)' },
};

export const scintigraphy: ModalityModule<'scintigraphy'> & ExplorerInput<'scintigraphy'> = {
  id: 'scintigraphy',
  ...MODALITY_CORES.scintigraphy,
  profile: MODALITIES.scintigraphy,
  readRank: 5,
  diagnosticOnly: true,
  studyName,
  vocabulary: { pattern: SCINT_FINDING },
  hasResult: patternEntered,
  // Seed: "Bone scintigraphy showed hyperabsorption in the soft parts of the legs";
  // SCIRE (Freed 1982): the bone scan is less specific than radiography. Uptake is a signal, never
  // "a deposit": it may come from periostitis or osteomyelitis.
  read: (s) => ({
    ...(s.pattern === 'soft-tissue-uptake'
      ? {
          uptake: reason(
            {
              en: 'Bone scintigraphy: soft-tissue hyper-uptake in the legs (sensitive, but less specific than radiography: uptake alone does not show a deposit).',
              es: 'Gammagrafía ósea: hipercaptación en partes blandas de las piernas (sensible, pero menos específica que la radiografía: la captación sola no demuestra un depósito).',
            },
            [SEED, 'scire-ho'],
          ),
        }
      : {}),
    normal: s.pattern === 'normal',
    ...(s.pattern === 'other' ? { unreadable: otherFinding(studyName) } : {}),
  }),
  normalReading: () =>
    reason(
      {
        en: 'Bone scintigraphy normal: highly sensitive early, though a first scan can be falsely negative (7 of 60 in spinal cord injury).',
        es: 'Gammagrafía ósea normal: muy sensible precozmente, aunque una primera gammagrafía puede ser falsamente negativa (7 de 60 en lesión medular).',
      },
      [SEED, 'svircev-2008'],
      true,
    ),
  describe: (s, lang) => (s.pattern ? [SCINT_FINDING[s.pattern][lang]] : []),
  fhir: {
    request: requestCode(MODALITIES.scintigraphy.name),
    finding: { code: findingCode(studyName), components: () => [] },
  },
  positive: ['soft-tissue-uptake'],
};
