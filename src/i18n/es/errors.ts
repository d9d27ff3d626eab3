import type { Dictionary } from '../types';
import type { errors as en } from '../en/errors';

export const errors: Dictionary<typeof en> = {
  missing: 'Falta este dato.',
  'not-a-number': 'Escriba un número, p. ej., 9,4.',
  'not-whole': 'Escriba un número entero.',
  'not-text': 'Debe ser texto.',
  'not-yes-no': 'Debe ser sí o no.',
  negative: 'No puede ser negativo.',
  'too-small': 'Debe ser {limit} o más.',
  'too-large': 'Debe ser {limit} o menos.',
  'too-long': 'Demasiado largo: como máximo {limit} caracteres.',
  empty: 'No puede quedar vacío.',
  'not-allowed': 'No es uno de los valores permitidos.',
  'invalid-date': 'Escriba una fecha válida.',
  'invalid-date-time': 'No es una fecha y hora válida (como 2026-03-03T10:00:00Z).',
  'same-label': 'Otro caso ya tiene esta etiqueta, u otra que se ve igual: añada algún detalle.',
  future: 'Esta fecha es posterior a hoy.',
  'not-a-case': 'No es un caso.',
  'version-missing': 'Falta la versión del archivo de caso.',
  'version-newer':
    'Este archivo de caso es de la versión {limit}, más reciente que esta aplicación: actualícela para abrirlo.',
  unreadable: 'No se ha podido leer.',
  other: 'No válido ({message}).',
};
