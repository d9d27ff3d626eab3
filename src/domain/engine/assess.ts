import type { Case } from '../case/schema';
import { modalityAdvice } from './advice';
import type { RuleContext } from './context';
import { contributors } from './contributors';
import { differential } from './differential';
import { summariseFindings } from './findings';
import { interpret } from './interpret';
import { labPicture } from './labs';
import { management } from './management';
import { nextStep } from './next-step';
import { openItems } from './open-items';
import { riskProfile } from './risk';
import { applySite, type SiteSettings } from './site';
import { timing } from './timing';
import type { Assessment } from './types';
import { ENGINE_VERSION } from './version';

export { ENGINE_VERSION };

/**
 * The whole assessment of a case on a given date. Pure: the same case and date always give the
 * same assessment, and nothing is read from the clock, the network or storage. `today` is the
 * clinician's calendar date (YYYY-MM-DD). `site` (optional) is this hospital's settings: a final
 * pass (site.ts) keeps an unavailable study from being the next step and says what to do instead.
 */
export function assess(c: Case, today: string, site?: SiteSettings): Assessment {
  const findings = summariseFindings(c);
  const labs = labPicture(c);
  const time = timing(c, today);
  const interpretation = interpret(c, findings, labs);
  const ctx: RuleContext = { c, today, findings, labs, timing: time, interpretation };
  const a: Assessment = {
    engineVersion: ENGINE_VERSION,
    asOf: today,
    nextStep: nextStep(ctx),
    advice: modalityAdvice(ctx),
    timing: time,
    interpretation,
    differential: differential(ctx),
    risk: riskProfile(c),
    contributors: contributors(c),
    management: management(ctx),
    openItems: openItems(ctx),
    labFlags: labs.flags.map((f) => f.reason),
    labInputProblems: labs.inputProblems,
  };
  return applySite(a, c, site);
}
