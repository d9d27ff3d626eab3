import type { Extension, Provenance, Reference, Resource } from '@medplum/fhirtypes';
import type { Band } from '../engine/types';
import { isStepId, STEP_STUDIES } from '../modalities/core';
import { EVIDENCE_PACK_SHA256, EVIDENCE_PACK_VERSION, type ModalityId } from '../evidence';
import type { Lang, LocalizedText } from '../text';
import { localized, render, said } from '../words';

/**
 * Provenance carried by every export: which engine and which evidence pack produced it. The
 * evidence pack's version and SHA-256 (src/domain/evidence/pack.ts) identify the exact registry;
 * the engine version identifies the rules.
 */

export interface ProvenanceInfo {
  readonly engineVersion: string;
  readonly evidencePack: { readonly version: string; readonly sha256: string };
}

export function provenanceInfo(engineVersion: string): ProvenanceInfo {
  return {
    engineVersion,
    evidencePack: { version: EVIDENCE_PACK_VERSION, sha256: EVIDENCE_PACK_SHA256 },
  };
}

/** "Evidence pack 2.0.0 (SHA-256 45b0…); engine 1.1.0." — the full hash, so it can be checked. */
export function provenanceLine(info: ProvenanceInfo, lang: Lang): string {
  const { version, sha256 } = info.evidencePack;
  return render(
    said('export.provenance.line', { version, sha256, engine: info.engineVersion }),
    lang,
  );
}

/* ------------------------------------------------------------------------------------------ */
/* FHIR                                                                                        */
/* ------------------------------------------------------------------------------------------ */

/** The app's own identifiers (URNs: the app has no web address of its own). */
const APP_SOFTWARE_SYSTEM = 'urn:scho-workup:software';
const EVIDENCE_PACK_SYSTEM = 'urn:scho-workup:evidence-pack-sha256';
export const BAND_EXTENSION_URL = 'urn:scho-workup:extension:appropriateness-band';
const BAND_SYSTEM = 'urn:scho-workup:appropriateness-band';

/** Argonaut "CDS Hooks for PAMA": the rating extension on a ServiceRequest and its code system. */
export const PAMA_RATING_URL = 'http://fhir.org/argonaut/Extension/pama-rating';
export const PAMA_RATING_SYSTEM = 'http://fhir.org/argonaut/CodeSystem/pama-rating';
const PAMA_CONSULT_ID_URL = 'http://fhir.org/argonaut/Extension/pama-rating-consult-id';

const PROVENANCE_PARTICIPANT = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';

const BAND_LABEL: Readonly<Record<Band, LocalizedText>> = {
  'usually-appropriate': localized(said('export.band.usually-appropriate')),
  'may-be-appropriate': localized(said('export.band.may-be-appropriate')),
  'usually-not-appropriate': localized(said('export.band.usually-not-appropriate')),
  done: localized(said('export.band.done')),
  'not-done': localized(said('export.band.not-done')),
};

/**
 * The Argonaut PAMA code for a band, where one fits: "appropriate" for usually appropriate and
 * "not-appropriate" for usually not appropriate. "May be appropriate" has no PAMA equivalent (the
 * guide leaves such an order unrated), so it gets none rather than a wrong one.
 */
export function pamaCode(band: Band): 'appropriate' | 'not-appropriate' | undefined {
  if (band === 'usually-appropriate') return 'appropriate';
  if (band === 'usually-not-appropriate') return 'not-appropriate';
  return undefined;
}

/**
 * The extensions for one ServiceRequest: the app's band (always), the Argonaut PAMA rating with
 * the band as a translation coding (only where a PAMA code fits), and the Argonaut consultation
 * id (a `urn:uuid`, for audit).
 */
export function bandExtensions(band: Band, lang: Lang, consultUuid: string): Extension[] {
  const own = { system: BAND_SYSTEM, code: band, display: BAND_LABEL[band].en };
  const out: Extension[] = [
    {
      url: BAND_EXTENSION_URL,
      valueCodeableConcept: { coding: [own], text: BAND_LABEL[band][lang] },
    },
  ];
  const pama = pamaCode(band);
  if (pama) {
    out.push(
      {
        url: PAMA_RATING_URL,
        valueCodeableConcept: {
          coding: [{ system: PAMA_RATING_SYSTEM, code: pama }, own],
          text: BAND_LABEL[band][lang],
        },
      },
      { url: PAMA_CONSULT_ID_URL, valueUri: `urn:uuid:${consultUuid}` },
    );
  }
  return out;
}

/**
 * A Provenance resource: the app (with its engine version) as the assembling agent, the evidence
 * pack (version and SHA-256) as the source entity, for every resource the export made.
 */
export function fhirProvenance(
  id: string,
  targets: readonly Reference<Resource>[],
  recorded: string,
  info: ProvenanceInfo,
): Provenance {
  const pack = `Evidence pack ${info.evidencePack.version}, SHA-256 ${info.evidencePack.sha256}`;
  return {
    resourceType: 'Provenance',
    id,
    target: [...targets],
    recorded,
    policy: [
      `urn:scho-workup:engine-version:${info.engineVersion}`,
      `urn:scho-workup:evidence-pack:${info.evidencePack.version}`,
    ],
    agent: [
      {
        type: {
          coding: [{ system: PROVENANCE_PARTICIPANT, code: 'assembler', display: 'Assembler' }],
        },
        who: {
          identifier: { system: APP_SOFTWARE_SYSTEM, value: `scho-workup@${info.engineVersion}` },
          display: `Leg ossification workup, engine ${info.engineVersion}`,
        },
      },
    ],
    entity: [
      {
        role: 'source',
        what: {
          identifier: { system: EVIDENCE_PACK_SYSTEM, value: info.evidencePack.sha256 },
          display: pack,
        },
      },
    ],
  };
}

/**
 * The band of a proposed request: the modality's own band, or for the joint "CT or MRI" request
 * the more favourable of the two (the request lets the clinician choose).
 */
export function requestBand(
  advice: Readonly<Partial<Record<ModalityId, { readonly band: Band }>>>,
  key: string,
): Band | undefined {
  const order: readonly Band[] = [
    'usually-appropriate',
    'may-be-appropriate',
    'usually-not-appropriate',
    'not-done',
    'done',
  ];
  // A request for a step (CT or MRI) takes the best band of the step's studies.
  const ids: readonly string[] = isStepId(key) ? STEP_STUDIES[key] : [key];
  const bands = ids
    .map((m) => advice[m as ModalityId]?.band)
    .filter((b): b is Band => b !== undefined);
  return bands.sort((x, y) => order.indexOf(x) - order.indexOf(y))[0];
}
