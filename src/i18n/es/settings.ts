import type { Dictionary } from '../types';
import type { settings as en } from '../en/settings';

export const settings: Dictionary<typeof en> = {
  title: 'Ajustes de este centro',
  intro:
    'Se guardan solo en este dispositivo. Adaptan los consejos a este hospital y acompañan a cada caso exportado, para que quien lo lea sepa qué suponían los consejos.',
  theme: {
    legend: 'Tema',
    system: 'Como el sistema',
    light: 'Claro',
    dark: 'Nocturno (oscuro)',
    hint: 'Al imprimir se usa siempre el tema claro.',
  },
  tests: {
    legend: 'Pruebas disponibles en este hospital',
    hint: 'Desmarque lo que este hospital no puede hacer: los consejos nunca envían al paciente a esa prueba y dicen qué hacer en su lugar (la siguiente mejor prueba o derivar).',
    wait: 'Espera habitual para {name} (días, opcional)',
    waitError: 'Escriba días enteros de 0 a 365, o déjelo vacío. No guardado.',
  },
  units: {
    legend: 'Unidades de este laboratorio',
    hint: 'Un valor de laboratorio escrito sin unidad toma esta.',
    calcium: 'Calcio',
    phosphate: 'Fósforo',
    none: 'Sin indicar',
  },
  reset: 'Volver a los valores iniciales (todas las pruebas disponibles)',
};
