import type { Words } from '../words';
import type { LAB_FLAGS, LabAnalyte } from './schema';

export const LAB_NAMES: Words<LabAnalyte> = {
  calcium: { en: 'calcium', es: 'calcio' },
  phosphate: { en: 'phosphate', es: 'fósforo' },
  pth: { en: 'PTH', es: 'PTH' },
  creatinine: { en: 'creatinine', es: 'creatinina' },
  alp: { en: 'alkaline phosphatase', es: 'fosfatasa alcalina' },
};

export const LAB_FLAG: Words<(typeof LAB_FLAGS)[number]> = {
  normal: { en: 'normal', es: 'normal' },
  low: { en: 'low', es: 'bajo' },
  high: { en: 'high', es: 'alto' },
};

/** One lab value in words: "calcium 9.4 mg/dL (normal)". */
export const LAB_PHRASES = {
  labValue: { en: '{name} {value} {unit}', es: '{name} {value} {unit}' },
  labValueFlag: { en: '{name} {value} {unit} ({flag})', es: '{name} {value} {unit} ({flag})' },
  labFlagOnly: { en: '{name} {flag}', es: '{name} {flag}' },
  labValueOnly: { en: '{name} {value}', es: '{name} {value}' },
} as const;
