import type { Annotation, Coding, DiagnosticReport, ServiceRequest } from '@medplum/fhirtypes';
import type { Assessment } from '../../engine/types';
import type { ModalityId } from '../../evidence/types';
import {
  kindOf,
  MODALITY_MODULES,
  STEP_NAMES,
  STEP_STUDIES,
  type ModalityKind,
} from '../../modalities';
import type { Lang, LocalizedText } from '../../text';
import { render, said } from '../../words';
import { bandExtensions, requestBand } from '../provenance';
import { SR_CATEGORY, codeText } from './codes';
import type { BundleContext, Entry } from './context';
import { textByLanguage } from '../../text-by-language';

interface Recommended {
  readonly key: string;
  readonly code: LocalizedText;
  readonly category: RequestCategory;
  readonly reason: (lang: Lang) => string;
  /** The studies the request stands for (their patient cautions travel with it). */
  readonly studies: readonly ModalityId[];
}

type RequestCategory = 'laboratory' | 'imaging' | 'biopsy';
const REQUEST_CATEGORY: Readonly<Record<ModalityKind, RequestCategory>> = {
  labs: 'laboratory',
  imaging: 'imaging',
  biopsy: 'biopsy',
};

/** A step that records several studies is proposed once, by the step's name ("CT or MRI"). */
const stepRequest = (study: LocalizedText): LocalizedText =>
  textByLanguage((lang) => render(said('export.fhir.step-request', { study: study[lang] }), lang));

function requestFor(m: ModalityId, reason: (l: Lang) => string): Recommended {
  const code = MODALITY_MODULES[m].fhir.request;
  return { key: m, code, category: REQUEST_CATEGORY[kindOf(m)], reason, studies: [m] };
}

/**
 * What to propose: the engine's next step, plus every study it rates "usually appropriate" now
 * and that is not done; nothing once the engine calls the workup complete. A step with several
 * studies (CT/MRI) becomes one request ("CT or MRI"), as the wizard asks.
 */
function recommendedStudies(a: Assessment): Recommended[] {
  const out: Recommended[] = [];
  // A complete workup proposes nothing: the engine's remaining "appropriate" ratings are options,
  // and a ServiceRequest would read as an order.
  const next = a.nextStep;
  if (next.step === 'complete') return out;
  const seen = new Set<ModalityId>();
  const studies = STEP_STUDIES[next.step];
  const why = (l: Lang) => next.reason.text[l];
  if (studies.length > 1) {
    const first = studies[0] as ModalityId;
    out.push({
      key: next.step,
      code: stepRequest(STEP_NAMES[next.step]),
      category: REQUEST_CATEGORY[kindOf(first)],
      reason: why,
      studies,
    });
    studies.forEach((m) => seen.add(m));
  } else {
    for (const m of studies) {
      seen.add(m);
      out.push(requestFor(m, why));
    }
  }
  for (const adv of Object.values(a.advice)) {
    if (adv.band !== 'usually-appropriate' || seen.has(adv.modality)) continue;
    seen.add(adv.modality);
    const main = adv.reasons[0];
    out.push(requestFor(adv.modality, (l) => (main ? main.text[l] : '')));
  }
  return out;
}

/**
 * The patient cautions of the request's studies (the pregnancy question before an ionising study,
 * bleeding advice and the FOP warning with a biopsy), each once, as the request's notes.
 */
function cautionNotes(a: Assessment, studies: readonly ModalityId[], lang: Lang): Annotation[] {
  const seen = new Set<string>();
  const notes: Annotation[] = [];
  for (const m of studies) {
    for (const r of a.advice[m]?.reasons ?? []) {
      if (!r.caution || seen.has(r.text[lang])) continue;
      seen.add(r.text[lang]);
      notes.push({ text: r.text[lang] });
    }
  }
  return notes;
}

/**
 * ServiceRequests: proposals, with the appropriateness band as their provenance. The priority is
 * "urgent" ("actioned promptly, higher priority than routine", FHIR request-priority) while the
 * engine holds a possible calciphylaxis urgent; "routine" otherwise.
 */
export function requestEntries(ctx: BundleContext): Entry[] {
  const { a, lang } = ctx;
  return recommendedStudies(a).map((req) => {
    const key = `request-${req.key}`;
    const notes = cautionNotes(a, req.studies, lang);
    const sr: ServiceRequest = {
      resourceType: 'ServiceRequest',
      id: ctx.uuid(key),
      status: 'draft',
      intent: 'proposal',
      priority: a.urgency ? 'urgent' : 'routine',
      code: codeText(req.code[lang]),
      subject: ctx.subject,
      authoredOn: a.asOf,
      reasonCode: [codeText(req.reason(lang))],
      reasonReference: [ctx.ref<DiagnosticReport>('report')],
      ...(notes.length ? { note: notes } : {}),
      ...(SR_CATEGORY[req.category]
        ? { category: [{ coding: [SR_CATEGORY[req.category] as Coding] }] }
        : {}),
    };
    // Provenance: the appropriateness band (and the Argonaut PAMA rating where one fits).
    const band = requestBand(a.advice, req.key);
    if (band) sr.extension = bandExtensions(band, lang, ctx.uuid(`${key}-consult`));
    return { key, resource: sr };
  });
}
