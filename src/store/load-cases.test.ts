import { describe, expect, it } from 'vitest';
import { newCase } from '../domain/case/new-case';
import { loadCases } from './load-cases';

/*
 * Reading the localStorage envelope of the versions before IndexedDB (and the page-closing
 * journal, which uses the same envelope): whatever state it is in, everything that can be read
 * is kept, and what cannot is kept verbatim aside and named, never dropped.
 */

const at = '2026-03-01T09:00:00.000Z';
const valid = (id: string, label = id) => newCase(id, label, at);
const envelope = (state: unknown, version: unknown = 1) => JSON.stringify({ state, version });
const stampOf = (day: number) => `2026-03-0${day}T09:00:00.000Z|0000|oldtab00`;

describe('loadCases: the envelope of earlier versions', () => {
  it('nothing saved: no cases and nothing to report', () => {
    expect(loadCases(null)).toEqual({
      data: { cases: {}, order: [], currentStep: {}, quarantine: [], stamps: {}, deleted: {} },
      version: null,
    });
  });

  it('text that is not JSON: nothing read, and the problem says why', () => {
    const { data, problem } = loadCases('{"state":{"cases":');
    expect(data.order).toEqual([]);
    expect(problem).toMatchObject({ kind: 'corrupt-json', recovered: 0, unreadable: 1 });
    expect(problem?.details).toMatch(/^The saved data is not valid JSON \(.+\)\.$/);
  });

  it('reads every case with its order, steps, stamps and tombstones, and its version', () => {
    const a = valid('a', 'Bed 1');
    const b = valid('b', 'Bed 2');
    const c = valid('c', 'Bed 3');
    const result = loadCases(
      envelope({
        cases: { a, b, c },
        // An unknown id, a repeated one and a number are left out; c, not mentioned, comes last.
        order: ['b', 'ghost', 'b', 7, 'a'],
        currentStep: { a: 'labs', b: 'not-a-step', ghost: 'xray' },
        quarantine: [],
        stamps: { a: { '': stampOf(1), 'patient.age': stampOf(2), bad: 3 }, ghost: {} },
        // A tombstone for a case that is in the list is not one.
        deleted: { gone: stampOf(3), a: stampOf(4), odd: 5 },
      }),
    );
    expect(result.problem).toBeUndefined();
    expect(result.version).toBe(1);
    expect(result.data.order).toEqual(['b', 'a', 'c']);
    expect(result.data.cases).toEqual({ a, b, c });
    expect(result.data.currentStep).toEqual({ a: 'labs' });
    expect(result.data.stamps).toEqual({ a: { '': stampOf(1), 'patient.age': stampOf(2) } });
    expect(result.data.deleted).toEqual({ gone: stampOf(3) });
  });

  it('a hand-edited list of cases: read, with two entries of one id both kept under distinct ids', () => {
    const first = valid('x', 'First');
    const second = valid('x', 'Second');
    const { data, problem } = loadCases(envelope({ cases: [first, second], order: ['x'] }));
    expect(Object.values(data.cases).map((c) => c.label)).toEqual(['First', 'Second']);
    expect(data.order).toEqual(['x', 'x-2']);
    expect(problem).toMatchObject({ kind: 'wrong-shape', recovered: 2, unreadable: 0 });
    expect(problem?.details).toBe(
      'The saved data has an unexpected shape: "cases" is a list instead of a record.',
    );
  });

  it('names every shape problem it met, in order', () => {
    expect(loadCases('[]').problem?.details).toBe(
      'The saved data has an unexpected shape: the saved value is not an object.',
    );
    expect(loadCases('{"state":{"cases":{},"order":{}}}').problem?.details).toBe(
      'The saved data has an unexpected shape: it has no version number; "order" is not a list.',
    );
    expect(loadCases('{"version":1}').problem?.details).toBe(
      'The saved data has an unexpected shape: it has no "state" object.',
    );
    expect(loadCases(envelope({ order: [] })).problem?.details).toBe(
      'The saved data has an unexpected shape: "cases" is missing or not a record.',
    );
  });

  it('keeps unreadable cases, earlier quarantine and an unreadable Undo slot verbatim, and names them', () => {
    const bad = { ...valid('bad'), patient: { age: 'sixty' } };
    const { data, problem } = loadCases(
      envelope({
        cases: { ok: valid('ok', 'Fine'), bad },
        order: ['ok'],
        quarantine: [{ key: 'cases.old', raw: { id: 1 }, errors: ['is wrong', 2] }, 'stray'],
        lastDeleted: { case: { id: 'half' }, index: 0 },
      }),
    );
    expect(data.order).toEqual(['ok']);
    expect(data.quarantine.map((q) => q.key)).toEqual([
      'cases.old',
      'quarantine',
      'cases.bad',
      'lastDeleted',
    ]);
    expect(data.quarantine[0]).toEqual({ key: 'cases.old', raw: { id: 1 }, errors: ['is wrong'] });
    expect(data.quarantine[1]).toEqual({
      key: 'quarantine',
      raw: 'stray',
      errors: ['unrecognised entry'],
    });
    expect(data.quarantine[2]?.raw).toEqual(bad);
    expect(data.quarantine[3]?.raw).toEqual({ id: 'half' });
    expect(data.lastDeleted).toBeUndefined();
    expect(problem).toMatchObject({ kind: 'some-cases-unreadable', recovered: 1, unreadable: 1 });
    expect(problem?.details).toMatch(/^1 saved case\(s\) could not be read: cases\.bad \(.+\)\.$/);
  });

  it('entries quarantined earlier are still reported when every case now reads', () => {
    const { problem } = loadCases(
      envelope({
        cases: { ok: valid('ok') },
        order: ['ok'],
        quarantine: [{ key: 'cases.old', raw: {}, errors: [] }],
      }),
    );
    expect(problem).toEqual({
      kind: 'some-cases-unreadable',
      details: '1 entry(ies) that could not be read earlier are still kept aside.',
      recovered: 1,
      unreadable: 1,
    });
  });

  it('reads the Undo slot when it holds a case not in the list, at its place or last', () => {
    const kept = valid('kept');
    const gone = valid('gone', 'Deleted before');
    const read = (lastDeleted: unknown) =>
      loadCases(envelope({ cases: { kept }, order: ['kept'], lastDeleted })).data.lastDeleted;
    expect(read({ case: gone, index: 0 })).toEqual({ case: gone, index: 0 });
    expect(read({ case: gone })).toEqual({ case: gone, index: 1 });
    expect(read({ case: kept, index: 0 })).toBeUndefined();
  });

  it('data from a newer version: what can be read is read, the version is not taken, and the problem says so', () => {
    const { data, version, problem } = loadCases(
      envelope({ cases: { a: valid('a') }, order: ['a'] }, 2),
    );
    expect(data.order).toEqual(['a']);
    expect(version).toBeNull();
    expect(problem).toEqual({
      kind: 'future-version',
      details: 'The saved data has version 2; this app understands version 1.',
      recovered: 1,
      unreadable: 0,
    });
  });
});
