import type { Case } from '../case/schema';
import { reason } from '../reason';
import type { Reason } from './types';

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
    out.push(
      reason(
        {
          en: 'Prior deep vein thrombosis: the authors of the case report think it chiefly may have influenced the appearance of SCHO.',
          es: 'Trombosis venosa profunda previa: los autores del caso creen que pudo influir sobre todo en la aparición de la osificación.',
        },
        [SEED],
      ),
    );
  }
  if (c.patient.immobility === true) {
    out.push(
      reason(
        {
          en: 'Immobility (e.g. hemiplegia): may have contributed by worsening the CVI, as the authors of the case report suggest.',
          es: 'Inmovilidad (p. ej., hemiplejía): pudo contribuir al empeorar la insuficiencia venosa, como sugieren los autores del caso.',
        },
        [SEED],
      ),
    );
  }
  if (c.studies.xray.status === 'done' && c.studies.xray.periostitis === true) {
    out.push(
      reason(
        {
          en: 'Periostitis on the X-ray: associated with CVI, it supports long-standing venous disease as the background.',
          es: 'Periostitis en la radiografía: asociada a la insuficiencia venosa, apoya una enfermedad venosa de larga evolución como fondo.',
        },
        [SEED],
      ),
    );
  }
  return out;
}
