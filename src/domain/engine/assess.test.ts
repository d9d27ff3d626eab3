import { describe, expect, it } from 'vitest';
import { emptyCase, seedCase } from '../case/fixtures';
import { assess } from './assess';
import { withPatient, withStudies } from './test-helpers';

const TODAY = '2026-11-25';
const seed = seedCase(TODAY);

describe('the seed patient (García-Arpa 2020)', () => {
  const a = assess(seed, TODAY);

  it('is confirmed SCHO: "ossification in the deep dermis and fat" on biopsy, the test of choice', () => {
    expect(a.interpretation.conclusion).toBe('confirmed-scho');
    expect(a.interpretation.drivers[0]?.text.en).toMatch(/Biopsy/);
    expect(a.interpretation.drivers.some((d) => /reticulated/.test(d.text.en))).toBe(true);
    expect(a.interpretation.drivers.some((d) => /trabecular/.test(d.text.en))).toBe(true);
  });

  it('raises no lab flags: "phosphor-calcium metabolism … normal"', () => {
    expect(a.labFlags).toEqual([]);
  });

  it('suggests nothing more: biopsy and CT already answered the question', () => {
    expect(a.nextStep.step).toBe('complete');
    expect(a.nextStep.ruleId).toBe('biopsy-answered');
  });

  it('rates more diagnostic imaging as not appropriate once the biopsy has answered', () => {
    // Seed: biopsy "is the test of choice"; the seed patient never had an ultrasound.
    expect(a.advice.ultrasound.band).toBe('usually-not-appropriate');
    expect(a.advice.ultrasound.reasons[0]?.text.en).toMatch(
      /biopsy, the test of choice, has already answered/i,
    );
    expect(a.advice.mri.band).toBe('may-be-appropriate');
  });

  it('lists the management the source supports: "debridement or excision is recommended, if possible"', () => {
    const ids = a.management.map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining(['debridement-excision', 'agents-other-scho', 'early-detection']),
    );
    expect(ids).not.toContain('biopsy-wound-healing');
  });

  it('records the risk profile without guessing what was not recorded', () => {
    const byId = Object.fromEntries(a.risk.factors.map((f) => [f.id, f.present]));
    expect(byId).toEqual({
      female: false,
      'over-50': true,
      obesity: null,
      'long-standing-cvi': true,
      'ceap-c4-plus': null,
    });
    expect(a.risk.presentCount).toBe(2);
    expect(a.risk.recordedCount).toBe(3);
  });

  it('is three months past onset, so the X-ray timing warning does not apply', () => {
    expect(a.timing.daysSinceOnset).toBe(91);
    expect(a.timing.warnings.map((w) => w.id)).not.toContain('xray-too-early');
  });

  it('carries the engine version and the date', () => {
    expect(a.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(a.asOf).toBe(TODAY);
  });
});

describe('the recommended pathway', () => {
  const c0 = emptyCase(TODAY);

  it('a case just created leads with the first-visit plan ("ultrasound scan seems to the technique of choice for early diagnosis"; "Analytic study including phosphorus-calcium metabolism is normal") and asks for the history alongside', () => {
    const n = assess(c0, TODAY).nextStep;
    expect(n.ruleId).toBe('first-visit-plan');
    expect(n.step).toBe('ultrasound');
    expect(n.alsoNow).toEqual(['labs']);
    expect(n.reason.text.en).toMatch(/^First visit: order the ultrasound.*Record the history/);
    expect(n.reason.text.es).toMatch(/^Primera visita: pida la ecografía.*Registre la historia/);
    // Once the history has an answer, the plan is said without asking for it.
    const started = assess(withPatient(c0, { age: 70 }), TODAY).nextStep;
    expect(started.ruleId).toBe('first-visit-plan');
    expect(started.reason.text.en).not.toMatch(/Record the history/);
  });

  it('starts with the history when nothing is recorded and results from elsewhere came first', () => {
    const c = withStudies(c0, { xray: { status: 'done', pattern: 'normal' } });
    const n = assess(c, TODAY).nextStep;
    expect(n.ruleId).toBe('history-first');
    expect(n.step).toBe('patient');
  });

  it('HAZ-08 then a same-visit plan: ultrasound ("the technique of choice for early diagnosis") with the labs drawn the same day', () => {
    const c = withPatient(c0, { age: 70, onsetDate: '2026-11-01' });
    const n = assess(c, TODAY).nextStep;
    expect(n.step).toBe('ultrasound');
    expect(n.alsoNow).toEqual(['labs']);
    expect(n.ruleId).toBe('first-visit-plan');
  });

  it('then ultrasound: "ultrasound scan seems to the technique of choice for early diagnosis"', () => {
    const c = withStudies(withPatient(c0, { onsetDate: '2026-11-20' }), {
      labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } },
    });
    expect(assess(c, TODAY).nextStep.step).toBe('ultrasound');
  });

  const early = withStudies(withPatient(c0, { onsetDate: '2026-11-20' }), {
    labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } },
    ultrasound: { status: 'done', pattern: 'normal' },
  });

  it('HAZ-06 early with a normal ultrasound: the radiation trade-off (repeat US / wait for the X-ray date / scan now), preferring no bone-scan dose', () => {
    const a = assess(early, TODAY);
    expect(a.timing.daysSinceOnset).toBe(5);
    expect(a.nextStep.ruleId).toBe('early-normal-ultrasound-tradeoff');
    expect(a.nextStep.step).toBe('xray');
    expect(a.nextStep.reason.text.en).toMatch(/day 14 is in 9 days, 2026-12-04/);
    expect(a.nextStep.reason.text.en).toMatch(/prefer the path without the bone scan's radiation/);
    const options = a.nextStep.options?.map((o) => o.text.en) ?? [];
    expect(options).toHaveLength(3);
    expect(options[0]).toMatch(/Repeat the ultrasound/);
    expect(options[1]).toMatch(/Wait for the X-ray date \(2026-12-04\)/);
    expect(options[2]).toMatch(/Bone scintigraphy now: .*4\.2–6\.3 mSv/);
  });

  it('once day 14 has passed, the X-ray comes before scintigraphy (same case, later date)', () => {
    expect(assess(early, '2026-12-04').nextStep.step).toBe('xray');
  });

  it('a positive ultrasound leads to biopsy, "the test of choice"', () => {
    const c = withStudies(early, {
      ultrasound: { status: 'done', pattern: 'hyperechoic-shadowing' },
    });
    const a = assess(c, TODAY);
    expect(a.interpretation.conclusion).toBe('probable-scho');
    expect(a.nextStep.step).toBe('biopsy');
    expect(a.advice.biopsy.band).toBe('usually-appropriate');
  });

  it('never suggests a study the clinician skipped or deferred', () => {
    const c = withStudies(early, {
      scintigraphy: { status: 'skipped', reason: 'not-available' },
      biopsy: { status: 'deferred', reason: 'declined' },
    });
    const a = assess(c, TODAY);
    expect(['scintigraphy', 'biopsy']).not.toContain(a.nextStep.step);
    expect(a.advice.scintigraphy.band).toBe('not-done');
    expect(a.advice.scintigraphy.reasons[0]?.text.en).toBe('Skipped: not available.');
    expect(a.openItems.map((o) => o.text.en)).toContain('Biopsy: deferred.');
  });

  it('confirmed without cross-sectional imaging: CT/MRI for extent ("make it possible to evaluate extension")', () => {
    const c = withStudies(seed, { ct: { status: 'not-started', pattern: undefined } });
    const a = assess(c, TODAY);
    expect(a.nextStep.step).toBe('ctmri');
    expect(a.advice.ct.band).toBe('may-be-appropriate');
  });

  it('atypical features send the case to biopsy to find the other diagnosis', () => {
    const c = withStudies(early, {
      ultrasound: { status: 'done', pattern: 'hyperechoic-shadowing', depth: 'fascia-or-muscle' },
    });
    expect(assess(c, TODAY).nextStep.step).toBe('biopsy');
  });

  it('ends with "complete" when every study is done or set aside', () => {
    const c = withStudies(early, {
      xray: { status: 'skipped' },
      scintigraphy: { status: 'skipped' },
      ct: { status: 'skipped' },
      mri: { status: 'skipped' },
      biopsy: { status: 'skipped' },
    });
    expect(assess(c, TODAY).nextStep.step).toBe('complete');
  });

  it('does not count findings typed into a study that is only planned', () => {
    const c = withStudies(early, {
      xray: { status: 'planned', pattern: 'reticulated-bone-density' },
    });
    const a = assess(c, TODAY);
    expect(a.interpretation.conclusion).toBe('insufficient-data');
    expect(a.openItems.map((o) => o.text.en)).toContain('X-ray: planned, result awaited.');
  });
});

describe('X-ray timing: "simple X-ray may not shows alterations until 10–14 days have transpired"', () => {
  const at = (days: number) => assess(emptyCase(TODAY, days), TODAY);

  it('before day 10 the X-ray is usually not appropriate, with the date a normal film becomes informative', () => {
    const a = at(5);
    expect(a.advice.xray.band).toBe('usually-not-appropriate');
    expect(a.timing.xrayInformativeFrom).toBe('2026-12-04');
    const w = a.timing.warnings.find((x) => x.id === 'xray-too-early');
    expect(w?.reason.text.en).toMatch(
      /Day 5 .*does not exclude ossification\. From 2026-12-04 a normal film lowers the suspicion but does not remove it/,
    );
    expect(w?.reason.refs).toEqual(['garcia-arpa-2020']);
  });

  it('days 10 to 13 are inside the window: may be appropriate', () => {
    expect(at(10).advice.xray.band).toBe('may-be-appropriate');
    expect(at(13).advice.xray.band).toBe('may-be-appropriate');
  });

  it('from day 14 a film is informative and usually appropriate, with no warning', () => {
    const a = at(14);
    expect(a.advice.xray.band).toBe('usually-appropriate');
    expect(a.timing.warnings.map((w) => w.id)).not.toContain('xray-too-early');
  });

  it('unknown onset: may be appropriate, and asks for the onset date', () => {
    const a = assess(emptyCase(TODAY), TODAY);
    expect(a.advice.xray.band).toBe('may-be-appropriate');
    expect(a.timing.daysSinceOnset).toBeNull();
    expect(a.timing.warnings.map((w) => w.id)).toContain('onset-unknown');
  });

  it('a normal film taken before day 14 does not exclude ossification', () => {
    const c = withStudies(emptyCase(TODAY, 30), {
      xray: { status: 'done', pattern: 'normal', date: '2026-11-02' },
    });
    const w = assess(c, TODAY).timing.warnings.find((x) => x.id === 'xray-normal-too-early');
    expect(w?.reason.text.en).toMatch(/day 7, before day 14/);
    expect(w?.reason.text.en).toMatch(/Repeat from 2026-11-09/);
  });

  it('a normal film taken after day 14 raises no timing warning', () => {
    const c = withStudies(emptyCase(TODAY, 30), {
      xray: { status: 'done', pattern: 'normal', date: '2026-11-20' },
    });
    const ids = assess(c, TODAY).timing.warnings.map((w) => w.id);
    expect(ids).not.toContain('xray-normal-too-early');
  });
});

describe('interpretation', () => {
  const base = emptyCase(TODAY, 60);

  it('ultrasound "less echogenic" deposits mean calcification rather than bone', () => {
    const c = withStudies(base, {
      ultrasound: { status: 'done', pattern: 'less-echogenic-deposits' },
    });
    expect(assess(c, TODAY).interpretation.conclusion).toBe('calcification');
  });

  it('biopsy calcium without bone is calcinosis cutis; with normal labs sodium thiosulfate is among the notes', () => {
    const c = withStudies(base, {
      biopsy: { status: 'done', histology: 'calcification-without-bone' },
      labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } },
    });
    const a = assess(c, TODAY);
    expect(a.interpretation.conclusion).toBe('calcification');
    expect(a.management.map((m) => m.id)).toContain('sodium-thiosulfate');
    expect(a.differential.find((d) => d.id === 'dystrophic-calcinosis')?.weight).toBe('raised');
  });

  it('fascia or muscle involvement is atypical ("it does not involve the fascia or muscles") and raises myositis ossificans', () => {
    const c = withStudies(base, {
      ct: { status: 'done', pattern: 'trabecular-plaques', depth: 'fascia-or-muscle' },
    });
    const a = assess(c, TODAY);
    expect(a.interpretation.conclusion).toBe('atypical');
    expect(a.differential[0]).toMatchObject({ id: 'myositis-ossificans', weight: 'raised' });
  });

  it('HAZ-03 abnormal calcium beside a bone-positive biopsy: bone stays bone, the labs are flagged as context and raise metastatic calcinosis', () => {
    const c = withStudies(seed, {
      labs: { status: 'done', calcium: { flag: 'high' }, phosphate: { flag: 'normal' } },
    });
    const a = assess(c, TODAY);
    expect(a.interpretation.conclusion).toBe('confirmed-scho');
    expect(a.interpretation.context).toHaveLength(1);
    expect(a.interpretation.discordances.map((d) => d.id)).toContain('biopsy-bone-abnormal-labs');
    expect(a.management.map((m) => m.id)).toContain('debridement-excision');
    expect(a.labFlags).toHaveLength(1);
    expect(a.differential.find((d) => d.id === 'metastatic-calcinosis')?.weight).toBe('raised');
  });

  it('scintigraphic uptake alone is not enough ("less specific than radiography")', () => {
    const c = withStudies(base, {
      scintigraphy: { status: 'done', pattern: 'soft-tissue-uptake' },
    });
    const a = assess(c, TODAY);
    expect(a.interpretation.conclusion).toBe('insufficient-data');
    expect(a.interpretation.drivers).toHaveLength(2);
    expect(a.nextStep.step).not.toBe('scintigraphy');
  });

  it('a case with nothing done has not enough data and no drivers', () => {
    const a = assess(base, TODAY);
    expect(a.interpretation.conclusion).toBe('insufficient-data');
    expect(a.interpretation.drivers).toEqual([]);
  });

  it('lesions since childhood are atypical and raise POH, AHO and FOP', () => {
    const a = assess(withPatient(base, { childhoodOnset: true }), TODAY);
    expect(a.interpretation.conclusion).toBe('atypical');
    const raised = a.differential.filter((d) => d.weight === 'raised').map((d) => d.id);
    expect(raised).toEqual(expect.arrayContaining(['poh', 'aho-php', 'fop']));
  });
});

describe('labs', () => {
  const base = emptyCase(TODAY, 60);

  it('computes Ca×P from mmol/L and flags it above the Springer 2015 cut-off (>55)', () => {
    // 2.5 mmol/L Ca = 10.02 mg/dL; 2.0 mmol/L P = 6.194 mg/dL; product 62.1.
    const c = withStudies(base, {
      labs: {
        status: 'done',
        calcium: { value: 2.5, unit: 'mmol/L', flag: 'normal' },
        phosphate: { value: 2.0, unit: 'mmol/L', flag: 'normal' },
      },
    });
    const a = assess(c, TODAY);
    expect(a.labFlags).toHaveLength(1);
    expect(a.labFlags[0]?.text.en).toMatch(
      /62\.1 .*above the >55 threshold \(Springer 2015\), below >70/,
    );
    expect(a.labFlags[0]?.refs).toEqual(['emedicine-calcinosis', 'springer-2015-calcinosis']);
  });

  it('does not flag a normal Ca×P (9.5 × 3.5 = 33.3 mg²/dL²)', () => {
    const c = withStudies(base, {
      labs: {
        status: 'done',
        calcium: { value: 9.5, unit: 'mg/dL', flag: 'normal' },
        phosphate: { value: 3.5, unit: 'mg/dL', flag: 'normal' },
      },
    });
    expect(assess(c, TODAY).labFlags).toEqual([]);
  });

  it('low calcium with high phosphate raises pseudohypoparathyroidism (AHO/PHP1a)', () => {
    const c = withStudies(base, {
      labs: { status: 'done', calcium: { flag: 'low' }, phosphate: { flag: 'high' } },
    });
    const a = assess(c, TODAY);
    expect(a.differential.find((d) => d.id === 'aho-php')?.weight).toBe('raised');
  });

  it('kidney disease raises calciphylaxis', () => {
    const a = assess(withPatient(base, { ckd: 'stage-unknown' }), TODAY);
    expect(a.differential.find((d) => d.id === 'calciphylaxis')?.weight).toBe('raised');
  });
});

describe('risk and differential from the history', () => {
  it('an obese woman over 50 with long-standing CVI at C4b has all five risk features', () => {
    const c = withPatient(emptyCase(TODAY), {
      sex: 'female',
      age: 72,
      obesity: true,
      longStandingCvi: true,
      ceap: 'C4b',
    });
    const a = assess(c, TODAY);
    expect(a.risk.presentCount).toBe(5);
    // A hard leg at C4b with nothing shown yet may be lipodermatosclerosis itself.
    expect(a.differential[0]).toMatchObject({ id: 'lipodermatosclerosis', weight: 'raised' });
  });

  it('age 50 is not "over 50"', () => {
    const a = assess(withPatient(emptyCase(TODAY), { age: 50 }), TODAY);
    expect(a.risk.factors.find((f) => f.id === 'over-50')?.present).toBe(false);
  });

  it('bone in the skin without advanced venous disease raises osteoma cutis', () => {
    const c = withStudies(withPatient(emptyCase(TODAY, 60), { ceap: 'C2' }), {
      xray: { status: 'done', pattern: 'reticulated-bone-density' },
    });
    const a = assess(c, TODAY);
    expect(a.differential.find((d) => d.id === 'osteoma-cutis')?.weight).toBe('raised');
  });
});
