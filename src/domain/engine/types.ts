import type { DifferentialId } from '../evidence/differential';
import type { ModalityId } from '../evidence/types';
import type { LocalizedText } from '../text';
import type { Reason } from '../reason';
import type { StepId } from '../modalities/core';

// The steps and the studies each records are derived from the modality registry.
export { STEP_IDS, STEP_STUDIES, type StepId } from '../modalities/core';
export type { Reason } from '../reason';

/**
 * ACR-like appropriateness for ordering a study *now*, for this case. Deliberately three bands
 * (plus two states that say the question is settled), like ACR Appropriateness Criteria's
 * "usually appropriate / may be appropriate / usually not appropriate".
 */
export const BANDS = [
  'usually-appropriate',
  'may-be-appropriate',
  'usually-not-appropriate',
  'done',
  'not-done',
] as const;
export type Band = (typeof BANDS)[number];

export interface ModalityAdvice {
  readonly modality: ModalityId;
  readonly band: Band;
  /** Why, with references; the first reason is the main one. */
  readonly reasons: readonly Reason[];
}

/** One alternative of a next step, with the study it would order (so a site without it can drop it). */
export interface NextStepOption extends Reason {
  readonly modality?: ModalityId;
}

export interface NextStep {
  /**
   * The step to do next, or 'complete' when nothing useful is left to order or a stop is
   * justified (the reason says why). Never 'complete' beside an unresolved discordance or an open
   * item the app can resolve, except a justified stop (JUSTIFIED_STOPS in next-step.ts).
   */
  readonly step: StepId | 'complete';
  readonly reason: Reason;
  /** The pathway rule that chose this step (see NEXT_STEP_RULES), for audit. */
  readonly ruleId: string;
  /** Other steps to order at the same visit (e.g. labs drawn the day of the ultrasound). */
  readonly alsoNow?: readonly StepId[];
  /** Alternatives with their trade-off, when the sources leave a real choice. */
  readonly options?: readonly NextStepOption[];
  /**
   * The step's study is already done or planned and the step is suggested again: a repeat (a
   * deeper biopsy, a later film) or the awaited result. Absent for a new study.
   */
  readonly revisit?: true;
}

/** An open item, and the step that resolves it when the app can suggest one. */
export interface OpenItem extends Reason {
  readonly resolvedBy?: StepId;
}

/**
 * An urgency that no later result switches off: a possible calciphylaxis. It reaches the
 * next step, the note and the FHIR requests' priority.
 */
export interface Urgency {
  readonly id: 'possible-calciphylaxis';
  readonly reason: Reason;
}

type Severity = 'info' | 'caution' | 'warning';

export interface TimingWarning {
  readonly id: string;
  readonly severity: Severity;
  readonly modality?: ModalityId;
  readonly reason: Reason;
}

export interface Timing {
  /** Whole days from symptom onset to the assessment date; null when onset is unknown. */
  readonly daysSinceOnset: number | null;
  /** First date on which a normal plain film is informative (onset + 14 days); null if unknown. */
  readonly xrayInformativeFrom: string | null;
  readonly warnings: readonly TimingWarning[];
}

export const CONCLUSIONS = [
  'confirmed-scho',
  'probable-scho',
  'calcification',
  'findings-disagree',
  'atypical',
  'insufficient-data',
] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

/** Findings that disagree, never settled silently: what it is and what resolves it. */
export interface Discordance {
  readonly id: string;
  /** 'unresolved' keeps the tissue question open; 'noted' = the stronger evidence stands. */
  readonly status: 'unresolved' | 'noted';
  readonly reason: Reason;
  readonly resolve: Reason;
  /** The disagreement may be a matter of timing (a study done before the other could show it). */
  readonly timingMayExplain?: true;
}

/** What the lesion is made of, as far as the findings say. */
type TissueAnswer = 'bone' | 'calcium' | 'none-seen' | 'unknown';

export interface TissueQuestion {
  readonly answer: TissueAnswer;
  /** Shown by histology (the test of choice) rather than imaging alone. */
  readonly byHistology: boolean;
  readonly evidenceFor: readonly Reason[];
  readonly evidenceAgainst: readonly Reason[];
}

export interface Interpretation {
  readonly conclusion: Conclusion;
  readonly label: LocalizedText;
  /** The findings that drove the conclusion, each with its source. */
  readonly drivers: readonly Reason[];
  /** Bone, calcium, none seen or unknown, with the evidence for and against. */
  readonly tissue: TissueQuestion;
  /** Findings that disagree, each with what resolves it. */
  readonly discordances: readonly Discordance[];
  /** Why the conclusion is not stronger (its weakest necessary link). Empty only when confirmed. */
  readonly whyNotSurer: readonly Reason[];
  /** Findings that change the context without overriding histology (e.g. abnormal labs). */
  readonly context: readonly Reason[];
}

export interface DifferentialItem {
  /** The entity in the evidence registry (evidence/differential.ts). */
  readonly id: DifferentialId;
  /** 'raised' = something in this case points to it; 'consider' = keep in mind. */
  readonly weight: 'raised' | 'consider';
  readonly why: Reason;
}

export interface RiskFactor {
  readonly id: 'female' | 'over-50' | 'obesity' | 'long-standing-cvi' | 'ceap-c4-plus';
  /** true / false / null when not recorded. */
  readonly present: boolean | null;
  readonly label: LocalizedText;
}

export interface RiskProfile {
  readonly factors: readonly RiskFactor[];
  readonly presentCount: number;
  readonly recordedCount: number;
  readonly reason: Reason;
}

export interface ManagementItem {
  readonly id: string;
  readonly reason: Reason;
}

export interface Assessment {
  readonly engineVersion: string;
  /** The date the assessment was made for (YYYY-MM-DD). */
  readonly asOf: string;
  readonly nextStep: NextStep;
  readonly advice: Readonly<Record<ModalityId, ModalityAdvice>>;
  readonly timing: Timing;
  readonly interpretation: Interpretation;
  readonly differential: readonly DifferentialItem[];
  readonly risk: RiskProfile;
  /** History and findings the sources name as possible contributors (DVT, immobility, periostitis). */
  readonly contributors: readonly Reason[];
  readonly management: readonly ManagementItem[];
  /** What is still open, each with the step that resolves it when the app can suggest one. */
  readonly openItems: readonly OpenItem[];
  /** A possible calciphylaxis: urgent, whatever the other results; null otherwise. */
  readonly urgency: Urgency | null;
  /** Lab red flags that change the advice (abnormal Ca/P, high Ca×P, kidney disease). */
  readonly labFlags: readonly Reason[];
  /** Lab values that cannot be used as entered (no unit, implausible): never reasoned on. */
  readonly labInputProblems: readonly Reason[];
}
