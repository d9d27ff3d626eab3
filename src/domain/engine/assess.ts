import type { Case } from '../case/schema';
import { modalityAdvice } from './advice';
import type { RuleContext, StepContext } from './context';
import { contributors } from './contributors';
import { differential } from './differential';
import { summariseFindings } from './findings';
import { interpret } from './interpret';
import { labPicture } from './labs';
import { management } from './management';
import { nextStep } from './next-step';
import { openItems } from './open-items';
import { patientPicture } from './patient';
import { riskProfile } from './risk';
import { applySite, type SiteSettings } from './site';
import { timing } from './timing';
import type { Assessment } from './types';
import { urgency } from './urgency';
import { ENGINE_VERSION } from './version';

export { ENGINE_VERSION };

/**
 * The whole assessment of a case on a given date. Pure: the same case and date always give the
 * same assessment, and nothing is read from the clock, the network or storage. `today` is the
 * clinician's calendar date (YYYY-MM-DD). `site` (optional) is this hospital's settings: a final
 * pass (site.ts) keeps an unavailable study from being the next step and says what to do instead.
 */
export function assess(c: Case, today: string, site?: SiteSettings): Assessment {
  const patient = patientPicture(c);
  const findings = summariseFindings(c);
  const labs = labPicture(c, patient);
  const time = timing(c, today);
  const interpretation = interpret(c, findings, labs, patient);
  const ctx: RuleContext = {
    c,
    today,
    findings,
    labs,
    timing: time,
    interpretation,
    patient,
    urgency: urgency(c, patient, labs),
  };
  const open = openItems(ctx);
  const stepCtx: StepContext = { ...ctx, openItems: open };
  const a: Assessment = {
    engineVersion: ENGINE_VERSION,
    asOf: today,
    nextStep: nextStep(stepCtx),
    advice: modalityAdvice(ctx),
    timing: time,
    interpretation,
    differential: differential(ctx),
    risk: riskProfile(c),
    contributors: contributors(c),
    management: management(ctx),
    openItems: open,
    urgency: ctx.urgency,
    labFlags: labs.flags.map((f) => f.reason),
    labInputProblems: labs.inputProblems,
  };
  return applySite(a, c, site);
}
