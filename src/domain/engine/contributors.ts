import type { Case } from '../case/schema';
import { reason } from '../reason';
import type { Reason } from './types';
import { said } from '../words';

const SEED = 'garcia-arpa-2020';

/**
 * History and findings the case report names as possible contributors. Seed: "it is
 * possible that immobility due to right hemiplegia (worsening the CVI) and chiefly left TVP have
 * influenced its appearance"; radiography "may be associated with periostitis due to CVI".
 * Shown as contributors, never as evidence for or against bone.
 */
export function contributors(c: Case): Reason[] {
  const out: Reason[] = [];
  if (c.patient.priorDvt === true) {
    out.push(reason(said('engine.contributors.prior-dvt'), [SEED]));
  }
  if (c.patient.immobility === true) {
    out.push(reason(said('engine.contributors.immobility'), [SEED]));
  }
  if (c.studies.xray.status === 'done' && c.studies.xray.periostitis === true) {
    out.push(reason(said('engine.contributors.periostitis'), [SEED]));
  }
  return out;
}
