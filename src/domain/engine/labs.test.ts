import { describe, expect, it } from 'vitest';
import { emptyCase } from '../case/fixtures';
import { LAB_ANALYTES, type LabAnalyte } from '../case/schema';
import { ABNORMAL_RAISES, labPicture } from './labs';
import { patientPicture } from './patient';
import { withStudies } from './test-helpers';

const TODAY = '2026-11-25';

/** Labs done, every analyte flagged normal by the lab except these. */
function labsWith(flags: Partial<Record<LabAnalyte, 'low' | 'high'>>) {
  const labs = Object.fromEntries(
    LAB_ANALYTES.map((a) => [a, { flag: flags[a] ?? 'normal' }]),
  ) as Record<LabAnalyte, { flag: 'low' | 'high' | 'normal' }>;
  return withStudies(emptyCase(TODAY, 60), { labs: { status: 'done', ...labs } as never });
}

const raised = (flags: Partial<Record<LabAnalyte, 'low' | 'high'>>) => {
  const c = labsWith(flags);
  return labPicture(c, patientPicture(c)).flags.map((f) => f.id);
};

describe('what an abnormal lab value can raise is declared per analyte', () => {
  it('no single value outside its range raises a flag its analyte does not list', () => {
    for (const a of LAB_ANALYTES) {
      for (const side of ['low', 'high'] as const) {
        for (const id of raised({ [a]: side })) expect(ABNORMAL_RAISES[a]).toContain(id);
      }
    }
  });

  it('each flag an analyte lists is raised by some abnormal value of it, alone or with one other', () => {
    // The pseudohypoparathyroidism pattern needs a low calcium with a high phosphate or PTH
    // (Linglart 2018); the Ca×P product needs values, not flags, and is tested with values
    // (lab-values.test.ts), so it is left out here.
    const sides = ['low', 'high'] as const;
    for (const a of LAB_ANALYTES) {
      const seen = new Set<string>();
      for (const side of sides) {
        for (const id of raised({ [a]: side })) seen.add(id);
        for (const b of LAB_ANALYTES.filter((x) => x !== a)) {
          for (const other of sides) {
            // Only what appears with a's value that the other value alone does not raise.
            const alone = raised({ [b]: other });
            for (const id of raised({ [a]: side, [b]: other }))
              if (!alone.includes(id)) seen.add(id);
          }
        }
      }
      for (const id of ABNORMAL_RAISES[a].filter((f) => f !== 'caxp-high'))
        expect(seen, `${a} → ${id}`).toContain(id);
    }
  });

  it('alkaline phosphatase out of range raises nothing: it is shown with the labs as context', () => {
    expect(raised({ alp: 'high' })).toEqual([]);
    expect(raised({ alp: 'low' })).toEqual([]);
  });
});
