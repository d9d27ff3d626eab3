import type { Case, LabValue } from '../case/schema';
import { CAXP_CUTOFFS_MG2_DL2 } from '../evidence/epidemiology';
import { reason } from './reason';
import type { Reason } from './types';

/**
 * Molar masses turn mmol/L into mg/dL (chemistry, not clinical evidence): calcium 40.08 g/mol,
 * phosphorus 30.97 g/mol, so 1 mmol/L = 4.008 mg/dL of calcium and 3.097 mg/dL of phosphate.
 */
const MG_DL_PER_MMOL_L = { calcium: 4.008, phosphate: 3.097 } as const;

function toMgDl(analyte: 'calcium' | 'phosphate', v: LabValue | undefined): number | null {
  if (!v || v.value === undefined || !v.unit) return null;
  return v.unit === 'mg/dL' ? v.value : v.value * MG_DL_PER_MMOL_L[analyte];
}

/** Calcium × phosphate product in mg²/dL², when both values and units are recorded. */
export function calciumPhosphateProduct(c: Case): number | null {
  const ca = toMgDl('calcium', c.studies.labs.calcium);
  const p = toMgDl('phosphate', c.studies.labs.phosphate);
  return ca === null || p === null ? null : Math.round(ca * p * 10) / 10;
}

const cutoff = (ref: string): number => {
  const found = CAXP_CUTOFFS_MG2_DL2.find((c) => c.ref === ref);
  if (!found) throw new Error(`Ca×P cut-off ${ref} missing from the evidence registry`);
  return found.value;
};

/** Published Ca×P thresholds for metastatic calcinosis, read from the evidence registry. */
export const CAXP_THRESHOLDS = {
  emedicine: cutoff('emedicine-calcinosis'),
  springer: cutoff('springer-2015-calcinosis'),
} as const;

const abnormal = (v: { flag?: LabValue['flag'] } | undefined) =>
  v?.flag === 'low' || v?.flag === 'high';

export interface LabPicture {
  /** Calcium and phosphate both done and flagged normal by the lab. */
  readonly normal: boolean;
  /** Anything that points away from SCHO towards another cause of calcium or bone in the skin. */
  readonly flags: readonly Reason[];
  readonly caxp: number | null;
  /** Low calcium with high phosphate or high PTH: the pseudohypoparathyroidism pattern. */
  readonly phpPattern: boolean;
}

/**
 * Seed: "Analytic study including phosphorus-calcium metabolism is normal" in SCHO; abnormal
 * values point to metastatic calcinosis, calciphylaxis or pseudohypoparathyroidism (evidence
 * review §3: eMedicine, Springer 2015, MedlinePlus/Linglart 2018).
 */
export function labPicture(c: Case): LabPicture {
  const labs = c.studies.labs;
  const done = labs.status === 'done';
  const flags: Reason[] = [];
  const caxp = done ? calciumPhosphateProduct(c) : null;

  if (done && (abnormal(labs.calcium) || abnormal(labs.phosphate))) {
    flags.push(
      reason(
        'Calcium or phosphate outside the laboratory range: SCHO of CVI has normal phospho-calcium metabolism, so consider metastatic calcinosis, calciphylaxis or pseudohypoparathyroidism.',
        'Calcio o fósforo fuera del rango del laboratorio: en la osificación subcutánea por insuficiencia venosa el metabolismo fosfocálcico es normal; valore calcinosis metastásica, calcifilaxis o pseudohipoparatiroidismo.',
        ['garcia-arpa-2020', 'emedicine-calcinosis', 'linglart-2018'],
      ),
    );
  }
  if (done && abnormal(labs.pth)) {
    flags.push(
      reason(
        'PTH outside the laboratory range: consider hyperparathyroidism (metastatic calcinosis) or pseudohypoparathyroidism.',
        'PTH fuera del rango del laboratorio: valore hiperparatiroidismo (calcinosis metastásica) o pseudohipoparatiroidismo.',
        ['emedicine-calcinosis', 'linglart-2018'],
      ),
    );
  }
  if (caxp !== null && caxp > CAXP_THRESHOLDS.springer) {
    const over70 = caxp > CAXP_THRESHOLDS.emedicine;
    flags.push(
      reason(
        `Calcium × phosphate product ${caxp} mg²/dL² is above ${over70 ? `both published thresholds (>${CAXP_THRESHOLDS.emedicine} eMedicine, >${CAXP_THRESHOLDS.springer} Springer 2015)` : `the >${CAXP_THRESHOLDS.springer} threshold (Springer 2015), below >${CAXP_THRESHOLDS.emedicine} (eMedicine)`}: consider metastatic calcinosis.`,
        `Producto calcio × fósforo ${caxp} mg²/dL² por encima de ${over70 ? `ambos umbrales publicados (>${CAXP_THRESHOLDS.emedicine} eMedicine, >${CAXP_THRESHOLDS.springer} Springer 2015)` : `el umbral >${CAXP_THRESHOLDS.springer} (Springer 2015), por debajo de >${CAXP_THRESHOLDS.emedicine} (eMedicine)`}: valore calcinosis metastásica.`,
        ['emedicine-calcinosis', 'springer-2015-calcinosis'],
      ),
    );
  }
  if (c.patient.kidneyDisease === true) {
    flags.push(
      reason(
        'Chronic kidney disease: consider calciphylaxis and metastatic calcinosis before SCHO.',
        'Enfermedad renal crónica: valore calcifilaxis y calcinosis metastásica antes que osificación subcutánea.',
        ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
      ),
    );
  }
  const phpPattern =
    done &&
    labs.calcium?.flag === 'low' &&
    (labs.phosphate?.flag === 'high' || labs.pth?.flag === 'high');

  const normal =
    done &&
    labs.calcium?.flag === 'normal' &&
    labs.phosphate?.flag === 'normal' &&
    !abnormal(labs.pth) &&
    flags.length === 0;

  return { normal, flags, caxp, phpPattern };
}
