import { reason } from '../../reason';
import { boneShown, isOpen, type StepContext } from '../context';
import { STEP_STUDIES } from '../types';
import { always, SEED, type StudyAdvice } from './rule';
import { said } from '../../words';

/** Every study of the CT/MRI step is still open (from the registry, not a list of names). */
const crossSectionalOpen = (ctx: StepContext) => STEP_STUDIES.ctmri.every((m) => isOpen(ctx, m));

/** CT: the extent of a lesion once shown (the CT/MRI step's rules). */
export const ct: StudyAdvice = {
  nextSteps: [
    {
      id: 'confirmed-extent',
      when: (ctx) => ctx.interpretation.conclusion === 'confirmed-scho' && crossSectionalOpen(ctx),
      step: 'ctmri',
      reason: always(
        reason(said('engine.study.cross-sectional.confirmed-extent'), [
          SEED,
          'insights-imaging-2013',
        ]),
      ),
    },
    {
      id: 'probable-extent',
      when: (ctx) => boneShown(ctx) && crossSectionalOpen(ctx),
      step: 'ctmri',
      reason: always(reason(said('engine.study.cross-sectional.bone-extent'), [SEED])),
    },
  ],
  // CT shows mineral.
  afterUptake: () => true,
  ionising: 'ct',
};

/**
 * MRI: suggested with CT as the CT/MRI step (the rules above), never on its own; conventional MRI
 * is blind to mineral, so it does not follow uptake alone.
 */
export const mri: StudyAdvice = {
  nextSteps: [],
  afterUptake: null,
  ionising: null,
};
