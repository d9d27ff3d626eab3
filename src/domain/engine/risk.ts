import type { Case } from '../case/schema';
import { reason } from '../reason';
import type { RiskFactor, RiskProfile } from './types';
import { said, localized } from '../words';

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
      label: localized(said('engine.risk.woman')),
    },
    {
      id: 'over-50',
      present: p.age === undefined ? null : p.age > 50,
      label: localized(said('engine.risk.over-50')),
    },
    {
      id: 'obesity',
      present: p.obesity ?? null,
      label: localized(said('engine.risk.obesity')),
    },
    {
      id: 'long-standing-cvi',
      present: p.longStandingCvi ?? null,
      label: localized(said('engine.risk.long-standing-cvi')),
    },
    {
      id: 'ceap-c4-plus',
      present: p.ceap === undefined ? null : ADVANCED_CEAP.has(p.ceap),
      label: localized(said('engine.risk.ceap-c4a-or-worse')),
    },
  ];
  const presentCount = factors.filter((f) => f.present === true).length;
  const recordedCount = factors.filter((f) => f.present !== null).length;
  return {
    factors,
    presentCount,
    recordedCount,
    reason: reason(
      said('engine.risk.summary', { present: presentCount, recorded: recordedCount }),
      ['garcia-arpa-2020', 'jvs-vl-cvd-calcification'],
    ),
  };
}
