import type { Case, StudyId } from '../case/schema';
import { MODALITY_IDS, type ModalityId } from '../evidence/types';
import { readStudy } from '../modalities';
import type { Histology } from '../modalities/biopsy/schema';
import { reason } from '../reason';
import type { Reason } from './types';

/**
 * What the entered results say, sorted into the kinds of evidence the rules weigh. Only studies
 * marked done count: a pattern typed into a study that is still "planned" is a draft.
 */
export interface FindingsSummary {
  /** Imaging that shows bone (ultrasound shadowing foci, bone-density opacities, trabecular plaques). */
  readonly imagingOssification: readonly Reason[];
  /** Imaging that shows calcium without bone. */
  readonly imagingCalcification: readonly Reason[];
  /** Soft-tissue uptake on scintigraphy: sensitive but not specific for bone. */
  readonly scintigraphyUptake: Reason | null;
  /** Features the source calls atypical for SCHO in CVI. */
  readonly atypical: readonly Reason[];
  readonly biopsy: Histology | null;
  /** Done studies whose result was normal, among the studies that can see mineral. */
  readonly normalStudies: readonly StudyId[];
  /** Normal results of studies blind to mineral (conventional MRI): never "no deposit seen". */
  readonly normalNotExcluding: readonly Reason[];
  /** Results the app cannot weigh ("other finding", indeterminate): open items. */
  readonly unreadable: readonly { readonly id: StudyId; readonly reason: Reason }[];
}

const SEED = 'garcia-arpa-2020';

const isDone = (c: Case, id: StudyId): boolean => c.studies[id].status === 'done';

/**
 * The order in which done studies are read (and normal ones listed). It predates the registry
 * (the bone scan is weighed after CT and MRI); a Record, so that a new modality must be placed.
 */
const READ_RANK: Readonly<Record<ModalityId, number>> = {
  labs: 0,
  ultrasound: 1,
  xray: 2,
  ct: 3,
  mri: 4,
  scintigraphy: 5,
  biopsy: 6,
};
const READ_ORDER = [...MODALITY_IDS].sort((x, y) => READ_RANK[x] - READ_RANK[y]);

export function summariseFindings(c: Case): FindingsSummary {
  const imagingOssification: Reason[] = [];
  const imagingCalcification: Reason[] = [];
  const atypical: Reason[] = [];
  const studyAtypical: Reason[] = [];
  const normalStudies: StudyId[] = [];
  const normalNotExcluding: Reason[] = [];
  const unreadable: { id: StudyId; reason: Reason }[] = [];
  let scintigraphyUptake: Reason | null = null;
  let biopsy: Histology | null = null;
  let deep = false;

  // Each module reads its own study; only studies marked done count.
  for (const id of READ_ORDER) {
    if (!isDone(c, id)) continue;
    const sig = readStudy(id, c.studies[id]);
    if (sig.ossification) imagingOssification.push(sig.ossification);
    if (sig.calcification) imagingCalcification.push(sig.calcification);
    if (sig.uptake) scintigraphyUptake ??= sig.uptake;
    if (sig.normal) normalStudies.push(id);
    if (sig.normalNotExcluding) normalNotExcluding.push(sig.normalNotExcluding);
    if (sig.unreadable) unreadable.push({ id, reason: sig.unreadable });
    if (sig.histology) biopsy ??= sig.histology;
    if (sig.atypical) studyAtypical.push(sig.atypical);
    deep ||= sig.deep === true;
  }

  // Seed: SCHO in CVI "does not involve the fascia or muscles"; intramuscular bone suggests
  // myositis ossificans (Radiopaedia).
  if (deep) {
    atypical.push(
      reason(
        {
          en: 'Fascia or muscle involved: atypical for SCHO in CVI, which does not involve the fascia or muscles.',
          es: 'Afectación de fascia o músculo: atípica en la osificación subcutánea por insuficiencia venosa crónica, que no afecta a fascia ni músculo.',
        },
        [SEED, 'radiopaedia-myositis-ossificans'],
      ),
    );
  }
  if (c.patient.childhoodOnset === true) {
    atypical.push(
      reason(
        {
          en: 'Lesions since childhood: points to a primary or genetic form (POH, AHO, FOP) rather than SCHO of CVI.',
          es: 'Lesiones desde la infancia: orienta a una forma primaria o genética (HOP, OHA, FOP) más que a la osificación por insuficiencia venosa.',
        },
        ['omim-166350', 'linglart-2018', 'genereviews-fop'],
      ),
    );
  }
  // Seed: "The underlying skin may be normal or show signs of CVI, venous ulcers and, more
  // rarely, livedo racemosa": necrosis is not among them and raises calciphylaxis (eMedicine).
  if (c.patient.skin?.includes('necrosis')) {
    atypical.push(
      reason(
        {
          en: 'Skin necrosis: not among the skin signs of SCHO in CVI (normal skin, CVI signs, venous ulcers, livedo racemosa); calciphylaxis must be excluded.',
          es: 'Necrosis cutánea: no figura entre los signos cutáneos de la osificación por insuficiencia venosa (piel normal, signos de insuficiencia venosa, úlceras, livedo racemosa); hay que descartar calcifilaxis.',
        },
        [SEED, 'emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
      ),
    );
  }
  // Findings a study's own module calls atypical (another diagnosis on biopsy) come last.
  atypical.push(...studyAtypical);

  return {
    imagingOssification,
    imagingCalcification,
    scintigraphyUptake,
    atypical,
    biopsy,
    normalStudies,
    normalNotExcluding,
    unreadable,
  };
}
