import { describe, expect, it } from 'vitest';
import { afterImport, refusedForSpace } from './import-state';

const added = (id: string) => ({ kind: 'added', id, label: `Bed ${id}`, tidied: false }) as const;

describe('where an import leaves the panel', () => {
  it('a file that adds one new case offers to open that case', () => {
    expect(afterImport('case.json', { ok: true, outcomes: [added('1')], saved: true })).toEqual({
      kind: 'done',
      id: '1',
      label: 'Bed 1',
      tidied: false,
      saved: true,
    });
  });

  it('a file of several cases, or one case already here, lists what became of each', () => {
    const several = afterImport('all.json', {
      ok: true,
      outcomes: [added('1'), added('2')],
      saved: false,
    });
    expect(several).toMatchObject({ kind: 'done-all', file: 'all.json', saved: false });
    const same = { kind: 'same', id: '1', label: 'Bed 1', tidied: false } as const;
    expect(afterImport('all.json', { ok: true, outcomes: [same], saved: true })).toMatchObject({
      kind: 'done-all',
      outcomes: [same],
    });
  });

  it('a refused file keeps its name, the problem and every field error', () => {
    const errors = [{ path: 'patient.age', message: 'must be a number' }];
    expect(afterImport('bad.json', { ok: false, problem: 'invalid-case', errors })).toEqual({
      kind: 'error',
      file: 'bad.json',
      problem: 'invalid-case',
      errors,
    });
  });

  it('a file larger than the space left is refused before it is read, with the MB left rounded down', () => {
    const file = { name: 'all.json', size: 5_000_000 };
    expect(refusedForSpace(file, 4_999_999)).toEqual({
      kind: 'error',
      file: 'all.json',
      problem: 'too-large-all',
      errors: [],
      freeMb: 4,
    });
    expect(refusedForSpace(file, 5_000_000)).toBeUndefined();
    expect(refusedForSpace(file, undefined)).toBeUndefined();
  });
});
