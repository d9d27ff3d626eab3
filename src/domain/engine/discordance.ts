import type { Case } from '../case/schema';
import { addDays, daysBetween, isIsoDate } from '../dates';
import type { FindingsSummary } from './findings';
import type { LabPicture } from './labs';
import { reason } from '../reason';
import { XRAY_BLIND_DAYS } from './timing';
import { isOpen, isSetAside, type RuleContext } from './context';
import type { Discordance, StepId } from './types';
import { said } from '../words';

const SEED = 'garcia-arpa-2020';

/** What the discordance rules read (the case and what was derived from it before interpreting). */
export interface DiscordanceInput {
  readonly c: Case;
  readonly findings: FindingsSummary;
  readonly labs: LabPicture;
}

/**
 * A normal plain film that counts: done, normal, dated on or after day 14 from onset. The seed
 * says only that a film "may not show alterations until 10–14 days"; later it lowers but does not
 * remove suspicion (in neurogenic heterotopic ossification, X-ray positive 2–6 weeks after a positive bone scan; SCIRE).
 */
function normalFilmDay(c: Case): number | null {
  const x = c.studies.xray;
  const onset = c.patient.onsetDate;
  if (x.status !== 'done' || x.pattern !== 'normal' || !onset || !x.date) return null;
  if (!isIsoDate(onset) || !isIsoDate(x.date)) return null;
  const d = daysBetween(onset, x.date);
  return d >= 0 ? d : null;
}

interface DiscordanceRule {
  readonly id: string;
  /** The discordance, or null when this rule does not apply to the case. */
  readonly find: (i: DiscordanceInput) => Discordance | null;
  /**
   * The step that settles it while it is unresolved (an open item's step and the next step's):
   * an action, never "complete". Required, so a new disagreement chooses its own (most take
   * `usualSettlingStep`).
   */
  readonly settledBy: (ctx: RuleContext, d: Discordance) => StepId;
}

/**
 * The usual step that settles an unresolved discordance, in the order the sources prefer: a timing
 * disagreement by the later film (non-invasive); otherwise biopsy, the test of choice (a deeper or
 * repeat one when it was done); when the clinician has set the biopsy aside, the non-invasive
 * study that can still tell bone from calcium.
 */
const usualSettlingStep = (ctx: RuleContext, d: Discordance): StepId => {
  if (d.timingMayExplain && !isSetAside(ctx, 'xray')) return 'xray';
  if (!isSetAside(ctx, 'biopsy')) return 'biopsy';
  if (isOpen(ctx, 'ct')) return 'ctmri';
  return 'xray';
};

const bonyImagingOtherThanXray = (i: DiscordanceInput) =>
  i.findings.imagingOssification.filter((f) => f.modality !== 'xray');

/**
 * A film that lags: in neurogenic heterotopic ossification, X-ray turned positive about 2–6 weeks
 * after a positive bone scan (SCIRE; extrapolated). A normal film taken before 6 weeks after onset
 * beside bone elsewhere may be a matter of timing, and a later film can settle it without a biopsy.
 */
const FILM_LAG_DAYS = 42;

/** The date from which a repeat film could show what an earlier normal one missed (onset + 6 weeks). */
export const repeatFilmFrom = (c: Case): string | null =>
  c.patient.onsetDate && isIsoDate(c.patient.onsetDate)
    ? addDays(c.patient.onsetDate, FILM_LAG_DAYS)
    : null;

/**
 * Each way findings can disagree, what it means, and what resolves it. A discordance is
 * 'unresolved' when it leaves the tissue question open (the conclusion then says the findings
 * disagree), or 'noted' when the stronger evidence stands but the reader must see the conflict.
 * None is ever settled silently.
 */
const DISCORDANCE_RULES: readonly DiscordanceRule[] = [
  {
    // Seed: biopsy is "the test of choice", showing "bone deposits in the dermis
    // and fat"; imaging bone patterns: "hyperechogenic images with a posterior acoustic shadow",
    // "reticulated opacities with bone density", "trabecular/reticular" plaques on CT.
    id: 'biopsy-calcium-imaging-bone',
    // A deeper or larger biopsy from the area imaging shows as bone settles it.
    settledBy: () => 'biopsy',
    find: ({ findings: f }) =>
      f.biopsy === 'calcification-without-bone' && f.imagingOssification.length > 0
        ? {
            id: 'biopsy-calcium-imaging-bone',
            status: 'unresolved',
            reason: reason(said('engine.discordance.biopsy-calcium-imaging-bone'), [SEED]),
            resolve: reason(said('engine.discordance.biopsy-calcium-imaging-bone.resolve'), [SEED]),
          }
        : null,
  },
  {
    // The reverse. Seed: most SCHO is "secondary to heterogeneous pre-existing lesions, including
    // calcifications", so calcium on imaging beside bone on biopsy is expected, not a conflict
    // that undoes the biopsy.
    id: 'biopsy-bone-imaging-calcium',
    settledBy: usualSettlingStep,
    find: ({ findings: f }) =>
      f.biopsy === 'ossification' &&
      f.imagingCalcification.length > 0 &&
      f.imagingOssification.length === 0
        ? {
            id: 'biopsy-bone-imaging-calcium',
            status: 'noted',
            reason: reason(said('engine.discordance.biopsy-bone-imaging-calcium'), [SEED]),
            resolve: reason(said('engine.discordance.biopsy-bone-imaging-calcium.resolve'), [
              SEED,
              'insights-imaging-2013',
            ]),
          }
        : null,
  },
  {
    // A normal informative film beside a bone finding on another study.
    id: 'bone-vs-normal-film',
    settledBy: usualSettlingStep,
    find: (i) => {
      const day = normalFilmDay(i.c);
      const bone = bonyImagingOtherThanXray(i);
      if (day === null || day < XRAY_BLIND_DAYS.to || bone.length === 0) return null;
      const biopsyBone = i.findings.biopsy === 'ossification';
      const timing = !biopsyBone && day < FILM_LAG_DAYS;
      const from = repeatFilmFrom(i.c);
      return {
        id: 'bone-vs-normal-film',
        status: biopsyBone ? 'noted' : 'unresolved',
        ...(timing ? { timingMayExplain: true as const } : {}),
        reason: reason(
          said('engine.discordance.normal-film', { day, timing }),
          [SEED, 'scire-ho'],
          true,
        ),
        resolve: biopsyBone
          ? reason(said('engine.discordance.normal-film.settled'), [SEED])
          : timing && from
            ? reason(
                said('engine.discordance.normal-film.repeat-film', { from }),
                [SEED, 'scire-ho', 'acr-rrl'],
                true,
              )
            : reason(said('engine.discordance.normal-film.review'), [SEED]),
      };
    },
  },
  {
    // CT/MRI or ultrasound shows only calcium while another study shows bone.
    id: 'imaging-bone-vs-imaging-calcium',
    settledBy: usualSettlingStep,
    find: ({ findings: f }) =>
      f.imagingOssification.length > 0 &&
      f.imagingCalcification.length > 0 &&
      f.biopsy !== 'ossification' &&
      f.biopsy !== 'calcification-without-bone'
        ? {
            id: 'imaging-bone-vs-imaging-calcium',
            status: 'unresolved',
            reason: reason(said('engine.discordance.imaging-bone-calcium'), [SEED]),
            resolve: reason(
              said('engine.discordance.imaging-bone-calcium.resolve'),
              [SEED, 'rheumatologist-lds', 'insights-imaging-2013'],
              true,
            ),
          }
        : null,
  },
  {
    // Bone on biopsy beside abnormal labs. The bone stands; the labs are context.
    id: 'biopsy-bone-abnormal-labs',
    settledBy: usualSettlingStep,
    find: ({ findings: f, labs }) =>
      f.biopsy === 'ossification' && labs.flags.some((x) => x.raises.length > 0)
        ? {
            id: 'biopsy-bone-abnormal-labs',
            status: 'noted',
            reason: reason(said('engine.discordance.biopsy-bone-labs-abnormal'), [SEED]),
            resolve: reason(said('engine.discordance.biopsy-bone-labs-abnormal.resolve'), [
              SEED,
              'emedicine-calcinosis',
            ]),
          }
        : null,
  },
];

/** The step that settles an unresolved discordance (its rule says which). */
export function discordanceStep(ctx: RuleContext, d: Discordance): StepId {
  const rule = DISCORDANCE_RULES.find((r) => r.id === d.id);
  return (rule?.settledBy ?? usualSettlingStep)(ctx, d);
}

export function discordances(i: DiscordanceInput): Discordance[] {
  return DISCORDANCE_RULES.map((r) => r.find(i)).filter((d): d is Discordance => d !== null);
}
