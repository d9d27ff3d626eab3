import type { DoseFigure } from './types';

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
    exam: { en: 'Bone scan, Tc-99m MDP, adult', es: 'Gammagrafía ósea con Tc-99m MDP, adulto' },
    kind: 'range',
    lowMsv: round1(MDP_ACTIVITY_MBQ.low * MDP_MSV_PER_MBQ),
    highMsv: round1(MDP_ACTIVITY_MBQ.high * MDP_MSV_PER_MBQ),
    derived: true,
    text: {
      en: '0.0057 mSv/MBq × 740–1,110 MBq = 4.2–6.3 mSv (the product computed here from the table, which cites ICRP).',
      es: '0,0057 mSv/MBq × 740–1.110 MBq = 4,2–6,3 mSv (producto calculado aquí a partir de la tabla, que cita a la ICRP).',
    },
    design: 'guideline',
    ref: 'jnm-dose-table',
  },
  {
    id: 'koivisto-2015-ankle-xray',
    modality: 'xray',
    exam: { en: 'Ankle radiographs, AP + lateral', es: 'Radiografías de tobillo, AP + lateral' },
    kind: 'value',
    valueMsv: 0.0015,
    text: {
      en: 'AP 0.5 µSv + lateral 1.0 µSv = 1.5 µSv (anthropomorphic ankle phantom, one radiography unit).',
      es: 'AP 0,5 µSv + lateral 1,0 µSv = 1,5 µSv (maniquí antropomórfico de tobillo, un equipo de radiografía).',
    },
    design: 'phantom',
    ref: 'koivisto-2015',
  },
  {
    id: 'koivisto-2015-ankle-ct',
    modality: 'ct',
    exam: { en: 'Ankle CT (multislice)', es: 'TC de tobillo (multicorte)' },
    kind: 'value',
    valueMsv: 0.0214,
    text: {
      en: '21.4 µSv, about 14 times the radiographs (anthropomorphic ankle phantom, one scanner).',
      es: '21,4 µSv, unas 14 veces las radiografías (maniquí antropomórfico de tobillo, un escáner).',
    },
    design: 'phantom',
    ref: 'koivisto-2015',
  },
  {
    id: 'acr-ct-area-of-interest',
    modality: 'ct',
    exam: { en: 'CT of the area of interest', es: 'TC de la zona de interés' },
    kind: 'varies',
    text: {
      en: 'ACR relative radiation level "Varies" for CT of the area of interest (Soft-Tissue Masses): a bilateral leg CT has no single figure.',
      es: 'Nivel relativo de radiación ACR «Variable» para la TC de la zona de interés (Soft-Tissue Masses): una TC de ambas piernas no tiene una cifra única.',
    },
    design: 'guideline',
    ref: 'acr-rrl',
  },
];
