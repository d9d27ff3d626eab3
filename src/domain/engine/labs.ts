import { LAB_TITLES } from '../modalities/labs/words';
import { LAB_ANALYTES, type Case, type LabAnalyte } from '../case/schema';
import { CAXP_CUTOFFS_MG2_DL2 } from '../evidence/epidemiology';
import type { DifferentialId } from '../evidence/differential';
import { LAB_REFERENCE_RANGES } from '../evidence/lab-ranges';
import { PATIENT_STATEMENTS } from '../evidence/patient';
import { flagOf, readLab, roundLab, type LabFlagValue, type LabReading } from './lab-values';
import type { PatientPicture } from './patient';
import { joinReasons, reason } from '../reason';
import type { Reason } from './types';
import { said } from '../words';

/** Calcium × phosphate product in mg²/dL², from plausible values with units only. */
function calciumPhosphateProduct(
  readings: Readonly<Record<LabAnalyte, LabReading>>,
): number | null {
  const ca = readings.calcium;
  const p = readings.phosphate;
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
export type LabFlagId =
  | 'high-calcium-or-phosphate'
  | 'low-calcium-or-phosphate'
  | 'php-pattern'
  | 'pth-abnormal'
  | 'caxp-high'
  | 'kidney';

/**
 * What a value of each analyte outside its range can raise: the lab flags whose rules read it
 * (the rules below; a flag may need a second value, as the pseudohypoparathyroidism pattern
 * does). An empty list is a choice: shown with the labs, raising nothing (alkaline phosphatase,
 * in `contextOf`). A new analyte is a compile error here until someone decides what its
 * abnormal value means; `labs.test.ts` checks that no single abnormal value raises a flag its
 * analyte does not list.
 */
export const ABNORMAL_RAISES: { readonly [A in LabAnalyte]: readonly LabFlagId[] } = {
  calcium: ['high-calcium-or-phosphate', 'low-calcium-or-phosphate', 'php-pattern', 'caxp-high'],
  phosphate: ['high-calcium-or-phosphate', 'low-calcium-or-phosphate', 'php-pattern', 'caxp-high'],
  pth: ['pth-abnormal', 'php-pattern'],
  creatinine: ['kidney'],
  alp: [],
};

interface LabFlag {
  readonly id: LabFlagId;
  /** Differential entities this flag raises. */
  readonly raises: readonly DifferentialId[];
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
  /** Lab findings that change no conclusion but the reader should see (alkaline phosphatase). */
  readonly context: readonly Reason[];
}

const SEED = 'garcia-arpa-2020';

/** Where a flag came from, so a reader can tell the lab's own flag from the app's range. */
function rangeNote(r: LabReading, analyte: 'calcium' | 'phosphate' | 'creatinine'): Reason | null {
  if (r.status !== 'ok' || r.flagSource !== 'reference-range') return null;
  const range = LAB_REFERENCE_RANGES[analyte];
  return reason(
    said('engine.labs.adult-interval-no-flag', {
      analyte: LAB_TITLES[analyte],
      value: roundLab(r.working),
      low: range.low,
      high: range.high,
    }),
    [range.ref],
  );
}

const withNote = (r: Reason, notes: readonly (Reason | null)[]): Reason =>
  joinReasons(
    r,
    notes.filter((n): n is Reason => n !== null),
  );

/** What the flag rules read: each analyte's flag and the readings behind them. */
interface FlagInput {
  readonly ca: LabFlagValue | undefined;
  readonly p: LabFlagValue | undefined;
  readonly pth: LabFlagValue | undefined;
  readonly creat: LabFlagValue | undefined;
  readonly caxp: number | null;
  readonly phpPattern: boolean;
  readonly readings: Readonly<Record<LabAnalyte, LabReading>>;
  readonly adultInterval: boolean;
  readonly patient: PatientPicture;
}

/**
 * Seed: "Analytic study including phosphorus-calcium metabolism is normal" in SCHO. High calcium
 * or phosphate, or a high Ca×P product, points to metastatic calcinosis (eMedicine, Springer
 * 2015); low calcium with high phosphate or PTH to pseudohypoparathyroidism (Linglart 2018);
 * kidney disease to calciphylaxis. An isolated low value points to none of these: it is flagged
 * as unexpected in SCHO, without raising metastatic calcinosis. Each value is read with its unit
 * and checked for plausibility first (lab-values.ts); an unusable value never reaches this.
 */
export function labPicture(c: Case, patient: PatientPicture): LabPicture {
  const labs = c.studies.labs;
  const done = labs.status === 'done';
  // Under 18 the app's adult intervals are never used: only the lab's own flag (CALIPER).
  const adultInterval = !patient.paediatric;
  const readings = Object.fromEntries(
    LAB_ANALYTES.map((a) => [a, readLab(a, labs[a], { adultInterval })]),
  ) as Record<LabAnalyte, LabReading>;
  const ca = done ? flagOf(readings.calcium) : undefined;
  const p = done ? flagOf(readings.phosphate) : undefined;
  const pth = done ? flagOf(readings.pth) : undefined;
  const creat = done ? flagOf(readings.creatinine) : undefined;
  const caxp = done ? calciumPhosphateProduct(readings) : null;
  const phpPattern = ca === 'low' && (p === 'high' || pth === 'high');
  const v: FlagInput = { ca, p, pth, creat, caxp, phpPattern, readings, adultInterval, patient };
  const flags: LabFlag[] = [
    ...calciumPhosphateFlags(v),
    ...pthFlags(v),
    ...productFlags(v),
    ...kidneyFlags(v),
  ];
  const inputProblems = inputProblemsOf(readings, adultInterval, done);
  const missing = done
    ? (['calcium', 'phosphate'] as const).filter(
        (a) => flagOf(readings[a]) === undefined && readings[a].status !== 'ok',
      )
    : [];
  const context = contextOf(readings, patient, done);
  const normal = done && ca === 'normal' && p === 'normal' && flags.length === 0;

  return { normal, flags, caxp, phpPattern, readings, inputProblems, missing, context };
}

/** High calcium or phosphate, the pseudohypoparathyroidism pattern, or a low value. */
function calciumPhosphateFlags(v: FlagInput): LabFlag[] {
  const { ca, p, phpPattern, readings } = v;
  const flags: LabFlag[] = [];
  if (ca === 'high' || (p === 'high' && !phpPattern)) {
    flags.push({
      id: 'high-calcium-or-phosphate',
      raises: ['metastatic-calcinosis'],
      reason: withNote(
        reason(said('engine.labs.high-calcium-phosphate'), [SEED, 'emedicine-calcinosis']),
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
      reason: reason(said('engine.labs.pseudohypoparathyroidism'), ['linglart-2018']),
    });
  } else if (ca === 'low' || p === 'low') {
    flags.push({
      id: 'low-calcium-or-phosphate',
      raises: [],
      reason: withNote(reason(said('engine.labs.low-calcium-phosphate'), [SEED]), [
        ca === 'low' ? rangeNote(readings.calcium, 'calcium') : null,
        p === 'low' ? rangeNote(readings.phosphate, 'phosphate') : null,
      ]),
    });
  }
  return flags;
}

/** PTH above or below the range, read beside the calcium. */
function pthFlags(v: FlagInput): LabFlag[] {
  const { pth, phpPattern, patient } = v;
  const flags: LabFlag[] = [];
  if (pth === 'high' && !phpPattern) {
    // High PTH with a calcium that is not low is hyperparathyroidism (in
    // kidney disease, secondary), a cause of metastatic calcinosis. The pseudohypoparathyroidism
    // pattern needs a LOW calcium (Linglart 2018; MedlinePlus: low Ca, high P, high PTH), so it is
    // never raised from PTH alone.
    flags.push({
      id: 'pth-abnormal',
      raises: ['metastatic-calcinosis'],
      reason: reason(said('engine.labs.high-pth', { kidneyDisease: patient.kidney.disease }), [
        'emedicine-calcinosis',
        'linglart-2018',
        'medlineplus-aho',
      ]),
    });
  } else if (pth === 'low') {
    flags.push({
      id: 'pth-abnormal',
      raises: [],
      reason: reason(said('engine.labs.low-pth'), ['emedicine-calcinosis', 'medlineplus-aho']),
    });
  }
  return flags;
}

/** A calcium × phosphate product above the published thresholds (adults). */
function productFlags(v: FlagInput): LabFlag[] {
  const { caxp, adultInterval } = v;
  const flags: LabFlag[] = [];
  // The published Ca×P thresholds are adult figures; phosphate runs higher in growing children
  // (CALIPER), so they are not applied under 18.
  if (caxp !== null && adultInterval && caxp > CAXP_THRESHOLDS.springer) {
    const over70 = caxp > CAXP_THRESHOLDS.emedicine;
    flags.push({
      id: 'caxp-high',
      raises: ['metastatic-calcinosis'],
      reason: reason(
        said('engine.labs.caxp-high', {
          caxp,
          over70,
          emedicine: CAXP_THRESHOLDS.emedicine,
          springer: CAXP_THRESHOLDS.springer,
        }),
        ['emedicine-calcinosis', 'springer-2015-calcinosis'],
      ),
    });
  }
  return flags;
}

/** Advanced kidney disease, or a high creatinine. */
function kidneyFlags(v: FlagInput): LabFlag[] {
  const { creat, readings, patient } = v;
  const flags: LabFlag[] = [];
  if (patient.kidney.advanced || creat === 'high') {
    const k = patient.kidney;
    flags.push({
      id: 'kidney',
      raises: ['calciphylaxis', 'metastatic-calcinosis'],
      reason: withNote(
        reason(
          k.failure
            ? said('engine.labs.kidney.failure')
            : k.advanced
              ? said('engine.labs.kidney.advanced')
              : said('engine.labs.kidney.creatinine-high'),
          ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
        ),
        [!k.advanced ? rangeNote(readings.creatinine, 'creatinine') : null],
      ),
    });
  }

  return flags;
}

/** Values that cannot be read (implausible, no unit, a child's value without the lab's flag). */
function inputProblemsOf(
  readings: Readonly<Record<LabAnalyte, LabReading>>,
  adultInterval: boolean,
  done: boolean,
): Reason[] {
  const inputProblems: Reason[] = [];
  for (const a of LAB_ANALYTES) {
    const r = readings[a];
    if (r.status === 'implausible' || r.status === 'no-unit') {
      inputProblems.push({ text: r.message, refs: [] });
    } else if (r.status === 'ok' && r.flag === undefined && !adultInterval && done) {
      // A child's value without the lab's flag is not read against an adult interval.
      inputProblems.push(paediatricNoFlag(a));
    }
  }
  return inputProblems;
}

/** Lab findings that change no conclusion but the reader should see. */
function contextOf(
  readings: Readonly<Record<LabAnalyte, LabReading>>,
  patient: PatientPicture,
  done: boolean,
): Reason[] {
  const context: Reason[] = [];
  if (patient.kidney.disease && !patient.kidney.advanced) {
    // CKD G1–G3b is recorded, not raised: calciphylaxis is a disease of end-stage renal disease
    // (Kroshinsky), metastatic calcinosis one of abnormal calcium and phosphate (eMedicine).
    context.push(
      reason(said('engine.labs.ckd-below-g4'), [
        'kroshinsky-calciphylaxis',
        'emedicine-calcinosis',
      ]),
    );
  }
  const alp = done ? flagOf(readings.alp) : undefined;
  if (alp === 'high') {
    // ALP was collected and never read: it is read now for what the sources allow.
    context.push(
      reason(
        said('engine.labs.alp-high', { paediatric: patient.paediatric }),
        [
          'rosteius-2017',
          'scire-ho',
          'emedicine-calcinosis',
          ...(patient.paediatric ? ['caliper-2017'] : []),
        ],
        true,
      ),
    );
  }

  return context;
}

/** A child's value entered without the lab's flag: not read, and the reader is told why. */
function paediatricNoFlag(a: LabAnalyte): Reason {
  return reason(
    said('engine.labs.paediatric-no-flag', { analyte: LAB_TITLES[a] }),
    PATIENT_STATEMENTS.paediatricLabs.refs,
  );
}
