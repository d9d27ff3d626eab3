import { describe, expect, it } from 'vitest';
import { ANALYTES, unitsOf } from './analytes';
import { LAB_ANALYTES, LAB_UNITS } from './schema';

describe('each lab analyte is one entry of the analyte table', () => {
  it.each(LAB_ANALYTES)(
    '%s: every unit the case takes has its factor, LOINC and UCUM code, and exactly one is the working unit',
    (a) => {
      expect(unitsOf(a).map(([u]) => u)).toEqual([...LAB_UNITS[a]]);
      expect(unitsOf(a).filter(([, f]) => f.toWorking === 1)).toHaveLength(1);
      for (const [, f] of unitsOf(a)) {
        expect(f.loinc.code).toMatch(/^\d+-\d$/);
        expect(f.ucum).not.toBe('');
      }
    },
  );

  it('a cited reference interval is in the working unit and inside the entry limits (MSD Manual: "Calcium 8.5–10.5 mg/dL", "Creatinine 0.6–1.2 mg/dL"; Davis\'s: phosphorus "Adult 2.5–4.5 mg/dL")', () => {
    const cited = LAB_ANALYTES.filter((a) => ANALYTES[a].referenceRange !== null);
    expect(cited).toEqual(['calcium', 'phosphate', 'creatinine']);
    for (const a of cited) {
      const range = ANALYTES[a].referenceRange!;
      const working = unitsOf(a).find(([, f]) => f.toWorking === 1)?.[0];
      expect(range.unit).toBe(working);
      expect(range.low).toBeGreaterThan(ANALYTES[a].plausible.low);
      expect(range.high).toBeLessThan(ANALYTES[a].plausible.high);
    }
  });

  it('no LOINC code names two analytes or two units, so a record read-in finds exactly one place for each result', () => {
    const codes = LAB_ANALYTES.flatMap((a) => unitsOf(a).map(([, f]) => f.loinc.code));
    expect(new Set(codes).size).toBe(codes.length);
  });
});
