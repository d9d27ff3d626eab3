import type { Case } from '../domain/case/schema';
import type { StepId } from '../domain/engine/types';
import {
  canonicalJson,
  getField,
  setField,
  stampTab,
  type FieldConflict,
  type Stamp,
} from './stamps';

export { canonicalJson, getField, nextStamp, setField, type Stamp } from './stamps';

/*
 * Merging two copies of the saved cases: this tab's and the one another tab just wrote.
 *
 * Pure functions, no storage and no clock: the store hands in both copies and writes the result.
 *
 * The unit of merging is the FIELD, at the granularity the forms save: the label, each key of
 * `patient` and each key of each study (a lab value with its unit and flag is one field). Every
 * save records a stamp for the fields it changed; a stamp orders edits (time, a per-tab counter,
 * the tab's id) and says which tab made them. Merging picks, field by field, the value with the
 * newer stamp, so two tabs editing different fields of one case both keep their edits, and the
 * same field edited in both keeps the later one. A deletion is a stamped tombstone, never just an
 * absence: a case missing from one copy is kept unless that copy deleted it after the last edit.
 *
 * The merge of the cases, fields, tombstones and stamps is commutative, associative and
 * idempotent (property tests in merge.test.ts), so any number of tabs writing in any order end
 * up with the same cases.
 */

interface SyncMeta {
  /** Per case id, per field path: the stamp of the field's last edit. The key `''` is the
   * case's own existence (created, duplicated, imported or restored). */
  stamps: Record<string, Record<string, Stamp>>;
  /** Deleted case ids, with the stamp of the deletion. */
  deleted: Record<string, Stamp>;
}

/** The parts of the saved envelope that take part in a merge (see load-cases.ts). */
export interface MergeableData extends SyncMeta {
  cases: Record<string, Case>;
  order: string[];
  currentStep: Record<string, StepId>;
  quarantine: { key: string; raw: unknown; errors: readonly string[] }[];
  lastDeleted?: { case: Case; index: number };
}

export interface MergeResult<D extends MergeableData> {
  readonly data: D;
  readonly conflicts: FieldConflict[];
  /** The newest stamp seen in either copy (the caller's clock moves past it). */
  readonly newest: Stamp;
}

/** The mergeable fields of a case, as paths: `label`, `patient.<key>`, `studies.<id>.<key>`. */
export function fieldPaths(c: Case): string[] {
  const paths = ['label'];
  for (const k of Object.keys(c.patient)) paths.push(`patient.${k}`);
  for (const [sid, study] of Object.entries(c.studies)) {
    for (const k of Object.keys(study)) paths.push(`studies.${sid}.${k}`);
  }
  return paths;
}

const same = (a: unknown, b: unknown) => a === b || canonicalJson(a) === canonicalJson(b);

const maxStamp = (stamps: Record<string, Stamp> | undefined): Stamp => {
  let max = '';
  for (const s of Object.values(stamps ?? {})) if (s > max) max = s;
  return max;
};

/** Is the case alive: edited, created or restored after its deletion (if any)? */
const alive = (stamps: Record<string, Stamp> | undefined, deleted: Stamp | undefined) =>
  deleted === undefined || maxStamp(stamps) > deleted;

/** Merge one case present in both copies, field by field. */
function mergeCase(
  a: Case,
  aStamps: Record<string, Stamp>,
  b: Case,
  bStamps: Record<string, Stamp>,
  tab: string | undefined,
  conflicts: FieldConflict[],
): { value: Case; stamps: Record<string, Stamp> } {
  const paths = new Set([
    ...fieldPaths(a),
    ...fieldPaths(b),
    ...Object.keys(aStamps),
    ...Object.keys(bStamps),
  ]);
  paths.delete('');
  let value: Case = a;
  const stamps: Record<string, Stamp> = {};
  const exist = [aStamps[''], bStamps['']].filter((s): s is Stamp => !!s).sort();
  if (exist.length) stamps[''] = exist[exist.length - 1] as Stamp;
  const lost: Omit<FieldConflict, 'label'>[] = [];
  for (const path of [...paths].sort()) {
    const sa = aStamps[path] ?? '';
    const sb = bStamps[path] ?? '';
    const va = getField(a, path);
    const vb = getField(b, path);
    // Newer stamp wins; equal stamps (an unstamped field in both) fall back to the data itself,
    // so the result does not depend on which copy is "a".
    const bWins = sb > sa || (sb === sa && canonicalJson(vb ?? null) > canonicalJson(va ?? null));
    const win = bWins ? vb : va;
    const winStamp = bWins ? sb : sa;
    const loseStamp = bWins ? sa : sb;
    if (winStamp) stamps[path] = winStamp;
    if (!same(win, va)) value = setField(value, path, win);
    if (tab && !same(va, vb) && stampTab(loseStamp) === tab && stampTab(winStamp) !== tab) {
      lost.push({ caseId: a.id, path, mine: bWins ? va : vb, theirs: win });
    }
  }
  const updatedAt = a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt;
  if (value.updatedAt !== updatedAt) value = { ...value, updatedAt };
  if (b.createdAt < value.createdAt) value = { ...value, createdAt: b.createdAt };
  // The conflicts name the case by its merged label.
  for (const c of lost) conflicts.push({ ...c, label: value.label });
  return { value, stamps };
}

/** `secondary`'s ids missing from `base`, each placed after its predecessor in `secondary`. */
function mergeOrder(base: string[], secondary: string[], keep: (id: string) => boolean): string[] {
  const out = base.filter(keep);
  const seen = new Set(out);
  let prev: string | undefined;
  for (const id of secondary) {
    if (keep(id) && !seen.has(id)) {
      const at = prev === undefined ? 0 : out.indexOf(prev) + 1;
      out.splice(at, 0, id);
      seen.add(id);
    }
    if (seen.has(id)) prev = id;
  }
  return out;
}

/**
 * Merge two copies of the saved data. Cases, fields, tombstones and stamps merge symmetrically;
 * for what is not stamped (the list order, the step each case was left on, the undo slot)
 * `primary` wins and `secondary` fills in. `tab` is this tab's id: fields it wrote that lose to
 * another tab's later edit are returned as conflicts, so the user can be told.
 */
export function mergeCasesData<D extends MergeableData>(
  primary: D,
  secondary: MergeableData,
  tab?: string,
): MergeResult<D> {
  const conflicts: FieldConflict[] = [];
  const deleted: Record<string, Stamp> = { ...secondary.deleted };
  for (const [id, s] of Object.entries(primary.deleted)) {
    if (!deleted[id] || s > deleted[id]) deleted[id] = s;
  }
  let newest = '';
  for (const d of [primary, secondary]) {
    for (const s of Object.values(d.deleted)) if (s > newest) newest = s;
    for (const st of Object.values(d.stamps)) {
      const m = maxStamp(st);
      if (m > newest) newest = m;
    }
  }

  const cases: Record<string, Case> = {};
  const stamps: Record<string, Record<string, Stamp>> = {};
  const ids = [...new Set([...Object.keys(primary.cases), ...Object.keys(secondary.cases)])];
  for (const id of ids.sort()) {
    const p = primary.cases[id];
    const s = secondary.cases[id];
    const ps = primary.stamps[id] ?? {};
    const ss = secondary.stamps[id] ?? {};
    let merged: { value: Case; stamps: Record<string, Stamp> };
    if (p && s) merged = mergeCase(p, ps, s, ss, tab, conflicts);
    else if (p) merged = { value: p, stamps: { ...ss, ...ps } };
    else merged = { value: s as Case, stamps: { ...ps, ...ss } };
    if (!alive(merged.stamps, deleted[id])) continue;
    cases[id] = merged.value;
    if (Object.keys(merged.stamps).length) stamps[id] = merged.stamps;
    delete deleted[id];
  }

  const isAlive = (id: string) => cases[id] !== undefined;
  const order = mergeOrder(primary.order, secondary.order, isAlive);
  for (const id of Object.keys(cases).sort()) if (!order.includes(id)) order.push(id);

  const currentStep: Record<string, StepId> = {};
  for (const [id, step] of Object.entries({ ...secondary.currentStep, ...primary.currentStep })) {
    if (isAlive(id)) currentStep[id] = step;
  }

  const quarantine = [...primary.quarantine];
  const seenQ = new Set(quarantine.map((q) => `${q.key}\u0000${canonicalJson(q.raw)}`));
  for (const q of secondary.quarantine) {
    const k = `${q.key}\u0000${canonicalJson(q.raw)}`;
    if (!seenQ.has(k)) {
      quarantine.push(q);
      seenQ.add(k);
    }
  }

  const undo = primary.lastDeleted ?? secondary.lastDeleted;
  const lastDeleted = undo && !isAlive(undo.case.id) ? undo : undefined;

  const data = {
    ...primary,
    cases,
    order,
    currentStep,
    quarantine,
    stamps,
    deleted,
  } as D;
  if (lastDeleted) data.lastDeleted = lastDeleted;
  else delete data.lastDeleted;
  return { data, conflicts, newest };
}
