import { describe, expect, it } from 'vitest';
import { emptyCase } from '../case/fixtures';
import { LANGS } from '../languages';
import { render } from '../words';
import { assess } from './assess';
import { allSkipped, withPatient } from './test-helpers';

const TODAY = '2026-11-25';
const base = emptyCase(TODAY, 60);

/**
 * The engine's statements come from the clinical catalogues by code: a sentence that quotes
 * another statement (the conclusion's label) quotes exactly what the summary shows, in every
 * language.
 */
describe("the engine's statements come from the catalogues", () => {
  const skippedAll = allSkipped(withPatient(base, { age: 60 }));

  it('the "question still open" step quotes the working conclusion\'s own label in each language', () => {
    const a = assess(skippedAll, TODAY);
    expect(a.nextStep.reason.code).toBe('engine.next.question-still-open');
    for (const lang of LANGS) {
      expect(a.nextStep.reason.text[lang]).toContain(`(${a.interpretation.label[lang]})`);
      expect(
        render(
          { code: 'engine.next.question-still-open', params: a.nextStep.reason.params } as never,
          lang,
        ),
      ).toBe(a.nextStep.reason.text[lang]);
    }
  });

  it("a skipped study says why, in the words of the reader's language", () => {
    const advice = assess(skippedAll, TODAY).advice.xray.reasons[0];
    expect(advice?.code).toBe('engine.advice.set-aside');
    expect(advice?.text.en).toBe('Skipped: not available.');
    expect(advice?.text.es).toBe('Omitida: no disponible.');
  });
});
