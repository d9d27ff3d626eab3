import type { Case, StudyStatus } from '../../domain/case/schema';
import { STEP_IDS, STEP_STUDIES, type StepId } from '../../domain/modalities/core';

/** The steps the wizard page renders itself; the summary has its own page. */
export type WizardStepId = Exclude<StepId, 'summary'>;
export const WIZARD_STEPS = STEP_IDS.filter((s): s is WizardStepId => s !== 'summary');

export const isWizardStep = (s: string | undefined): s is WizardStepId =>
  s !== undefined && (WIZARD_STEPS as readonly string[]).includes(s);

export const stepPath = (caseId: string, step: StepId): string =>
  `/cases/${encodeURIComponent(caseId)}/${step}`;

export type StepStatus = StudyStatus | 'recorded';

/** Which status wins when a step records several studies (CT and MRI). */
const PRECEDENCE: readonly StudyStatus[] = [
  'done',
  'planned',
  'deferred',
  'skipped',
  'not-started',
];

/**
 * A step's status as the clinician recorded it (presentation only, no clinical rule): the patient
 * step is "recorded" once any history field is filled; a study step shows its study's status, and
 * the CT/MRI step the furthest along of its two studies.
 */
export function stepStatus(c: Case, step: StepId): StepStatus | undefined {
  if (step === 'summary') return undefined;
  if (step === 'patient') {
    const filled = Object.values(c.patient).some(
      (v) => v !== undefined && !(Array.isArray(v) && v.length === 0) && v !== '',
    );
    return filled ? 'recorded' : 'not-started';
  }
  const statuses = STEP_STUDIES[step].map((id) => c.studies[id].status);
  return PRECEDENCE.find((p) => statuses.includes(p)) ?? 'not-started';
}
