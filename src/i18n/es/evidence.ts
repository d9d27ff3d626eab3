import type { Dictionary } from '../types';
import type { evidence as en } from '../en/evidence';

export const evidence: Dictionary<typeof en> = {
  title: 'Evidencia',
  intro:
    'Todas las cifras y afirmaciones clínicas de esta aplicación proceden de las fuentes siguientes, cada una con el contexto en que se estudió.',
  caveat:
    'Ningún estudio ha medido la exactitud de prueba alguna para la osificación subcutánea de las piernas en la insuficiencia venosa crónica. Las cifras de exactitud proceden de otros tipos de osificación heterotópica o de calcinosis y se marcan como «extrapoladas». Donde no hay cifra, la aplicación dice «no medido».',
  keyStatements: 'Lo que dice el caso clínico de origen',
  prevalence: 'Frecuencia (según la cita el caso clínico)',
  ceap: 'Clasificación de la enfermedad venosa (CEAP 2020)',
  referencesTitle: 'Referencias ({count})',
  setting: 'Contexto estudiado',
  status: {
    S: 'Leído en el texto original',
    S2: 'Leído en una fuente secundaria que cita el original',
  },
  seedBadge: 'El caso clínico en que se basa esta aplicación',
  doi: 'DOI {doi}',
  pmid: 'PubMed {pmid}',
  opensElsewhere: '(abre otro sitio)',
};
