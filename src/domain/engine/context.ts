import type { Case, StudyId } from '../case/schema';
import { MODALITY_IDS } from '../evidence/types';
import { kindOf } from '../modalities/core';
import type { FindingsSummary } from './findings';
import type { LabPicture } from './labs';
import type { PatientPicture } from './patient';
import { ADVANCED_CEAP } from './risk';
import { XRAY_BLIND_DAYS } from './timing';
import type { Interpretation, OpenItem, Timing, Urgency } from './types';

/** Everything the rules read: the case and what has already been derived from it. */
export interface RuleContext {
  readonly c: Case;
  readonly today: string;
  readonly findings: FindingsSummary;
  readonly labs: LabPicture;
  readonly timing: Timing;
  readonly interpretation: Interpretation;
  /** Who the patient is: age group, pregnancy question, antithrombotics, kidney function. */
  readonly patient: PatientPicture;
  /** A possible calciphylaxis: urgent whatever the other results (null when not). */
  readonly urgency: Urgency | null;
}

/** What the next-step rules read: the rule context and the open items, each with what resolves it. */
export interface StepContext extends RuleContext {
  readonly openItems: readonly OpenItem[];
}

/** Not yet ordered, done or set aside: the only studies the engine will suggest as new. */
export const isOpen = (ctx: RuleContext, id: StudyId): boolean =>
  ctx.c.studies[id].status === 'not-started';

/** Skipped or deferred by the clinician: never suggested again, not even as a repeat. */
export const isSetAside = (ctx: RuleContext, id: StudyId): boolean =>
  ctx.c.studies[id].status === 'skipped' || ctx.c.studies[id].status === 'deferred';

/** Any imaging study done, in whatever order the results arrived. */
export const anyImagingDone = (ctx: RuleContext): boolean =>
  MODALITY_IDS.some((m) => kindOf(m) === 'imaging' && ctx.c.studies[m].status === 'done');

/** Bone shown by imaging or biopsy. */
export const boneShown = (ctx: RuleContext): boolean =>
  ctx.findings.imagingOssification.length > 0 || ctx.findings.biopsy === 'ossification';

/**
 * Mineral shown: bone or calcium on a study that can see it, or on biopsy. Bone-scan uptake alone
 * is not a deposit: it is sensitive but not specific (periostitis, osteomyelitis).
 */
export const depositShown = (ctx: RuleContext): boolean =>
  boneShown(ctx) ||
  ctx.findings.imagingCalcification.length > 0 ||
  ctx.findings.biopsy === 'calcification-without-bone';

/** Still inside the days in which a plain X-ray may be normal. */
export const isEarly = (ctx: RuleContext): boolean =>
  ctx.timing.daysSinceOnset !== null && ctx.timing.daysSinceOnset < XRAY_BLIND_DAYS.to;

/** Skin signs that keep suspicion up (seed: "signs of CVI, venous ulcers and … livedo racemosa"). */
const SUSPICIOUS_SKIN = new Set(['cvi-changes', 'venous-ulcer', 'livedo-racemosa', 'necrosis']);

/**
 * Low suspicion: venous disease below CEAP C4a (JVS-VL: subcutaneous
 * calcification in none of the C1–C3 legs), no skin sign that the case report associates with
 * SCHO, no deposit or uptake on any study, at least one normal study, and nothing abnormal in the
 * labs. Then "no further test" is a valid answer, and a biopsy of poorly healing skin is not
 * suggested.
 */
export const lowSuspicion = (ctx: RuleContext): boolean => {
  const p = ctx.c.patient;
  return (
    p.ceap !== undefined &&
    !ADVANCED_CEAP.has(p.ceap) &&
    !(p.skin ?? []).some((s) => SUSPICIOUS_SKIN.has(s)) &&
    !depositShown(ctx) &&
    ctx.findings.scintigraphyUptake === null &&
    ctx.findings.normalStudies.length > 0 &&
    ctx.labs.flags.length === 0 &&
    ctx.findings.atypical.length === 0
  );
};

/**
 * The ultrasound is done, normal or indeterminate, while a plain film may still be normal: the
 * radiation trade-off applies to both, an indeterminate early scan included.
 */
export const earlyUltrasoundWithoutDeposit = (ctx: RuleContext): boolean =>
  isEarly(ctx) &&
  ctx.c.studies.ultrasound.status === 'done' &&
  (ctx.c.studies.ultrasound.pattern === 'normal' ||
    ctx.c.studies.ultrasound.pattern === 'indeterminate') &&
  !depositShown(ctx);

/** Fibrodysplasia ossificans progressiva is on this case's differential (raised). */
export const fopRaised = (ctx: RuleContext): boolean => ctx.c.patient.childhoodOnset === true;
