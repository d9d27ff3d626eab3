import type { DiagnosticReport, Observation } from '@medplum/fhirtypes';
import { siteSummary, SITE_HEADING } from '../../engine/site';
import { certaintyLines } from '../certainty-lines';
import { escapeXml } from '../inert';
import { fill } from '../vocabulary';
import { CODE_TEXT, V2_0074, codeText } from './codes';
import type { BundleContext, Entry } from './context';

/** The conclusion: every discordance, the tissue answer and why not surer travel with it. */
function conclusionText(ctx: BundleContext): string {
  const { a, lang } = ctx;
  return [
    // Fault 4 (engine 3): the urgency travels with the report, not only with the requests.
    ...(a.urgency ? [a.urgency.reason.text[lang]] : []),
    `${a.interpretation.label[lang]}.`,
    ...a.interpretation.drivers.map((d) => d.text[lang]),
    ...certaintyLines(a, lang, (r) => r.text[lang]),
  ].join(' ');
}

/** The narrative: conclusion, disclaimer, engine version and this site's settings. */
function narrative(ctx: BundleContext, conclusion: string): string {
  const { opts } = ctx;
  const engineLine = fill(CODE_TEXT.engine[ctx.lang], { version: ctx.a.engineVersion });
  const site = opts.site
    ? `<p>${escapeXml(`${SITE_HEADING[opts.lang]}: ${siteSummary(opts.site)[opts.lang]}`)}</p>`
    : '';
  return `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXml(conclusion)}</p><p>${escapeXml(
    opts.disclaimer,
  )}</p><p>${escapeXml(engineLine)}</p>${site}</div>`;
}

/** The report: the working conclusion and what drove it, with every result in the Bundle. */
export function reportEntry(ctx: BundleContext, resultKeys: readonly string[]): Entry {
  const { a } = ctx;
  const conclusion = conclusionText(ctx);
  const report: DiagnosticReport = {
    resourceType: 'DiagnosticReport',
    id: ctx.uuid('report'),
    // Final only once the engine has nothing left to suggest and nothing is open.
    status: a.nextStep.step === 'complete' && a.openItems.length === 0 ? 'final' : 'preliminary',
    category: [{ coding: [{ system: V2_0074, code: 'RAD', display: 'Radiology' }] }],
    code: codeText(CODE_TEXT.report[ctx.lang]),
    subject: ctx.subject,
    effectiveDateTime: a.asOf,
    issued: ctx.opts.exportedAt,
    ...(resultKeys.length ? { result: resultKeys.map((k) => ctx.ref<Observation>(k)) } : {}),
    conclusion,
    text: { status: 'generated', div: narrative(ctx, conclusion) },
  };
  return { key: 'report', resource: report };
}
