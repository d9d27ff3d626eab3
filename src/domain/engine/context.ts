import type { Case, StudyId } from '../case/schema';
import type { FindingsSummary } from './findings';
import type { LabPicture } from './labs';
import { XRAY_BLIND_DAYS } from './timing';
import type { Interpretation, Timing } from './types';

/** Everything the rules read: the case and what has already been derived from it. */
export interface RuleContext {
  readonly c: Case;
  readonly today: string;
  readonly findings: FindingsSummary;
  readonly labs: LabPicture;
  readonly timing: Timing;
  readonly interpretation: Interpretation;
}

/** Not yet ordered, done or set aside: the only studies the engine will suggest. */
export const isOpen = (ctx: RuleContext, id: StudyId): boolean =>
  ctx.c.studies[id].status === 'not-started';

/** Bone shown by imaging or biopsy. */
export const boneShown = (ctx: RuleContext): boolean =>
  ctx.findings.imagingOssification.length > 0 || ctx.findings.biopsy === 'ossification';

/** Any deposit shown: bone, calcium or soft-tissue uptake. */
export const depositShown = (ctx: RuleContext): boolean =>
  boneShown(ctx) ||
  ctx.findings.imagingCalcification.length > 0 ||
  ctx.findings.scintigraphyUptake !== null;

/** Still inside the days in which a plain X-ray may be normal. */
export const isEarly = (ctx: RuleContext): boolean =>
  ctx.timing.daysSinceOnset !== null && ctx.timing.daysSinceOnset < XRAY_BLIND_DAYS.to;
