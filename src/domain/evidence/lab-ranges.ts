/**
 * Adult reference intervals for the analytes the engine reads, in conventional units, each with
 * its source. Each laboratory sets its own interval, so the reporting lab's flag (normal / low /
 * high) always overrides these; they are used only when the lab gave no flag.
 *
 * - Calcium 8.5–10.5 mg/dL and creatinine 0.6–1.2 mg/dL: MSD Manual, "Blood tests" table
 *   ("Calcium 8.5–10.5 mg/dL (slightly higher in children)"; "Creatinine 0.6–1.2 mg/dL").
 * - Phosphorus 2.5–4.5 mg/dL: Davis's Lab & Diagnostic Tests, "Phosphorus, blood"
 *   ("Adult 2.5–4.5 mg/dL").
 */
export interface LabReferenceRange {
  readonly low: number;
  readonly high: number;
  /** Conventional unit of `low` and `high`. */
  readonly unit: 'mg/dL';
  readonly ref: string;
}

export const LAB_REFERENCE_RANGES = {
  calcium: { low: 8.5, high: 10.5, unit: 'mg/dL', ref: 'msd-blood-tests' },
  phosphate: { low: 2.5, high: 4.5, unit: 'mg/dL', ref: 'davis-phosphorus' },
  creatinine: { low: 0.6, high: 1.2, unit: 'mg/dL', ref: 'msd-blood-tests' },
} as const satisfies Record<string, LabReferenceRange>;
