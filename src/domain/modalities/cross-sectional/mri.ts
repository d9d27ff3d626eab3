import { MODALITIES } from '../../evidence/modalities';
import { reason } from '../../reason';
import { said } from '../../words';
import { crossSectional } from '.';

/**
 * Magnetic resonance imaging: recorded on the CT/MRI step, for the extent once bone is shown. A
 * normal scan does not count against mineral (Mar 2021: conventional MRI "has less sensitivity and
 * specificity for calcinosis").
 */
export const mri = crossSectional(
  'mri',
  MODALITIES.mri,
  reason(said('modality.mri.normal-not-excluding'), ['mar-2021-calcinosis'], true),
  4,
);
