import type { Dictionary } from '../types';
import type { common as en } from '../en/common';

export const common: Dictionary<typeof en> = {
  appName: 'Estudio de osificación en piernas',
  appTagline:
    'Estudio por imagen ante sospecha de osificación subcutánea de las piernas en la insuficiencia venosa crónica',
  skipToContent: 'Saltar al contenido principal',
  nav: {
    label: 'Principal',
    cases: 'Casos',
    compare: 'Comparar técnicas',
    evidence: 'Evidencia',
    settings: 'Ajustes',
  },
  language: {
    label: 'Idioma',
    unavailable:
      'El idioma elegido antes en este dispositivo ({code}) no está en esta versión de la aplicación, así que se muestra en {name}.',
    keep: 'Mantener {name}',
  },
  disclaimer:
    'Solo es una ayuda a la decisión. No sustituye el juicio clínico; contraste cada sugerencia con el paciente que tiene delante.',
  privacy: 'Los datos no salen de este dispositivo.',
  privacyRecord:
    'Los casos no salen de este dispositivo. Esta pestaña está conectada a la historia clínica: ha leído la historia del paciente y solo envía un informe cuando usted lo archiva.',
  notFound: {
    title: 'Página no encontrada',
    body: 'No hay nada en esta dirección.',
    back: 'Volver a la lista de casos',
  },
  error: {
    title: 'Algo ha fallado en esta página',
    body: 'Sus casos están guardados en este dispositivo y no se han modificado.',
    retry: 'Reintentar',
    home: 'Volver a la lista de casos',
    details: 'Detalles técnicos',
  },
  loading: 'Cargando…',
  notMeasured: 'no medido',
  extrapolated: 'extrapolado',
  unconfirmed: 'no confirmado',
  references: 'Referencias',
  yes: 'Sí',
  no: 'No',
  unknown: 'No registrado',
  close: 'Cerrar',
  cancel: 'Cancelar',
  update: {
    available: 'Hay una nueva versión lista. Sus casos siguen guardados en este dispositivo.',
    reload: 'Actualizar ahora',
    later: 'Más tarde',
    elsewhere:
      'Se ha iniciado una versión nueva en otra pestaña. Esta pestaña sigue con la anterior hasta que la recargue.',
    offlineReady: 'Lista para funcionar sin conexión.',
    dismiss: 'Aceptar',
  },
};
