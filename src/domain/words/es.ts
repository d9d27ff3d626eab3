import type { Catalogue } from './types';

/**
 * Every clinical statement the app makes, in Spanish, under the codes of the English catalogue
 * (`en.ts`, which says how the catalogues are used). Typed `Catalogue`: the compiler names a
 * missing code, an extra one, or a sentence that takes other parameters.
 */
export const es: Catalogue = {
  // ── motor: el siguiente paso ─────────────────────────────────────────────────────────────
  'next.history-first':
    'Registre primero la historia: la fecha de inicio marca cuándo hacer la radiografía y el perfil de riesgo (mujeres mayores de 50 años, obesidad, insuficiencia venosa de larga evolución) enmarca la sospecha.',
};
