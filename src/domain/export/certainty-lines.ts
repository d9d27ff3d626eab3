import type { Assessment, Reason } from '../engine/types';
import { tissueSummary } from '../engine/tissue';
import type { Lang } from '../text';

/** Headings for how sure the assessment is, in both languages (exports only). */
const CERTAINTY_TEXT = {
  heading: { en: 'How sure, and why', es: 'Cuán segura es, y por qué' },
  tissue: { en: 'What the lesion is made of', es: 'De qué está hecha la lesión' },
  unresolved: {
    en: 'Findings disagree (unresolved)',
    es: 'Hallazgos que discrepan (sin resolver)',
  },
  noted: {
    en: 'Findings disagree (noted; the stronger evidence stands)',
    es: 'Hallazgos que discrepan (anotado; prevalece la evidencia más sólida)',
  },
  resolve: { en: 'What resolves it', es: 'Qué lo resuelve' },
  whyNotSurer: { en: 'Why not surer', es: 'Por qué no más segura' },
  context: {
    en: 'Context (does not override histology)',
    es: 'Contexto (no anula la histología)',
  },
  contributors: { en: 'Possible contributors', es: 'Posibles factores contribuyentes' },
  labInput: { en: 'Lab values not used', es: 'Valores analíticos no usados' },
  alsoNow: { en: 'At the same visit', es: 'En la misma visita' },
  options: { en: 'Options', es: 'Opciones' },
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
