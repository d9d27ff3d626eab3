import { MODALITIES } from '../../evidence/modalities';
import { XRAY_BLIND_DAYS } from '../../day-count';
import { reason } from '../../reason';
import { localized, said } from '../../words';
import { DEPTH, FINDING_PHRASES as PHRASES, NORMAL, OTHER_FINDING } from '../words';
import { MODALITY_CORES } from '../core';
import {
  SEED,
  booleanComponent,
  depthComponent,
  depthWords,
  findingCode,
  otherFinding,
  patternEntered,
  requestCode,
} from '../shared';
import type { ExplorerInput, ModalityModule, Words } from '../types';
import type { XRAY_PATTERNS } from './schema';

const studyName = localized(said('modality.xray.name'));

const XRAY_FINDING: Words<(typeof XRAY_PATTERNS)[number]> = {
  normal: NORMAL,
  'reticulated-bone-density': localized(said('modality.xray.finding.reticulated-bone-density')),
  'diffuse-bone-density': localized(said('modality.xray.finding.diffuse-bone-density')),
  'punctate-calcification': localized(said('modality.xray.finding.punctate-calcification')),
  other: OTHER_FINDING,
};

const PERIOSTITIS: Words<'yes' | 'no'> = { yes: PHRASES.periostitis, no: PHRASES.noPeriostitis };
const PERIOSTITIS_CODE = localized(said('modality.xray.fhir.periostitis'));

export const xray: ModalityModule<'xray'> & ExplorerInput<'xray'> = {
  id: 'xray',
  ...MODALITY_CORES.xray,
  profile: MODALITIES.xray,
  readRank: 2,
  diagnosticOnly: true,
  studyName,
  vocabulary: { pattern: XRAY_FINDING, depth: DEPTH, periostitis: PERIOSTITIS },
  // Periostitis is a secondary finding: alone, the film's main result is still open.
  hasResult: patternEntered,
  // Seed: "Radiography shows diffuse or reticulated subcutaneous opacities, affecting the leg
  // perimeter"; LearningRadiology: punctate vs trabecular/reticular patterns in CVI.
  read: (s) => ({
    ...(s.pattern === 'reticulated-bone-density' || s.pattern === 'diffuse-bone-density'
      ? {
          ossification: reason(said('modality.xray.ossification'), [SEED, 'learningradiology-ho']),
        }
      : {}),
    ...(s.pattern === 'punctate-calcification'
      ? {
          calcification: reason(said('modality.xray.calcification'), ['learningradiology-ho']),
        }
      : {}),
    normal: s.pattern === 'normal',
    ...(s.pattern === 'other' ? { unreadable: otherFinding('xray') } : {}),
    deep: s.depth === 'fascia-or-muscle',
  }),
  // A normal film counts only from day 14 (seed: a film "may not show alterations until 10–14
  // days"), and even then lowers rather than removes the suspicion (SCIRE, extrapolated).
  normalReading: (_s, day) =>
    day !== null && day >= XRAY_BLIND_DAYS.to
      ? reason(said('modality.xray.normal.past-blind-days', { day }), [SEED, 'scire-ho'], true)
      : reason(
          day !== null
            ? said('modality.xray.normal.before-day-14', { day })
            : said('modality.xray.normal.day-unknown'),
          [SEED],
        ),
  describe: (s, lang) => [
    ...(s.pattern ? [XRAY_FINDING[s.pattern][lang]] : []),
    ...depthWords(s.depth, lang),
    ...(s.periostitis === undefined ? [] : [PERIOSTITIS[s.periostitis ? 'yes' : 'no'][lang]]),
  ],
  fhir: {
    request: requestCode(MODALITIES.xray.name),
    finding: {
      code: findingCode(studyName),
      components: (s, lang) => [
        ...depthComponent(s.depth, lang),
        ...booleanComponent(PERIOSTITIS_CODE, s.periostitis, lang),
      ],
    },
  },
  positive: ['reticulated-bone-density', 'diffuse-bone-density', 'punctate-calcification'],
};
