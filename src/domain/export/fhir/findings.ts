import type { Observation } from '@medplum/fhirtypes';
import { kindOf, type ModalityKind, fhirFinding } from '../../modalities';
import type { StudyFacts } from '../describe';
import { escapeMarkdown } from '../inert';
import { PHRASES } from '../vocabulary';
import { DATA_ABSENT, category, codeText } from './codes';
import type { BundleContext, Entry } from './context';

/** The Observation category of a finding: histology is a laboratory result. */
const FINDING_CATEGORY: Readonly<Record<ModalityKind, 'laboratory' | 'imaging'>> = {
  labs: 'laboratory',
  imaging: 'imaging',
  biopsy: 'laboratory',
};

/**
 * One imaging or biopsy finding: the main result as the value (or why it is absent), the
 * secondary findings as components, in the module's own words and codes.
 */
function findingObservation(ctx: BundleContext, s: StudyFacts, id: string): Observation {
  const { lang } = ctx;
  const finding = fhirFinding(s.id, ctx.c.studies[s.id], lang);
  // The main result is the first finding phrase, when the study has one (see "has a result").
  const main = s.hasResult ? s.findings[0] : undefined;
  const components = finding?.components ?? [];
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: category(FINDING_CATEGORY[kindOf(s.id)]),
    code: codeText(finding?.code ?? s.name),
    subject: ctx.subject,
    ...(s.date ? { effectiveDateTime: s.date } : {}),
    ...(main
      ? { valueCodeableConcept: codeText(main) }
      : {
          dataAbsentReason: {
            coding: [{ system: DATA_ABSENT, code: 'unknown', display: 'Unknown' }],
            text: PHRASES.noResult[lang],
          },
        }),
    ...(components.length ? { component: components } : {}),
    // Annotation.text is markdown: the note is escaped so that it shows as typed and does nothing.
    ...(s.note ? { note: [{ text: escapeMarkdown(s.note) }] } : {}),
  };
}

/** Imaging and biopsy: one Observation per study that was done. */
export function findingEntries(ctx: BundleContext): Entry[] {
  return ctx.facts.studies
    .filter((s) => s.status === 'done')
    .map((s) => {
      const key = `finding-${s.id}`;
      return { key, resource: findingObservation(ctx, s, ctx.uuid(key)) };
    });
}
