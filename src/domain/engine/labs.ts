import { LAB_ANALYTES, type Case, type LabAnalyte } from '../case/schema';
import { CAXP_CUTOFFS_MG2_DL2 } from '../evidence/epidemiology';
import { LAB_REFERENCE_RANGES } from '../evidence/lab-ranges';
import { flagOf, readLab, roundLab, type LabReading } from './lab-values';
import { reason } from './reason';
import type { Reason } from './types';

/** Calcium × phosphate product in mg²/dL², from plausible values with units only. */
function calciumPhosphateProduct(c: Case): number | null {
  const ca = readLab('calcium', c.studies.labs.calcium);
  const p = readLab('phosphate', c.studies.labs.phosphate);
  return ca.status === 'ok' && p.status === 'ok'
    ? Math.round(ca.working * p.working * 10) / 10
    : null;
}

const cutoff = (ref: string): number => {
  const found = CAXP_CUTOFFS_MG2_DL2.find((c) => c.ref === ref);
  if (!found) throw new Error(`Ca×P cut-off ${ref} missing from the evidence registry`);
  return found.value;
};

/** Published Ca×P thresholds for metastatic calcinosis, read from the evidence registry. */
const CAXP_THRESHOLDS = {
  emedicine: cutoff('emedicine-calcinosis'),
  springer: cutoff('springer-2015-calcinosis'),
} as const;

/** Which alternative a lab flag points to (differential ids of the evidence registry). */
type LabFlagId =
  | 'high-calcium-or-phosphate'
  | 'low-calcium-or-phosphate'
  | 'php-pattern'
  | 'pth-abnormal'
  | 'caxp-high'
  | 'kidney';

interface LabFlag {
  readonly id: LabFlagId;
  /** Differential entities this flag raises. */
  readonly raises: readonly string[];
  readonly reason: Reason;
}

export interface LabPicture {
  /** Calcium and phosphate both read as normal, and no flag raised. */
  readonly normal: boolean;
  /** Anything that points away from SCHO towards another cause of calcium or bone in the skin. */
  readonly flags: readonly LabFlag[];
  readonly caxp: number | null;
  /** Low calcium with high phosphate or high PTH: the pseudohypoparathyroidism pattern. */
  readonly phpPattern: boolean;
  /** Each analyte as read (unit, plausibility, flag). */
  readonly readings: Readonly<Record<LabAnalyte, LabReading>>;
  /** Values that cannot be used as entered (no unit, implausible): shown, never reasoned on. */
  readonly inputProblems: readonly Reason[];
  /** Calcium or phosphate not recorded although the labs are marked done. */
  readonly missing: readonly ('calcium' | 'phosphate')[];
}

const SEED = 'garcia-arpa-2020';

/** Where a flag came from, so a reader can tell the lab's own flag from the app's range. */
function rangeNote(r: LabReading, analyte: 'calcium' | 'phosphate' | 'creatinine'): Reason | null {
  if (r.status !== 'ok' || r.flagSource !== 'reference-range') return null;
  const range = LAB_REFERENCE_RANGES[analyte];
  return reason(
    {
      en: `(${analyte === 'calcium' ? 'Calcium' : analyte === 'phosphate' ? 'Phosphate' : 'Creatinine'} ${roundLab(r.working)} mg/dL read against the adult reference interval ${range.low}–${range.high} mg/dL because the lab gave no flag; the lab's own range wins.)`,
      es: `(${analyte === 'calcium' ? 'Calcio' : analyte === 'phosphate' ? 'Fósforo' : 'Creatinina'} ${String(roundLab(r.working)).replace('.', ',')} mg/dL leído frente al intervalo de referencia del adulto ${String(range.low).replace('.', ',')}–${String(range.high).replace('.', ',')} mg/dL porque el laboratorio no dio indicador; manda el rango del propio laboratorio.)`,
    },
    [range.ref],
  );
}

const withNote = (r: Reason, notes: readonly (Reason | null)[]): Reason => {
  const ns = notes.filter((n): n is Reason => n !== null);
  if (!ns.length) return r;
  return {
    ...r,
    text: {
      en: [r.text.en, ...ns.map((n) => n.text.en)].join(' '),
      es: [r.text.es, ...ns.map((n) => n.text.es)].join(' '),
    },
    refs: [...new Set([...r.refs, ...ns.flatMap((n) => n.refs)])],
  };
};

/**
 * Seed: "Analytic study including phosphorus-calcium metabolism is normal" in SCHO. High calcium
 * or phosphate, or a high Ca×P product, points to metastatic calcinosis (eMedicine, Springer
 * 2015); low calcium with high phosphate or PTH to pseudohypoparathyroidism (Linglart 2018);
 * kidney disease to calciphylaxis. An isolated low value points to none of these: it is flagged
 * as unexpected in SCHO, without raising metastatic calcinosis. Each value is read with its unit
 * and checked for plausibility first (lab-values.ts); an unusable value never reaches this.
 */
export function labPicture(c: Case): LabPicture {
  const labs = c.studies.labs;
  const done = labs.status === 'done';
  const readings = Object.fromEntries(LAB_ANALYTES.map((a) => [a, readLab(a, labs[a])])) as Record<
    LabAnalyte,
    LabReading
  >;
  const ca = done ? flagOf(readings.calcium) : undefined;
  const p = done ? flagOf(readings.phosphate) : undefined;
  const pth = done ? flagOf(readings.pth) : undefined;
  const creat = done ? flagOf(readings.creatinine) : undefined;
  const flags: LabFlag[] = [];
  const caxp = done ? calciumPhosphateProduct(c) : null;

  const phpPattern = ca === 'low' && (p === 'high' || pth === 'high');

  if (ca === 'high' || (p === 'high' && !phpPattern)) {
    flags.push({
      id: 'high-calcium-or-phosphate',
      raises: ['metastatic-calcinosis'],
      reason: withNote(
        reason(
          {
            en: 'High calcium or phosphate: SCHO of CVI has normal phospho-calcium metabolism, so consider metastatic calcinosis (and calciphylaxis if the kidneys fail).',
            es: 'Calcio o fósforo altos: en la osificación subcutánea por insuficiencia venosa el metabolismo fosfocálcico es normal; valore calcinosis metastásica (y calcifilaxis si hay insuficiencia renal).',
          },
          [SEED, 'emedicine-calcinosis'],
        ),
        [
          ca === 'high' ? rangeNote(readings.calcium, 'calcium') : null,
          p === 'high' ? rangeNote(readings.phosphate, 'phosphate') : null,
        ],
      ),
    });
  }
  if (phpPattern) {
    flags.push({
      id: 'php-pattern',
      raises: ['aho-php'],
      reason: reason(
        {
          en: 'Low calcium with high phosphate or PTH: the pseudohypoparathyroidism pattern (AHO/PHP1a).',
          es: 'Calcio bajo con fósforo o PTH altos: patrón de pseudohipoparatiroidismo (OHA/PHP1a).',
        },
        ['linglart-2018'],
      ),
    });
  } else if (ca === 'low' || p === 'low') {
    flags.push({
      id: 'low-calcium-or-phosphate',
      raises: [],
      reason: withNote(
        reason(
          {
            en: 'Calcium or phosphate below the range: unexpected in SCHO, whose phospho-calcium metabolism is normal, but not the pattern of metastatic calcinosis; recheck (with albumin) and review with the lab.',
            es: 'Calcio o fósforo por debajo del rango: inesperado en la osificación subcutánea, cuyo metabolismo fosfocálcico es normal, pero no es el patrón de la calcinosis metastásica; repita (con albúmina) y revíselo con el laboratorio.',
          },
          [SEED],
        ),
        [
          ca === 'low' ? rangeNote(readings.calcium, 'calcium') : null,
          p === 'low' ? rangeNote(readings.phosphate, 'phosphate') : null,
        ],
      ),
    });
  }
  if (pth === 'low' || pth === 'high') {
    flags.push({
      id: 'pth-abnormal',
      raises: ['metastatic-calcinosis', 'aho-php'],
      reason: reason(
        {
          en: 'PTH outside the laboratory range: consider hyperparathyroidism (metastatic calcinosis) or pseudohypoparathyroidism.',
          es: 'PTH fuera del rango del laboratorio: valore hiperparatiroidismo (calcinosis metastásica) o pseudohipoparatiroidismo.',
        },
        ['emedicine-calcinosis', 'linglart-2018'],
      ),
    });
  }
  if (caxp !== null && caxp > CAXP_THRESHOLDS.springer) {
    const over70 = caxp > CAXP_THRESHOLDS.emedicine;
    flags.push({
      id: 'caxp-high',
      raises: ['metastatic-calcinosis'],
      reason: reason(
        {
          en: `Calcium × phosphate product ${caxp} mg²/dL² is above ${over70 ? `both published thresholds (>${CAXP_THRESHOLDS.emedicine} eMedicine, >${CAXP_THRESHOLDS.springer} Springer 2015)` : `the >${CAXP_THRESHOLDS.springer} threshold (Springer 2015), below >${CAXP_THRESHOLDS.emedicine} (eMedicine)`}: consider metastatic calcinosis.`,
          es: `Producto calcio × fósforo ${caxp} mg²/dL² por encima de ${over70 ? `ambos umbrales publicados (>${CAXP_THRESHOLDS.emedicine} eMedicine, >${CAXP_THRESHOLDS.springer} Springer 2015)` : `el umbral >${CAXP_THRESHOLDS.springer} (Springer 2015), por debajo de >${CAXP_THRESHOLDS.emedicine} (eMedicine)`}: valore calcinosis metastásica.`,
        },
        ['emedicine-calcinosis', 'springer-2015-calcinosis'],
      ),
    });
  }
  if (c.patient.kidneyDisease === true || creat === 'high') {
    flags.push({
      id: 'kidney',
      raises: ['calciphylaxis', 'metastatic-calcinosis'],
      reason: withNote(
        reason(
          {
            en:
              c.patient.kidneyDisease === true
                ? 'Chronic kidney disease: consider calciphylaxis and metastatic calcinosis before SCHO.'
                : 'Creatinine above the range (kidney function may be reduced): consider calciphylaxis and metastatic calcinosis before SCHO.',
            es:
              c.patient.kidneyDisease === true
                ? 'Enfermedad renal crónica: valore calcifilaxis y calcinosis metastásica antes que osificación subcutánea.'
                : 'Creatinina por encima del rango (la función renal puede estar reducida): valore calcifilaxis y calcinosis metastásica antes que osificación subcutánea.',
          },
          ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
        ),
        [c.patient.kidneyDisease !== true ? rangeNote(readings.creatinine, 'creatinine') : null],
      ),
    });
  }

  const inputProblems: Reason[] = [];
  for (const a of LAB_ANALYTES) {
    const r = readings[a];
    if (r.status === 'implausible' || r.status === 'no-unit') {
      inputProblems.push({ text: r.message, refs: [] });
    }
  }
  const missing = done
    ? (['calcium', 'phosphate'] as const).filter((a) => flagOf(readings[a]) === undefined)
    : [];

  const normal = done && ca === 'normal' && p === 'normal' && flags.length === 0;

  return { normal, flags, caxp, phpPattern, readings, inputProblems, missing };
}
