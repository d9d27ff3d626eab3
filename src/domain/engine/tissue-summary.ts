import type { TissueQuestion } from './types';

// The tissue answer in words, in a module of its own: the case list shows it on every card, and
// importing it must not pull the engine into the first page.
/** The tissue answer in words, for screens and exports alike. */
const TISSUE_LABELS = {
  bone: { en: 'Bone', es: 'Hueso' },
  calcium: { en: 'Calcium without bone', es: 'Calcio sin hueso' },
  'none-seen': { en: 'No deposit seen', es: 'Ningún depósito visto' },
  unknown: { en: 'Not known yet', es: 'Aún desconocido' },
} as const;

/** "Bone (by biopsy)" / "Bone (by imaging only)". */
export function tissueSummary(t: TissueQuestion): { en: string; es: string } {
  const l = TISSUE_LABELS[t.answer];
  if (t.answer === 'bone' || t.answer === 'calcium') {
    return t.byHistology
      ? { en: `${l.en} (by biopsy)`, es: `${l.es} (por biopsia)` }
      : { en: `${l.en} (by imaging only)`, es: `${l.es} (solo por imagen)` };
  }
  return l;
}
