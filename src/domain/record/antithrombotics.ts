import type {
  CodeableConcept,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Reference,
} from '@medplum/fhirtypes';
import { ANTITHROMBOTICS, type Antithrombotic } from '../case/schema';
import type { LocalizedText } from '../text';
import { localized, said } from '../words';
import { drugClass, type DrugClass } from './codes';
import {
  dateOnly,
  words,
  type Reading,
  type RecordData,
  type RecordSource,
  type Unused,
} from './reading';

/**
 * Anticoagulant and antiplatelet drugs from the record's medication orders (MedicationRequest)
 * and statements (MedicationStatement), coded in the resource or in the Medication it points at,
 * by ATC group or RxNorm ingredient (codes.ts). Only a current one fills the field: an active
 * order (intent order, not "do not give"), an active statement whose period has not ended. A
 * stopped, completed, cancelled, on-hold or draft one is shown with its status and date and
 * never filled; one entered in error is ignored. Nothing in the record is never "none": the
 * field stays empty (not known) unless a current drug is found.
 */

type MedResource = MedicationRequest | MedicationStatement;

/** The Medication a reference points at: contained ("#id"), or in the record by type and id. */
function resolve(
  ref: Reference | undefined,
  owner: MedResource,
  record: RecordData,
): Medication | undefined {
  const r = ref?.reference;
  if (!r) return undefined;
  if (r.startsWith('#'))
    return owner.contained?.find(
      (c): c is Medication => c.resourceType === 'Medication' && c.id === r.slice(1),
    );
  const m = /(?:^|\/)Medication\/([^/]+)(?:\/_history\/.*)?$/.exec(r);
  return m ? record.medications?.find((x) => x.id === m[1]) : undefined;
}

/** Every code the drug carries: its own, or its Medication's code and ingredients. */
function concepts(res: MedResource, record: RecordData): CodeableConcept[] {
  if (res.medicationCodeableConcept) return [res.medicationCodeableConcept];
  const med = resolve(res.medicationReference, res, record);
  if (!med) return [];
  return [
    ...(med.code ? [med.code] : []),
    ...(med.ingredient ?? []).flatMap((i) =>
      i.itemCodeableConcept ? [i.itemCodeableConcept] : [],
    ),
  ];
}

/** The record's words for the drug: the concept's text, else the reference's display. */
function drugWords(res: MedResource, record: RecordData): string {
  const first = concepts(res, record)[0];
  return first ? words(first, 'Medication') : (res.medicationReference?.display ?? 'Medication');
}

function classOf(res: MedResource, record: RecordData): DrugClass | undefined {
  const classes = concepts(res, record)
    .flatMap((cc) => cc.coding ?? [])
    .map(drugClass)
    .filter((c): c is DrugClass => c !== undefined);
  // A drug coded both ways states one class; a definite class wins over aspirin's "which use".
  return classes.find((c) => c !== 'aspirin') ?? classes[0];
}

const sourceOf = (res: MedResource, record: RecordData): RecordSource => {
  const date = dateOnly(
    res.resourceType === 'MedicationRequest'
      ? res.authoredOn
      : (res.effectiveDateTime ?? res.effectivePeriod?.start ?? res.dateAsserted),
  );
  return {
    resourceType: res.resourceType,
    ...(res.id ? { id: res.id } : {}),
    ...(date ? { date } : {}),
    what: drugWords(res, record),
  };
};

const statusReason = (status: string): LocalizedText => {
  switch (status) {
    case 'stopped':
    case 'completed':
    case 'cancelled':
      return localized(said('record.drug.ended', { status }));
    case 'on-hold':
      return localized(said('record.drug.on-hold'));
    case 'not-taken':
      return localized(said('record.drug.not-taken'));
    default:
      return localized(said('record.drug.other-status', { status }));
  }
};

const ASPIRIN: LocalizedText = localized(said('record.drug.aspirin'));

/** Why a drug resource does not count as current (undefined: it does). */
function notCurrent(res: MedResource, today: string): LocalizedText | undefined {
  if (res.status !== 'active') return statusReason(res.status);
  if (res.resourceType === 'MedicationRequest') {
    if (res.intent === 'proposal' || res.intent === 'plan')
      return localized(said('record.drug.not-an-order', { intent: res.intent }));
    return undefined;
  }
  const end = dateOnly(res.effectivePeriod?.end);
  if (end && end < today) return localized(said('record.drug.taken-until', { end }));
  return undefined;
}

export function readAntithrombotics(record: RecordData, today: string): Reading<Antithrombotic[]> {
  const found = new Map<Antithrombotic, RecordSource[]>();
  const notUsed: Unused[] = [];
  const all: MedResource[] = [
    ...(record.medicationRequests ?? []),
    ...(record.medicationStatements ?? []),
  ];
  for (const res of all) {
    if (res.status === 'entered-in-error') continue;
    if (res.resourceType === 'MedicationRequest' && res.doNotPerform) continue;
    const cls = classOf(res, record);
    if (!cls) continue;
    const source = sourceOf(res, record);
    const why = notCurrent(res, today);
    if (why) notUsed.push({ reason: why, source });
    else if (cls === 'aspirin') notUsed.push({ reason: ASPIRIN, source });
    else found.set(cls, [...(found.get(cls) ?? []), source]);
  }
  const classes = ANTITHROMBOTICS.filter((a) => found.has(a));
  const sources = classes.flatMap((a) => found.get(a) ?? []);
  const [first, ...also] = sources;
  if (!first) return { notUsed };
  return {
    value: { value: classes, source: first, ...(also.length ? { also } : {}) },
    notUsed,
  };
}
