import type { Coding, Observation } from '@medplum/fhirtypes';
import type { LabFact } from '../describe';
import { escapeMarkdown } from '../inert';
import { LAB_NAMES } from '../../modalities/labs/words';
import { render, said } from '../../words';
import {
  FLAG_CODE,
  FLAG_DISPLAY,
  INTERPRETATION,
  LAB_LOINC,
  LOINC,
  UCUM,
  UCUM_CODE,
  category,
} from './codes';
import type { BundleContext, Entry } from './context';

/** The value with its UCUM unit, when one was entered. */
function labQuantity(lab: LabFact): Partial<Observation> {
  if (lab.value === undefined) return {};
  return {
    valueQuantity: {
      value: lab.value,
      ...(lab.unit
        ? {
            unit: lab.unit,
            system: UCUM,
            ...(UCUM_CODE[lab.unit] ? { code: UCUM_CODE[lab.unit] } : {}),
          }
        : {}),
    },
  };
}

/** The lab's own flag as an interpretation, with the phrase the note uses. */
function labInterpretation(lab: LabFact): Partial<Observation> {
  if (!lab.flag) return {};
  return {
    interpretation: [
      {
        coding: [
          { system: INTERPRETATION, code: FLAG_CODE[lab.flag], display: FLAG_DISPLAY[lab.flag] },
        ],
        text: lab.text,
      },
    ],
  };
}

function labObservation(ctx: BundleContext, lab: LabFact, id: string): Observation {
  const labs = ctx.c.studies.labs;
  // The note as the case's facts give it: absent when blank (FHIR refuses a blank string).
  const note = ctx.facts.labs.note;
  const loinc = lab.unit ? LAB_LOINC[lab.analyte]?.[lab.unit] : undefined;
  const coding: Coding[] = loinc
    ? [{ system: LOINC, code: loinc.code, display: loinc.display }]
    : [];
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: category('laboratory'),
    code: {
      ...(coding.length ? { coding } : {}),
      text: render(
        said('export.fhir.code.lab', { analyte: LAB_NAMES[lab.analyte][ctx.lang] }),
        ctx.lang,
      ),
    },
    subject: ctx.subject,
    ...(labs.date ? { effectiveDateTime: labs.date } : {}),
    ...labQuantity(lab),
    ...labInterpretation(lab),
    // Annotation.text is markdown: escaped, so the note shows as typed and does nothing.
    ...(note ? { note: [{ text: escapeMarkdown(note) }] } : {}),
  };
}

/** Labs: one Observation per analyte with a value or a flag, once the labs are done. */
export function labEntries(ctx: BundleContext): Entry[] {
  if (ctx.c.studies.labs.status !== 'done') return [];
  return ctx.facts.labValues.map((lab) => {
    const key = `lab-${lab.analyte}`;
    return { key, resource: labObservation(ctx, lab, ctx.uuid(key)) };
  });
}
