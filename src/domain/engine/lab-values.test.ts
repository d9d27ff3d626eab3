import { describe, expect, it } from 'vitest';
import { emptyCase } from '../case/fixtures';
import { assess } from './assess';
import { readLab, TO_WORKING_UNIT } from './lab-values';
import { labPicture } from './labs';
import { patientPicture } from './patient';
import { withPatient, withStudies } from './test-helpers';

const TODAY = '2026-11-25';
const base = emptyCase(TODAY, 60);
const labs = (l: Record<string, unknown>) =>
  withStudies(base, { labs: { status: 'done', ...l } as never });

describe('HAZ-04 lab values are read with their unit, converted and checked for plausibility', () => {
  it('HAZ-04 conversion factors match the SI tables (Young 1987: Ca mg/dL × 0.2495, P × 0.3229, creatinine × 88.4)', () => {
    expect(1 / TO_WORKING_UNIT.calcium['mmol/L']!).toBeCloseTo(0.2495, 4);
    expect(1 / TO_WORKING_UNIT.phosphate['mmol/L']!).toBeCloseTo(0.3229, 4);
    expect(1 / TO_WORKING_UNIT.creatinine['µmol/L']!).toBeCloseTo(88.4, 6);
    const ca = readLab('calcium', { value: 2.35, unit: 'mmol/L' });
    expect(ca.status === 'ok' && ca.working).toBeCloseTo(9.42, 2);
  });

  it('HAZ-04 a calcium of 12 mg/dL without the lab flag is high against the cited adult range (MSD: 8.5–10.5 mg/dL)', () => {
    const c = labs({ calcium: { value: 12, unit: 'mg/dL' } });
    const p = labPicture(c, patientPicture(c));
    expect(p.flags.map((f) => f.id)).toContain('high-calcium-or-phosphate');
    const flag = p.flags.find((f) => f.id === 'high-calcium-or-phosphate')!;
    expect(flag.reason.refs).toContain('msd-blood-tests');
    expect(flag.reason.text.en).toMatch(/reference interval 8\.5–10\.5 mg\/dL/);
  });

  it("HAZ-21 the lab's own flag overrides the app's reference interval", () => {
    const c = labs({
      calcium: { value: 10.7, unit: 'mg/dL', flag: 'normal' },
      phosphate: { value: 3, unit: 'mg/dL', flag: 'normal' },
    });
    const p = labPicture(c, patientPicture(c));
    expect(p.flags).toEqual([]);
    expect(p.normal).toBe(true);
  });

  it('HAZ-04 a calcium of 9.4 entered as mmol/L is refused with a message naming the unit, and gives no Ca×P', () => {
    const c = labs({
      calcium: { value: 9.4, unit: 'mmol/L' },
      phosphate: { value: 3.5, unit: 'mg/dL' },
    });
    const r = readLab('calcium', c.studies.labs.calcium);
    expect(r.status).toBe('implausible');
    if (r.status !== 'implausible') return;
    expect(r.message.en).toMatch(/Calcium 9\.4 mmol\/L is outside 1–4\.99 mmol\/L/);
    expect(r.message.en).toMatch(/as mg\/dL it would be plausible/);
    expect(r.message.es).toMatch(/en mg\/dL sería plausible/);
    const a = assess(c, TODAY);
    expect(a.labFlags.some((f) => /product/.test(f.text.en))).toBe(false);
    expect(a.labInputProblems).toHaveLength(1);
  });

  it('HAZ-20 extreme but real values are accepted: calcium 18 mg/dL, phosphate 0.5 mg/dL, creatinine 15 mg/dL, ALP 3000 U/L', () => {
    expect(readLab('calcium', { value: 18, unit: 'mg/dL' }).status).toBe('ok');
    expect(readLab('calcium', { value: 4.5, unit: 'mmol/L' }).status).toBe('ok');
    expect(readLab('phosphate', { value: 0.5, unit: 'mg/dL' }).status).toBe('ok');
    expect(readLab('creatinine', { value: 15, unit: 'mg/dL' }).status).toBe('ok');
    expect(readLab('creatinine', { value: 1300, unit: 'µmol/L' }).status).toBe('ok');
    expect(readLab('alp', { value: 3000, unit: 'U/L' }).status).toBe('ok');
  });

  it('HAZ-04 a calcium of 2.4 mg/dL (a mmol/L value with the wrong unit) is refused', () => {
    expect(readLab('calcium', { value: 2.4, unit: 'mg/dL' }).status).toBe('implausible');
  });

  it('HAZ-04 a value without a unit is not used and says so', () => {
    const r = readLab('phosphate', { value: 3.2 });
    expect(r.status).toBe('no-unit');
  });

  it('HAZ-04 creatinine is read: 2.0 mg/dL or 180 µmol/L raises calciphylaxis; 180 "mg/dL" is refused', () => {
    for (const creatinine of [
      { value: 2.0, unit: 'mg/dL' },
      { value: 180, unit: 'µmol/L' },
    ]) {
      const a = assess(labs({ creatinine }), TODAY);
      expect(a.differential.find((d) => d.id === 'calciphylaxis')?.weight).toBe('raised');
    }
    expect(readLab('creatinine', { value: 180, unit: 'mg/dL' }).status).toBe('implausible');
  });

  it('HAZ-04 an implausible value never reaches the reasoning: the assessment equals the one without it', () => {
    const withBad = labs({ calcium: { value: 40, unit: 'mg/dL' }, phosphate: { flag: 'normal' } });
    const without = labs({ phosphate: { flag: 'normal' } });
    const { labInputProblems, openItems, ...a } = assess(withBad, TODAY);
    const { labInputProblems: none, openItems: openB, ...b } = assess(without, TODAY);
    expect(labInputProblems).toHaveLength(1);
    expect(none).toEqual([]);
    expect(a).toEqual(b);
    // The only difference is that the refused value is listed as open.
    expect(openItems).toEqual([...openB, ...labInputProblems]);
  });
});

describe('HAZ-12 an isolated low calcium does not raise metastatic calcinosis', () => {
  it('HAZ-12 low calcium alone is flagged as unexpected in SCHO, without raising metastatic calcinosis (eMedicine: high Ca, P or Ca×P)', () => {
    const a = assess(labs({ calcium: { flag: 'low' }, phosphate: { flag: 'normal' } }), TODAY);
    expect(a.labFlags).toHaveLength(1);
    expect(a.labFlags[0]?.text.en).toMatch(/not the pattern of metastatic calcinosis/);
    expect(a.differential.find((d) => d.id === 'metastatic-calcinosis')?.weight).not.toBe('raised');
  });

  it('HAZ-12 low calcium with high phosphate raises the pseudohypoparathyroidism pattern (Linglart 2018)', () => {
    const a = assess(labs({ calcium: { flag: 'low' }, phosphate: { flag: 'high' } }), TODAY);
    expect(a.differential.find((d) => d.id === 'aho-php')?.weight).toBe('raised');
  });

  it('HAZ-12 kidney disease still raises calciphylaxis', () => {
    const a = assess(withPatient(base, { ckd: 'stage-unknown' }), TODAY);
    expect(a.differential.find((d) => d.id === 'calciphylaxis')?.weight).toBe('raised');
  });
});
