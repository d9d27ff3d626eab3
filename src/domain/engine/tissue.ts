import type { Case } from '../case/schema';
import type { ModalityId } from '../evidence/types';
import { STUDY_NAMES } from '../modalities';
import { reasonsOf, type FindingsSummary } from './findings';
import { normalFilmDay } from './discordance';
import { reason } from '../reason';
import { dayPhrase, XRAY_BLIND_DAYS } from './timing';
import type { Reason, TissueQuestion } from './types';

export { tissueSummary } from './tissue-summary';

const SEED = 'garcia-arpa-2020';

export const BIOPSY_BONE = reason(
  {
    en: 'Biopsy (the test of choice): bone trabeculae in the deep dermis and fat.',
    es: 'Biopsia (la prueba de elección): trabéculas óseas en dermis profunda y grasa.',
  },
  [SEED],
);

export const BIOPSY_CALCIUM = reason(
  {
    en: 'Biopsy: calcium deposits without bone (calcinosis cutis rather than ossification).',
    es: 'Biopsia: depósitos de calcio sin hueso (calcinosis cutis, no osificación).',
  },
  [SEED, 'reiter-2011'],
);

/** What a normal study is worth against a deposit: never proof of absence. */
type NormalReading = (c: Case) => Reason | null;

/** Normal imaging that is not sensitive early (CT, MRI). */
const notSensitiveEarly =
  (id: ModalityId): NormalReading =>
  () =>
    reason(
      {
        en: `${STUDY_NAMES[id].en} normal: not sensitive in early diagnosis, so it does not exclude an early lesion.`,
        es: `${STUDY_NAMES[id].es} normal: no es sensible en el diagnóstico precoz, así que no excluye una lesión inicial.`,
      },
      [SEED],
    );

/** One reading per modality (labs and biopsy have no "normal" imaging result). */
const NORMAL_READING: Readonly<Record<ModalityId, NormalReading>> = {
  labs: () => null,
  ultrasound: () =>
    reason(
      {
        en: 'Ultrasound normal: it is suited to early diagnosis, but no accuracy figure exists for SCHO in CVI, so it lowers rather than excludes.',
        es: 'Ecografía normal: es adecuada para el diagnóstico precoz, pero no hay cifras de exactitud en la osificación por insuficiencia venosa, así que reduce la sospecha sin excluirla.',
      },
      [SEED],
    ),
  xray: (c) => {
    const day = normalFilmDay(c);
    return day !== null && day >= XRAY_BLIND_DAYS.to
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
        );
  },
  scintigraphy: () =>
    reason(
      {
        en: 'Bone scintigraphy normal: highly sensitive early, though a first scan can be falsely negative (7 of 60 in spinal cord injury).',
        es: 'Gammagrafía ósea normal: muy sensible precozmente, aunque una primera gammagrafía puede ser falsamente negativa (7 de 60 en lesión medular).',
      },
      [SEED, 'svircev-2008'],
      true,
    ),
  ct: notSensitiveEarly('ct'),
  mri: notSensitiveEarly('mri'),
  biopsy: () => null,
};

/** What each normal study is worth against a deposit: never proof of absence. */
function normalStudyReasons(c: Case, f: FindingsSummary): Reason[] {
  return f.normalStudies.flatMap((id) => NORMAL_READING[id](c) ?? []);
}

/**
 * The tissue question — is the lesion bone, calcium, none seen, or unknown? — answered by
 * histology first (the seed: biopsy "is the test of choice"), else by imaging, with the
 * evidence on each side. Scintigraphic uptake alone cannot tell bone from calcium.
 */
export function tissueQuestion(c: Case, f: FindingsSummary): TissueQuestion {
  const normals = normalStudyReasons(c, f);
  const uptake = f.scintigraphyUptake ? [f.scintigraphyUptake.reason] : [];
  if (f.biopsy === 'ossification') {
    return {
      answer: 'bone',
      byHistology: true,
      evidenceFor: [BIOPSY_BONE, ...reasonsOf(f.imagingOssification), ...uptake],
      evidenceAgainst: [...reasonsOf(f.imagingCalcification), ...normals],
    };
  }
  if (f.biopsy === 'calcification-without-bone') {
    return {
      answer: 'calcium',
      byHistology: true,
      evidenceFor: [BIOPSY_CALCIUM, ...reasonsOf(f.imagingCalcification)],
      evidenceAgainst: [...reasonsOf(f.imagingOssification)],
    };
  }
  if (f.imagingOssification.length > 0) {
    return {
      answer: 'bone',
      byHistology: false,
      evidenceFor: [...reasonsOf(f.imagingOssification), ...uptake],
      evidenceAgainst: [...reasonsOf(f.imagingCalcification), ...normals],
    };
  }
  if (f.imagingCalcification.length > 0) {
    return {
      answer: 'calcium',
      byHistology: false,
      evidenceFor: [...reasonsOf(f.imagingCalcification), ...uptake],
      evidenceAgainst: normals,
    };
  }
  if (normals.length > 0) {
    return {
      answer: 'none-seen',
      byHistology: false,
      evidenceFor: normals,
      evidenceAgainst: uptake,
    };
  }
  return { answer: 'unknown', byHistology: false, evidenceFor: uptake, evidenceAgainst: [] };
}
