import { text } from '../text';
import type { FindingsSummary } from './findings';
import type { LabPicture } from './labs';
import { reason } from './reason';
import type { Conclusion, Interpretation, Reason } from './types';

export const CONCLUSION_LABELS: Readonly<Record<Conclusion, ReturnType<typeof text>>> = {
  'confirmed-scho': text(
    'Confirmed subcutaneous ossification (SCHO)',
    'Osificación subcutánea (OHSC) confirmada',
  ),
  'probable-scho': text('Probable subcutaneous ossification', 'Osificación subcutánea probable'),
  calcification: text(
    'Calcification rather than bone (calcinosis cutis)',
    'Calcificación más que hueso (calcinosis cutis)',
  ),
  atypical: text(
    'Atypical for SCHO in CVI: consider alternatives',
    'Atípico para osificación por insuficiencia venosa: valore alternativas',
  ),
  'insufficient-data': text('Not enough data yet', 'Datos aún insuficientes'),
};

const SEED = 'garcia-arpa-2020';

/**
 * The working conclusion, in order of precedence:
 * 1. atypical features (fascia/muscle, another diagnosis on biopsy, abnormal labs, childhood
 *    onset) — seed: SCHO "does not involve the fascia or muscles" and its "phosphorus-calcium
 *    metabolism is normal";
 * 2. biopsy, "the test of choice": bone trabeculae = confirmed; calcium without bone = calcinosis;
 * 3. imaging: bone on ultrasound, X-ray or CT/MRI = probable; calcium only = calcification;
 * 4. otherwise not enough data (scintigraphic uptake alone is not specific for bone).
 */
export function interpret(f: FindingsSummary, labs: LabPicture): Interpretation {
  const make = (conclusion: Conclusion, drivers: readonly Reason[]): Interpretation => ({
    conclusion,
    label: CONCLUSION_LABELS[conclusion],
    drivers,
  });

  const atypical = [...f.atypical, ...labs.flags.map((x) => x.reason)];
  if (atypical.length > 0) return make('atypical', atypical);

  if (f.biopsy === 'ossification') {
    return make('confirmed-scho', [
      reason(
        'Biopsy (the test of choice): bone trabeculae in the deep dermis and fat.',
        'Biopsia (la prueba de elección): trabéculas óseas en dermis profunda y grasa.',
        [SEED],
      ),
      ...f.imagingOssification,
      ...(labs.normal ? [labsNormalReason] : []),
    ]);
  }
  if (f.biopsy === 'calcification-without-bone') {
    return make('calcification', [
      reason(
        'Biopsy: calcium deposits without bone (calcinosis cutis rather than ossification).',
        'Biopsia: depósitos de calcio sin hueso (calcinosis cutis, no osificación).',
        [SEED, 'reiter-2011'],
      ),
      ...f.imagingCalcification,
    ]);
  }

  if (f.imagingOssification.length > 0) {
    return make('probable-scho', [
      ...f.imagingOssification,
      ...(f.scintigraphyUptake ? [f.scintigraphyUptake] : []),
      ...(labs.normal ? [labsNormalReason] : []),
      reason(
        'Not yet confirmed by biopsy, the test of choice.',
        'Aún sin confirmar por biopsia, la prueba de elección.',
        [SEED],
      ),
    ]);
  }
  if (f.imagingCalcification.length > 0) {
    return make('calcification', f.imagingCalcification);
  }
  return make(
    'insufficient-data',
    f.scintigraphyUptake
      ? [
          f.scintigraphyUptake,
          reason(
            'Uptake alone does not show whether the deposit is bone or calcium: ultrasound, X-ray or biopsy can.',
            'La captación por sí sola no distingue hueso de calcio: la ecografía, la radiografía o la biopsia sí.',
            [SEED, 'scire-ho'],
          ),
        ]
      : [],
  );
}

const labsNormalReason = reason(
  'Normal phospho-calcium metabolism, as expected in SCHO.',
  'Metabolismo fosfocálcico normal, como es de esperar en la osificación subcutánea.',
  [SEED],
);
