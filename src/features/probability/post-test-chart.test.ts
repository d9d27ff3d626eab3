import { describe, expect, it } from 'vitest';
import { explore, type ProbabilitySources } from '../../domain/probability';
import { curve } from './curve';
import { chartData } from './post-test-chart';

/** No sources: the results below are the clinician's own what-if assumptions, not figures. */
const NO_SOURCES: ProbabilitySources = { anchors: [], accuracy: [] };

describe('chartData (the post-test chart)', () => {
  // Two positive what-if results: the independence and full-dependence lines differ.
  const res = explore(
    {
      pretest: { kind: 'judgement', range: [0.2, 0.4] },
      results: [
        {
          basis: 'assumption',
          modality: 'xray',
          sign: 'positive',
          sensitivity: 0.8,
          specificity: 0.9,
        },
        {
          basis: 'assumption',
          modality: 'ultrasound',
          sign: 'positive',
          sensitivity: 0.7,
          specificity: 0.8,
        },
      ],
    },
    NO_SOURCES,
  );
  const data = chartData(curve(res));

  it('draws one point per percent of pre-test probability, the "no test" line on the diagonal', () => {
    expect(data).toHaveLength(101);
    for (const d of data) expect(d.noTest).toBe(d.pre);
  });

  it('draws the band around both lines, and positive results above the diagonal', () => {
    for (const d of data) {
      expect(d.band[0]).toBeLessThanOrEqual(Math.min(d.independence, d.dependence));
      expect(d.band[1]).toBeGreaterThanOrEqual(Math.max(d.independence, d.dependence));
      if (d.pre > 0 && d.pre < 1) {
        expect(d.dependence).toBeGreaterThan(d.pre);
        // Two positive results counted as independent weigh more than one.
        expect(d.independence).toBeGreaterThan(d.dependence);
      }
    }
    // Certainty stays certainty: no test moves 0 % or 100 %.
    expect(data[0]).toMatchObject({ pre: 0, independence: 0, dependence: 0 });
    expect(data[100]).toMatchObject({ pre: 1, independence: 1, dependence: 1 });
  });
});
