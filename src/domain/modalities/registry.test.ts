import { describe, expect, it } from 'vitest';
import { studiesSchema, type Studies } from './core';
import { IMAGING_IDS, MODALITY_IDS, type ModalityId } from '../evidence/types';
import { LANGS } from '../text';
import type { Reason } from '../reason';
import { render, type Said } from '../words';
import {
  describeStudy,
  fhirFinding,
  hasResult,
  MODALITY_CORES,
  MODALITY_MODULES,
  normalReading,
  readStudy,
  STEP_NAMES,
  STEP_STUDIES,
} from '.';

/**
 * Every registered modality is checked the same way, so a new module is covered by adding it to
 * the registry: a step the wizard shows, a findings schema, words for every value in every
 * language, signals, a description and its FHIR coding.
 */

/** The values of an enum field of a zod schema (unwrapping `optional`), or none. */
function enumValues(field: unknown): string[] {
  const zod = (
    field as { _zod?: { def?: { innerType?: unknown }; values?: Set<unknown> } } | undefined
  )?._zod;
  if (zod?.values) return [...zod.values].filter((v): v is string => typeof v === 'string');
  return zod?.def?.innerType ? enumValues(zod.def.innerType) : [];
}

const shapeOf = (id: ModalityId) =>
  (MODALITY_CORES[id].schema as unknown as { shape: Record<string, unknown> }).shape;

/** A done study of `id` with one field set (parsed, so it is a valid saved study). */
const doneWith = <K extends ModalityId>(id: K, field?: string, value?: unknown): Studies[K] =>
  studiesSchema.parse({ [id]: { status: 'done', ...(field ? { [field]: value } : {}) } })[id];

const WIZARD_STEPS = Object.keys(STEP_STUDIES).filter((s) => s !== 'patient' && s !== 'summary');

describe.each(MODALITY_IDS.map((id) => [id] as const))('modality %s', (id) => {
  const m = MODALITY_MODULES[id];

  it('is registered under its own id, with its evidence profile', () => {
    expect(m.id).toBe(id);
    expect(m.profile.id).toBe(id);
  });

  it('is recorded on a step the wizard shows, and that step is named', () => {
    expect(WIZARD_STEPS).toContain(m.step);
    expect(STEP_STUDIES[m.step]).toContain(id);
    for (const lang of LANGS) expect(STEP_NAMES[m.step][lang]).not.toBe('');
  });

  it('has a findings schema that reads an empty study as not started', () => {
    expect(studiesSchema.parse({})[id].status).toBe('not-started');
  });

  it('has a name and words for every value of its findings, in every language', () => {
    for (const lang of LANGS) expect(m.studyName[lang].trim()).not.toBe('');
    const shape = shapeOf(id);
    for (const [field, words] of Object.entries(m.vocabulary)) {
      for (const value of enumValues(shape[field])) {
        for (const lang of LANGS)
          expect(words[value]?.[lang]?.trim(), `${field}.${value}`).toBeTruthy();
      }
    }
  });

  it('reads, describes and counts its main result for every value of each finding field', () => {
    const shape = shapeOf(id);
    const empty = doneWith(id);
    expect(hasResult(id, empty)).toBe(false);
    expect(describeStudy(id, empty, 'en')).toEqual([]);
    for (const field of Object.keys(m.vocabulary)) {
      for (const value of enumValues(shape[field])) {
        const s = doneWith(id, field, value);
        expect(typeof readStudy(id, s)).toBe('object');
        for (const lang of LANGS) expect(describeStudy(id, s, lang).length).toBeGreaterThan(0);
        // What is described when the main result is entered comes first.
        if (hasResult(id, s)) expect(describeStudy(id, s, 'en')[0]).toBeTruthy();
      }
    }
  });

  it('gives every reason as a statement of the clinical catalogues, under its own name', () => {
    const shape = shapeOf(id);
    const reasons: Reason[] = [];
    for (const field of Object.keys(m.vocabulary)) {
      for (const value of enumValues(shape[field])) {
        const s = doneWith(id, field, value);
        for (const signal of Object.values(readStudy(id, s)))
          if (typeof signal === 'object' && 'refs' in signal) reasons.push(signal);
        for (const day of [null, 5, 20, 400]) {
          const r = normalReading(id, s, day);
          if (r) reasons.push(r);
        }
      }
    }
    if (m.kind !== 'labs') expect(reasons.length).toBeGreaterThan(0);
    for (const r of reasons) {
      // A reviewer finds the sentence in one file per language, under the study's own code.
      expect(r.code, r.text.en).toMatch(new RegExp(`^modality\\.${id}\\.`));
      const statement = { code: r.code, params: r.params } as Said;
      for (const lang of LANGS) expect(r.text[lang]).toBe(render(statement, lang));
    }
  });

  it('has its FHIR coding: a request, and a finding Observation unless it is labs', () => {
    for (const lang of LANGS) expect(m.fhir.request[lang].trim()).not.toBe('');
    const finding = fhirFinding(id, doneWith(id), 'en');
    if (m.kind === 'labs') expect(finding).toBeUndefined();
    else expect(finding?.code.trim()).toBeTruthy();
  });
});

describe('imaging modules give the probability explorer their positive patterns', () => {
  it.each(IMAGING_IDS.map((id) => [id] as const))('%s', (id) => {
    const patterns = enumValues(shapeOf(id)['pattern']);
    expect(MODALITY_MODULES[id].positive.length).toBeGreaterThan(0);
    for (const p of MODALITY_MODULES[id].positive) expect(patterns).toContain(p);
  });
});

describe('each module places itself among the others', () => {
  it('no two studies share a reading rank, so the order findings are listed in is never a tie', () => {
    const ranks = MODALITY_IDS.map((id) => MODALITY_MODULES[id].readRank);
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it('the studies that only diagnose are the ones a biopsy makes redundant (seed: biopsy is "the test of choice"; CT evaluates the extent)', () => {
    const diagnosticOnly = MODALITY_IDS.filter((id) => MODALITY_MODULES[id].diagnosticOnly);
    expect(diagnosticOnly).toEqual(['ultrasound', 'xray', 'scintigraphy']);
  });
});

describe('a normal X-ray, by the day since onset it was taken', () => {
  // Seed (García-Arpa 2020): "simple X-ray may not shows alterations until 10–14 days have
  // transpired"; SCIRE: in neurogenic HO the film turned positive 2–6 weeks after the bone scan.
  const film = doneWith('xray', 'pattern', 'normal');

  it('before day 14 it does not exclude ossification', () => {
    const r = normalReading('xray', film, 10);
    expect(r?.code).toBe('modality.xray.normal.before-day-14');
    expect(r?.text.en).toBe(
      'X-ray normal on day 10, before day 14: it does not exclude ossification.',
    );
    expect(r?.text.es).toBe(
      'Radiografía normal el día 10, antes del día 14: no descarta osificación.',
    );
  });

  it('from day 14 it lowers the suspicion without removing it, and says so as extrapolated', () => {
    const r = normalReading('xray', film, 14);
    expect(r).toMatchObject({
      code: 'modality.xray.normal.past-blind-days',
      params: { day: 14 },
      extrapolated: true,
    });
    expect(r?.text.en).toMatch(/^X-ray normal on day 14: past the 10–14 days/);
    expect(r?.text.es).toMatch(/^Radiografía normal el día 14: pasados los 10–14 días/);
  });

  it('past a year it names no day count, which an insidious onset cannot give', () => {
    const r = normalReading('xray', film, 400);
    expect(r?.text.en).toMatch(/more than a year after onset \(an insidious onset's date/);
    expect(r?.text.es).toMatch(/más de un año tras el inicio \(la fecha de un inicio insidioso/);
    expect(r?.text.en).not.toMatch(/400/);
  });

  it('with no known day it says the film may have been too early', () => {
    expect(normalReading('xray', film, null)?.code).toBe('modality.xray.normal.day-unknown');
  });
});

describe('the step that records two studies', () => {
  it('is named after both, with each language\'s own "or"', () => {
    expect(STEP_NAMES.ctmri).toMatchObject({ en: 'CT or MRI', es: 'TC o RM' });
  });
});
