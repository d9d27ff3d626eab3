import type { Dictionary } from '../types';
import type { ehr as en } from '../en/ehr';

export const ehr: Dictionary<typeof en> = {
  start: {
    title: 'Abriendo desde la historia clínica',
    working: 'Conectando con la historia clínica…',
  },
  callback: {
    working: 'Iniciando sesión y leyendo la historia del paciente…',
  },
  errors: {
    heading: 'La aplicación no pudo abrirse desde la historia clínica',
    'not-configured':
      'Esta instalación no está preparada para abrirse desde una historia clínica. La aplicación funciona por sí sola como siempre: los casos se quedan en este dispositivo.',
    'no-iss':
      'El enlace no indica qué historia clínica abrir. Abra la aplicación desde la historia, o desde el enlace que facilita el hospital.',
    'unknown-server': 'Esta instalación no está preparada para la historia clínica de {detail}.',
    discovery: 'La historia clínica no indicó cómo iniciar sesión ({detail}).',
    'no-pkce':
      'La historia clínica no ofrece el inicio de sesión seguro que exige esta aplicación (PKCE con S256).',
    storage:
      'Este navegador no guardó el inicio de sesión en esta pestaña (el almacenamiento del sitio está bloqueado). Permítalo y vuelva a abrir la aplicación desde la historia.',
    state:
      'Esta respuesta de inicio de sesión no corresponde a un inicio empezado en esta pestaña (puede ser antigua o de otra pestaña). Vuelva a abrir la aplicación desde la historia.',
    denied: 'La historia clínica no concedió el acceso ({detail}).',
    token: 'La historia clínica no completó el inicio de sesión ({detail}).',
    'no-patient': 'La historia clínica no indicó de qué paciente se trata.',
    read: 'No se pudo leer la historia del paciente ({detail}). No se ha guardado nada.',
    'no-session':
      'No hay ninguna historia clínica abierta en esta pestaña. Abra la aplicación desde la historia.',
    home: 'Ir a los casos',
  },
  banner: {
    label: 'Paciente de la historia',
    born: 'nacido/a el {date}',
  },
  resource: {
    Patient: 'Paciente (Patient)',
    Condition: 'Problema (Condition)',
    Observation: 'Resultado (Observation)',
    MedicationRequest: 'Prescripción (MedicationRequest)',
    MedicationStatement: 'Medicación declarada (MedicationStatement)',
    Medication: 'Medicamento (Medication)',
  },
  prefill: {
    title: 'Caso nuevo desde la historia clínica',
    intro:
      'Estos valores se han leído de la historia del paciente. Compruebe cada uno y cambie o borre el que no sea correcto. No se guarda nada hasta que cree el caso, y no se envía nada a la historia.',
    label: 'Etiqueta del caso',
    labelHint:
      'Una etiqueta seudónima («Cama 12, pierna izquierda»), nunca el nombre del paciente.',
    defaultLabel: 'Desde la historia, {date}',
    filledHeading: 'Rellenado desde la historia',
    noneFilled: 'La historia no contenía nada con lo que rellenar este caso.',
    absentHint:
      'Un campo que la historia no rellena queda vacío: que la historia no mencione algo no significa «no».',
    source: 'Origen: {resource} «{what}», {date}.',
    sourceUndated: 'Origen: {resource} «{what}».',
    sourceAge:
      'Origen: la fecha de nacimiento de la historia (Patient), en años cumplidos hoy. La fecha de nacimiento no se guarda.',
    sourceSex: 'Origen: el sexo registrado en la historia (Patient).',
    labsDate: 'La analítica queda fechada el {date}, el más reciente de los resultados rellenados.',
    labsDates:
      'Estos resultados son de fechas distintas: el caso guarda una sola fecha para la analítica, el {date} (la más reciente).',
    unread:
      'El registro no respondió a la búsqueda de {resource} ({detail}): los fármacos no se leyeron. Rellene a mano los antitrombóticos.',
    notUsedHeading: 'En la historia, sin rellenar',
    rejectedHeading: 'En la historia, no aceptado por el caso',
    rejected: '{field}: {value}. {error}',
    create: 'Crear el caso',
    fixFirst:
      'Corrija antes los campos señalados arriba: el caso solo se crea con valores válidos.',
  },
  filing: {
    heading: 'Historia clínica',
    text: 'Este caso se abrió desde la historia clínica en esta pestaña.',
    link: 'Comprobar y archivar el informe en la historia',
  },
  file: {
    title: 'Archivar el informe en la historia clínica',
    intro:
      'Esto es lo que se archivará en la historia del paciente, en una sola transacción. No se envía nada hasta que lo confirme.',
    conclusion: 'Conclusión de trabajo',
    whatHeading: 'Qué se archiva',
    report: 'Un informe ({categories}) con la conclusión de trabajo y lo que la sustenta.',
    reportNoResults:
      'Un informe con la conclusión de trabajo y lo que la sustenta (aún sin resultados).',
    newResults_one: '{count} resultado, archivado con el informe.',
    newResults_other: '{count} resultados, archivados con el informe.',
    recordResults_one:
      '{count} resultado que ya está en la historia, enlazado en lugar de archivarlo otra vez.',
    recordResults_other:
      '{count} resultados que ya están en la historia, enlazados en lugar de archivarlos otra vez.',
    condition: 'La conclusión como diagnóstico: {text}, {status}.',
    statuses: {
      confirmed: 'confirmado',
      provisional: 'provisional',
      differential: 'una de dos posibilidades',
      unconfirmed: 'sin confirmar',
    },
    requests: 'Se propone a continuación: {names}.',
    noRequests: 'No se propone ningún paso más: el estudio está completo.',
    categories: {
      LAB: 'analítica',
      RAD: 'imagen',
      SP: 'anatomía patológica',
    },
    confirm: 'Archivar en la historia',
    sending: 'Archivando el informe…',
    retry: 'Intentarlo de nuevo',
    download: 'Descargar el informe (FHIR, .json)',
    downloaded: 'Descargado {file}.',
    disconnect: 'Desconectar de la historia',
    disconnected:
      'Desconectado: esta pestaña ha olvidado el inicio de sesión y el vínculo con la historia. El caso se queda en este dispositivo.',
    back: 'Volver al resumen',
    filed_one: 'Archivado en la historia: {count} entrada nueva.',
    filed_other: 'Archivado en la historia: {count} entradas nuevas.',
    alreadyFiled:
      'Ya estaba en la historia: el informe había llegado antes y no se ha archivado dos veces.',
    partly: 'Archivado en la historia: {created} nuevas, {existing} ya presentes de antes.',
    noWrite:
      'Este inicio de sesión no permite archivar informes: la historia no concedió permiso para crear {types}. Descargue el informe para archivarlo de otro modo; el caso se queda en este dispositivo.',
    expired:
      'El inicio de sesión ha caducado. Descargue el informe, o vuelva a abrir la aplicación desde la historia; el caso se queda en este dispositivo.',
    refused:
      'La historia rechazó el informe (HTTP {status}{detail}). No se ha archivado nada. Descárguelo o inténtelo de nuevo.',
    network:
      'La conexión se cortó antes de que la historia respondiera: puede que el informe haya llegado o no. Inténtelo de nuevo: un informe que ya llegó se reconoce y no se archiva dos veces. O descárguelo.',
    unreadable:
      'No se pudo leer la respuesta de la historia (HTTP {status}): puede que el informe haya llegado o no. Inténtelo de nuevo (no se archiva dos veces) o descárguelo.',
    noCase: 'Este caso no está en este dispositivo.',
    notLaunched:
      'Este caso no se abrió desde la historia clínica en esta pestaña, así que no puede archivarse desde aquí. Descargue su Bundle FHIR desde el resumen.',
  },
};
