import type { Dictionary } from '../types';
import type { privacy as en } from '../en/privacy';

export const privacy: Dictionary<typeof en> = {
  identity: {
    label:
      'Esta etiqueta puede identificar al paciente: {found}. Use un seudónimo, como la cama o un código local: la etiqueta se ve en la lista de casos de este dispositivo y va en la nota y en el archivo del caso. Puede dejarla tal como está.',
    note: 'Este texto puede identificar al paciente: {found}. Las notas van en la nota para la historia, en el archivo del caso y en la exportación FHIR: anote hallazgos, no identificadores. Se guarda tal como está escrito.',
    stored:
      'Esta etiqueta puede identificar al paciente: {found}. Cambie el nombre del caso por un seudónimo (desde la lista de casos).',
    more_one: 'y {count} más',
    more_other: 'y {count} más',
    kinds: {
      name: 'lo que parece un nombre propio («{text}»)',
      'nhs-number': 'un número del NHS («{text}»: su dígito de control es válido)',
      dni: 'un DNI («{text}»: su letra coincide)',
      nie: 'un NIE («{text}»: su letra coincide)',
      'date-of-birth': 'una fecha de nacimiento («{text}»)',
      date: 'una fecha («{text}»): una fecha de nacimiento identifica a un paciente',
      phone: 'un número de teléfono («{text}»)',
      email: 'una dirección de correo electrónico («{text}»)',
      'record-number':
        'un número largo que podría ser de historia clínica o del hospital («{text}»)',
    },
  },
  label: {
    savedAs: 'Se guardará como «{label}».',
    breaks: 'Una etiqueta es una sola línea: los saltos de línea se convierten en espacios.',
    hidden_one:
      'Se quitará {count} carácter invisible (como un espacio de ancho cero o un control de dirección del texto).',
    hidden_other:
      'Se quitarán {count} caracteres invisibles (como espacios de ancho cero o controles de dirección del texto).',
    lookAlike:
      'Letras de otro alfabeto que parecen latinas: {letters}. Dos etiquetas que se ven iguales podrían confundirse; escríbalas de nuevo si no eran intencionadas.',
    storedHidden:
      'Esta etiqueta contiene caracteres que no se ven, o un salto de línea, mostrados aquí como ⟨U+…⟩ y ⏎. Al cambiar el nombre del caso se quitan.',
    storedLookAlike:
      'Esta etiqueta tiene letras de otro alfabeto que parecen latinas (marcadas): {letters}.',
    letter: '«{letter}» ({script})',
    scripts: {
      cyrillic: 'cirílico',
      greek: 'griego',
      armenian: 'armenio',
    },
    importTidied:
      'Su etiqueta se ha dejado en una sola línea visible (sin saltos de línea ni caracteres invisibles).',
    hiddenMark: 'carácter oculto',
  },
};
