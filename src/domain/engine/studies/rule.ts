import type { IonisingStudy } from '../cautions';
import type { StepContext } from '../context';
import type { NextStepOption, Reason, StepId } from '../types';

/**
 * The recommended sequence, in the order its rules are tried: the first that applies names the
 * next step. It reads like a clinical pathway (history → labs → ultrasound → X-ray from day 14 or,
 * early, scintigraphy → biopsy → CT/MRI for extent), but every rule asks what is known today, never
 * which step came before: results arrive in any order (a film from the GP, a CT from another
 * hospital), and no `first-visit` rule fires once any imaging is done. The clinician can always
 * open any step; this is a suggestion, never a lock.
 *
 * A rule that suggests one study lives with that study's advice (`./<study>.ts`); the rules that
 * weigh several studies live in `../next-step.ts`. Every rule's id must have its place here, so a
 * study's new rule is a compile error until its place in the sequence is chosen.
 */
export const NEXT_STEP_ORDER = [
  'history-first',
  'calciphylaxis-urgent',
  'necrosis-labs-first',
  'atypical-childhood-labs',
  'atypical-biopsy',
  'atypical-review',
  'first-visit-plan',
  'labs',
  'resolve-discordance',
  'confirmed-extent',
  'biopsy-answered',
  'uptake-needs-mineral-study',
  'ultrasound-first-line',
  'low-suspicion',
  'early-normal-ultrasound-tradeoff',
  'xray-informative',
  'deposit-biopsy',
  'repeat-non-diagnostic-biopsy',
  'early-scintigraphy',
  'scintigraphy-if-suspicion-persists',
  'biopsy-if-suspicion-persists',
  'probable-extent',
] as const;
type NextStepRuleId = (typeof NEXT_STEP_ORDER)[number];

/** One rule of the recommended sequence (see NEXT_STEP_ORDER). */
export interface NextStepRule {
  readonly id: NextStepRuleId;
  readonly when: (ctx: StepContext) => boolean;
  readonly step: StepId | 'complete' | ((ctx: StepContext) => StepId | 'complete');
  readonly reason: (ctx: StepContext) => Reason;
  readonly alsoNow?: (ctx: StepContext) => readonly StepId[];
  readonly options?: (ctx: StepContext) => readonly NextStepOption[];
}

/**
 * What the engine advises about one study, beside what its modality module says it is: every
 * field is required, so a new study is a compile error in the registry (`./index.ts`) until each
 * is decided, even when the decision is "never" (an empty list, null).
 */
export interface StudyAdvice {
  /**
   * The rules that suggest this study as the next step, each placed in NEXT_STEP_ORDER. Empty
   * when the study is suggested only through another study's rules (say which in a comment).
   */
  readonly nextSteps: readonly NextStepRule[];
  /**
   * After bone-scan uptake alone (sensitive, not specific), whether this open study can show the
   * mineral and so may come next, before any biopsy; null for a study that cannot see mineral.
   * The studies are tried in their reading order (the modules' `readRank`).
   */
  readonly afterUptake: ((ctx: StepContext) => boolean) | null;
  /** The ionising study whose radiation cautions travel with this one, or null. */
  readonly ionising: IonisingStudy | null;
}

export const always = (r: Reason) => () => r;

export const SEED = 'garcia-arpa-2020';
