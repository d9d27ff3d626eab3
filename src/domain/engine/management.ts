import { MANAGEMENT } from '../evidence/management';
import type { RuleContext } from './context';
import type { Conclusion, ManagementItem } from './types';

/**
 * Which of the registry's management notes apply to each working conclusion. The seed: "there is
 * no effective treatment and debridement or excision is recommended, if possible. In other cases
 * of SCHO diltiazem, probenecid, minocycline, aluminium hydroxide and bisphosphonates have been
 * used …; sodium thiosulfate may be an option for dystrophic calcification."
 */
const BY_CONCLUSION: Readonly<Record<Conclusion, readonly string[]>> = {
  'confirmed-scho': [
    'early-detection',
    'debridement-excision',
    'agents-other-scho',
    'diltiazem-most-reported',
  ],
  'probable-scho': [
    'early-detection',
    'debridement-excision',
    'agents-other-scho',
    'diltiazem-most-reported',
  ],
  calcification: ['early-detection', 'sodium-thiosulfate', 'debridement-excision'],
  atypical: [],
  'insufficient-data': ['early-detection'],
};

export function management(ctx: RuleContext): ManagementItem[] {
  const ids = new Set(BY_CONCLUSION[ctx.interpretation.conclusion]);
  // Whenever a biopsy may still be taken, the wound-healing caveat travels with it.
  if (ctx.c.studies.biopsy.status !== 'done') ids.add('biopsy-wound-healing');
  return MANAGEMENT.filter((m) => ids.has(m.id)).map((m) => ({
    id: m.id,
    reason: {
      text: m.statement.text,
      refs: m.statement.refs,
      ...(m.statement.extrapolated ? { extrapolated: true } : {}),
    },
  }));
}
