import type { ObservationComponent } from '@medplum/fhirtypes';
import type { Studies } from './core';
import type { Reason } from '../reason';
import type { ImagingId, ModalityId, ModalityProfile } from '../evidence/types';
import type { Formatters } from '../formatters';
import type { Lang, LocalizedText } from '../text';
import type { Histology } from './biopsy/schema';
import type { ModalityCore } from './core';
import type { Words } from './words';

export type { Words } from './words';

/**
 * What one done study says, in the kinds of evidence the engine weighs. Absent = says nothing of
 * that kind.
 */
export interface StudySignals {
  /** Imaging that shows bone. */
  readonly ossification?: Reason;
  /** Imaging that shows calcium without bone. */
  readonly calcification?: Reason;
  /** Uptake that is sensitive but cannot tell bone from calcium (bone scintigraphy). */
  readonly uptake?: Reason;
  /** The study's main result is normal, and the study can see mineral: it counts against a deposit. */
  readonly normal?: boolean;
  /**
   * The result is normal but the study is blind to mineral (conventional MRI): it never counts as
   * "no deposit seen"; the reason says what it is worth.
   */
  readonly normalNotExcluding?: Reason;
  /**
   * A result the app cannot weigh (an "other finding", an indeterminate scan): it counts neither
   * for nor against a deposit, and is an open item saying what resolves it.
   */
  readonly unreadable?: Reason;
  /** Deposits reach fascia or muscle (atypical for SCHO). */
  readonly deep?: boolean;
  /** The histology, for a biopsy. */
  readonly histology?: Histology;
  /** A finding the source calls atypical for SCHO in CVI (e.g. another diagnosis on biopsy). */
  readonly atypical?: Reason;
}

/** How a study with findings (imaging, biopsy) appears in the FHIR Bundle. */
interface FindingFhir<Id extends ModalityId> {
  /** `Observation.code.text` of the finding. */
  readonly code: LocalizedText;
  /** The secondary findings as Observation components, in the order they are described. */
  readonly components: (s: Studies[Id], lang: Lang) => ObservationComponent[];
}

/**
 * Everything about one investigation: its step and schema (the light core), its evidence
 * profile, its names, the words for its findings, how they are read into the engine's signals,
 * described and exported, and the one definition of "has a result".
 */
export interface ModalityModule<Id extends ModalityId> extends ModalityCore {
  readonly id: Id;
  /** The evidence registry's profile (its `name` and `shortName` head the evidence pages). */
  readonly profile: ModalityProfile;
  /**
   * Where the engine reads this study among the done ones, lowest first: the order in which its
   * findings are listed and its normal result named (the bone scan after CT and MRI, as before
   * the registry existed). Distinct for every study (a test checks it).
   */
  readonly readRank: number;
  /**
   * The study's only purpose here is diagnosis: once a biopsy has answered bone versus calcium it
   * adds nothing, and the advice says so (CT and MRI still evaluate the extent).
   */
  readonly diagnosticOnly: boolean;
  /** The study's name in summaries, notes, open items and reasons ("Ultrasound", "CT"). */
  readonly studyName: LocalizedText;
  /** Words for every value of each finding field, keyed by field. */
  readonly vocabulary: Readonly<Record<string, Words<string>>>;
  /**
   * The study's main result (pattern, histology, any lab value) is entered. A secondary finding
   * alone (periostitis, depth, a wound problem) is described, but the main result is still open.
   */
  readonly hasResult: (s: Studies[Id]) => boolean;
  /** What a done study says, for the engine. */
  readonly read: (s: Studies[Id]) => StudySignals;
  /**
   * What a normal result (one the engine counts against a deposit: `read` gave `normal`) is worth:
   * never proof of absence. `day` is the study's day since onset, when both dates are known.
   * Null for a study that has no normal imaging result (labs, biopsy).
   */
  readonly normalReading: (s: Studies[Id], day: number | null) => Reason | null;
  /** The recorded findings in words, main result first; empty when none was entered. */
  readonly describe: (s: Studies[Id], lang: Lang, fmt: Formatters) => string[];
  readonly fhir: {
    /** `ServiceRequest.code.text` when the study is proposed. */
    readonly request: LocalizedText;
    /** The finding Observation; absent for labs, whose analytes are Observations of their own. */
    readonly finding?: FindingFhir<Id>;
  };
}

/** An imaging study's input to the probability explorer: which patterns count as positive. */
export interface ExplorerInput<Id extends ModalityId> {
  /** A deposit of any kind is positive (the accuracy sources score "mineral seen", not bone). */
  readonly positive: readonly (Studies[Id] extends { pattern?: infer P }
    ? NonNullable<P>
    : never)[];
}

/** The registry's type: one module per modality, imaging ones with their explorer input. */
export type ModalityRegistry = {
  readonly [K in ModalityId]: ModalityModule<K> &
    (K extends ImagingId ? ExplorerInput<K> : Record<never, never>);
};
