import type { Observation } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { emptyCase } from '../case/fixtures';
import { assess } from '../engine/assess';
import { withStudies } from '../engine/test-helpers';
import { describeCase } from '../export/describe';
import { caseToFhirBundle } from '../export/fhir';
import { hasResult } from '.';

const TODAY = '2026-03-03';

/**
 * "Has a result" had two definitions that disagreed: an X-ray marked done with only periostitis
 * showed findings on the summary while the open items said no result was entered. Now one
 * definition (the modality module's): the main result is the pattern; periostitis alone is
 * described, and the open item says the main result is missing.
 */
describe('has a result: one definition, the main result', () => {
  const c = withStudies(emptyCase(TODAY, 30), { xray: { status: 'done', periostitis: true } });

  it('an X-ray with only periostitis has no result', () => {
    expect(hasResult('xray', c.studies.xray)).toBe(false);
    expect(hasResult('xray', { ...c.studies.xray, pattern: 'normal' })).toBe(true);
  });

  it('the summary describes the periostitis but does not call it a result', () => {
    const xray = describeCase(c, 'en', TODAY).studies.find((s) => s.id === 'xray');
    expect(xray?.findings).toEqual(['periostitis']);
    expect(xray?.hasResult).toBe(false);
  });

  it('HAZ-24 the open items say the main result is missing, not that nothing was entered', () => {
    const open = assess(c, TODAY).openItems.map((r) => r.text.en);
    expect(open).toContain(
      'X-ray: marked done but its main result not entered (only other findings).',
    );
    expect(open).not.toContain('X-ray: marked done but no result entered.');
    const bare = withStudies(emptyCase(TODAY, 30), { xray: { status: 'done' } });
    expect(assess(bare, TODAY).openItems.map((r) => r.text.en)).toContain(
      'X-ray: marked done but no result entered.',
    );
  });

  it('FHIR: no value, the periostitis as a component', () => {
    const a = assess(c, TODAY);
    const bundle = caseToFhirBundle(c, a, {
      lang: 'en',
      disclaimer: 'd',
      exportedAt: `${TODAY}T00:00:00Z`,
    });
    const obs = bundle.entry
      ?.map((e) => e.resource)
      .find(
        (r): r is Observation =>
          r?.resourceType === 'Observation' && r.code.text === 'X-ray of the legs: finding',
      );
    expect(obs?.valueCodeableConcept).toBeUndefined();
    expect(obs?.dataAbsentReason?.text).toBe('no result entered');
    expect(obs?.component).toEqual([{ code: { text: 'Periostitis' }, valueBoolean: true }]);
  });
});
