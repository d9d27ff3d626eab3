import type { Dictionary } from '../types';
import type { cases as en } from '../en/cases';

export const cases: Dictionary<typeof en> = {
  title: 'Casos',
  empty:
    'Todavía no hay casos. Esta aplicación guía paso a paso el estudio por imagen de las placas duras en las piernas de un paciente con insuficiencia venosa crónica, y lo guarda todo en este dispositivo.',
  new: {
    heading: 'Nuevo caso',
    label: 'Etiqueta del caso',
    hint: 'Un seudónimo como «Cama 12, pierna izquierda». Nunca el nombre real del paciente.',
    submit: 'Crear caso',
    errorEmpty: 'Introduzca una etiqueta.',
    errorTooLong: 'Como máximo {max} caracteres.',
  },
  list: {
    heading: 'Casos guardados ({count})',
  },
  status: {
    deleted:
      'Caso «{label}» borrado. Puede deshacerse hasta que se cierre o recargue esta pestaña.',
    undo: 'Deshacer',
    dismiss: 'Cerrar',
    restored: 'Caso «{label}» recuperado.',
    duplicated: 'Copia creada: «{label}».',
    renamed: 'Renombrado como «{label}».',
  },
  backup: {
    heading: 'Mantener los casos a salvo',
    granted:
      'El almacenamiento es persistente: este navegador se ha comprometido a no borrar estos casos por su cuenta. Siguen estando solo en este dispositivo.',
    denied:
      'El almacenamiento no es persistente: algunos navegadores borran los datos de un sitio tras días sin visitarlo, salvo que la aplicación esté instalada. Descargue todos los casos de vez en cuando como copia de seguridad.',
    unknown:
      'Este navegador no indica si conserva los casos. Descargue todos los casos de vez en cuando como copia de seguridad.',
    download: 'Descargar todos los casos',
  },
  import: {
    heading: 'Importar un archivo de caso',
    hint: 'Un archivo .json exportado desde esta aplicación: un caso (hasta 1 MiB) o todos los casos. Cada caso se añade; ningún caso existente se modifica ni se sobrescribe.',
    choose: 'Elegir un archivo de caso',
    drop: 'O suelte aquí un archivo de caso',
    dropActive: 'Suelte el archivo para importarlo',
  },
};
