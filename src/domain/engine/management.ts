import { MANAGEMENT } from '../evidence/management';
import type { RuleContext } from './context';
import type { Conclusion, ManagementItem } from './types';

/**
 * Which of the registry's management notes apply to each working conclusion. The seed: "there is
 * no effective treatment and debridement or excision is recommended, if possible. In other cases
 * of SCHO diltiazem, probenecid, minocycline, aluminium hydroxide and bisphosphonates have been
 * used …; sodium thiosulfate may be an option for dystrophic calcification."
 *
 * Each note goes only where its setting fits: the diltiazem figure comes from
 * calcinosis in connective-tissue disease (Bălănescu 2014), so it sits with calcification, not
 * with bone; sodium thiosulfate and diltiazem are for *dystrophic* calcification, i.e. with normal
 * labs, so they wait until the labs are known and normal.
 */
const BY_CONCLUSION: Readonly<Record<Conclusion, readonly string[]>> = {
  'confirmed-scho': ['early-detection', 'debridement-excision', 'agents-other-scho'],
  'probable-scho': ['early-detection', 'debridement-excision', 'agents-other-scho'],
  calcification: ['early-detection', 'debridement-excision'],
  'findings-disagree': ['early-detection'],
  atypical: [],
  'insufficient-data': ['early-detection'],
};

/** Notes for dystrophic calcification: only once the labs are known to be normal. */
const DYSTROPHIC_ONLY = ['sodium-thiosulfate', 'diltiazem-most-reported'] as const;

export function management(ctx: RuleContext): ManagementItem[] {
  const ids = new Set(BY_CONCLUSION[ctx.interpretation.conclusion]);
  if (ctx.interpretation.conclusion === 'calcification' && ctx.labs.normal) {
    for (const id of DYSTROPHIC_ONLY) ids.add(id);
  }
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
