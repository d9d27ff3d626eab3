import type { TimingFigure } from './types';
import { localized, said } from '../words';

/**
 * When each test turns positive, from the sources that give a day figure. Sources count from
 * different days 0 (symptom onset, the clinical diagnosis, the injury that caused the HO): `after`
 * records which, and the timeline labels every track with it. Apart from the seed's X-ray window
 * all come from other kinds of heterotopic ossification and are marked as such.
 */
export const TIMING_FIGURES: readonly TimingFigure[] = [
  {
    id: 'garcia-arpa-2020-xray',
    modality: 'xray',
    kind: 'may-be-normal-until',
    after: 'onset',
    fromDay: 10,
    toDay: 14,
    text: localized(said('evidence.timing.garcia-arpa-2020-xray.statement')),
    design: 'review',
    strength: {
      grade: 'very-low',
      reason: localized(said('evidence.timing.garcia-arpa-2020-xray.strength')),
    },
    applicability: 'direct',
    setting: localized(said('evidence.timing.garcia-arpa-2020-xray.setting')),
    ref: 'garcia-arpa-2020',
  },
  {
    id: 'argyropoulou-2006-mri',
    modality: 'mri',
    kind: 'positive-at',
    after: 'clinical-diagnosis',
    meanDays: 1.4,
    sdDays: 1.2,
    text: localized(said('evidence.timing.argyropoulou-2006-mri.statement')),
    design: 'case-series',
    patients: 11,
    strength: {
      grade: 'low',
      reason: localized(said('evidence.timing.argyropoulou-2006-mri.strength')),
    },
    applicability: 'indirect',
    setting: localized(said('evidence.timing.argyropoulou-2006-mri.setting')),
    ref: 'argyropoulou-2006',
  },
  {
    id: 'argyropoulou-2006-xray',
    modality: 'xray',
    kind: 'positive-at',
    after: 'clinical-diagnosis',
    meanDays: 23,
    sdDays: 4.3,
    text: localized(said('evidence.timing.argyropoulou-2006-xray.statement')),
    design: 'case-series',
    patients: 11,
    strength: {
      grade: 'low',
      reason: localized(said('evidence.timing.argyropoulou-2006-xray.strength')),
    },
    applicability: 'indirect',
    setting: localized(said('evidence.timing.argyropoulou-2006-mri.setting')),
    ref: 'argyropoulou-2006',
  },
  {
    id: 'orzel-1985-scintigraphy',
    modality: 'scintigraphy',
    kind: 'positive-at',
    after: 'injury',
    meanDays: 24,
    text: localized(said('evidence.timing.orzel-1985-scintigraphy.statement')),
    design: 'case-series',
    patients: 50,
    strength: {
      grade: 'low',
      reason: localized(said('evidence.timing.orzel-1985-scintigraphy.strength')),
    },
    applicability: 'indirect',
    setting: localized(said('evidence.timing.orzel-1985-scintigraphy.setting')),
    ref: 'orzel-1985',
  },
  {
    id: 'orzel-1985-xray',
    modality: 'xray',
    kind: 'positive-at',
    after: 'injury',
    meanDays: 31,
    derived: true,
    text: localized(said('evidence.timing.orzel-1985-xray.statement')),
    design: 'case-series',
    patients: 50,
    strength: {
      grade: 'low',
      reason: localized(said('evidence.timing.orzel-1985-xray.strength')),
    },
    applicability: 'indirect',
    setting: localized(said('evidence.timing.orzel-1985-scintigraphy.setting')),
    ref: 'orzel-1985',
  },
  {
    id: 'stefanidis-2017-xray-after-us',
    modality: 'xray',
    kind: 'lag',
    lagBehind: 'ultrasound',
    lagDays: 14,
    lagSdDays: 3.5,
    derived: true,
    text: localized(said('evidence.timing.stefanidis-2017-xray-after-us.statement')),
    design: 'cohort',
    patients: 21,
    strength: {
      grade: 'low',
      reason: localized(said('evidence.timing.stefanidis-2017-xray-after-us.strength')),
    },
    applicability: 'indirect',
    setting: localized(said('evidence.timing.stefanidis-2017-xray-after-us.setting')),
    ref: 'stefanidis-2017',
  },
];
