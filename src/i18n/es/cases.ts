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
};
