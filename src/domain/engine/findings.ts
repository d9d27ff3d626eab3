import type { Case, StudyId } from '../case/schema';
import { reason } from './reason';
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
  readonly biopsy:
    'ossification' | 'calcification-without-bone' | 'other-diagnosis' | 'non-diagnostic' | null;
  /** Done studies whose result was normal. */
  readonly normalStudies: readonly StudyId[];
}

const SEED = 'garcia-arpa-2020';

export const isDone = (c: Case, id: StudyId): boolean => c.studies[id].status === 'done';

export function summariseFindings(c: Case): FindingsSummary {
  const s = c.studies;
  const imagingOssification: Reason[] = [];
  const imagingCalcification: Reason[] = [];
  const atypical: Reason[] = [];
  const normalStudies: StudyId[] = [];

  if (isDone(c, 'ultrasound')) {
    // Seed: "The ossification shows hyperechogenic images with a posterior acoustic shadow
    // artefact in the subcutaneous layer, while calcifications are less echogenic."
    if (s.ultrasound.pattern === 'hyperechoic-shadowing') {
      imagingOssification.push(
        reason(
          {
            en: 'Ultrasound: hyperechogenic foci with posterior acoustic shadow in the subcutis (ossification pattern).',
            es: 'Ecografía: focos hiperecogénicos con sombra acústica posterior en el tejido subcutáneo (patrón de osificación).',
          },
          [SEED],
        ),
      );
    } else if (s.ultrasound.pattern === 'less-echogenic-deposits') {
      imagingCalcification.push(
        reason(
          {
            en: 'Ultrasound: less echogenic deposits (calcification pattern rather than bone).',
            es: 'Ecografía: depósitos menos ecogénicos (patrón de calcificación más que de hueso).',
          },
          [SEED],
        ),
      );
    } else if (s.ultrasound.pattern === 'normal') normalStudies.push('ultrasound');
  }

  if (isDone(c, 'xray')) {
    // Seed: "Radiography shows diffuse or reticulated subcutaneous opacities, affecting the leg
    // perimeter"; LearningRadiology: punctate vs trabecular/reticular patterns in CVI.
    if (
      s.xray.pattern === 'reticulated-bone-density' ||
      s.xray.pattern === 'diffuse-bone-density'
    ) {
      imagingOssification.push(
        reason(
          {
            en: 'X-ray: diffuse or reticulated subcutaneous opacities of bone density.',
            es: 'Radiografía: opacidades subcutáneas difusas o reticuladas con densidad ósea.',
          },
          [SEED, 'learningradiology-ho'],
        ),
      );
    } else if (s.xray.pattern === 'punctate-calcification') {
      imagingCalcification.push(
        reason(
          {
            en: 'X-ray: punctate calcification without a trabecular or reticular pattern.',
            es: 'Radiografía: calcificación puntiforme sin patrón trabecular ni reticular.',
          },
          ['learningradiology-ho'],
        ),
      );
    } else if (s.xray.pattern === 'normal') normalStudies.push('xray');
  }

  for (const id of ['ct', 'mri'] as const) {
    if (!isDone(c, id)) continue;
    const name = id === 'ct' ? { en: 'CT', es: 'TC' } : { en: 'MRI', es: 'RM' };
    // Seed: "CAT showed lineal plaques with a trabecular/reticular appearance in the
    // subcutaneous regions"; Insights Imaging 2013: amorphous calcification before mature bone.
    if (s[id].pattern === 'trabecular-plaques') {
      imagingOssification.push(
        reason(
          {
            en: `${name.en}: linear subcutaneous plaques with a trabecular/reticular pattern.`,
            es: `${name.es}: placas lineales subcutáneas de patrón trabecular/reticular.`,
          },
          [SEED],
        ),
      );
    } else if (s[id].pattern === 'amorphous-calcification') {
      imagingCalcification.push(
        reason(
          {
            en: `${name.en}: amorphous calcification without trabecular bone.`,
            es: `${name.es}: calcificación amorfa sin hueso trabecular.`,
          },
          ['insights-imaging-2013'],
          true,
        ),
      );
    } else if (s[id].pattern === 'normal') normalStudies.push(id);
  }

  let scintigraphyUptake: Reason | null = null;
  if (isDone(c, 'scintigraphy')) {
    // Seed: "Bone scintigraphy showed hyperabsorption in the soft parts of the legs";
    // SCIRE (Freed 1982): the bone scan is less specific than radiography.
    if (s.scintigraphy.pattern === 'soft-tissue-uptake') {
      scintigraphyUptake = reason(
        {
          en: 'Bone scintigraphy: soft-tissue hyper-uptake in the legs (sensitive, but less specific than radiography).',
          es: 'Gammagrafía ósea: hipercaptación en partes blandas de las piernas (sensible, pero menos específica que la radiografía).',
        },
        [SEED, 'scire-ho'],
      );
    } else if (s.scintigraphy.pattern === 'normal') normalStudies.push('scintigraphy');
  }

  // Seed: SCHO in CVI "does not involve the fascia or muscles"; intramuscular bone suggests
  // myositis ossificans (Radiopaedia).
  const deepStudies = (['ultrasound', 'xray', 'ct', 'mri'] as const).filter(
    (id) => isDone(c, id) && s[id].depth === 'fascia-or-muscle',
  );
  if (deepStudies.length > 0) {
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
  const biopsy = isDone(c, 'biopsy') ? (s.biopsy.histology ?? null) : null;
  if (biopsy === 'other-diagnosis') {
    atypical.push(
      reason(
        { en: 'Biopsy shows another diagnosis.', es: 'La biopsia muestra otro diagnóstico.' },
        [SEED],
      ),
    );
  }

  return {
    imagingOssification,
    imagingCalcification,
    scintigraphyUptake,
    atypical,
    biopsy,
    normalStudies,
  };
}
