import type { StoreApi } from 'zustand';
import type { FieldError } from '../domain/case/errors';
import { LABEL_MAX_LENGTH, labelSkeleton, normaliseLabel } from '../domain/case/label';
import type { Case } from '../domain/case/schema';
import { nowIso, today } from './clock';
import { stamp } from './edit-stamp';
import type { CasesState } from './cases';
import { caseParser, NOT_CHECKED, save } from './sync-start';

/* The plain functions the slices share (cases-slice.ts, undo-slice.ts, sync-slice.ts). */

export const newId = (): string =>
  typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** A label as it is saved: one line, nothing hidden (see domain/case/label.ts), within the limit. */
export const cleanLabel = (label: string): string =>
  normaliseLabel(label).slice(0, LABEL_MAX_LENGTH);

/**
 * "Bed 12" → "Bed 12 (2)" when "Bed 12" is taken, and so on. `used` holds the labels' skeletons
 * (what they look like), so "Bеd 12" with a Cyrillic е is taken when "Bed 12" is.
 */
export function uniqueLabel(label: string, used: ReadonlySet<string>): string {
  const base = cleanLabel(label) || 'Case';
  if (!used.has(labelSkeleton(base))) return base;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, LABEL_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!used.has(labelSkeleton(candidate))) return candidate;
  }
}
/** The skeletons of the labels in use. */
export const labelsOf = (cases: Record<string, Case>) =>
  new Set(Object.values(cases).map((c) => labelSkeleton(c.label)));

/** Did an error come from one of the fields being changed? */
const touches = (e: FieldError, paths: readonly string[]) =>
  paths.some((p) => e.path === p || e.path.startsWith(`${p}.`) || e.path.startsWith(`${p}[`));

/**
 * Validate a changed case. The stored case was valid, so every structural error comes from the
 * patch; date-in-the-future checks are limited to the fields being changed so that a clock set
 * back cannot block edits to unrelated fields.
 */
export function validatePatch(
  candidate: unknown,
  paths: readonly string[],
): { ok: true; value: Case } | { ok: false; errors: FieldError[] } {
  const parser = caseParser();
  if (!parser) return { ok: false, errors: [NOT_CHECKED] };
  const { parseCase, crossFieldErrors } = parser;
  const parsed = parseCase(candidate);
  if (!parsed.ok) return { ok: false, errors: [...parsed.errors] };
  const cross = crossFieldErrors(parsed.value, today()).filter((e) => touches(e, paths));
  return cross.length ? { ok: false, errors: cross } : { ok: true, value: parsed.value };
}

/** Rank for a case placed first, or last. */
export const firstRank = (s: Pick<CasesState, 'order' | 'ranks'>) =>
  s.order.length ? (s.ranks[s.order[0]!] ?? 0) - 1 : 0;
export const lastRank = (s: Pick<CasesState, 'order' | 'ranks'>) =>
  s.order.length ? (s.ranks[s.order[s.order.length - 1]!] ?? 0) + 1 : 0;

/** A case that has just come into being here (created, copied, restored): no tombstone. */
export const alive = (s: Pick<CasesState, 'deleted'>, id: string) => {
  const deleted = { ...s.deleted };
  delete deleted[id];
  return deleted;
};

/** Replace one case (stamping updatedAt, and the edit stamp of each changed field); save it. */
export function putCase(
  set: StoreApi<CasesState>['setState'],
  c: Case,
  paths: readonly string[],
): void {
  const st = stamp();
  set((s) => ({
    cases: { ...s.cases, [c.id]: { ...c, updatedAt: nowIso() } },
    stamps: {
      ...s.stamps,
      [c.id]: { ...s.stamps[c.id], ...Object.fromEntries(paths.map((p) => [p, st])) },
    },
  }));
  save(c.id);
}
