import { useMemo } from 'react';
import type { Case } from '../domain/case/schema';
import { assess } from '../domain/engine/assess';
import type { Assessment } from '../domain/engine/types';
import { useCases } from './cases';
import { today } from './clock';

/** One case by id (undefined when there is no such case). */
export const useCase = (caseId: string | undefined): Case | undefined =>
  useCases((s) => (caseId ? s.cases[caseId] : undefined));

/** The cases in list order. */
export function useCaseList(): Case[] {
  const cases = useCases((s) => s.cases);
  const order = useCases((s) => s.order);
  return useMemo(
    () => order.map((id) => cases[id]).filter((c): c is Case => c !== undefined),
    [cases, order],
  );
}

/**
 * The engine's assessment of a case for today. Advice and conclusions are derived here on every
 * change and never stored, so they always match the rules of the running app version. The date
 * is read on each render (cheap) so a tab left open past midnight gets today's timing.
 */
export function useAssessment(c: Case | undefined): Assessment | undefined {
  const day = today();
  return useMemo(() => (c ? safeAssess(c, day) : undefined), [c, day]);
}

export const useCaseAssessment = (caseId: string | undefined): Assessment | undefined =>
  useAssessment(useCase(caseId));

/** The engine is pure and tested, but a page must never crash on an odd case: fail soft. */
function safeAssess(c: Case, day: string): Assessment | undefined {
  try {
    return assess(c, day);
  } catch (err) {
    console.error('assess failed', err);
    return undefined;
  }
}
