import { describe, expect, it } from 'vitest';
import { IMAGING_IDS, MODALITIES, getReference } from '../../domain/evidence';
import { XRAY_BLIND_DAYS } from '../../domain/engine/timing';
import {
  DAY_SCALE,
  RRL_BANDS_MSV,
  buildComparison,
  clampDay,
  compactRows,
  detectionOn,
  withModality,
} from './comparison-model';

describe('buildComparison', () => {
  const c = buildComparison(MODALITIES);

  it('has one sensitivity row per registry figure of each imaging modality, in order', () => {
    const expected = IMAGING_IDS.flatMap((id) =>
      MODALITIES[id].sensitivity.map((f, i) => ({ key: `${id}-${i}`, kind: f.kind })),
    );
    expect(c.sensitivity.map((r) => ({ key: r.key, kind: r.kind }))).toEqual(expected);
    expect(new Set(c.sensitivity.map((r) => r.key)).size).toBe(c.sensitivity.length);
  });

  it('carries the registry figures unchanged (ultrasound 88.9 %, 193/217, Rosteius 2017)', () => {
    const us = c.sensitivity.find((r) => r.modality === 'ultrasound' && r.kind === 'measured');
    expect(us).toMatchObject({
      kind: 'measured',
      value: 0.889,
      counts: '193/217',
      extrapolated: true,
    });
    expect(us?.kind === 'measured' && us.source).toEqual({
      id: 'rosteius-2017',
      short: 'Rosteius 2017',
    });
    const ranged = c.sensitivity.find((r) => r.kind === 'measured' && r.range);
    expect(ranged).toMatchObject({ modality: 'ultrasound', value: 0.76, range: [0.61, 0.78] });
  });

  it('says "not measured" for X-ray, CT and MRI and never invents a value', () => {
    for (const id of ['xray', 'ct', 'mri'] as const) {
      const rows = c.sensitivity.filter((r) => r.modality === id);
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

  it('follows a changed registry (a modified copy, the registry itself untouched)', () => {
    const changed = withModality(MODALITIES, 'ultrasound', (p) => ({
      ...p,
      sensitivity: p.sensitivity.map((f) =>
        f.kind === 'measured' && f.value === 0.889 ? { ...f, value: 0.5 } : f,
      ),
    }));
    const us = buildComparison(changed).sensitivity.filter((r) => r.modality === 'ultrasound');
    expect(us.map((r) => (r.kind === 'measured' ? r.value : r.kind))).toEqual([
      'ordinal',
      0.5,
      0.76,
    ]);
    expect(
      MODALITIES.ultrasound.sensitivity.some((f) => f.kind === 'measured' && f.value === 0.889),
    ).toBe(true);
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
    expect(scint?.radiation?.effectiveDoseMsv).toBe(4.2);
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
