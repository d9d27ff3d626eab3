import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { arbitraryCase } from '../domain/case/arbitraries';
import { newCase, parseCase } from '../domain/case/parse';
import type { Case } from '../domain/case/schema';
import {
  canonicalJson,
  fieldPaths,
  getField,
  mergeCasesData,
  nextStamp,
  setField,
  type MergeableData,
  type Stamp,
} from './merge';

const T0 = Date.parse('2026-03-10T08:00:00.000Z');
const iso = (tick: number) => new Date(T0 + tick * 1000).toISOString();

const empty = (): MergeableData => ({
  cases: {},
  order: [],
  currentStep: {},
  quarantine: [],
  stamps: {},
  deleted: {},
});

/** A tab: its copy of the data and its clock, doing what the store's actions do. */
class Tab {
  data: MergeableData = empty();
  last: Stamp = '';
  conflicts: { caseId: string; path: string; mine: unknown; theirs: unknown }[] = [];
  constructor(readonly id: string) {}
  stamp(tick: number): Stamp {
    this.last = nextStamp(this.last, iso(tick), this.id);
    return this.last;
  }
  create(caseId: string, label: string, tick: number) {
    const s = this.stamp(tick);
    const c = newCase(caseId, label, iso(tick));
    this.data = {
      ...this.data,
      cases: { ...this.data.cases, [caseId]: c },
      order: [caseId, ...this.data.order],
      stamps: { ...this.data.stamps, [caseId]: { '': s } },
    };
  }
  edit(caseId: string, path: string, value: unknown, tick: number) {
    const c = this.data.cases[caseId];
    if (!c) return;
    const s = this.stamp(tick);
    this.data = {
      ...this.data,
      cases: { ...this.data.cases, [caseId]: setField(c, path, value) },
      stamps: { ...this.data.stamps, [caseId]: { ...this.data.stamps[caseId], [path]: s } },
    };
  }
  remove(caseId: string, tick: number) {
    if (!this.data.cases[caseId]) return;
    const s = this.stamp(tick);
    const cases = { ...this.data.cases };
    delete cases[caseId];
    const stamps = { ...this.data.stamps };
    delete stamps[caseId];
    this.data = {
      ...this.data,
      cases,
      stamps,
      order: this.data.order.filter((x) => x !== caseId),
      deleted: { ...this.data.deleted, [caseId]: s },
    };
  }
  /** Another tab's copy arrives (the storage event): it is primary, ours fills in. */
  receive(remote: MergeableData) {
    const r = mergeCasesData(remote, this.data, this.id);
    this.data = r.data;
    if (r.newest > this.last) this.last = r.newest;
    this.conflicts.push(...r.conflicts);
  }
}

const core = (d: MergeableData) =>
  canonicalJson({ cases: d.cases, stamps: d.stamps, deleted: d.deleted });

describe('merge: the scenarios of two tabs', () => {
  it('two tabs each create a case: both cases survive, in both tabs', () => {
    const a = new Tab('tabA');
    const b = new Tab('tabB');
    a.create('x', 'Bed 1', 1);
    b.create('y', 'Bed 2', 1);
    b.receive(a.data);
    a.receive(b.data);
    expect(Object.keys(a.data.cases).sort()).toEqual(['x', 'y']);
    expect(core(a.data)).toBe(core(b.data));
    expect(a.data.order).toEqual(b.data.order);
  });

  it('different fields of one case edited in two tabs: both edits kept, no conflict', () => {
    const a = new Tab('tabA');
    const b = new Tab('tabB');
    a.create('x', 'Bed 1', 1);
    b.receive(a.data);
    a.edit('x', 'patient.age', 70, 2);
    b.edit('x', 'studies.xray.status', 'done', 2);
    a.receive(b.data);
    b.receive(a.data);
    expect(a.data.cases.x?.patient.age).toBe(70);
    expect(a.data.cases.x?.studies.xray.status).toBe('done');
    expect(core(a.data)).toBe(core(b.data));
    expect(a.conflicts).toEqual([]);
    expect(b.conflicts).toEqual([]);
  });

  it('the same field in both: the later edit wins and the other tab is told its value', () => {
    const a = new Tab('tabA');
    const b = new Tab('tabB');
    a.create('x', 'Bed 1', 1);
    b.receive(a.data);
    a.edit('x', 'patient.age', 70, 2);
    b.edit('x', 'patient.age', 72, 3);
    a.receive(b.data);
    b.receive(a.data);
    expect(a.data.cases.x?.patient.age).toBe(72);
    expect(b.data.cases.x?.patient.age).toBe(72);
    expect(a.conflicts).toEqual([
      { caseId: 'x', label: 'Bed 1', path: 'patient.age', mine: 70, theirs: 72 },
    ]);
    expect(b.conflicts).toEqual([]);
  });

  it('a value this tab received and another tab then changes is an update, not a conflict', () => {
    const a = new Tab('tabA');
    const b = new Tab('tabB');
    a.create('x', 'Bed 1', 1);
    a.edit('x', 'patient.age', 70, 2);
    b.receive(a.data);
    a.edit('x', 'patient.age', 71, 3);
    b.receive(a.data);
    expect(b.data.cases.x?.patient.age).toBe(71);
    expect(b.conflicts).toEqual([]);
  });

  it('a delete in one tab wins over older edits, and an edit after it keeps the case', () => {
    const a = new Tab('tabA');
    const b = new Tab('tabB');
    a.create('x', 'Bed 1', 1);
    a.create('y', 'Bed 2', 1);
    b.receive(a.data);
    b.edit('x', 'patient.age', 70, 2);
    a.receive(b.data);
    a.remove('x', 3);
    a.remove('y', 3);
    b.edit('y', 'patient.age', 50, 4); // edited in B after A deleted it: nothing typed is lost
    b.receive(a.data);
    a.receive(b.data);
    expect(Object.keys(a.data.cases)).toEqual(['y']);
    expect(a.data.cases.y?.patient.age).toBe(50);
    expect(core(a.data)).toBe(core(b.data));
  });

  it("an edit in another tab after a delete brings back that tab's copy of the case", () => {
    const a = new Tab('tabA');
    const b = new Tab('tabB');
    a.create('x', 'Bed 1', 1);
    b.receive(a.data);
    a.edit('x', 'patient.age', 70, 2);
    a.remove('x', 3);
    b.edit('x', 'patient.sex', 'female', 4);
    a.receive(b.data);
    expect(a.data.cases.x?.patient).toEqual({ sex: 'female' });
    expect(a.data.deleted).toEqual({});
  });

  it('a field cleared in one tab stays cleared after the merge', () => {
    const a = new Tab('tabA');
    const b = new Tab('tabB');
    a.create('x', 'Bed 1', 1);
    a.edit('x', 'patient.age', 70, 2);
    b.receive(a.data);
    b.edit('x', 'patient.age', undefined, 3);
    a.receive(b.data);
    expect(a.data.cases.x?.patient).not.toHaveProperty('age');
  });

  it('reads and writes fields by path', () => {
    const c = newCase('x', 'Bed 1', iso(0));
    const d = setField(setField(c, 'patient.age', 70), 'studies.labs.calcium', { value: 9.4 });
    expect(getField(d, 'patient.age')).toBe(70);
    expect(getField(d, 'studies.labs.calcium')).toEqual({ value: 9.4 });
    expect(fieldPaths(d)).toEqual(expect.arrayContaining(['label', 'patient.age']));
    expect(c.patient).toEqual({});
  });

  it('stamps order edits even when the clock stands still or goes back', () => {
    const s1 = nextStamp('', iso(5), 'tabA');
    const s2 = nextStamp(s1, iso(5), 'tabA');
    const s3 = nextStamp(s2, iso(1), 'tabA');
    expect(s1 < s2 && s2 < s3).toBe(true);
    expect(nextStamp(s3, iso(6), 'tabB') > s3).toBe(true);
  });
});

/* ------------------------------------------------------------------------------------------ */
/* Properties: random edits by random tabs, delivered in random order.                        */
/* ------------------------------------------------------------------------------------------ */

const CASE_IDS = ['c1', 'c2', 'c3', 'c4'] as const;
const FIELDS: readonly { path: string; values: fc.Arbitrary<unknown> }[] = [
  { path: 'label', values: fc.constantFrom('Bed 1', 'Bed 2', 'Ward 3') },
  { path: 'patient.age', values: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }) },
  { path: 'patient.ceap', values: fc.constantFrom('C4a', 'C4b', 'C6', undefined) },
  { path: 'studies.xray.status', values: fc.constantFrom('done', 'planned', 'skipped') },
  {
    path: 'studies.labs.calcium',
    values: fc.option(fc.record({ value: fc.integer({ min: 0, max: 20 }) }), { nil: undefined }),
  },
];

type Op =
  | { kind: 'create'; tab: number; caseId: string }
  | { kind: 'edit'; tab: number; caseId: string; path: string; value: unknown }
  | { kind: 'delete'; tab: number; caseId: string }
  | { kind: 'sync'; from: number; to: number };

const TABS = 3;
const tabIndex = fc.integer({ min: 0, max: TABS - 1 });
const caseId = fc.constantFrom(...CASE_IDS);
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('create' as const), tab: tabIndex, caseId }),
  },
  {
    weight: 6,
    arbitrary: fc
      .record({ tab: tabIndex, caseId, field: fc.constantFrom(...FIELDS) })
      .chain(({ tab, caseId: id, field }) =>
        field.values.map((value) => ({
          kind: 'edit' as const,
          tab,
          caseId: id,
          path: field.path,
          value,
        })),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), tab: tabIndex, caseId }),
  },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('sync' as const), from: tabIndex, to: tabIndex }),
  },
);

/** Run the ops (each at its own tick, two ops sometimes sharing one), then sync everyone. */
function run(ops: readonly Op[]) {
  const tabs = Array.from({ length: TABS }, (_, i) => new Tab(`tab${i}`));
  /** Every edit made, with its stamp: the ground truth the merge must honour. */
  const edits: { caseId: string; path: string; value: unknown; stamp: Stamp }[] = [];
  const created = new Set<string>();
  const deletes: { caseId: string; stamp: Stamp }[] = [];
  ops.forEach((o, i) => {
    const tick = Math.floor(i / 2);
    if (o.kind === 'sync') {
      if (o.from !== o.to) tabs[o.to]?.receive((tabs[o.from] as Tab).data);
      return;
    }
    const tab = tabs[o.tab] as Tab;
    if (o.kind === 'create') {
      if (created.has(o.caseId)) return;
      tab.create(o.caseId, o.caseId, tick);
      created.add(o.caseId);
    } else if (o.kind === 'edit') {
      if (!tab.data.cases[o.caseId]) return;
      tab.edit(o.caseId, o.path, o.value, tick);
      edits.push({ caseId: o.caseId, path: o.path, value: o.value, stamp: tab.last });
    } else if (tab.data.cases[o.caseId]) {
      tab.remove(o.caseId, tick);
      deletes.push({ caseId: o.caseId, stamp: tab.last });
    }
  });
  // Everyone hears from everyone, twice round (what the storage events do).
  for (let round = 0; round < 2; round += 1) {
    for (const to of tabs) for (const from of tabs) if (to !== from) to.receive(from.data);
  }
  return { tabs, edits, created, deletes };
}

describe('merge: properties', () => {
  test.prop([fc.array(op, { maxLength: 60 })], { numRuns: 300 })(
    'all tabs converge; each surviving field holds its latest edit; every case stays valid',
    (ops) => {
      const { tabs, edits, deletes } = run(ops);
      const [first, ...rest] = tabs as [Tab, ...Tab[]];
      for (const t of rest) expect(core(t.data)).toBe(core(first.data));
      for (const t of rest) expect([...t.data.order].sort()).toEqual([...first.data.order].sort());
      expect([...first.data.order].sort()).toEqual(Object.keys(first.data.cases).sort());

      for (const c of Object.values(first.data.cases)) {
        expect(parseCase(c).ok).toBe(true);
        for (const f of FIELDS) {
          const latest = edits
            .filter((e) => e.caseId === c.id && e.path === f.path)
            .sort((x, y) => (x.stamp < y.stamp ? -1 : 1))
            .at(-1);
          // A case deleted in one tab and then edited in another comes back as that other tab's
          // copy: edits made before the delete, in the deleting tab only, went with the delete.
          const deletedAfter = deletes.some(
            (d) => d.caseId === c.id && latest && d.stamp > latest.stamp,
          );
          if (latest && !deletedAfter) expect(getField(c, f.path)).toEqual(latest.value);
        }
      }
    },
  );

  test.prop([fc.array(op, { maxLength: 60 })], { numRuns: 200 })(
    'no case is lost unless a tab deleted it after its last edit',
    (ops) => {
      const { tabs, edits, created } = run(ops);
      const final = (tabs[0] as Tab).data;
      const deletes = new Map<string, Stamp>();
      for (const t of tabs) {
        for (const [id, s] of Object.entries(t.data.deleted)) {
          if ((deletes.get(id) ?? '') < s) deletes.set(id, s);
        }
      }
      for (const id of created) {
        if (final.cases[id]) continue;
        // Missing: then a tombstone must exist and be newer than every edit of that case.
        const d = deletes.get(id);
        expect(d).toBeDefined();
        for (const e of edits) if (e.caseId === id) expect(e.stamp < (d as Stamp)).toBe(true);
      }
    },
  );

  const TODAY = '2026-03-10';
  const stamped = (c: Case, tab: string, tick: number) => {
    let last = '';
    const stamps: Record<string, Stamp> = {};
    for (const p of fieldPaths(c)) {
      last = nextStamp(last, iso(tick), tab);
      stamps[p] = last;
    }
    return stamps;
  };
  const copyOf = (c: Case, tab: string, tick: number): MergeableData => ({
    ...empty(),
    cases: { [c.id]: c },
    order: [c.id],
    stamps: { [c.id]: stamped(c, tab, tick) },
  });

  test.prop([arbitraryCase(TODAY), arbitraryCase(TODAY), fc.integer({ min: 0, max: 3 })])(
    'merging is commutative and idempotent, and the merged case is valid',
    (a, b0, tick) => {
      const b = { ...b0, id: a.id };
      const da = copyOf(a, 'tabA', 1);
      const db = copyOf(b, 'tabB', tick);
      const ab = mergeCasesData(da, db).data;
      const ba = mergeCasesData(db, da).data;
      expect(core(ab)).toBe(core(ba));
      expect(core(mergeCasesData(ab, ab).data)).toBe(core(ab));
      expect(core(mergeCasesData(ab, da).data)).toBe(core(ab));
      expect(parseCase(ab.cases[a.id]).ok).toBe(true);
    },
  );

  test.prop([arbitraryCase(TODAY), arbitraryCase(TODAY), arbitraryCase(TODAY)])(
    'merging is associative',
    (a, b0, c0) => {
      const da = copyOf(a, 'tabA', 1);
      const db = copyOf({ ...b0, id: a.id }, 'tabB', 1);
      const dc = copyOf({ ...c0, id: a.id }, 'tabC', 2);
      const left = mergeCasesData(mergeCasesData(da, db).data, dc).data;
      const right = mergeCasesData(da, mergeCasesData(db, dc).data).data;
      expect(core(left)).toBe(core(right));
    },
  );
});
