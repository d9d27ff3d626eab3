import type { CrossSectionalStudy, Studies } from '../core';
import type { ModalityId, ModalityProfile } from '../../evidence/types';
import { reason, type Reason } from '../../reason';
import { localized, said } from '../../words';
import { DEPTH, NORMAL, OTHER_FINDING } from '../words';
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
  normal: NORMAL,
  'trabecular-plaques': localized(said('modality.cross-sectional.finding.trabecular-plaques')),
  'amorphous-calcification': localized(
    said('modality.cross-sectional.finding.amorphous-calcification'),
  ),
  other: OTHER_FINDING,
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
 * A cross-sectional study (CT, MRI): read, described and exported alike, under its own name (its
 * statements are `modality.<id>.*` in the clinical catalogues).
 * Seed: "CAT showed lineal plaques with a trabecular/reticular appearance in the subcutaneous
 * regions"; Insights Imaging 2013: amorphous calcification before mature bone.
 */
export function crossSectional<Id extends CrossSectionalId>(
  id: Id,
  profile: ModalityProfile,
  /**
   * Why a normal result does not count against mineral, for a study that does not see it (null:
   * a normal result counts). CT shows mineral; conventional MRI "has less sensitivity and
   * specificity for calcinosis" (Mar 2021), so a normal MRI never reads as "no deposit seen".
   */
  normalNotExcluding: Reason | null,
  /** Where it is read among the done studies (see ModalityModule.readRank). */
  readRank: number,
): ModalityModule<Id> & ExplorerInput<Id> {
  const study: CrossSectionalId = id;
  const studyName = localized(said(`modality.${study}.name`));
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
            ossification: reason(said(`modality.${study}.ossification`), [SEED]),
          }
        : {}),
      ...(s.pattern === 'amorphous-calcification'
        ? {
            calcification: reason(
              said(`modality.${study}.calcification`),
              ['insights-imaging-2013'],
              true,
            ),
          }
        : {}),
      normal: s.pattern === 'normal' && normalNotExcluding === null,
      ...(s.pattern === 'normal' && normalNotExcluding !== null ? { normalNotExcluding } : {}),
      ...(s.pattern === 'other' ? { unreadable: otherFinding(study) } : {}),
      deep: s.depth === 'fascia-or-muscle',
    }),
    // Normal imaging that is not sensitive early.
    normalReading: () => reason(said(`modality.${study}.normal`), [SEED]),
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
