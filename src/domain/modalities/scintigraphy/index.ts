import { MODALITIES } from '../../evidence/modalities';
import { reason } from '../../reason';
import { localized, said } from '../../words';
import { NORMAL, OTHER_FINDING } from '../words';
import { MODALITY_CORES } from '../core';
import { SEED, findingCode, otherFinding, patternEntered, requestCode } from '../shared';
import type { ExplorerInput, ModalityModule, Words } from '../types';
import type { SCINT_PATTERNS } from './schema';

const studyName = localized(said('modality.scintigraphy.name'));

const SCINT_FINDING: Words<(typeof SCINT_PATTERNS)[number]> = {
  normal: NORMAL,
  'soft-tissue-uptake': localized(said('modality.scintigraphy.finding.soft-tissue-uptake')),
  other: OTHER_FINDING,
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
          uptake: reason(said('modality.scintigraphy.uptake'), [SEED, 'scire-ho']),
        }
      : {}),
    normal: s.pattern === 'normal',
    ...(s.pattern === 'other' ? { unreadable: otherFinding('scintigraphy') } : {}),
  }),
  normalReading: () => reason(said('modality.scintigraphy.normal'), [SEED, 'svircev-2008'], true),
  describe: (s, lang) => (s.pattern ? [SCINT_FINDING[s.pattern][lang]] : []),
  fhir: {
    request: requestCode(MODALITIES.scintigraphy.name),
    finding: { code: findingCode(studyName), components: () => [] },
  },
  positive: ['soft-tissue-uptake'],
};
