import { MODALITIES } from '../../evidence/modalities';
import { crossSectional } from '.';

/** Magnetic resonance imaging: recorded on the CT/MRI step, for the extent once bone is shown. */
export const mri = crossSectional('mri', MODALITIES.mri, { en: 'MRI', es: 'RM' }, false, 4);
