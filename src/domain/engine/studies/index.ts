import type { ModalityId } from '../../evidence/types';
import { biopsy } from './biopsy';
import { ct, mri } from './cross-sectional';
import { labs } from './labs';
import type { StudyAdvice } from './rule';
import { scintigraphy } from './scintigraphy';
import { ultrasound } from './ultrasound';
import { xray } from './xray';

export { NEXT_STEP_ORDER, type NextStepRule } from './rule';
export { scanAllowed } from './scintigraphy';

/**
 * What the engine advises about each study (when it is the next step, whether it may follow
 * uptake alone, which radiation cautions travel with it). One entry per modality: a missing one is
 * a compile error, so a new study is never silently left out of the advice.
 */
export const STUDY_ADVICE = {
  labs,
  ultrasound,
  xray,
  scintigraphy,
  ct,
  mri,
  biopsy,
} as const satisfies Record<ModalityId, StudyAdvice>;
