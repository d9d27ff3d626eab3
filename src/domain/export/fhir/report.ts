import type { CodeableConcept, DiagnosticReport, Observation, Reference } from '@medplum/fhirtypes';
import type { ModalityKind } from '../../modalities';
import { siteSummary, SITE_HEADING } from '../../engine/site';
import { certaintyLines } from '../certainty-lines';
import { escapeXml } from '../inert';
import { render, said } from '../../words';
import { APP_CODE_SYSTEM, CODE_TEXT, V2_0074 } from './codes';
import type { BundleContext, Entry } from './context';

/** The conclusion: every discordance, the tissue answer and why not surer travel with it. */
function conclusionText(ctx: BundleContext): string {
  const { a, lang } = ctx;
  return [
    // The urgency travels with the report, not only with the requests.
    ...(a.urgency ? [a.urgency.reason.text[lang]] : []),
    `${a.interpretation.label[lang]}.`,
    ...a.interpretation.drivers.map((d) => d.text[lang]),
    ...certaintyLines(a, lang, (r) => r.text[lang]),
  ].join(' ');
}

/** The narrative: conclusion, disclaimer, engine version and this site's settings. */
function narrative(ctx: BundleContext, conclusion: string): string {
  const { opts } = ctx;
  const engineLine = render(
    said('export.fhir.code.engine', { version: ctx.a.engineVersion }),
    ctx.lang,
  );
  const site = opts.site
    ? `<p>${escapeXml(`${SITE_HEADING[opts.lang]}: ${siteSummary(opts.site)[opts.lang]}`)}</p>`
    : '';
  return `<div xmlns="http://www.w3.org/1999/xhtml"><p>${escapeXml(conclusion)}</p><p>${escapeXml(
    opts.disclaimer,
  )}</p><p>${escapeXml(engineLine)}</p>${site}</div>`;
}

/** One result the report holds, with the kind of study it came from. */
export interface ReportResult {
  readonly ref: Reference<Observation>;
  readonly kind: ModalityKind;
}

/**
 * The report's categories (v2-0074 diagnostic service sections, the R4 example binding): one per
 * kind of result it holds. Labs are LAB, imaging RAD, a skin biopsy's histology SP (surgical
 * pathology: the specimen is taken by a procedure). A report that holds no result yet has none.
 */
const KIND_CATEGORY: Readonly<Record<ModalityKind, { code: string; display: string }>> = {
  labs: { code: 'LAB', display: 'Laboratory' },
  imaging: { code: 'RAD', display: 'Radiology' },
  biopsy: { code: 'SP', display: 'Surgical Pathology' },
};
const CATEGORY_ORDER: readonly ModalityKind[] = ['imaging', 'labs', 'biopsy'];

function reportCategories(results: readonly ReportResult[]): CodeableConcept[] {
  const kinds = new Set(results.map((r) => r.kind));
  return CATEGORY_ORDER.filter((k) => kinds.has(k)).map((k) => ({
    coding: [{ system: V2_0074, ...KIND_CATEGORY[k] }],
  }));
}

/** The report's code: the app's own (there is no LOINC report code for this workup), and text. */
export const REPORT_CODE = { system: APP_CODE_SYSTEM, code: 'scho-workup-report' } as const;

/** The report: the working conclusion and what drove it, with every result in the Bundle. */
export function reportEntry(ctx: BundleContext, results: readonly ReportResult[]): Entry {
  const { a } = ctx;
  const conclusion = conclusionText(ctx);
  const categories = reportCategories(results);
  const report: DiagnosticReport = {
    resourceType: 'DiagnosticReport',
    id: ctx.uuid('report'),
    // Final only once the engine has nothing left to suggest and nothing is open.
    status: a.nextStep.step === 'complete' && a.openItems.length === 0 ? 'final' : 'preliminary',
    ...(categories.length ? { category: categories } : {}),
    code: {
      coding: [{ ...REPORT_CODE, display: CODE_TEXT.report.en }],
      text: CODE_TEXT.report[ctx.lang],
    },
    subject: ctx.subject,
    effectiveDateTime: a.asOf,
    issued: ctx.opts.exportedAt,
    ...(results.length ? { result: results.map((r) => r.ref) } : {}),
    conclusion,
    text: { status: 'generated', div: narrative(ctx, conclusion) },
  };
  return { key: 'report', resource: report };
}
