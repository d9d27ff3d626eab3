import { type Interval, type Proportion, wilsonInterval } from './proportion';

/**
 * A 2×2 table of an index test against a reference standard, in the units the source analysed.
 * tp: index +, reference +; fp: index +, reference −; fn: index −, reference +; tn: index −,
 * reference −.
 */
export interface TwoByTwo {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
}

export const tableTotal = (t: TwoByTwo): number => t.tp + t.fp + t.fn + t.tn;

/** Sensitivity as counts: true positives of all reference-positive units. */
export const sensitivityCounts = (t: TwoByTwo): Proportion => ({
  events: t.tp,
  total: t.tp + t.fn,
});

/** Specificity as counts: true negatives of all reference-negative units. */
export const specificityCounts = (t: TwoByTwo): Proportion => ({
  events: t.tn,
  total: t.tn + t.fp,
});

export interface TableSummary {
  readonly sensitivity: { readonly value: number; readonly ci: Interval };
  readonly specificity: { readonly value: number; readonly ci: Interval };
}

/** Sensitivity and specificity with Wilson 95% intervals. Both margins must be non-empty. */
export function summariseTable(t: TwoByTwo): TableSummary {
  const sens = sensitivityCounts(t);
  const spec = specificityCounts(t);
  return {
    sensitivity: { value: sens.events / sens.total, ci: wilsonInterval(sens) },
    specificity: { value: spec.events / spec.total, ci: wilsonInterval(spec) },
  };
}
