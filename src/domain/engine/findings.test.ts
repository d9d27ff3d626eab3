import { describe, expect, it } from 'vitest';
import { emptyCase, seedCase } from '../case/fixtures';
import { addDays } from '../dates';
import { reason } from '../reason';
import { differential } from './differential';
import { discordances } from './discordance';
import { summariseFindings, type FindingsSummary } from './findings';
import { labPicture } from './labs';
import { patientPicture } from './patient';
import { withPatient, withStudies } from './test-helpers';
import type { RuleContext } from './context';
import { textIn } from '../words/testing/texts';

/**
 * The rules read which study produced a finding and what kind it is, never the words of its
 * reason: a reworded sentence or a new language cannot change a discordance or the differential.
 */

const TODAY = '2026-11-25';
const words = (en: string) => reason(textIn({ en }), []);

describe('each finding names the study that produced it', () => {
  it('the seed case: bone on the X-ray and on CT, uptake on the bone scan', () => {
    const f = summariseFindings(seedCase(TODAY));
    expect(f.imagingOssification.map((x) => [x.modality, x.kind])).toEqual([
      ['xray', 'ossification'],
      ['ct', 'ossification'],
    ]);
    expect(f.scintigraphyUptake?.modality).toBe('scintigraphy');
  });

  it('deep deposits are atypical, attributed to the study that showed them; the history to the history', () => {
    const c = withStudies(withPatient(emptyCase(TODAY, 30), { childhoodOnset: true }), {
      ultrasound: {
        status: 'done',
        pattern: 'hyperechoic-shadowing',
        depth: 'fascia-or-muscle',
      },
    });
    const f = summariseFindings(c);
    expect(f.atypical.map((x) => [x.kind, x.modality])).toEqual([
      ['deep', 'ultrasound'],
      ['childhood-onset', 'history'],
    ]);
  });
});

describe('the rules never match the text of a finding', () => {
  // Seed: a film "may not show alterations until 10–14 days"; a normal film from day 14 beside
  // bone on another study is the bone-vs-normal-film discordance.
  const c = withStudies(emptyCase(TODAY, 60), {
    xray: { status: 'done', pattern: 'normal', date: addDays(TODAY, -30) },
  });
  const labs = labPicture(c, patientPicture(c));
  const findings = (modality: 'xray' | 'ultrasound', en: string): FindingsSummary => ({
    ...summariseFindings(c),
    imagingOssification: [{ modality, kind: 'ossification', reason: words(en) }],
  });
  const boneVsFilm = (f: FindingsSummary) =>
    discordances({ c, findings: f, labs }).some((d) => d.id === 'bone-vs-normal-film');

  it('bone on a study other than the film disagrees with the normal film, whatever its words', () => {
    expect(boneVsFilm(findings('ultrasound', 'X-ray-like shadowing foci'))).toBe(true);
  });

  it("the film's own bone finding is never set against itself, whatever its words", () => {
    expect(boneVsFilm(findings('xray', 'Radiografía: opacidades de densidad ósea'))).toBe(false);
  });

  it('myositis ossificans is raised by a deep finding, not by the references of its reason', () => {
    // Seed: SCHO in CVI "does not involve the fascia or muscles"; intramuscular bone suggests
    // myositis ossificans (Radiopaedia).
    const base = summariseFindings(c);
    // The differential reads the case, the findings, the labs and the patient.
    const ctx = (f: FindingsSummary) =>
      ({ c, findings: f, labs, patient: patientPicture(c) }) as unknown as RuleContext;
    const deep: FindingsSummary = {
      ...base,
      atypical: [{ modality: 'ct', kind: 'deep', reason: words('Deep deposits.') }],
    };
    const other: FindingsSummary = {
      ...base,
      atypical: [
        {
          modality: 'history',
          kind: 'skin-necrosis',
          reason: reason(textIn({ en: 'x' }), ['radiopaedia-myositis-ossificans']),
        },
      ],
    };
    const raised = (f: FindingsSummary) =>
      differential(ctx(f)).some((d) => d.id === 'myositis-ossificans' && d.weight === 'raised');
    expect(raised(deep)).toBe(true);
    expect(raised(other)).toBe(false);
  });
});
