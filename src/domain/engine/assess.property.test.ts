import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { arbitraryCase } from '../case/arbitraries';
import { parseCase } from '../case/parse';
import { addDays } from '../dates';
import { getReference } from '../evidence';
import { MODALITY_IDS } from '../evidence/types';
import { assess } from './assess';
import { BANDS, CONCLUSIONS, STEP_IDS, type Reason } from './types';

const TODAY = '2026-11-25';
const anyCase = arbitraryCase(TODAY);
/** Assessment dates from the case's "today" up to a year later. */
const laterDate = fc.integer({ min: 0, max: 365 }).map((d) => addDays(TODAY, d));

function allReasons(a: ReturnType<typeof assess>): Reason[] {
  return [
    a.nextStep.reason,
    ...Object.values(a.advice).flatMap((m) => m.reasons),
    ...a.timing.warnings.map((w) => w.reason),
    ...a.interpretation.drivers,
    ...a.differential.map((d) => d.why),
    a.risk.reason,
    ...a.management.map((m) => m.reason),
    ...a.openItems,
    ...a.labFlags,
  ];
}

describe('assess over any valid case', () => {
  test.prop([anyCase])('the generator only makes schema-valid cases', (c) => {
    expect(parseCase(c, TODAY).ok).toBe(true);
  });

  test.prop([anyCase, laterDate])('never throws and returns exactly one next step', (c, date) => {
    const a = assess(c, date);
    expect([...STEP_IDS, 'complete']).toContain(a.nextStep.step);
    expect(a.nextStep.ruleId).toBeTruthy();
  });

  test.prop([anyCase, laterDate])('is deterministic for the same case and date', (c, date) => {
    expect(assess(c, date)).toEqual(assess(structuredClone(c), date));
  });

  test.prop([anyCase, laterDate])(
    'gives every modality a band and one known conclusion',
    (c, date) => {
      const a = assess(c, date);
      for (const id of MODALITY_IDS) expect(BANDS).toContain(a.advice[id].band);
      expect(CONCLUSIONS).toContain(a.interpretation.conclusion);
    },
  );

  test.prop([anyCase, laterDate])(
    'cites only references that exist, and says everything in both languages',
    (c, date) => {
      for (const r of allReasons(assess(c, date))) {
        for (const id of r.refs) expect(getReference(id), id).toBeDefined();
        expect(r.text.en.length).toBeGreaterThan(0);
        expect(r.text.es.length).toBeGreaterThan(0);
      }
    },
  );

  test.prop([anyCase, laterDate])(
    'never recommends a study the clinician has done, planned, skipped or deferred',
    (c, date) => {
      const step = assess(c, date).nextStep.step;
      const studies =
        step === 'ctmri'
          ? (['ct', 'mri'] as const)
          : step === 'patient' || step === 'summary' || step === 'complete'
            ? []
            : [step];
      if (step === 'ctmri') {
        expect(studies.some((id) => c.studies[id].status === 'not-started')).toBe(true);
      } else {
        for (const id of studies) expect(c.studies[id].status).toBe('not-started');
      }
    },
  );

  test.prop([anyCase])('a confirmed conclusion always rests on a biopsy showing bone', (c) => {
    const a = assess(c, TODAY);
    if (a.interpretation.conclusion === 'confirmed-scho') {
      expect(c.studies.biopsy.status).toBe('done');
      expect(c.studies.biopsy.histology).toBe('ossification');
    }
  });
});
