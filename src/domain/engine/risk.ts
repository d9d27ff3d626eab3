import type { Case } from '../case/schema';
import { reason } from '../reason';
import type { RiskFactor, RiskProfile } from './types';

/** CEAP C4a or worse: skin changes or ulcer, where subcutaneous calcification was found (JVS-VL). */
export const ADVANCED_CEAP: ReadonlySet<string> = new Set(['C4a', 'C4b', 'C4c', 'C5', 'C6', 'C6r']);

/**
 * Seed: SCHO "mainly affects women over the age of 50 years old and obese, with long-term CVI".
 * JVS-VL duplex study: subcutaneous calcification only at CEAP C4a–C6 (24/95 legs), none at
 * C1–C3. Each factor is true, false, or null when not recorded — never guessed.
 */
export function riskProfile(c: Case): RiskProfile {
  const p = c.patient;
  const factors: RiskFactor[] = [
    {
      id: 'female',
      present: p.sex === undefined ? null : p.sex === 'female',
      label: { en: 'Woman', es: 'Mujer' },
    },
    {
      id: 'over-50',
      present: p.age === undefined ? null : p.age > 50,
      label: { en: 'Over 50 years old', es: 'Mayor de 50 años' },
    },
    {
      id: 'obesity',
      present: p.obesity ?? null,
      label: { en: 'Obesity', es: 'Obesidad' },
    },
    {
      id: 'long-standing-cvi',
      present: p.longStandingCvi ?? null,
      label: {
        en: 'Long-standing chronic venous insufficiency',
        es: 'Insuficiencia venosa crónica de larga evolución',
      },
    },
    {
      id: 'ceap-c4-plus',
      present: p.ceap === undefined ? null : ADVANCED_CEAP.has(p.ceap),
      label: {
        en: 'CEAP C4a or worse (skin changes, ulcer)',
        es: 'CEAP C4a o superior (cambios cutáneos, úlcera)',
      },
    },
  ];
  const presentCount = factors.filter((f) => f.present === true).length;
  const recordedCount = factors.filter((f) => f.present !== null).length;
  return {
    factors,
    presentCount,
    recordedCount,
    reason: reason(
      {
        en: `${presentCount} of 5 risk features present (${recordedCount} recorded). SCHO mainly affects obese women over 50 with long-term CVI, but it also occurs outside this profile (the patient in the case report is a man), so the profile frames suspicion and never rules it out.`,
        es: `${presentCount} de 5 rasgos de riesgo presentes (${recordedCount} registrados). La osificación subcutánea afecta sobre todo a mujeres obesas mayores de 50 años con insuficiencia venosa de larga evolución, pero también fuera de este perfil (el paciente del caso es un varón): el perfil orienta la sospecha y nunca la descarta.`,
      },
      ['garcia-arpa-2020', 'jvs-vl-cvd-calcification'],
    ),
  };
}
