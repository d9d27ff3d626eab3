import type { Case, StudyId } from '../case/schema';
import type { FindingsSummary } from './findings';
import type { LabPicture } from './labs';
import { ADVANCED_CEAP } from './risk';
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

/** Skin signs that keep suspicion up (seed: "signs of CVI, venous ulcers and … livedo racemosa"). */
const SUSPICIOUS_SKIN = new Set(['cvi-changes', 'venous-ulcer', 'livedo-racemosa', 'necrosis']);

/**
 * Low suspicion (review fault 7): venous disease below CEAP C4a (JVS-VL: subcutaneous
 * calcification in none of the C1–C3 legs), no skin sign that the seed associates with SCHO, no
 * deposit or uptake on any study, at least one normal study, and nothing abnormal in the labs.
 * Then "no further test" is a valid answer, and a biopsy of poorly healing skin is not suggested.
 */
export const lowSuspicion = (ctx: RuleContext): boolean => {
  const p = ctx.c.patient;
  return (
    p.ceap !== undefined &&
    !ADVANCED_CEAP.has(p.ceap) &&
    !(p.skin ?? []).some((s) => SUSPICIOUS_SKIN.has(s)) &&
    !depositShown(ctx) &&
    ctx.findings.normalStudies.length > 0 &&
    ctx.labs.flags.length === 0 &&
    ctx.findings.atypical.length === 0
  );
};

/** The ultrasound is done and normal while a plain film may still be normal. */
export const normalEarlyUltrasound = (ctx: RuleContext): boolean =>
  isEarly(ctx) &&
  ctx.c.studies.ultrasound.status === 'done' &&
  ctx.c.studies.ultrasound.pattern === 'normal' &&
  !depositShown(ctx);
