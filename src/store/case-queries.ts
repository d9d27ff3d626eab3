import { useMemo } from 'react';
import type { Case } from '../domain/case/schema';
import { useCases } from './cases';

/*
 * Queries for the first page (the case list). A case card's assessment is in
 * `deferred-assessment.ts`, which loads the engine after the first paint; pages that are lazy
 * chunks themselves use `selectors.ts`.
 */
/**
 * One case by id (undefined when there is no such case). The pages that show a case are lazy
 * routes, which wait for the saved cases to be read (`casesReady`, src/app/routes.tsx), so a deep
 * link to a saved case never says "not found" for a case that is only not read yet.
 */
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
