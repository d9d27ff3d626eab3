import { wilsonInterval, type Interval } from '../stats';
import type { Applicability, EvidenceFigure } from './types';
import { APPLICABILITIES } from './types';

/** The Wilson 95% interval of a figure's counts; undefined when the source gives no counts. */
export function figureInterval(f: EvidenceFigure): Interval | undefined {
  return f.counts ? wilsonInterval(f.counts) : undefined;
}

/** Figures grouped by applicability, direct first, each group in registry order. */
export function figuresByApplicability(
  figures: readonly EvidenceFigure[],
): { readonly applicability: Applicability; readonly figures: readonly EvidenceFigure[] }[] {
  return APPLICABILITIES.map((applicability) => ({
    applicability,
    figures: figures.filter((f) => f.applicability === applicability),
  })).filter((g) => g.figures.length > 0);
}
