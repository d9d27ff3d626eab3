import type { savedCases as en } from '../en/saved-cases';
import type { Dictionary } from '../types';

export const savedCases: Dictionary<typeof en> = {
  // Under the conclusion on a case card (the engine's tissue answer).
  cardTissue: 'Tejido: {tissue}',
  cardDisagree: 'Discrepancias sin resolver: {n}',
  list: {
    created: 'Creado',
    updated: 'Modificado',
    conclusion: 'Conclusión provisional',
    next: 'Siguiente paso',
    complete: 'No queda nada por pedir',
    unavailable: 'No disponible',
    search: 'Buscar un caso por su etiqueta',
    matches_one: '{count} caso coincide.',
    matches_other: '{count} casos coinciden.',
    noMatch: 'Ninguna etiqueta contiene «{query}».',
    showing: 'Se muestran {shown} de {count}.',
    more: 'Mostrar {n} más',
  },
  actions: {
    group: 'Acciones para {label}',
    open: 'Abrir',
    openNamed: 'Abrir {label}',
    rename: 'Renombrar',
    renameLabel: 'Nueva etiqueta para {label}',
    save: 'Guardar',
    cancel: 'Cancelar',
    duplicate: 'Duplicar',
    delete: 'Borrar',
    confirmDelete: '¿Borrar «{label}»? Sus hallazgos se eliminarán de este dispositivo.',
    confirmYes: 'Sí, borrar',
    copyLabel: '{label} (copia)',
  },
  load: {
    'corrupt-json':
      'No se han podido leer los casos guardados: los datos almacenados están dañados.',
    'wrong-shape': 'Los casos guardados tenían un formato inesperado.',
    'future-version':
      'Los casos guardados proceden de una versión más reciente de esta aplicación.',
    'some-cases-unreadable': 'No se han podido leer algunos casos guardados.',
    recovered_one: 'Se ha leído {count} caso y está a salvo.',
    recovered_other: 'Se han leído {count} casos y están a salvo.',
    keptAside_one: '{count} elemento se conserva aparte.',
    keptAside_other: '{count} elementos se conservan aparte.',
    kept: 'No se ha borrado nada: se conserva una copia de los datos guardados en este dispositivo hasta que decida descartarla.',
    held: 'No se ha podido hacer una copia en este dispositivo, así que los cambios no se guardan hasta que descargue o descarte los datos.',
    download: 'Descargar los datos guardados',
    discard: 'Descartar los datos ilegibles',
    discardConfirm:
      '¿Descartar definitivamente los datos ilegibles? Descárguelos antes si puede necesitarlos.',
    discardYes: 'Sí, descartar',
    dismiss: 'Ocultar este mensaje',
    details: 'Detalles técnicos',
  },
};
