import type { Assessment, Reason } from '../engine/types';
import { tissueSummary } from '../engine/tissue';
import type { Lang } from '../text';
import { localized, said } from '../words';

/** Headings for how sure the assessment is (exports only), from the clinical catalogues. */
const CERTAINTY_TEXT = {
  heading: localized(said('export.certainty.heading')),
  tissue: localized(said('export.certainty.tissue')),
  unresolved: localized(said('export.certainty.unresolved')),
  noted: localized(said('export.certainty.noted')),
  resolve: localized(said('export.certainty.resolve')),
  whyNotSurer: localized(said('export.certainty.why-not-surer')),
  context: localized(said('export.certainty.context')),
  contributors: localized(said('export.certainty.contributors')),
  labInput: localized(said('export.certainty.lab-input')),
  alsoNow: localized(said('export.certainty.also-now')),
  options: localized(said('export.certainty.options')),
} as const;

/**
 * Every line an export needs to say how sure the assessment is: the tissue answer, every
 * discordance with what resolves it (never dropped), the weakest link, context, contributors and
 * refused lab values. `say` formats a reason (text plus citations) the way the export does.
 */
export function certaintyLines(a: Assessment, lang: Lang, say: (r: Reason) => string): string[] {
  const i = a.interpretation;
  const T = (k: keyof typeof CERTAINTY_TEXT) => CERTAINTY_TEXT[k][lang];
  const lines = [`${T('tissue')}: ${tissueSummary(i.tissue)[lang]}.`];
  for (const d of i.discordances) {
    const why = say(d.reason);
    const resolve = say(d.resolve);
    const parts = [why, resolve ? `${T('resolve')}: ${resolve}` : ''].filter(Boolean);
    lines.push(`${T(d.status === 'unresolved' ? 'unresolved' : 'noted')}: ${parts.join(' ')}`);
  }
  const unresolvedResolves = new Set(
    i.discordances.filter((d) => d.status === 'unresolved').map((d) => d.resolve),
  );
  // A `say` that has already said a reason (the note says nothing twice) returns '': no line.
  const add = (label: keyof typeof CERTAINTY_TEXT, r: Reason) => {
    const text = say(r);
    if (text) lines.push(`${T(label)}: ${text}`);
  };
  for (const r of i.whyNotSurer) if (!unresolvedResolves.has(r)) add('whyNotSurer', r);
  for (const r of i.context) add('context', r);
  for (const r of a.contributors) add('contributors', r);
  for (const r of a.labInputProblems) add('labInput', r);
  return lines;
}

/** The same-visit plan and the options of the next step, as export lines. */
export function nextStepLines(
  a: Assessment,
  lang: Lang,
  say: (r: Reason) => string,
  stepName: (s: string) => string,
): string[] {
  const out: string[] = [];
  if (a.nextStep.alsoNow?.length) {
    out.push(`${CERTAINTY_TEXT.alsoNow[lang]}: ${a.nextStep.alsoNow.map(stepName).join(', ')}.`);
  }
  for (const o of a.nextStep.options ?? []) {
    const text = say(o);
    if (text) out.push(`${CERTAINTY_TEXT.options[lang]}: ${text}`);
  }
  return out;
}
