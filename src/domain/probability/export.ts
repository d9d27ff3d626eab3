import { getReference, shortCitation } from '../evidence';
import { render, said } from '../words';
import { STUDY_NAMES } from '../modalities';
import type { Lang } from '../text';
import { explore, type ExplorerInput, type ExplorerResult, type ResultOutcome } from './explore';
import { pct, pctRange, ratio, ratioRange } from './format';
import type { ProbabilitySources } from './sources';
import {
  CONCORDANCE,
  CORRECTED,
  EXPORT,
  EXTRAPOLATED,
  JUDGEMENT,
  LR_NAME,
  NO_LR,
  NOT_OSSIFICATION,
  UNDEFINED_REASON,
  VERDICT,
  WHAT_IF,
  ZERO_NUMERATOR,
  ZONE,
} from './vocabulary';

/**
 * The calculation as plain text, for the clinician to copy or download. What-if results appear
 * only when `includeWhatIf` is chosen, and then every line that rests on them carries the what-if
 * label; otherwise they are dropped and the calculation is redone from the sources alone, with a
 * line saying so. The case is never touched: this text is the only export of the explorer.
 */
export interface CalculationTextOptions {
  readonly lang: Lang;
  readonly includeWhatIf: boolean;
  /** The app's disclaimer in the reader's language. */
  readonly disclaimer: string;
}

function cite(refs: readonly string[]): string {
  return refs
    .map((id) => {
      const r = getReference(id);
      return r ? shortCitation(r) : id;
    })
    .join('; ');
}

function resultLine(r: ResultOutcome, lang: Lang): string {
  const name = STUDY_NAMES[r.input.modality][lang];
  const sign = EXPORT[r.input.sign][lang];
  const lrName = LR_NAME[r.input.sign][lang];
  const head = `- ${name}, ${sign}: `;
  if (r.input.basis === 'assumption') {
    const assumed = render(
      said('probability.export.assumed', {
        sens: pct(lang, r.input.sensitivity),
        spec: pct(lang, r.input.specificity),
      }),
      lang,
    );
    const body = r.used
      ? `${assumed} → ${lrName} ${ratio(lang, r.used.point)}`
      : `${assumed}. ${UNDEFINED_REASON[r.refusal?.kind === 'undefined' ? r.refusal.reason : 'no-false-positives'][lang]} ${EXPORT.notUsed[lang]}.`;
    return `${head}${body} [${WHAT_IF[lang]}]`;
  }
  if (!r.evidence) return `${head}${NO_LR[lang]}`;
  const e = r.evidence;
  const t = e.table;
  const source = ` (TP ${t.tp}, FN ${t.fn}, FP ${t.fp}, TN ${t.tn}; ${e.setting[lang]}${
    e.extrapolated ? `; ${EXTRAPOLATED[lang]}` : ''
  }; ${cite([e.ref])})`;
  const parts: string[] = [];
  if (r.lr?.kind === 'undefined') parts.push(UNDEFINED_REASON[r.lr.reason][lang]);
  else if (r.lr?.kind === 'defined') {
    const v = r.lr.value;
    parts.push(
      `${lrName} ${ratio(lang, v.point)}${v.ci ? ` (${EXPORT.ci[lang]} ${ratioRange(lang, v.ci)})` : ''}`,
    );
    if (!v.ci) parts.push(ZERO_NUMERATOR[lang]);
  }
  if (r.used?.corrected) {
    const c = r.used.corrected;
    parts.push(
      `${lrName} ${ratio(lang, c.point)} (${EXPORT.ci[lang]} ${ratioRange(lang, c.ci!)}), ${CORRECTED[lang]}`,
    );
  } else if (!r.used) parts.push(EXPORT.notUsed[lang]);
  // Each part is a sentence; some already end with a full stop.
  return `${head}${parts.map((p) => p.replace(/\.$/, '')).join('. ')}${source}`;
}

function lines(res: ExplorerResult, lang: Lang): string[] {
  const out: string[] = [];
  const whatIf = res.usesWhatIf ? ` [${WHAT_IF[lang]}]` : '';
  if (res.pretest?.kind === 'anchor') {
    const a = res.pretest.anchor;
    out.push(
      `${EXPORT.pretest[lang]}: ${pctRange(lang, a.range)} — ${a.label[lang]} (${[a.rangeBasis[lang], ...(a.setting[lang] === a.label[lang] ? [] : [a.setting[lang]]), cite(a.refs)].join('; ')})`,
    );
    if (a.measures === 'calcification') out.push(`  ${NOT_OSSIFICATION[lang]}`);
  } else if (res.pretest) {
    out.push(`${EXPORT.pretest[lang]}: ${pctRange(lang, res.pretest.range)} — ${JUDGEMENT[lang]}`);
  }
  if (res.results.length) {
    out.push(`${EXPORT.results[lang]}:`);
    for (const r of res.results) out.push(resultLine(r, lang));
  }
  if (res.chain && res.results.filter((r) => r.used).length > 1) {
    out.push(
      `${EXPORT.combined[lang]}: ${EXPORT.independence[lang]} ${ratio(lang, res.chain.independence.point)}; ${EXPORT.fullDependence[lang]} ${ratio(lang, res.chain.fullDependence.point)}; ${CONCORDANCE[res.chain.concordance][lang]}${whatIf}`,
    );
  }
  if (res.post) {
    const p = res.post;
    out.push(
      `${EXPORT.post[lang]}: ${pctRange(lang, p.band)} (${EXPORT.band[lang]}); ${EXPORT.independence[lang]} ${pctRange(lang, p.independence.atPoint)}; ${EXPORT.fullDependence[lang]} ${pctRange(lang, p.fullDependence.atPoint)}${whatIf}`,
    );
  } else if (res.pretest) out.push(EXPORT.noPost[lang]);
  if (res.decision) {
    out.push(
      `${EXPORT.changes[lang]} ${VERDICT[res.decision.verdict][lang]} (${res.decision.post.map((z) => ZONE[z][lang]).join(' / ')})${whatIf}`,
    );
  }
  return out;
}

export function calculationText(
  input: ExplorerInput,
  sources: ProbabilitySources,
  opts: CalculationTextOptions,
): string {
  const { lang } = opts;
  const hadWhatIf = input.results.some((r) => r.basis === 'assumption');
  const kept = opts.includeWhatIf
    ? input
    : { ...input, results: input.results.filter((r) => r.basis === 'evidence') };
  const res = explore(kept, sources);
  const out = [EXPORT.title[lang], '', ...lines(res, lang)];
  if (input.thresholds && res.decision) {
    out.splice(
      2,
      0,
      render(
        said('probability.export.thresholds', {
          test: pct(lang, input.thresholds.test),
          treatment: pct(lang, input.thresholds.treatment),
        }),
        lang,
      ),
    );
  }
  if (hadWhatIf && !opts.includeWhatIf) out.push('', EXPORT.whatIfLeftOut[lang]);
  out.push('', opts.disclaimer);
  return out.join('\n');
}
