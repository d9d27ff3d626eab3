import { describe, expect, it } from 'vitest';
import { emptyCase, seedCase } from '../case/fixtures';
import { addDays } from '../dates';
import { assess } from './assess';
import { allSkipped, withPatient, withStudies } from './test-helpers';

const TODAY = '2026-11-25';
const seed = seedCase(TODAY);
const base = emptyCase(TODAY, 60);
const normalLabs = {
  status: 'done',
  calcium: { flag: 'normal' },
  phosphate: { flag: 'normal' },
} as const;

describe('HAZ-01 histology that disagrees with imaging is never settled silently', () => {
  // Seed: biopsy "is the test of choice"; ultrasound ossification shows "hyperechogenic images
  // with a posterior acoustic shadow". A small biopsy can miss the bone.
  const c = withStudies(base, {
    labs: normalLabs,
    ultrasound: { status: 'done', pattern: 'hyperechoic-shadowing' },
    biopsy: { status: 'done', histology: 'calcification-without-bone' },
  });
  const a = assess(c, TODAY);

  it('HAZ-01 biopsy calcium beside ultrasound bone: "findings disagree", with what resolves it', () => {
    expect(a.interpretation.conclusion).toBe('findings-disagree');
    const d = a.interpretation.discordances.find((x) => x.id === 'biopsy-calcium-imaging-bone');
    expect(d?.status).toBe('unresolved');
    expect(d?.resolve.text.en).toMatch(/deeper or larger biopsy/);
  });

  it('HAZ-01 the workup is not "complete", imaging is not "not appropriate", no sodium thiosulfate', () => {
    expect(a.nextStep.ruleId).toBe('resolve-discordance');
    expect(a.advice.ultrasound.band).toBe('done');
    expect(a.advice.xray.band).not.toBe('usually-not-appropriate');
    expect(a.management.map((m) => m.id)).not.toContain('sodium-thiosulfate');
    expect(a.openItems.some((r) => /deeper or larger biopsy/.test(r.text.en))).toBe(true);
  });

  it('HAZ-01 the reverse (bone on biopsy, only calcium on imaging) is noted and the bone stands', () => {
    const r = assess(
      withStudies(base, {
        labs: normalLabs,
        ultrasound: { status: 'done', pattern: 'less-echogenic-deposits' },
        biopsy: { status: 'done', histology: 'ossification' },
      }),
      TODAY,
    );
    expect(r.interpretation.conclusion).toBe('confirmed-scho');
    expect(r.interpretation.discordances).toEqual([
      expect.objectContaining({ id: 'biopsy-bone-imaging-calcium', status: 'noted' }),
    ]);
  });
});

describe('HAZ-02 contradicting imaging is surfaced', () => {
  it('HAZ-02 ultrasound bone beside a normal film on day 30: findings disagree, not "probable"', () => {
    const c = withStudies(base, {
      labs: normalLabs,
      ultrasound: { status: 'done', pattern: 'hyperechoic-shadowing' },
      xray: { status: 'done', pattern: 'normal', date: addDays(TODAY, -30) },
    });
    const a = assess(c, TODAY);
    expect(a.interpretation.conclusion).toBe('findings-disagree');
    expect(
      a.interpretation.tissue.evidenceAgainst.some((r) => /X-ray normal on day 30/.test(r.text.en)),
    ).toBe(true);
    // Engine 3 (HAZ-32): a film on day 30 is inside the 2–6 weeks it lagged in other HO, so the
    // later film that settles it comes first, with the biopsy as the option that cannot wait.
    expect(a.nextStep.step).toBe('xray');
    expect(a.nextStep.options?.map((o) => o.modality)).toContain('biopsy');
  });

  it('HAZ-02 a normal film before day 14 does not contradict bone (seed: it "may not show alterations until 10–14 days")', () => {
    const early = emptyCase(TODAY, 12);
    const c = withStudies(early, {
      labs: normalLabs,
      ultrasound: { status: 'done', pattern: 'hyperechoic-shadowing' },
      xray: { status: 'done', pattern: 'normal', date: addDays(TODAY, -2) },
    });
    expect(assess(c, TODAY).interpretation.conclusion).toBe('probable-scho');
  });

  it('HAZ-02 X-ray bone beside CT showing only amorphous calcium: findings disagree', () => {
    const c = withStudies(base, {
      labs: normalLabs,
      xray: { status: 'done', pattern: 'reticulated-bone-density' },
      ct: { status: 'done', pattern: 'amorphous-calcification' },
    });
    const a = assess(c, TODAY);
    expect(a.interpretation.conclusion).toBe('findings-disagree');
    expect(a.interpretation.discordances[0]?.id).toBe('imaging-bone-vs-imaging-calcium');
  });
});

describe('HAZ-03 lab flags do not override histology', () => {
  it('HAZ-03 Ca×P just over 55 or a CKD tick keeps biopsy-proven bone confirmed, with its management notes', () => {
    for (const c of [
      withPatient(seed, { ckd: 'stage-unknown' }),
      withStudies(seed, {
        labs: {
          status: 'done',
          calcium: { value: 10, unit: 'mg/dL', flag: 'normal' },
          phosphate: { value: 5.6, unit: 'mg/dL', flag: 'normal' },
        },
      }),
    ]) {
      const a = assess(c, TODAY);
      expect(a.interpretation.conclusion).toBe('confirmed-scho');
      expect(a.interpretation.context.length).toBeGreaterThan(0);
      expect(a.management.map((m) => m.id)).toContain('debridement-excision');
    }
  });
});

describe('HAZ-05 the X-ray window is not overclaimed', () => {
  it('HAZ-05 after day 14 a normal film "lowers but does not remove" the suspicion', () => {
    const c = withStudies(base, {
      xray: { status: 'done', pattern: 'normal', date: addDays(TODAY, -40) },
    });
    const w = assess(c, TODAY).timing.warnings.find((x) => x.id === 'xray-normal-lowers');
    expect(w?.reason.text.en).toMatch(/lowers the suspicion but does not remove it/);
  });

  it('HAZ-05 an onset eight years ago gives no "day 2920"', () => {
    const c = emptyCase(TODAY, 2920);
    const a = assess(c, TODAY);
    const texts = [a.nextStep.reason, ...Object.values(a.advice).flatMap((m) => m.reasons)].map(
      (r) => r.text.en,
    );
    expect(texts.join(' ')).not.toMatch(/2920/);
    expect(a.advice.xray.reasons[0]?.text.en).toMatch(/More than a year after onset .*approximate/);
  });
});

describe('HAZ-07 low suspicion may end the workup', () => {
  it('HAZ-07 CEAP C2, normal skin, normal ultrasound and labs: no further test, and no biopsy of CVI skin', () => {
    const c = withStudies(withPatient(base, { ceap: 'C2', skin: ['normal'] }), {
      labs: normalLabs,
      ultrasound: { status: 'done', pattern: 'normal' },
    });
    const a = assess(c, TODAY);
    expect(a.nextStep.ruleId).toBe('low-suspicion');
    expect(a.nextStep.step).toBe('complete');
    expect(a.nextStep.reason.text.en).toMatch(
      /no further test is suggested; reconsider if it changes/,
    );
    expect(a.advice.biopsy.band).toBe('usually-not-appropriate');
  });
});

describe('HAZ-09 the history entered is used', () => {
  it('HAZ-09 the seed case concludes confirmed SCHO with prior DVT and immobility as contributors ("immobility due to right hemiplegia … and chiefly left TVP")', () => {
    const a = assess(seed, TODAY);
    expect(a.interpretation.conclusion).toBe('confirmed-scho');
    expect(a.contributors.map((r) => r.text.en)).toEqual([
      expect.stringMatching(/Prior deep vein thrombosis/),
      expect.stringMatching(/Immobility/),
    ]);
  });

  it('HAZ-09 periostitis on the X-ray is a contributor ("may be associated with periostitis due to CVI")', () => {
    const c = withStudies(base, {
      xray: { status: 'done', pattern: 'reticulated-bone-density', periostitis: true },
    });
    expect(assess(c, TODAY).contributors.some((r) => /Periostitis/.test(r.text.en))).toBe(true);
  });
});

describe('HAZ-10 skin necrosis escalates', () => {
  it('HAZ-10 necrosis makes the case atypical and puts the calciphylaxis labs first', () => {
    const c = withPatient(emptyCase(TODAY, 20), { age: 70, skin: ['necrosis'] });
    const a = assess(c, TODAY);
    expect(a.interpretation.conclusion).toBe('atypical');
    // Engine 3 (HAZ-28): with kidney function not recorded the labs come first and are urgent.
    expect(a.nextStep.ruleId).toBe('calciphylaxis-urgent');
    expect(a.nextStep.step).toBe('labs');
    expect(a.differential[0]).toMatchObject({ id: 'calciphylaxis', weight: 'raised' });
    // Kidney disease excluded: still the labs first, without the urgency.
    const noCkd = assess(withPatient(c, { ckd: 'none', dialysis: 'no' }), TODAY);
    expect(noCkd.nextStep.ruleId).toBe('necrosis-labs-first');
  });
});

describe('HAZ-11 "with normal labs" is never printed when the labs are missing', () => {
  it('HAZ-11 calcium on imaging without labs does not claim normal labs', () => {
    const c = withStudies(base, {
      ultrasound: { status: 'done', pattern: 'less-echogenic-deposits' },
    });
    const a = assess(c, TODAY);
    const d = a.differential.find((x) => x.id === 'dystrophic-calcinosis');
    expect(d?.why.text.en).not.toMatch(/with normal labs/);
  });
});

describe('HAZ-13 sodium thiosulfate waits for the labs ("an option for dystrophic calcification")', () => {
  it('HAZ-13 calcification on biopsy with labs not done: no sodium thiosulfate yet', () => {
    const c = withStudies(base, {
      biopsy: { status: 'done', histology: 'calcification-without-bone' },
    });
    expect(assess(c, TODAY).management.map((m) => m.id)).not.toContain('sodium-thiosulfate');
  });
});

describe('HAZ-14 each management note sits in its own setting', () => {
  it('HAZ-14 the diltiazem figure (calcinosis in connective-tissue disease, Bălănescu 2014) is not shown for bone', () => {
    expect(assess(seed, TODAY).management.map((m) => m.id)).not.toContain(
      'diltiazem-most-reported',
    );
  });
});

describe('HAZ-15 skipping everything does not read as "every useful study is done"', () => {
  it('HAZ-15 all studies skipped: the question is still open', () => {
    const c = allSkipped(withPatient(base, { age: 60 }));
    const n = assess(c, TODAY).nextStep;
    expect(n.ruleId).toBe('nothing-left-question-open');
    expect(n.reason.text.en).toMatch(/7 were set aside and the question is still open/);
  });
});

describe('HAZ-16 a non-diagnostic biopsy and a missing phosphate are open items', () => {
  it('HAZ-16 both are listed', () => {
    const c = withStudies(base, {
      labs: { status: 'done', calcium: { flag: 'normal' } },
      biopsy: { status: 'done', histology: 'non-diagnostic' },
    });
    const open = assess(c, TODAY).openItems.map((r) => r.text.en);
    expect(open).toContain(
      'Biopsy non-diagnostic: the tissue question is still open; a repeat biopsy from the deposit, or imaging that can tell bone from calcium, resolves it.',
    );
    expect(open).toContain('Labs: phosphate not recorded.');
  });
});

describe('HAZ-17 no negative days', () => {
  it('HAZ-17 a film dated before onset is a dating warning, never "day -5"', () => {
    const c = withStudies(base, {
      xray: { status: 'done', pattern: 'normal', date: addDays(TODAY, -65) },
    });
    const a = assess(c, TODAY);
    expect(a.timing.warnings.map((w) => w.id)).toContain('xray-before-onset');
    expect(JSON.stringify(a)).not.toMatch(/day -\d/i);
  });

  it('HAZ-17 an onset in the future gives no day count', () => {
    const c = withPatient(base, { onsetDate: addDays(TODAY, 10) });
    const a = assess(c, TODAY);
    expect(a.timing.daysSinceOnset).toBeNull();
    expect(a.timing.warnings.map((w) => w.id)).toContain('onset-in-future');
  });
});
