import { reason } from '../../reason';
import { anyImagingDone, depositShown, isEarly, isOpen } from '../context';
import { SEED, type StudyAdvice } from './rule';

/** Ultrasound: the technique of choice for early diagnosis. */
export const ultrasound: StudyAdvice = {
  nextSteps: [
    {
      id: 'ultrasound-first-line',
      when: (ctx) => isOpen(ctx, 'ultrasound') && !depositShown(ctx),
      step: 'ultrasound',
      reason: (ctx) =>
        isEarly(ctx) || !anyImagingDone(ctx)
          ? reason(
              {
                en: 'Ultrasound is the technique of choice for early diagnosis: fast, accessible and economical.',
                es: 'La ecografía es la técnica de elección para el diagnóstico precoz: rápida, accesible y económica.',
              },
              [SEED],
            )
          : reason(
              {
                en: 'Ultrasound: no radiation, fast and economical, and it tells bone (hyperechogenic foci with acoustic shadow) from calcification (less echogenic).',
                es: 'Ecografía: sin radiación, rápida y económica, y distingue hueso (focos hiperecogénicos con sombra acústica) de calcificación (menos ecogénica).',
              },
              [SEED],
            ),
    },
  ],
  // It sees mineral on any day.
  afterUptake: () => true,
  ionising: null,
};
