import { describe, expect, it } from 'vitest';
import { IMAGING_IDS, MODALITY_IDS } from '../../evidence/types';
import { kindOf, MODALITY_CORES, READ_ORDER } from '../../modalities';
import { NEXT_STEP_RULES } from '../next-step';
import { NEXT_STEP_ORDER, STUDY_ADVICE } from '.';

describe('each study declares its advice, and the sequence is assembled from the registry', () => {
  it('every rule of the sequence exists exactly once, tried in the order of the pathway', () => {
    expect(NEXT_STEP_RULES.map((r) => r.id)).toEqual([...NEXT_STEP_ORDER]);
  });

  it("a study's own rules suggest that study's step (or complete), never another study's", () => {
    for (const id of MODALITY_IDS) {
      for (const rule of STUDY_ADVICE[id].nextSteps) {
        if (typeof rule.step === 'string') expect([MODALITY_CORES[id].step]).toContain(rule.step);
      }
    }
  });

  it('after uptake alone, the studies that can show the mineral are tried as the sources order them (seed: "a study that can see mineral comes next: ultrasound, or a plain film from day 14 after onset"; CT shows the plaques)', () => {
    const after = READ_ORDER.filter((id) => STUDY_ADVICE[id].afterUptake !== null);
    expect(after).toEqual(['ultrasound', 'xray', 'ct']);
  });

  it('the radiation cautions travel with the film, the bone scan and CT, and with no other study (ACR relative radiation levels)', () => {
    const ionising = MODALITY_IDS.filter((id) => STUDY_ADVICE[id].ionising !== null);
    expect(ionising).toEqual(['xray', 'scintigraphy', 'ct']);
  });

  it("the explorer's imaging studies are exactly the registry's imaging modalities", () => {
    expect([...IMAGING_IDS]).toEqual(MODALITY_IDS.filter((id) => kindOf(id) === 'imaging'));
  });
});
