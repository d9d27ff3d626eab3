import type { Dictionary } from '../types';
import type { storage as en } from '../en/storage';

export const storage: Dictionary<typeof en> = {
  saveFailed: {
    title: 'No se ha guardado en este dispositivo',
    quota: 'El almacenamiento del navegador para esta aplicación está lleno.',
    blocked:
      'El navegador no permite guardar (almacenamiento bloqueado, desactivado o en modo privado).',
    body: 'Lo que ha escrito sigue en pantalla y se conserva mientras esta pestaña siga abierta; los casos guardados antes no se han tocado. Descargue ahora todos los casos para no perder nada, libere espacio y vuelva a intentarlo.',
    retry: 'Intentar guardar de nuevo',
    newer:
      'Hay casos en este dispositivo guardados por una versión más reciente de esta aplicación ({version}). Esta pestaña ha dejado de guardar para no sobrescribirlos.',
    newerBody:
      'Lo que ha escrito aquí sigue en pantalla, pero no se ha guardado. Descargue todos los casos para conservarlo y después recargue esta página para usar la versión más reciente.',
    reload: 'Recargar esta página',
  },
  status: {
    saving: 'Guardando…',
    saved: 'Guardado en este dispositivo',
  },
  conflict: {
    title: 'Cambiado en otra pestaña',
    item: '«{label}», {field}: otra pestaña lo cambió a «{theirs}» después de que esta guardara «{mine}».',
    labelField: 'etiqueta del caso',
    empty: 'vacío',
    keepMine: 'Conservar «{mine}»',
    dismiss: 'Ocultar estos mensajes',
  },
  backup: {
    downloaded_one: 'Descargado {count} caso en {file}.',
    downloaded_other: 'Descargados {count} casos en {file}.',
    none: 'Todavía no hay ningún caso que descargar.',
  },
  import: {
    tooLarge:
      'El archivo ocupa más que el espacio que este navegador aún concede a esta aplicación en este dispositivo (unos {free} MB). Libere espacio y vuelva a intentarlo.',
    progress: 'Leyendo los casos: {done} de {count}',
    saving_one: 'Guardando {count} caso…',
    saving_other: 'Guardando {count} casos…',
    notSaved:
      'Los casos están en pantalla, pero no se han podido guardar en este dispositivo: vea el mensaje al principio de la página.',
    more_one: '… y {count} caso más añadido.',
    more_other: '… y {count} casos más añadidos.',
    summary_one:
      'De {file}: {added} de {count} caso añadido; ningún caso existente se ha modificado.',
    summary_other:
      'De {file}: {added} de {count} casos añadidos; ningún caso existente se ha modificado.',
    added: '«{label}» añadido.',
    copy: '«{label}» añadido como caso nuevo: ya había aquí otro caso distinto con el mismo identificador.',
    same: '«{label}» ya está aquí, sin cambios: no se añade de nuevo.',
    invalid: 'El caso {n} del archivo no se pudo leer ({errors}): no se ha añadido.',
  },
};
