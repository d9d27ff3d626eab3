import { describe, expect, it } from 'vitest';
import {
  CAXP_CUTOFFS_MG2_DL2,
  CITING_REGISTRY,
  FIGURES,
  DIFFERENTIAL,
  EPIDEMIOLOGY,
  IMAGING_IDS,
  MANAGEMENT,
  MODALITIES,
  MODALITY_IDS,
  PREVALENCE,
  REFERENCES,
  XRAY_DELAY,
  allCitedRefIds,
  getReference,
} from './index';
import type { ModalityId, SensitivityFigure, Statement } from './index';

/** The ids the engine (written in parallel) cites: every one must exist. */
const ENGINE_REF_IDS = [
  'garcia-arpa-2020',
  'rosteius-2017',
  'scire-ho',
  'clin-radiol-1991',
  'fairchild-2021',
  'farin-1995',
  'jvs-vl-cvd-calcification',
  'svircev-2008',
  'insights-imaging-2013',
  'ledermann-2002',
  'jama-1977-letter',
  'learningradiology-ho',
  'medscape-ho',
  'pmc381057-dose',
  'jnm-dose-table',
  'acr-rrl',
  'reiter-2011',
  'emedicine-calcinosis',
  'springer-2015-calcinosis',
  'kroshinsky-calciphylaxis',
  'statpearls-osteoma-cutis',
  'omim-166350',
  'linglart-2018',
  'genereviews-fop',
  'radiopaedia-myositis-ossificans',
  'rheumatologist-lds',
  'lurie-2020',
  'cafasso-2013',
  'balanescu-2014',
];

const WHOLE_REGISTRY = { REFERENCES, ...CITING_REGISTRY };

/** Every object in `node` (depth-first), with its path, for generic checks. */
function objectsIn(node: unknown, path = '$'): { path: string; value: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => objectsIn(v, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const obj = node as Record<string, unknown>;
  return [
    { path, value: obj },
    ...Object.entries(obj).flatMap(([k, v]) => objectsIn(v, `${path}.${k}`)),
  ];
}

const isLocalizedText = (o: Record<string, unknown>) => 'en' in o || 'es' in o;
const isStatement = (o: Record<string, unknown>) =>
  'text' in o && 'refs' in o && Array.isArray(o.refs);

const allFigures = (): { modality: ModalityId; figure: SensitivityFigure }[] =>
  MODALITY_IDS.flatMap((m) => MODALITIES[m].sensitivity.map((figure) => ({ modality: m, figure })));

describe('references', () => {
  it('every entry id equals its key', () => {
    for (const [key, ref] of Object.entries(REFERENCES)) expect(ref.id).toBe(key);
  });

  it('holds every id the engine cites', () => {
    for (const id of ENGINE_REF_IDS) expect(getReference(id), id).toBeDefined();
  });

  it('getReference returns undefined for unknown ids and prototype keys', () => {
    expect(getReference('no-such-ref')).toBeUndefined();
    expect(getReference('toString')).toBeUndefined();
    expect(getReference('garcia-arpa-2020')?.doi).toBe('10.1016/j.reumae.2020.06.004');
  });

  it('exactly one seed: García-Arpa 2020, Reumatol Clin (Engl Ed) 2020;16(4):300-2', () => {
    const seeds = Object.values(REFERENCES).filter((r) => 'isSeed' in r && r.isSeed);
    expect(seeds.map((r) => r.id)).toEqual(['garcia-arpa-2020']);
    expect(REFERENCES['garcia-arpa-2020'].source).toBe('Reumatol Clin (Engl Ed) 2020;16(4):300-2');
  });

  it('every status is S or S2 (M rows are not encoded as references)', () => {
    for (const ref of Object.values(REFERENCES)) expect(['S', 'S2']).toContain(ref.status);
  });

  it('Clin Radiol 1991 authorship is unconfirmed (M): no author is given, its PMID 1901533 is kept', () => {
    expect(REFERENCES['clin-radiol-1991'].authors).toBe('');
    expect(REFERENCES['clin-radiol-1991'].pmid).toBe('1901533');
  });

  it('PMC381057 is cited without the unconfirmed Picano authorship', () => {
    expect(JSON.stringify(REFERENCES['pmc381057-dose'])).not.toMatch(/picano/i);
  });

  it('DOIs and PMIDs are well formed', () => {
    for (const ref of Object.values(REFERENCES) as { doi?: string; pmid?: string }[]) {
      if (ref.doi !== undefined) expect(ref.doi).toMatch(/^10\.\d{4,}\//);
      if (ref.pmid !== undefined) expect(ref.pmid).toMatch(/^\d+$/);
    }
  });
});

describe('citations', () => {
  it('every ref id cited anywhere in the registry resolves to a reference', () => {
    const cited = allCitedRefIds();
    expect(cited.length).toBeGreaterThan(10);
    for (const id of cited) expect(getReference(id), id).toBeDefined();
  });

  it('no reference is left uncited', () => {
    const cited = new Set(allCitedRefIds());
    const orphans = Object.keys(REFERENCES).filter((id) => !cited.has(id));
    expect(orphans).toEqual([]);
  });

  it('every statement cites at least one source', () => {
    for (const { path, value } of objectsIn(CITING_REGISTRY)) {
      if (isStatement(value)) expect((value.refs as unknown[]).length, path).toBeGreaterThan(0);
    }
  });
});

describe('figures without a number (seed wording, not measured)', () => {
  it('ordinal figures cite a real ref and are extrapolated unless from the seed', () => {
    for (const { figure } of allFigures()) {
      if (figure.kind !== 'ordinal') continue;
      expect(figure.extrapolated).toBe(!getReference(figure.ref)?.isSeed);
    }
  });

  // Seed: "ultrasound scan seems to the technique of choice for early diagnosis".
  it('US carries the seed ordinal "high" early sensitivity, not extrapolated', () => {
    expect(MODALITIES.ultrasound.sensitivity).toContainEqual(
      expect.objectContaining({
        kind: 'ordinal',
        level: 'high',
        ref: 'garcia-arpa-2020',
        extrapolated: false,
      }),
    );
  });

  // Seed: "Bone scintigraphy too is highly sensitive in early diagnosis".
  it('scintigraphy carries the seed ordinal "high", not extrapolated', () => {
    expect(MODALITIES.scintigraphy.sensitivity).toContainEqual(
      expect.objectContaining({
        kind: 'ordinal',
        level: 'high',
        ref: 'garcia-arpa-2020',
        extrapolated: false,
      }),
    );
  });

  // Evidence review: "X-ray | Sensitivity/specificity | — " (no figure exists): X-ray has
  // detection rates in venous legs (Tokoro, Woźniak) but no sensitivity.
  it('X-ray has no sensitivity: not-measured, and its figures are detection rates only', () => {
    expect(MODALITIES.xray.sensitivity.map((f) => f.kind)).toEqual(['not-measured']);
    const xray = FIGURES.filter((f) => f.modality === 'xray');
    expect(xray.length).toBeGreaterThan(0);
    for (const f of xray) expect(f.measure).toBe('detection-rate');
  });

  // Evidence review: "CT | Sensitivity and timing | —"; no MRI sensitivity either.
  it('CT and MRI have no sensitivity figure (CT only the Kim frequency caveat)', () => {
    for (const m of ['ct', 'mri'] as const) {
      expect(
        FIGURES.some((f) => f.modality === m && f.measure === 'sensitivity'),
        m,
      ).toBe(false);
      expect(
        MODALITIES[m].sensitivity.some((f) => f.kind === 'not-measured'),
        m,
      ).toBe(true);
    }
    expect(FIGURES.filter((f) => f.modality === 'ct').map((f) => f.id)).toEqual(['kim-2017-ct']);
  });

  // Seed: "Biopsy, which is the test of choice" — but no sensitivity figure exists.
  it('biopsy and labs have no sensitivity figure', () => {
    for (const m of ['biopsy', 'labs'] as const) {
      expect(
        MODALITIES[m].sensitivity.map((f) => f.kind),
        m,
      ).toEqual(['not-measured']);
      expect(FIGURES.some((f) => f.modality === m && f.measure === 'sensitivity')).toBe(false);
    }
  });
});

describe('timing (earliest detection)', () => {
  // Seed: "simple X-ray may not shows alterations until 10–14 days have transpired" (its ref 11).
  it('X-ray earliest is day 10–14, quoting the seed as cited by García-Arpa 2020', () => {
    const e = MODALITIES.xray.earliest;
    expect(e).toMatchObject({ fromDay: 10, toDay: 14, extrapolated: false });
    expect(e?.refs).toContain('garcia-arpa-2020');
    expect(e?.text.en).toMatch(/as cited by García-Arpa 2020/);
    expect(e?.text.en).toMatch(/10–14 days/);
    expect(XRAY_DELAY.text.en).toMatch(/as cited by García-Arpa 2020/);
  });

  // No S/S2 source gives a day figure for any modality other than X-ray.
  it('no modality other than X-ray has a day figure', () => {
    for (const m of MODALITY_IDS) {
      if (m === 'xray') continue;
      expect(MODALITIES[m].earliest?.fromDay, m).toBeUndefined();
      expect(MODALITIES[m].earliest?.toDay, m).toBeUndefined();
    }
  });

  // SCIRE (S2): X-ray visible about 2–6 weeks after a positive bone scan, neurogenic HO.
  it('scintigraphy timing is "earlier than X-ray", extrapolated from neurogenic HO', () => {
    const e = MODALITIES.scintigraphy.earliest;
    expect(e?.extrapolated).toBe(true);
    expect(e?.refs).toEqual(['scire-ho']);
    expect(e?.text.en).toMatch(/2–6 weeks/);
  });

  // Seed: "not the case for CAT or MRI, which make it possible to evaluate extension".
  it('CT and MRI timing says not for early diagnosis, for extent (seed)', () => {
    for (const m of ['ct', 'mri'] as const) {
      expect(MODALITIES[m].earliest?.refs).toEqual(['garcia-arpa-2020']);
      expect(MODALITIES[m].earliest?.text.en).toMatch(/not for early diagnosis/i);
    }
  });
});

describe('radiation', () => {
  const BANDS = {
    O: [0, 0],
    '☢': [0, 0.1],
    '☢☢': [0.1, 1],
    '☢☢☢': [1, 10],
    '☢☢☢☢': [10, 30],
  } as const;

  it('every given dose falls in its ACR adult RRL band', () => {
    for (const m of MODALITY_IDS) {
      const r = MODALITIES[m].radiation;
      if (r?.effectiveDoseMsv === undefined) continue;
      const [lo, hi] = BANDS[r.rrl];
      expect(r.effectiveDoseMsv, m).toBeGreaterThanOrEqual(lo);
      expect(r.effectiveDoseMsv, m).toBeLessThanOrEqual(hi);
    }
  });

  it('US and MRI: RRL O, 0 mSv (ACR)', () => {
    for (const m of ['ultrasound', 'mri'] as const) {
      expect(MODALITIES[m].radiation).toMatchObject({ rrl: 'O', effectiveDoseMsv: 0 });
      expect(MODALITIES[m].radiation?.refs).toContain('acr-rrl');
    }
  });

  // PMC381057: "<0.01 mSv, limbs except hip" is an upper bound, so no point dose is charted.
  it('X-ray: RRL ☢, "<0.01 mSv" as text only', () => {
    const r = MODALITIES.xray.radiation;
    expect(r?.rrl).toBe('☢');
    expect(r?.effectiveDoseMsv).toBeUndefined();
    expect(r?.doseText.en).toMatch(/<0\.01 mSv/);
  });

  it('CT: RRL ☢ (adult), no leg-specific dose', () => {
    expect(MODALITIES.ct.radiation?.rrl).toBe('☢');
    expect(MODALITIES.ct.radiation?.effectiveDoseMsv).toBeUndefined();
  });

  // JNM table (ICRP data): adult 740–1,110 MBq at 0.0057 mSv/MBq.
  it('bone scan: RRL ☢☢☢, 4.2–6.3 mSv as a range (JNM table), inside the ☢☢☢ band', () => {
    const r = MODALITIES.scintigraphy.radiation;
    expect(r).toMatchObject({ rrl: '☢☢☢', effectiveDoseRangeMsv: { low: 4.2, high: 6.3 } });
    expect(r?.effectiveDoseMsv).toBeUndefined();
    expect(r?.refs).toContain('jnm-dose-table');
    const [lo, hi] = BANDS['☢☢☢'];
    expect(r?.effectiveDoseRangeMsv?.low).toBeGreaterThanOrEqual(lo);
    expect(r?.effectiveDoseRangeMsv?.high).toBeLessThanOrEqual(hi);
  });

  it('biopsy and labs carry no radiation entry', () => {
    expect(MODALITIES.biopsy.radiation).toBeUndefined();
    expect(MODALITIES.labs.radiation).toBeUndefined();
  });
});

describe('cost and availability', () => {
  // Seed: "a fast, accessible and economical technique"; Rosteius: "high costs… not available in smaller hospitals".
  it('only US (seed) and bone scan (Rosteius 2017) have sourced cost and availability', () => {
    expect(MODALITIES.ultrasound.cost).toMatchObject({ level: 'low', refs: ['garcia-arpa-2020'] });
    expect(MODALITIES.ultrasound.availability).toMatchObject({ level: 'high' });
    expect(MODALITIES.scintigraphy.cost).toMatchObject({ level: 'high', refs: ['rosteius-2017'] });
    expect(MODALITIES.scintigraphy.availability).toMatchObject({ level: 'low' });
    for (const m of MODALITY_IDS) {
      for (const rating of [MODALITIES[m].cost, MODALITIES[m].availability]) {
        if (rating && !rating.unconfirmed) expect(rating.refs.length, m).toBeGreaterThan(0);
      }
    }
  });
});

describe('modality profiles', () => {
  it('every modality is present with a matching id and every imaging modality has a radiation entry', () => {
    for (const m of MODALITY_IDS) expect(MODALITIES[m].id).toBe(m);
    for (const m of IMAGING_IDS) expect(MODALITIES[m].radiation, m).toBeDefined();
  });

  // Seed: "hyperechogenic images with a posterior acoustic shadow artefact in the subcutaneous layer".
  it('US ossification is hyperechogenic with posterior acoustic shadow; calcification less echogenic', () => {
    expect(MODALITIES.ultrasound.showsOssification.text.en).toMatch(/posterior acoustic shadow/);
    expect(MODALITIES.ultrasound.showsCalcification?.text.en).toMatch(/less echogenic/);
  });

  // Svircev 2008: 7/60 false-negative first scan, so repeat it.
  it('bone scan pitfalls include a repeat after a negative first scan', () => {
    const pitfall = MODALITIES.scintigraphy.pitfalls.find((p) => p.refs.includes('svircev-2008'));
    expect(pitfall?.text.en).toMatch(/7 of 60/);
    expect(pitfall?.extrapolated).toBe(true);
  });

  it('every statement that cites only non-seed sources about modality performance is flagged extrapolated', () => {
    // Modality statements citing only non-seed, non-CVI sources must say they are extrapolated;
    // the CVI-specific non-seed sources (JAMA 1977, LearningRadiology) and dose/RRL tables excepted.
    const cviOrNeutral = new Set([
      'garcia-arpa-2020',
      'jama-1977-letter',
      'learningradiology-ho',
      'acr-rrl',
      'pmc381057-dose',
      'jnm-dose-table',
      'emedicine-calcinosis',
      'springer-2015-calcinosis',
      'linglart-2018',
      'radiopaedia-myositis-ossificans',
      'reiter-2011',
    ]);
    for (const m of MODALITY_IDS) {
      const p = MODALITIES[m];
      const statements: Statement[] = [
        p.showsOssification,
        ...(p.showsCalcification ? [p.showsCalcification] : []),
        ...p.strengths,
        ...p.pitfalls,
      ];
      for (const s of statements) {
        if (s.refs.every((r) => !cviOrNeutral.has(r))) expect(s.extrapolated, s.text.en).toBe(true);
      }
    }
  });
});

describe('differential, management and epidemiology', () => {
  it('all eleven differential entities exist, keyed by id', () => {
    const ids = [
      'scho-cvi',
      'dystrophic-calcinosis',
      'metastatic-calcinosis',
      'idiopathic-calcinosis',
      'calciphylaxis',
      'osteoma-cutis',
      'poh',
      'aho-php',
      'fop',
      'myositis-ossificans',
      'lipodermatosclerosis',
    ];
    expect(Object.keys(DIFFERENTIAL).sort()).toEqual([...ids].sort());
    for (const [key, entity] of Object.entries(DIFFERENTIAL)) expect(entity.id).toBe(key);
  });

  it('the required management notes exist with unique ids', () => {
    const ids = MANAGEMENT.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'early-detection',
      'debridement-excision',
      'agents-other-scho',
      'sodium-thiosulfate',
      'diltiazem-most-reported',
      'biopsy-wound-healing',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  // Seed: "In other cases of SCHO diltiazem, probenecid, minocycline, aluminium hydroxide and
  // bisphosphonates have been used with favourable results" — other SCHO, so extrapolated.
  it('agents from other SCHO are flagged extrapolated', () => {
    const note = MANAGEMENT.find((n) => n.id === 'agents-other-scho');
    expect(note?.statement.extrapolated).toBe(true);
    expect(note?.statement.text.en).toMatch(/diltiazem, probenecid, minocycline/);
  });

  // Seed's refs 1, 2, 7, 8: Lippman ~10%, 17.5% of 40, 65% of 20 with SCHO in 20% of biopsied.
  it('each prevalence statement is labelled "as cited by García-Arpa 2020"', () => {
    expect(PREVALENCE).toHaveLength(3);
    for (const s of PREVALENCE) expect(s.text.en).toMatch(/as cited by García-Arpa 2020/);
  });

  // JVS-VL duplex study: "24/95 legs at C4a–C6 and 0 at C1–C3".
  it('CEAP calcification statement gives 24 of 95 at C4a–C6 and none at C1–C3', () => {
    expect(EPIDEMIOLOGY.CEAP_CALCIFICATION.text.en).toMatch(/24 of 95 legs at C4a–C6/);
    expect(EPIDEMIOLOGY.CEAP_CALCIFICATION.text.en).toMatch(/none at C1–C3/);
  });

  // eMedicine: Ca×P >70 mg²/dL²; Springer 2015: >55.
  it('Ca×P cut-offs are 70 (eMedicine) and 55 (Springer 2015)', () => {
    expect(CAXP_CUTOFFS_MG2_DL2).toEqual([
      { value: 70, ref: 'emedicine-calcinosis' },
      { value: 55, ref: 'springer-2015-calcinosis' },
    ]);
  });
});

describe('bilingual text', () => {
  it('every LocalizedText in the registry has non-empty en and es', () => {
    let count = 0;
    for (const { path, value } of objectsIn(WHOLE_REGISTRY)) {
      if (!isLocalizedText(value)) continue;
      count += 1;
      expect(typeof value.en, path).toBe('string');
      expect(typeof value.es, path).toBe('string');
      expect((value.en as string).trim(), path).not.toBe('');
      expect((value.es as string).trim(), path).not.toBe('');
    }
    expect(count).toBeGreaterThan(100);
  });

  it('longer texts are really translated (Spanish differs from English)', () => {
    for (const { path, value } of objectsIn(WHOLE_REGISTRY)) {
      if (!isLocalizedText(value) || String(value.en).length < 25) continue;
      expect(value.es, path).not.toBe(value.en);
    }
  });
});

describe('unconfirmed (M) evidence', () => {
  it('no unconfirmed item sits inside a sensitivity figure, and no measured figure is unconfirmed', () => {
    for (const { path, value } of objectsIn(CITING_REGISTRY)) {
      if (value.unconfirmed === true) expect(path, path).not.toMatch(/\.sensitivity\[/);
    }
    for (const figure of FIGURES) expect('unconfirmed' in figure).toBe(false);
  });

  // Evidence review: Shehab 2002 ("positive about 2.5 wk") and the ☢☢☢☢☢ band are M.
  it('M rows (Shehab 2002 bone-scan timing, ☢☢☢☢☢ band) are not encoded', () => {
    const all = JSON.stringify(WHOLE_REGISTRY);
    expect(all).not.toMatch(/shehab/i);
    expect(all).not.toMatch(/2\.5 w/);
    expect(all).not.toContain('☢☢☢☢☢');
  });
});
