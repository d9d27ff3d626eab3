import type { CrossSectionalStudy, Studies } from '../core';
import type { ModalityId, ModalityProfile } from '../../evidence/types';
import { reason } from '../../reason';
import { DEPTH } from '../words';
import type { LocalizedText } from '../../text';
import { MODALITY_CORES } from '../core';
import {
  SEED,
  depthComponent,
  depthWords,
  findingCode,
  otherFinding,
  patternEntered,
  requestCode,
} from '../shared';
import type { ExplorerInput, ModalityModule, Words } from '../types';
import type { CROSS_SECTIONAL_PATTERNS } from './schema';

const CROSS_FINDING: Words<(typeof CROSS_SECTIONAL_PATTERNS)[number]> = {
  normal: { en: 'normal', es: 'normal' },
  'trabecular-plaques': {
    en: 'linear subcutaneous plaques with a trabecular/reticular pattern',
    es: 'placas lineales subcutáneas de patrón trabecular/reticular',
  },
  'amorphous-calcification': {
    en: 'amorphous calcification without trabecular bone',
    es: 'calcificación amorfa sin hueso trabecular',
  },
  other: { en: 'other finding (see note)', es: 'otro hallazgo (véase la nota)' },
};

/** The studies that record the cross-sectional findings (CT, MRI): derived from the schemas. */
type Same<A, B> = [Required<A>] extends [Required<B>]
  ? [Required<B>] extends [Required<A>]
    ? true
    : false
  : false;
type CrossSectionalId = {
  [K in ModalityId]: Same<Studies[K], CrossSectionalStudy> extends true ? K : never;
}[ModalityId];

/**
 * A cross-sectional study (CT, MRI): read, described and exported alike, under its own name.
 * Seed: "CAT showed lineal plaques with a trabecular/reticular appearance in the subcutaneous
 * regions"; Insights Imaging 2013: amorphous calcification before mature bone.
 */
export function crossSectional<Id extends CrossSectionalId>(
  id: Id,
  profile: ModalityProfile,
  studyName: LocalizedText,
  /**
   * Whether a normal result counts against mineral. CT shows mineral; conventional MRI "has less
   * sensitivity and specificity for calcinosis" (Mar 2021), so a normal MRI never reads as "no
   * deposit seen".
   */
  seesMineral: boolean,
  /** Where it is read among the done studies (see ModalityModule.readRank). */
  readRank: number,
): ModalityModule<Id> & ExplorerInput<Id> {
  const module: ModalityModule<CrossSectionalId> & ExplorerInput<CrossSectionalId> = {
    id,
    ...MODALITY_CORES[id],
    profile,
    readRank,
    // Not diagnostic only: CT and MRI still evaluate the extent once a biopsy has answered.
    diagnosticOnly: false,
    studyName,
    vocabulary: { pattern: CROSS_FINDING, depth: DEPTH },
    hasResult: patternEntered,
    read: (s) => ({
      ...(s.pattern === 'trabecular-plaques'
        ? {
            ossification: reason(
              {
                en: `${studyName.en}: linear subcutaneous plaques with a trabecular/reticular pattern.`,
                es: `${studyName.es}: placas lineales subcutáneas de patrón trabecular/reticular.`,
              },
              [SEED],
            ),
          }
        : {}),
      ...(s.pattern === 'amorphous-calcification'
        ? {
            calcification: reason(
              {
                en: `${studyName.en}: amorphous calcification without trabecular bone.`,
                es: `${studyName.es}: calcificación amorfa sin hueso trabecular.`,
              },
              ['insights-imaging-2013'],
              true,
            ),
          }
        : {}),
      normal: s.pattern === 'normal' && seesMineral,
      ...(s.pattern === 'normal' && !seesMineral
        ? {
            normalNotExcluding: reason(
              {
                en: `${studyName.en} normal: conventional MRI has less sensitivity and specificity for calcinosis, so a normal scan does not show that there is no mineral.`,
                es: `${studyName.es} normal: la RM convencional tiene menos sensibilidad y especificidad para la calcinosis, así que un estudio normal no demuestra que no haya mineral.`,
              },
              ['mar-2021-calcinosis'],
              true,
            ),
          }
        : {}),
      ...(s.pattern === 'other' ? { unreadable: otherFinding(studyName) } : {}),
      deep: s.depth === 'fascia-or-muscle',
    }),
    // Normal imaging that is not sensitive early.
    normalReading: () =>
      reason(
        {
          en: `${studyName.en} normal: not sensitive in early diagnosis, so it does not exclude an early lesion.`,
          es: `${studyName.es} normal: no es sensible en el diagnóstico precoz, así que no excluye una lesión inicial.`,
        },
        [SEED],
      ),
    describe: (s, lang) => [
      ...(s.pattern ? [CROSS_FINDING[s.pattern][lang]] : []),
      ...depthWords(s.depth, lang),
    ],
    fhir: {
      request: requestCode(profile.name),
      finding: {
        code: findingCode(studyName),
        components: (s, lang) => depthComponent(s.depth, lang),
      },
    },
    positive: ['trabecular-plaques', 'amorphous-calcification'],
  };
  return module as unknown as ModalityModule<Id> & ExplorerInput<Id>;
}
