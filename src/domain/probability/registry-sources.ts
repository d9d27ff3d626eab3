import { ACCURACY_TABLES, anchorRange, PRETEST_ANCHORS } from '../evidence';
import { IMAGING_IDS, type ImagingId, type ModalityId } from '../evidence/types';
import { summariseTable } from '../stats';
import { render, said } from '../words';
import type { AccuracyEvidence, PretestAnchor, ProbabilitySources } from './sources';
import { textByLanguage } from '../text-by-language';

/**
 * The explorer's view of the evidence registry: its pre-test anchors (with the registry's Wilson
 * interval as the range) and its 2×2 tables of imaging tests. Nothing is restated here: every
 * number comes from the registry's counts. An investigation with no table in the registry has no
 * likelihood ratio, and the explorer says so.
 */
const isImaging = (m: ModalityId): m is ImagingId => (IMAGING_IDS as readonly string[]).includes(m);

const anchors: PretestAnchor[] = PRETEST_ANCHORS.map((a) => {
  const ci = anchorRange(a);
  const { events, total } = a.counts;
  return {
    id: a.id,
    label: a.population,
    range: [ci.low, ci.high],
    point: events / total,
    counts: a.counts,
    // The method is a value in each reader's language, so each language renders its own.
    rangeBasis: textByLanguage((lang) => {
      const method = a.method[lang].toLowerCase();
      return render(said('probability.range-basis', { events, total, method }), lang);
    }),
    measures: a.measures,
    setting: a.population,
    refs: [a.ref],
    strength: a.strength,
    applicability: a.applicability,
    ...(a.note ? { note: a.note } : {}),
  };
});

const accuracy: AccuracyEvidence[] = ACCURACY_TABLES.flatMap((t) => {
  if (!isImaging(t.modality)) return [];
  const s = summariseTable(t.table);
  return [
    {
      id: t.id,
      modality: t.modality,
      table: t.table,
      positive: t.threshold,
      indexTest: t.indexTest,
      referenceStandard: t.referenceStandard,
      unit: t.unit,
      setting: t.setting,
      extrapolated: t.applicability !== 'direct',
      applicability: t.applicability,
      strength: t.strength,
      derivation: t.derivation,
      ref: t.ref,
      sensitivityCi: [s.sensitivity.ci.low, s.sensitivity.ci.high],
      specificityCi: [s.specificity.ci.low, s.specificity.ci.high],
      proportionCiMethod: 'Wilson',
      caveat: t.caveat,
    },
  ];
});

export const PROBABILITY_SOURCES: ProbabilitySources = { anchors, accuracy };
