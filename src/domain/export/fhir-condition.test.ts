import type { Bundle, Condition } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { emptyCase, seedCase } from '../case/fixtures';
import type { Case } from '../case/schema';
import { assess } from '../engine/assess';
import { withStudies } from '../engine/test-helpers';
import { CONCLUSIONS } from '../engine/types';
import { caseToFhirBundle, CONCLUSION_CONDITIONS } from './fhir';

/**
 * The working conclusion as Condition(s). Each engine conclusion is mapped explicitly, and each
 * has its own test with a case the engine really concludes that way: `confirmed` only when the
 * engine says confirmed (seed: biopsy "is the test of choice").
 */

const TODAY = '2026-03-03';
const OPTS = {
  lang: 'en' as const,
  disclaimer: 'Decision support only.',
  exportedAt: `${TODAY}T10:00:00.000Z`,
};
const base = emptyCase(TODAY, 60);

function conditionsOf(c: Case) {
  const a = assess(c, TODAY);
  const b: Bundle = caseToFhirBundle(c, a, OPTS);
  const conditions = (b.entry ?? [])
    .map((e) => e.resource)
    .filter((r): r is Condition => r?.resourceType === 'Condition');
  return {
    conclusion: a.interpretation.conclusion,
    claims: conditions.map((cond) => ({
      concept: cond.code?.coding?.find((k) => k.system === 'urn:scho-workup:code')?.code,
      status: cond.verificationStatus?.coding?.[0]?.code,
      icd10: cond.code?.coding?.find((k) => k.system === 'http://hl7.org/fhir/sid/icd-10')?.code,
    })),
    conditions,
  };
}

describe('the working conclusion as a Condition', () => {
  it('HAZ-57 maps every conclusion the engine can reach, and only one of them to "confirmed"', () => {
    expect(Object.keys(CONCLUSION_CONDITIONS).sort()).toEqual([...CONCLUSIONS].sort());
    const confirming = Object.entries(CONCLUSION_CONDITIONS)
      .filter(([, claims]) => claims.some((x) => x.status === 'confirmed'))
      .map(([k]) => k);
    expect(confirming).toEqual(['confirmed-scho']);
  });

  it('confirmed-scho (bone on biopsy, the seed case): SCHO, confirmed, no ICD-10 code', () => {
    const r = conditionsOf(seedCase(TODAY));
    expect(r.conclusion).toBe('confirmed-scho');
    expect(r.claims).toEqual([{ concept: 'scho', status: 'confirmed', icd10: undefined }]);
    const [cond] = r.conditions;
    expect(cond?.clinicalStatus?.coding?.[0]?.code).toBe('active');
    expect(cond?.category?.[0]?.coding?.[0]?.code).toBe('encounter-diagnosis');
    expect(cond?.code?.text).toBe('Subcutaneous heterotopic ossification of the legs (SCHO)');
    expect(cond?.note?.[0]?.text).toMatch(/^Confirmed/);
  });

  it('probable-scho (bone on ultrasound, no biopsy yet): SCHO, provisional', () => {
    const c = withStudies(base, {
      ultrasound: { status: 'done', pattern: 'hyperechoic-shadowing' },
    });
    const r = conditionsOf(c);
    expect(r.conclusion).toBe('probable-scho');
    expect(r.claims).toEqual([{ concept: 'scho', status: 'provisional', icd10: undefined }]);
  });

  it('calcification (calcium without bone on biopsy): calcinosis cutis L94.2, provisional, never confirmed', () => {
    const c = withStudies(base, {
      biopsy: { status: 'done', histology: 'calcification-without-bone' },
      labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } },
    });
    const r = conditionsOf(c);
    expect(r.conclusion).toBe('calcification');
    expect(r.claims).toEqual([
      { concept: 'calcinosis-cutis', status: 'provisional', icd10: 'L94.2' },
    ]);
  });

  it('findings-disagree (biopsy calcium beside ultrasound bone): both, each a differential', () => {
    const c = withStudies(base, {
      labs: { status: 'done', calcium: { flag: 'normal' }, phosphate: { flag: 'normal' } },
      ultrasound: { status: 'done', pattern: 'hyperechoic-shadowing' },
      biopsy: { status: 'done', histology: 'calcification-without-bone' },
    });
    const r = conditionsOf(c);
    expect(r.conclusion).toBe('findings-disagree');
    expect(r.claims).toEqual([
      { concept: 'scho', status: 'differential', icd10: undefined },
      { concept: 'calcinosis-cutis', status: 'differential', icd10: 'L94.2' },
    ]);
  });

  it('atypical (bone reaching the fascia): the suspected SCHO, unconfirmed', () => {
    const c = withStudies(base, {
      ct: { status: 'done', pattern: 'trabecular-plaques', depth: 'fascia-or-muscle' },
    });
    const r = conditionsOf(c);
    expect(r.conclusion).toBe('atypical');
    expect(r.claims).toEqual([{ concept: 'scho', status: 'unconfirmed', icd10: undefined }]);
    expect(r.conditions[0]?.note?.[0]?.text).toMatch(/consider alternatives/);
  });

  it('insufficient-data (nothing done yet): the suspected SCHO, unconfirmed', () => {
    const r = conditionsOf(base);
    expect(r.conclusion).toBe('insufficient-data');
    expect(r.claims).toEqual([{ concept: 'scho', status: 'unconfirmed', icd10: undefined }]);
  });

  it('gives the legs affected and the onset when the case records them', () => {
    const c: Case = {
      ...seedCase(TODAY),
      patient: { ...seedCase(TODAY).patient, laterality: 'left', onsetDate: '2026-01-10' },
    };
    const [cond] = conditionsOf(c).conditions;
    expect(cond?.bodySite).toEqual([{ text: 'Left leg' }]);
    expect(cond?.onsetDateTime).toBe('2026-01-10');
  });
});
