import { MODALITIES } from '../../evidence/modalities';
import { crossSectional } from '.';

/** Computed tomography: recorded on the CT/MRI step, for the extent once bone is shown. */
export const ct = crossSectional('ct', MODALITIES.ct, null, 3);
