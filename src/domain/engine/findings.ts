import type { Case, StudyId } from '../case/schema';
import type { ModalityId } from '../evidence/types';
import { READ_ORDER, readStudy } from '../modalities';
import type { Histology } from '../modalities/biopsy/schema';
import { reason } from '../reason';
import type { Reason } from './types';
import { said } from '../words';

/**
 * One finding and where it came from: the study that produced it (or the history), what kind of
 * evidence it is, and the reason a reader is shown. Rules read `modality` and `kind`, never the
 * words of the reason.
 */
export interface Finding<K extends string = FindingKind> {
  readonly modality: ModalityId | 'history';
  readonly kind: K;
  readonly reason: Reason;
}

/** Why a finding is atypical for SCHO in CVI. */
type AtypicalKind =
  /** Deposits reach fascia or muscle (one of the imaging studies says so). */
  | 'deep'
  /** Lesions since childhood (the history). */
  | 'childhood-onset'
  /** Skin necrosis (the history). */
  | 'skin-necrosis'
  /** A study's own module calls its result atypical (another diagnosis on biopsy). */
  | 'study';

type FindingKind =
  | 'ossification'
  | 'calcification'
  | 'uptake'
  | 'normal-not-excluding'
  | 'unreadable'
  | AtypicalKind;

/** A finding a study produced (never the history). */
type StudyFinding<K extends FindingKind> = Finding<K> & { readonly modality: ModalityId };

/**
 * What the entered results say, sorted into the kinds of evidence the rules weigh. Only studies
 * marked done count: a pattern typed into a study that is still "planned" is a draft.
 */
export interface FindingsSummary {
  /** Imaging that shows bone (ultrasound shadowing foci, bone-density opacities, trabecular plaques). */
  readonly imagingOssification: readonly StudyFinding<'ossification'>[];
  /** Imaging that shows calcium without bone. */
  readonly imagingCalcification: readonly StudyFinding<'calcification'>[];
  /** Soft-tissue uptake on scintigraphy: sensitive but not specific for bone. */
  readonly scintigraphyUptake: StudyFinding<'uptake'> | null;
  /** Features the source calls atypical for SCHO in CVI. */
  readonly atypical: readonly Finding<AtypicalKind>[];
  readonly biopsy: Histology | null;
  /** Done studies whose result was normal, among the studies that can see mineral. */
  readonly normalStudies: readonly StudyId[];
  /** Normal results of studies blind to mineral (conventional MRI): never "no deposit seen". */
  readonly normalNotExcluding: readonly StudyFinding<'normal-not-excluding'>[];
  /** Results the app cannot weigh ("other finding", indeterminate): open items. */
  readonly unreadable: readonly StudyFinding<'unreadable'>[];
}

/** The reasons behind findings, in their order, for the reader. */
export const reasonsOf = (findings: readonly Finding[]): Reason[] => findings.map((f) => f.reason);

const SEED = 'garcia-arpa-2020';

const isDone = (c: Case, id: StudyId): boolean => c.studies[id].status === 'done';

export function summariseFindings(c: Case): FindingsSummary {
  const imagingOssification: StudyFinding<'ossification'>[] = [];
  const imagingCalcification: StudyFinding<'calcification'>[] = [];
  const studyAtypical: Finding<AtypicalKind>[] = [];
  const normalStudies: StudyId[] = [];
  const normalNotExcluding: StudyFinding<'normal-not-excluding'>[] = [];
  const unreadable: StudyFinding<'unreadable'>[] = [];
  let scintigraphyUptake: StudyFinding<'uptake'> | null = null;
  let biopsy: Histology | null = null;
  let deep: ModalityId | null = null;

  // Each module reads its own study; only studies marked done count.
  for (const modality of READ_ORDER) {
    if (!isDone(c, modality)) continue;
    const sig = readStudy(modality, c.studies[modality]);
    const found = <K extends FindingKind>(kind: K, r: Reason) => ({ modality, kind, reason: r });
    if (sig.ossification) imagingOssification.push(found('ossification', sig.ossification));
    if (sig.calcification) imagingCalcification.push(found('calcification', sig.calcification));
    if (sig.uptake) scintigraphyUptake ??= found('uptake', sig.uptake);
    if (sig.normal) normalStudies.push(modality);
    if (sig.normalNotExcluding)
      normalNotExcluding.push(found('normal-not-excluding', sig.normalNotExcluding));
    if (sig.unreadable) unreadable.push(found('unreadable', sig.unreadable));
    if (sig.histology) biopsy ??= sig.histology;
    if (sig.atypical) studyAtypical.push(found('study', sig.atypical));
    if (sig.deep === true) deep ??= modality;
  }

  return {
    imagingOssification,
    imagingCalcification,
    scintigraphyUptake,
    // Findings a study's own module calls atypical (another diagnosis on biopsy) come last.
    atypical: [...atypicalFromCase(c, deep), ...studyAtypical],
    biopsy,
    normalStudies,
    normalNotExcluding,
    unreadable,
  };
}

/** The atypical features of the case as a whole: deep deposits (on any study) and the history. */
function atypicalFromCase(c: Case, deep: ModalityId | null): Finding<AtypicalKind>[] {
  const atypical: Finding<AtypicalKind>[] = [];
  // Seed: SCHO in CVI "does not involve the fascia or muscles"; intramuscular bone suggests
  // myositis ossificans (Radiopaedia).
  if (deep !== null) {
    atypical.push({
      modality: deep,
      kind: 'deep',
      reason: reason(said('engine.findings.fascia-or-muscle'), [
        SEED,
        'radiopaedia-myositis-ossificans',
      ]),
    });
  }
  if (c.patient.childhoodOnset === true) {
    atypical.push({
      modality: 'history',
      kind: 'childhood-onset',
      reason: reason(said('engine.findings.childhood-onset'), [
        'omim-166350',
        'linglart-2018',
        'genereviews-fop',
      ]),
    });
  }
  // Seed: "The underlying skin may be normal or show signs of CVI, venous ulcers and, more
  // rarely, livedo racemosa": necrosis is not among them and raises calciphylaxis (eMedicine).
  if (c.patient.skin?.includes('necrosis')) {
    atypical.push({
      modality: 'history',
      kind: 'skin-necrosis',
      reason: reason(said('engine.findings.skin-necrosis'), [
        SEED,
        'emedicine-calcinosis',
        'kroshinsky-calciphylaxis',
      ]),
    });
  }
  return atypical;
}
