import type { Dictionary } from '../types';
import type { certainty as en } from '../en/certainty';

/** Cuán segura es la valoración y por qué no más. */
export const certainty: Dictionary<typeof en> = {
  heading: 'Cuán segura es, y por qué',
  conclusion: 'Conclusión de trabajo',
  tissue: 'De qué está hecha la lesión',
  evidenceFor: 'A favor',
  evidenceAgainst: 'En contra',
  discordances: 'Hallazgos que discrepan',
  noted: 'Anotada (prevalece la evidencia más sólida)',
  unresolved: 'Sin resolver',
  resolve: 'Qué la resuelve',
  whyNotSurer: 'Por qué no más segura',
  contributors: 'Posibles factores contribuyentes',
  context: 'Contexto (no anula la histología)',
  alsoNow: 'En la misma visita',
  options: 'Opciones, con sus ventajas e inconvenientes',
  labInput: 'Valores analíticos no usados',
};
