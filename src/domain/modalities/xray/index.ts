import { MODALITIES } from '../../evidence/modalities';
import { dayPhrase, XRAY_BLIND_DAYS } from '../../day-phrase';
import { reason } from '../../reason';
import { DEPTH, FINDING_PHRASES as PHRASES } from '../words';
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

const studyName = { en: 'X-ray', es: 'Radiografía' };

const XRAY_FINDING: Words<(typeof XRAY_PATTERNS)[number]> = {
  normal: { en: 'normal', es: 'normal' },
  'reticulated-bone-density': {
    en: 'reticulated subcutaneous opacities of bone density',
    es: 'opacidades subcutáneas reticuladas con densidad ósea',
  },
  'diffuse-bone-density': {
    en: 'diffuse subcutaneous opacities of bone density',
    es: 'opacidades subcutáneas difusas con densidad ósea',
  },
  'punctate-calcification': { en: 'punctate calcification', es: 'calcificación puntiforme' },
  other: { en: 'other finding (see note)', es: 'otro hallazgo (véase la nota)' },
};

const PERIOSTITIS: Words<'yes' | 'no'> = { yes: PHRASES.periostitis, no: PHRASES.noPeriostitis };

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
          ossification: reason(
            {
              en: 'X-ray: diffuse or reticulated subcutaneous opacities of bone density.',
              es: 'Radiografía: opacidades subcutáneas difusas o reticuladas con densidad ósea.',
            },
            [SEED, 'learningradiology-ho'],
          ),
        }
      : {}),
    ...(s.pattern === 'punctate-calcification'
      ? {
          calcification: reason(
            {
              en: 'X-ray: punctate calcification without a trabecular or reticular pattern.',
              es: 'Radiografía: calcificación puntiforme sin patrón trabecular ni reticular.',
            },
            ['learningradiology-ho'],
          ),
        }
      : {}),
    normal: s.pattern === 'normal',
    ...(s.pattern === 'other' ? { unreadable: otherFinding(studyName) } : {}),
    deep: s.depth === 'fascia-or-muscle',
  }),
  // A normal film counts only from day 14 (seed: a film "may not show alterations until 10–14
  // days"), and even then lowers rather than removes the suspicion (SCIRE, extrapolated).
  normalReading: (_s, day) =>
    day !== null && day >= XRAY_BLIND_DAYS.to
      ? reason(
          {
            en: `X-ray normal on ${dayPhrase(day).en}: past the 10–14 days in which a film may be normal, so it lowers the suspicion but does not remove it (in neurogenic heterotopic ossification, X-ray became positive about 2–6 weeks after a positive bone scan).`,
            es: `Radiografía normal el ${dayPhrase(day).es}: pasados los 10–14 días en que puede ser normal, reduce la sospecha pero no la elimina (en la osificación heterotópica neurógena, la radiografía se hizo positiva unas 2–6 semanas después de una gammagrafía positiva).`,
          },
          [SEED, 'scire-ho'],
          true,
        )
      : reason(
          {
            en:
              day !== null
                ? `X-ray normal on day ${day}, before day 14: it does not exclude ossification.`
                : 'X-ray normal, but its day since onset is not known: it may have been too early to exclude ossification.',
            es:
              day !== null
                ? `Radiografía normal el día ${day}, antes del día 14: no descarta osificación.`
                : 'Radiografía normal, pero se desconoce el día desde el inicio: pudo ser demasiado precoz para descartar osificación.',
          },
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
        ...booleanComponent({ en: 'Periostitis', es: 'Periostitis' }, s.periostitis, lang),
      ],
    },
  },
  positive: ['reticulated-bone-density', 'diffuse-bone-density', 'punctate-calcification'],
};
