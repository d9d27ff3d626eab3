import { wilsonInterval, type Interval } from '../stats';
import type { PretestAnchor } from './types';
import { localized, said } from '../words';

/**
 * Pre-test anchors: how often calcification or bone is found in legs like the patient's. Each is
 * a range (the Wilson 95% interval of its counts), never one number, and says whether it counts
 * calcification or bone: only Wollina 2009 measures bone. Lippman's "about 10% of CVI" (as cited
 * by García-Arpa 2020) has no counts behind it, so it is not an anchor (it stays a statement).
 */
export const PRETEST_ANCHORS: readonly PretestAnchor[] = [
  {
    id: 'jvs-vl-c1-c3',
    population: localized(said('evidence.anchor.jvs-vl-c1-c3.population')),
    method: localized(said('evidence.anchor.jvs-vl.method')),
    measures: 'calcification',
    counts: { events: 0, total: 266 },
    unit: 'leg',
    design: 'cross-sectional',
    strength: {
      grade: 'moderate',
      reason: localized(said('evidence.anchor.jvs-vl.strength')),
    },
    applicability: 'direct',
    note: localized(said('evidence.anchor.jvs-vl-c1-c3.note')),
    ref: 'jvs-vl-cvd-calcification',
  },
  {
    id: 'jvs-vl-c4-c6',
    population: localized(said('evidence.anchor.jvs-vl-c4-c6.population')),
    method: localized(said('evidence.anchor.jvs-vl.method')),
    measures: 'calcification',
    counts: { events: 24, total: 95 },
    unit: 'leg',
    design: 'cross-sectional',
    strength: {
      grade: 'moderate',
      reason: localized(said('evidence.anchor.jvs-vl.strength')),
    },
    applicability: 'direct',
    ref: 'jvs-vl-cvd-calcification',
  },
  {
    id: 'tokoro-2009',
    population: localized(said('evidence.anchor.tokoro-2009.population')),
    method: localized(said('evidence.figure.tokoro-2009-xray.method')),
    measures: 'calcification',
    counts: { events: 13, total: 20 },
    unit: 'patient',
    design: 'case-control',
    strength: {
      grade: 'low',
      reason: localized(said('evidence.anchor.tokoro-2009.strength')),
    },
    applicability: 'direct',
    note: localized(said('evidence.anchor.tokoro-2009.note')),
    ref: 'tokoro-2009',
  },
  {
    id: 'wozniak-2020',
    population: localized(said('evidence.anchor.wozniak-2020.population')),
    method: localized(said('evidence.figure.wozniak-2020-us.method')),
    measures: 'calcification',
    counts: { events: 13, total: 14 },
    unit: 'limb',
    design: 'case-series',
    strength: {
      grade: 'low',
      reason: localized(said('evidence.anchor.wozniak-2020.strength')),
    },
    applicability: 'direct',
    ref: 'wozniak-2020',
  },
  {
    id: 'colboc-2022',
    population: localized(said('evidence.anchor.colboc-2022.population')),
    method: localized(said('evidence.anchor.colboc-2022.method')),
    measures: 'calcification',
    counts: { events: 10, total: 143 },
    unit: 'patient',
    design: 'cohort',
    strength: {
      grade: 'low',
      reason: localized(said('evidence.anchor.colboc-2022.strength')),
    },
    applicability: 'direct',
    ref: 'colboc-2022',
  },
  {
    id: 'wollina-2009-bone',
    population: localized(said('evidence.anchor.wollina-2009-bone.population')),
    method: localized(said('evidence.anchor.wollina-2009-bone.method')),
    measures: 'bone',
    counts: { events: 15, total: 212 },
    unit: 'patient',
    design: 'case-series',
    strength: {
      grade: 'moderate',
      reason: localized(said('evidence.anchor.wollina-2009-bone.strength')),
    },
    applicability: 'direct',
    note: localized(said('evidence.anchor.wollina-2009-bone.note')),
    ref: 'wollina-2009',
  },
];

/** The anchor's range: the Wilson 95% interval of its counts. */
export function anchorRange(anchor: PretestAnchor): Interval {
  return wilsonInterval(anchor.counts);
}
