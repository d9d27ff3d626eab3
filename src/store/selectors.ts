import { useMemo } from 'react';
import type { Case } from '../domain/case/schema';
import { assess } from '../domain/engine/assess';
import type { Assessment } from '../domain/engine/types';
import { assessSafely } from './deferred-assessment';
import { today } from './clock';
import { useSettings } from './settings';

export { useCase, useCaseList } from './case-queries';

/**
 * The engine's assessment of a case for today. Advice and conclusions are derived here on every
 * change and never stored, so they always match the rules of the running app version. The date
 * is read on each render (cheap) so a tab left open past midnight gets today's timing.
 */
export function useAssessment(c: Case | undefined): Assessment | undefined {
  const day = today();
  // This site's settings (available investigations) are an input to the engine.
  const site = useSettings((s) => s.site);
  return useMemo(() => (c ? assessSafely(assess, c, day, site) : undefined), [c, day, site]);
}
