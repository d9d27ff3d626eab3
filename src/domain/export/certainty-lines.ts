import type { Assessment, Reason } from '../engine/types';
import { tissueSummary } from '../engine/tissue';
import type { Lang } from '../text';

/** Headings for how sure the assessment is, in both languages (exports only). */
export const CERTAINTY_TEXT = {
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
  noTestNow: { en: 'No test suggested now', es: 'Ninguna prueba sugerida ahora' },
} as const;

/** Rules after which "workup complete" is true: the question is answered. */
const ANSWERED_RULES: ReadonlySet<string> = new Set(['biopsy-answered', 'nothing-left']);

/** "Workup complete" only when the question is answered; otherwise "no test suggested now". */
export const completeIsAnswered = (a: Assessment): boolean =>
  a.nextStep.step === 'complete' && ANSWERED_RULES.has(a.nextStep.ruleId);

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
    lines.push(
      `${T(d.status === 'unresolved' ? 'unresolved' : 'noted')}: ${say(d.reason)} ${T('resolve')}: ${say(d.resolve)}`,
    );
  }
  const unresolvedResolves = new Set(
    i.discordances.filter((d) => d.status === 'unresolved').map((d) => d.resolve),
  );
  for (const r of i.whyNotSurer) {
    if (!unresolvedResolves.has(r)) lines.push(`${T('whyNotSurer')}: ${say(r)}`);
  }
  for (const r of i.context) lines.push(`${T('context')}: ${say(r)}`);
  for (const r of a.contributors) lines.push(`${T('contributors')}: ${say(r)}`);
  for (const r of a.labInputProblems) lines.push(`${T('labInput')}: ${say(r)}`);
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
  for (const o of a.nextStep.options ?? []) out.push(`${CERTAINTY_TEXT.options[lang]}: ${say(o)}`);
  return out;
}
