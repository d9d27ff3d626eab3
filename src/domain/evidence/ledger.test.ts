import { describe, expect, it } from 'vitest';
import {
  countsMatching,
  roundsTo,
  sensitivityCounts,
  specificityCounts,
  tableTotal,
  wilsonInterval,
} from '../stats';
import {
  ACCURACY_TABLES,
  ANALYSIS_UNITS,
  APPLICABILITIES,
  DOSE_FIGURES,
  FIGURES,
  FIGURE_MEASURES,
  PRETEST_ANCHORS,
  REFERENCE_STANDARDS,
  STRENGTH_GRADES,
  STUDY_DESIGNS,
  TIMING_FIGURES,
  anchorRange,
  figureInterval,
  figuresByApplicability,
  getFigure,
  getReference,
  MDP_ACTIVITY_MBQ,
  MDP_MSV_PER_MBQ,
} from './index';

/** Every record the ledger grades: figures, tables, anchors and timing figures. */
const GRADED = [...FIGURES, ...ACCURACY_TABLES, ...PRETEST_ANCHORS, ...TIMING_FIGURES];

describe('every figure, generically', () => {
  it('ids are unique across figures, and within tables, anchors, timing and doses', () => {
    for (const list of [FIGURES, ACCURACY_TABLES, PRETEST_ANCHORS, TIMING_FIGURES, DOSE_FIGURES]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size, ids.join()).toBe(ids.length);
    }
  });

  it('every graded record has a design, strength with a reason, applicability and a real ref', () => {
    for (const r of GRADED) {
      expect(STUDY_DESIGNS, r.id).toContain(r.design);
      expect(STRENGTH_GRADES, r.id).toContain(r.strength.grade);
      expect(r.strength.reason.en.length, r.id).toBeGreaterThan(10);
      expect(r.strength.reason.es.length, r.id).toBeGreaterThan(10);
      expect(APPLICABILITIES, r.id).toContain(r.applicability);
      expect(getReference(r.ref), r.id).toBeDefined();
    }
  });

  it('every figure has a unit, a reference standard, a measure and a value in 0..1', () => {
    for (const f of FIGURES) {
      expect(ANALYSIS_UNITS, f.id).toContain(f.unit);
      expect(REFERENCE_STANDARDS, f.id).toContain(f.referenceStandard);
      expect(FIGURE_MEASURES, f.id).toContain(f.measure);
      expect(f.value, f.id).toBeGreaterThanOrEqual(0);
      expect(f.value, f.id).toBeLessThanOrEqual(1);
      expect(f.setting.en.length, f.id).toBeGreaterThan(10);
    }
  });

  // Issue: "A detection rate without a reference standard is a detection rate, not a sensitivity."
  it('a figure without a reference standard is never a sensitivity, and a sensitivity always has one', () => {
    for (const f of FIGURES) {
      if (f.referenceStandard === 'none') expect(f.measure, f.id).not.toBe('sensitivity');
      if (f.measure === 'detection-rate') expect(f.referenceStandard, f.id).toBe('none');
      if (f.measure === 'sensitivity') expect(f.referenceStandard, f.id).not.toBe('none');
    }
  });

  it('counts are consistent with the stated proportion at its stated precision', () => {
    for (const f of FIGURES) {
      if (!f.counts) continue;
      expect(f.counts.events, f.id).toBeLessThanOrEqual(f.counts.total);
      expect(roundsTo(f.counts, f.value, f.statedDecimals), `${f.id} ${f.value}`).toBe(true);
    }
  });

  it('derived counts are the only counts of that denominator that give the stated percentage', () => {
    for (const f of FIGURES) {
      if (!f.countsDerived || !f.counts) continue;
      // Sums of stated counts (Kim: 252 + 301; JVS: 43 + 189 + 34) are exact by construction.
      if (f.id === 'kim-2017-ct' || f.id === 'jvs-vl-c1-c3') continue;
      expect(countsMatching(f.value, f.counts.total, f.statedDecimals), f.id).toEqual([
        f.counts.events,
      ]);
    }
  });

  it('the 95% interval is computed from the counts and contains the point estimate', () => {
    for (const f of FIGURES) {
      const ci = figureInterval(f);
      if (!f.counts) {
        expect(ci, f.id).toBeUndefined();
        continue;
      }
      expect(ci, f.id).toEqual(wilsonInterval(f.counts));
      const point = f.counts.events / f.counts.total;
      expect(ci!.low, f.id).toBeLessThanOrEqual(point);
      expect(ci!.high, f.id).toBeGreaterThanOrEqual(point);
      expect(ci!.low, f.id).toBeLessThanOrEqual(f.value + 0.5 / 10 ** f.statedDecimals);
      expect(ci!.high, f.id).toBeGreaterThanOrEqual(f.value - 0.5 / 10 ** f.statedDecimals);
    }
  });

  it('patients, when given, are at least the counted patients', () => {
    for (const f of FIGURES) {
      if (f.patients !== undefined && f.counts && f.unit === 'patient')
        expect(f.patients, f.id).toBeGreaterThanOrEqual(f.counts.total);
    }
  });

  // "direct: legs with venous disease": only direct figures may claim not to be extrapolated.
  it('extrapolated is exactly "not direct"', () => {
    for (const f of FIGURES) expect(f.extrapolated, f.id).toBe(f.applicability !== 'direct');
  });

  it('groups put direct first, then indirect, then other disease', () => {
    expect(figuresByApplicability(FIGURES).map((g) => g.applicability)).toEqual([
      'direct',
      'indirect',
      'other-disease',
    ]);
  });

  it('calciphylaxis figures are "other disease", never direct or indirect', () => {
    for (const f of FIGURES) {
      if (/calciphylaxis/i.test(f.setting.en)) expect(f.applicability, f.id).toBe('other-disease');
    }
    expect(getFigure('kroshinsky-scint')?.applicability).toBe('other-disease');
  });
});

describe('the figures, one by one (each pins its source sentence)', () => {
  // Tokoro 2009: "Of the 20 patients, 13 (65%) had subcutaneous calcification".
  it('Tokoro 2009: X-ray calcification in 13/20 CVI patients, a detection rate, direct', () => {
    expect(getFigure('tokoro-2009-xray')).toMatchObject({
      value: 0.65,
      counts: { events: 13, total: 20 },
      measure: 'detection-rate',
      applicability: 'direct',
      finding: 'calcification',
    });
  });

  // Woźniak 2020: "Subcutaneous … calcifications were detected in 92.9% …"; "Radiography …
  // calcifications detected in 85.7% of cases" (14 limbs).
  it('Woźniak 2020: US 13/14 and X-ray 12/14 limbs, detection rates in lipodermatosclerosis', () => {
    expect(getFigure('wozniak-2020-us')).toMatchObject({
      counts: { events: 13, total: 14 },
      unit: 'limb',
      measure: 'detection-rate',
    });
    expect(getFigure('wozniak-2020-xray')).toMatchObject({
      counts: { events: 12, total: 14 },
      unit: 'limb',
    });
  });

  // Wollina 2009: "DC was evident in 39 patients (18%). Metaplastic subcutaneous bone formation
  // was observed in 15 patients (7%)" of 212.
  it('Wollina 2009: histological bone in 15/212 and calcification in 39/212 patients', () => {
    expect(getFigure('wollina-2009-bone')).toMatchObject({
      finding: 'bone',
      counts: { events: 15, total: 212 },
      referenceStandard: 'histology',
    });
    expect(getFigure('wollina-2009-calcification')?.counts).toEqual({ events: 39, total: 212 });
  });

  // Colboc 2022: "Ten (7%) of the 143 patients hospitalized for leg ulcers presented DC."
  it('Colboc 2022: palpable calcification in 10/143, no imaging modality', () => {
    const f = getFigure('colboc-2022-palpation');
    expect(f?.counts).toEqual({ events: 10, total: 143 });
    expect(f?.modality).toBeUndefined();
  });

  // Kim 2017: 252 of 599 males and 301 of 716 females (42.1% vs 42.0%).
  it('Kim 2017: 553/1315 CT-positive dermal dots, a frequency caveat for CT, not a sensitivity', () => {
    expect(getFigure('kim-2017-ct')).toMatchObject({
      counts: { events: 252 + 301, total: 599 + 716 },
      measure: 'frequency',
      modality: 'ct',
    });
  });

  // Fairchild 2021: "Sensitivity and specificity for US … 61% and 95% by zone, 78% and 98% by
  // hand, and 76% and 100% by patient": three units, three figures, no shared range.
  it('Fairchild 2021: per patient, per hand and per zone are separate figures', () => {
    const ids = FIGURES.filter((f) => f.ref === 'fairchild-2021').map((f) => [f.unit, f.value]);
    expect(ids).toEqual([
      ['patient', 0.76],
      ['hand', 0.78],
      ['zone', 0.61],
    ]);
    expect(getFigure('fairchild-2021-us-hand')?.counts).toBeUndefined();
  });

  // Rosteius 2017: "In 193 out of 217 patients … (sensitivity=88.9%)".
  it('Rosteius 2017: 193/217, against CT or MRI', () => {
    expect(getFigure('rosteius-2017-us')).toMatchObject({
      counts: { events: 193, total: 217 },
      referenceStandard: 'ct-mri',
    });
  });
});

describe('2×2 tables (recomputed from the sources)', () => {
  // Fairchild 2021: n = 43; "39.5% had calcinosis on radiographs compared to 30.2% on US";
  // 76% sensitivity and 100% specificity per patient.
  it('Fairchild per patient: 43 patients, 39.5% X-ray positive, 30.2% US positive, 76%/100%', () => {
    const t = ACCURACY_TABLES.find((x) => x.id === 'fairchild-2021-us-patient')!.table;
    expect(tableTotal(t)).toBe(43);
    expect(roundsTo({ events: t.tp + t.fn, total: 43 }, 0.395, 3)).toBe(true);
    expect(roundsTo({ events: t.tp + t.fp, total: 43 }, 0.302, 3)).toBe(true);
    expect(roundsTo(sensitivityCounts(t), 0.76, 2)).toBe(true);
    expect(roundsTo(specificityCounts(t), 1, 2)).toBe(true);
  });

  // Elgazzar 2019: 23 SPECT/CT-positive (definite 8, maybe 12, negative 3); 11 negative
  // (negative 7, maybe 4); "8 (34.8%) showed definitely present".
  it('Elgazzar SPECT: both thresholds come from the same 34 patients', () => {
    const definite = ACCURACY_TABLES.find((x) => x.id === 'elgazzar-2019-spect-definite')!.table;
    const any = ACCURACY_TABLES.find((x) => x.id === 'elgazzar-2019-spect-any')!.table;
    expect(tableTotal(definite)).toBe(34);
    expect(tableTotal(any)).toBe(34);
    expect(definite.tp + definite.fn).toBe(23);
    expect(any.tp + any.fn).toBe(23);
    expect(roundsTo(sensitivityCounts(definite), 0.348, 3)).toBe(true);
    expect(any).toEqual({ tp: 8 + 12, fn: 3, fp: 4, tn: 7 });
  });

  it('every table cites a real source and has a derivation and a caveat', () => {
    for (const t of ACCURACY_TABLES) {
      expect(getReference(t.ref), t.id).toBeDefined();
      expect(t.derivation.en.length, t.id).toBeGreaterThan(20);
      expect(t.caveat.en.length, t.id).toBeGreaterThan(20);
      for (const n of Object.values(t.table)) expect(Number.isInteger(n) && n >= 0).toBe(true);
    }
  });
});

describe('pre-test anchors', () => {
  it('each is a range (never one number) with a citation and says whether it is bone', () => {
    for (const a of PRETEST_ANCHORS) {
      const r = anchorRange(a);
      expect(r.high, a.id).toBeGreaterThan(r.low);
      expect(['calcification', 'bone'], a.id).toContain(a.measures);
      expect(getReference(a.ref), a.id).toBeDefined();
    }
  });

  // evidence review: "Calcification is not ossification: only Wollina measures bone."
  it('only Wollina measures bone', () => {
    expect(PRETEST_ANCHORS.filter((a) => a.measures === 'bone').map((a) => a.ref)).toEqual([
      'wollina-2009',
    ]);
  });
});

describe('timing and doses', () => {
  // Argyropoulou 2006: "positive MRI findings appeared … 1.4 ± 1.2 days following clinical
  // diagnosis whereas x-ray diagnosis was evident at 23 ± 4.3 days".
  it('Argyropoulou: MRI 1.4 ± 1.2 d and X-ray 23 ± 4.3 d after the clinical diagnosis', () => {
    const mri = TIMING_FIGURES.find((f) => f.id === 'argyropoulou-2006-mri');
    expect(mri).toMatchObject({ meanDays: 1.4, sdDays: 1.2, after: 'clinical-diagnosis' });
    const xr = TIMING_FIGURES.find((f) => f.id === 'argyropoulou-2006-xray');
    expect(xr).toMatchObject({ meanDays: 23, sdDays: 4.3 });
  });

  // Orzel 1985: "RNBI soft-tissue uptake is evident at 24 days and radiographic calcification is
  // visible 1 wk later."
  it('Orzel: bone scan at day 24 after the injury, X-ray a week later (24 + 7, derived)', () => {
    const scan = TIMING_FIGURES.find((f) => f.id === 'orzel-1985-scintigraphy');
    const xr = TIMING_FIGURES.find((f) => f.id === 'orzel-1985-xray');
    expect(scan).toMatchObject({ meanDays: 24, after: 'injury' });
    expect(xr).toMatchObject({ meanDays: 24 + 7, derived: true });
  });

  it('a lag has no day 0; every other timing figure says what day 0 is', () => {
    for (const f of TIMING_FIGURES) {
      if (f.kind === 'lag') {
        expect(f.after, f.id).toBeUndefined();
        expect(f.lagBehind, f.id).toBeDefined();
      } else expect(f.after, f.id).toBeDefined();
    }
  });

  // JNM table: 99mTc-MDP adult 740–1,110 MBq, 0.0057 mSv/MBq.
  it('bone-scan dose is the product of activity and coefficient: 4.2–6.3 mSv', () => {
    const d = DOSE_FIGURES.find((x) => x.id === 'mdp-bone-scan');
    expect(MDP_ACTIVITY_MBQ.low * MDP_MSV_PER_MBQ).toBeCloseTo(4.218, 3);
    expect(MDP_ACTIVITY_MBQ.high * MDP_MSV_PER_MBQ).toBeCloseTo(6.327, 3);
    expect(d).toMatchObject({ kind: 'range', lowMsv: 4.2, highMsv: 6.3 });
  });

  // ACR Soft-Tissue Masses: "CT area of interest … Varies".
  it('CT of the area of interest "varies": no number is given', () => {
    const d = DOSE_FIGURES.find((x) => x.id === 'acr-ct-area-of-interest');
    expect(d?.kind).toBe('varies');
    expect(d?.valueMsv).toBeUndefined();
    expect(d?.lowMsv).toBeUndefined();
  });
});
