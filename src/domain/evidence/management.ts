import type { Statement } from './types';
import { localized, said } from '../words';

/** A management note the summary may show, with its source. */
export interface ManagementNote {
  readonly id: string;
  readonly statement: Statement;
}

/**
 * Management notes the sources support. There is no effective treatment for established SCHO
 * (García-Arpa 2020), so these are notes for the clinician, not a treatment plan. Agents reported
 * in other settings are flagged `extrapolated`.
 */
export const MANAGEMENT: readonly ManagementNote[] = [
  {
    id: 'early-detection',
    statement: {
      text: localized(said('evidence.management.early-detection.statement')),
      refs: ['garcia-arpa-2020'],
    },
  },
  {
    id: 'debridement-excision',
    statement: {
      text: localized(said('evidence.management.debridement-excision.statement')),
      refs: ['garcia-arpa-2020'],
    },
  },
  {
    id: 'agents-other-scho',
    statement: {
      text: localized(said('evidence.management.agents-other-scho.statement')),
      refs: ['garcia-arpa-2020'],
      extrapolated: true,
    },
  },
  {
    id: 'sodium-thiosulfate',
    statement: {
      text: localized(said('evidence.management.sodium-thiosulfate.statement')),
      refs: ['garcia-arpa-2020'],
      extrapolated: true,
    },
  },
  {
    id: 'diltiazem-most-reported',
    statement: {
      text: localized(said('evidence.management.diltiazem-most-reported.statement')),
      refs: ['balanescu-2014'],
      extrapolated: true,
    },
  },
  {
    id: 'biopsy-wound-healing',
    statement: {
      text: localized(said('evidence.modality.biopsy.pitfalls.1')),
      refs: ['rheumatologist-lds'],
      extrapolated: true,
    },
  },
];
