import type { DoseFigure } from './types';
import { localized, said } from '../words';

/**
 * Effective doses with their sources. A bone scan is a range (the administered activity is a
 * range); a CT "of the area of interest" has no single figure (ACR: "Varies"), so a bilateral leg
 * CT gets none. Phantom figures are for one scanner and one joint.
 */

/** Adult Tc-99m MDP activity, MBq, and its effective-dose coefficient, mSv/MBq (JNM table, ICRP data). */
export const MDP_ACTIVITY_MBQ = { low: 740, high: 1110 } as const;
export const MDP_MSV_PER_MBQ = 0.0057;

const round1 = (x: number) => Math.round(x * 10) / 10;

export const DOSE_FIGURES: readonly DoseFigure[] = [
  {
    id: 'mdp-bone-scan',
    modality: 'scintigraphy',
    exam: localized(said('evidence.dose.mdp-bone-scan.exam')),
    kind: 'range',
    lowMsv: round1(MDP_ACTIVITY_MBQ.low * MDP_MSV_PER_MBQ),
    highMsv: round1(MDP_ACTIVITY_MBQ.high * MDP_MSV_PER_MBQ),
    derived: true,
    text: localized(said('evidence.dose.mdp-bone-scan.statement')),
    design: 'guideline',
    ref: 'jnm-dose-table',
  },
  {
    id: 'koivisto-2015-ankle-xray',
    modality: 'xray',
    exam: localized(said('evidence.dose.koivisto-2015-ankle-xray.exam')),
    kind: 'value',
    valueMsv: 0.0015,
    text: localized(said('evidence.dose.koivisto-2015-ankle-xray.statement')),
    design: 'phantom',
    ref: 'koivisto-2015',
  },
  {
    id: 'koivisto-2015-ankle-ct',
    modality: 'ct',
    exam: localized(said('evidence.dose.koivisto-2015-ankle-ct.exam')),
    kind: 'value',
    valueMsv: 0.0214,
    text: localized(said('evidence.dose.koivisto-2015-ankle-ct.statement')),
    design: 'phantom',
    ref: 'koivisto-2015',
  },
  {
    id: 'acr-ct-area-of-interest',
    modality: 'ct',
    exam: localized(said('evidence.dose.acr-ct-area-of-interest.exam')),
    kind: 'varies',
    text: localized(said('evidence.dose.acr-ct-area-of-interest.statement')),
    design: 'guideline',
    ref: 'acr-rrl',
  },
];
