import { describe, expect, it } from 'vitest';
import { FIGURES, IMAGING_IDS, MODALITIES, getReference } from '../../domain/evidence';
import { wilsonInterval } from '../../domain/stats';
import { XRAY_BLIND_DAYS } from '../../domain/engine/timing';
import {
  DAY_SCALE,
  RRL_BANDS_MSV,
  buildComparison,
  clampDay,
  compactRows,
  detectionOn,
} from './comparison-model';

describe('buildComparison', () => {
  const c = buildComparison(MODALITIES);

  it('has one row per imaging figure, grouped direct → indirect → other disease, then no-figure rows', () => {
    const imaging = FIGURES.filter((f) =>
      (IMAGING_IDS as readonly string[]).includes(f.modality ?? ''),
    );
    const measured = c.sensitivity.filter((r) => r.kind === 'measured');
    expect(measured.map((r) => r.key).sort()).toEqual(imaging.map((f) => f.id).sort());
    const groups = c.sensitivity.map((r) => r.group);
    const order = ['direct', 'indirect', 'other-disease', 'no-figure'];
    for (let i = 1; i < groups.length; i++)
      expect(order.indexOf(groups[i]!)).toBeGreaterThanOrEqual(order.indexOf(groups[i - 1]!));
    expect(new Set(c.sensitivity.map((r) => r.key)).size).toBe(c.sensitivity.length);
  });

  it('leaves out figures with no imaging modality (palpation, biopsy)', () => {
    const keys = c.sensitivity.map((r) => r.key);
    expect(keys).not.toContain('colboc-2022-palpation');
    expect(keys).not.toContain('wollina-2009-bone');
  });

  it('carries the registry figures unchanged, with a Wilson interval only where counts exist', () => {
    const us = c.sensitivity.find((r) => r.key === 'rosteius-2017-us');
    expect(us).toMatchObject({
      kind: 'measured',
      value: 0.889,
      extrapolated: true,
      group: 'indirect',
    });
    expect(us?.kind === 'measured' && us.source).toEqual({
      id: 'rosteius-2017',
      short: 'Rosteius 2017',
    });
    expect(us?.kind === 'measured' && us.ci).toEqual(wilsonInterval({ events: 193, total: 217 }));
    const hand = c.sensitivity.find((r) => r.key === 'fairchild-2021-us-hand');
    expect(hand?.kind === 'measured' && hand.ci).toBeUndefined();
  });

  it('puts calciphylaxis in the "other disease" group, never with the SCHO figures', () => {
    const other = c.sensitivity.filter((r) => r.group === 'other-disease').map((r) => r.key);
    expect(other).toEqual(['kroshinsky-scint', 'fine-zacharias-2002-scint']);
  });

  it('says "not measured" for X-ray, CT and MRI sensitivity and never invents a value', () => {
    for (const id of ['xray', 'ct', 'mri'] as const) {
      const rows = c.sensitivity.filter((r) => r.modality === id && r.group === 'no-figure');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.kind === 'not-measured')).toBe(true);
      expect(rows.some((r) => 'value' in r)).toBe(false);
    }
  });

  it("keeps the seed's ordinal wording as ordinal, with the seed's setting", () => {
    const scint = c.sensitivity.filter((r) => r.modality === 'scintigraphy');
    const ordinal = scint.find((r) => r.kind === 'ordinal');
    expect(ordinal).toMatchObject({ level: 'high', extrapolated: false });
    expect(ordinal?.kind === 'ordinal' && ordinal.setting).toEqual(
      getReference('garcia-arpa-2020')?.setting,
    );
  });

  it('follows changed figures (a modified copy, the registry itself untouched)', () => {
    const changed = FIGURES.map((f) => (f.id === 'rosteius-2017-us' ? { ...f, value: 0.5 } : f));
    const row = buildComparison(MODALITIES, changed).sensitivity.find(
      (r) => r.key === 'rosteius-2017-us',
    );
    expect(row?.kind === 'measured' && row.value).toBe(0.5);
    expect(FIGURES.find((f) => f.id === 'rosteius-2017-us')?.value).toBe(0.889);
  });

  it('gives every modality with a sourced day figure its sourced tracks, each with its day 0', () => {
    const drawn = c.timeline.filter((r) => r.sourced.some((s) => s.days)).map((r) => r.modality);
    expect(drawn).toEqual(['xray', 'scintigraphy', 'mri']);
    const mri = c.timeline.find((r) => r.modality === 'mri')?.sourced[0];
    expect(mri?.figure.after).toBe('clinical-diagnosis');
    expect(mri?.days?.mean).toBe(1.4);
    // A lag (X-ray 2 ± 0.5 weeks after ultrasound) is words only: it has no day 0.
    const lag = c.timeline
      .flatMap((r) => r.sourced)
      .find((s) => s.figure.id === 'stefanidis-2017-xray-after-us');
    expect(lag?.days).toBeUndefined();
  });

  it('draws a timeline track only where the registry has day figures', () => {
    const withTrack = c.timeline.filter((r) => r.segments.length).map((r) => r.modality);
    expect(withTrack).toEqual(['xray']);
    const xray = c.timeline.find((r) => r.modality === 'xray');
    expect(xray?.segments).toEqual([
      { state: 'too-early', fromDay: 0, toDay: 10 },
      { state: 'may-show', fromDay: 10, toDay: 14 },
      { state: 'informative', fromDay: 14, toDay: DAY_SCALE.max },
    ]);
    expect(c.timeline.find((r) => r.modality === 'ultrasound')?.window).toBeUndefined();
  });

  it('takes burden from the registry and leaves absent figures absent', () => {
    const scint = c.burden.find((r) => r.modality === 'scintigraphy');
    expect(scint?.radiation?.effectiveDoseRangeMsv).toEqual({ low: 4.2, high: 6.3 });
    expect(scint?.radiation?.rrl).toBe('☢☢☢');
    const xray = c.burden.find((r) => r.modality === 'xray');
    expect(xray?.cost).toBeUndefined();
    expect(xray?.radiation?.effectiveDoseMsv).toBeUndefined();
  });
});

describe('detectionOn (the X-ray rule)', () => {
  it('uses the same window as the engine', () => {
    expect(MODALITIES.xray.earliest?.fromDay).toBe(XRAY_BLIND_DAYS.from);
    expect(MODALITIES.xray.earliest?.toDay).toBe(XRAY_BLIND_DAYS.to);
  });

  it.each([
    [0, 'too-early'],
    [9, 'too-early'],
    [10, 'may-show'],
    [13, 'may-show'],
    [14, 'informative'],
    [120, 'informative'],
  ] as const)('day %i: %s', (day, state) => {
    expect(detectionOn(MODALITIES.xray, day)).toBe(state);
  });

  it('says "no day figure" rather than guessing, and "unknown" without a day', () => {
    for (const id of ['ultrasound', 'scintigraphy', 'ct', 'mri'] as const)
      expect(detectionOn(MODALITIES[id], 5)).toBe('no-day-figure');
    expect(detectionOn(MODALITIES.xray, null)).toBe('unknown-day');
  });

  it('feeds the compact rows', () => {
    const rows = compactRows(MODALITIES, 12);
    expect(rows.map((r) => r.modality)).toEqual([...IMAGING_IDS]);
    expect(rows.find((r) => r.modality === 'xray')).toMatchObject({
      detection: 'may-show',
      rrl: '☢',
    });
  });
});

describe('helpers', () => {
  it('clamps the day to the scale', () => {
    expect(clampDay(-3)).toBe(0);
    expect(clampDay(400)).toBe(DAY_SCALE.max);
    expect(clampDay(12.4)).toBe(12);
  });

  it('has a band for every ACR level', () => {
    expect(Object.keys(RRL_BANDS_MSV)).toEqual(['O', '☢', '☢☢', '☢☢☢', '☢☢☢☢']);
  });
});
