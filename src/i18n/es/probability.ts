import type { Dictionary } from '../types';
import type { probability as en } from '../en/probability';

export const probability: Dictionary<typeof en> = {
  title: 'Explorador de probabilidad preprueba / postprueba',
  intro:
    '¿Qué probabilidad hay ahora de que sea hueso, y cambiaría algo la siguiente prueba? Ningún estudio ha medido estas pruebas frente a la histología en la osificación subcutánea de las piernas por insuficiencia venosa crónica, así que este explorador responde solo hasta donde llegan las fuentes: la probabilidad preprueba es un intervalo a partir de puntos de partida con fuente (o de su propio juicio), una razón de verosimilitud aparece solo donde una fuente da una tabla 2×2, y las demás pruebas lo dicen.',
  link: 'Explorador de probabilidad preprueba / postprueba',
  linkHint: '¿cuánto cambiaría un resultado la probabilidad?',
  toTable: 'Ir a la tabla de datos',
  case: {
    label: 'Rellenar los resultados de un caso',
    none: 'Ningún caso',
    filled:
      'Resultados rellenados a partir de «{label}». Puede cambiarlos aquí; el caso nunca se modifica.',
    unknown: 'Ese caso no existe en este dispositivo: elija los resultados a mano.',
    nothingDone:
      '«{label}» no tiene ninguna prueba de imagen realizada con resultado que rellenar.',
  },
  pretest: {
    legend: 'Punto de partida',
    heading: 'Probabilidad preprueba (un intervalo, nunca un solo número)',
    intro: 'Elija el punto de partida más parecido a esta pierna, o fije su propio intervalo.',
    noAnchors:
      'Esta versión del registro de evidencia no contiene puntos de partida preprueba con fuente: fije su propio intervalo.',
    range: 'Intervalo {range}',
    setting: 'Ámbito: {setting}',
    applicability: 'Aplicabilidad: {applicability}.',
    noCounts:
      'Esta cifra no tiene recuentos detrás, así que no da un intervalo y no se ofrece como punto de partida.',
    own: 'Mi propio intervalo (mi juicio clínico)',
    ownNote: 'Se muestra siempre como su juicio, no como evidencia.',
    from: 'Desde (%)',
    to: 'Hasta (%)',
    badRange: 'Introduzca dos porcentajes de 0 a 100, el primero no mayor que el segundo.',
  },
  results: {
    heading: 'Resultados',
    intro:
      'Para cada prueba, elija el resultado que quiere ponderar. Solo se muestra una razón de verosimilitud cuando una fuente da una tabla 2×2.',
    legend: '{name}: resultado',
    none: 'No incluida',
    positive: 'Positivo (se ve un depósito)',
    negative: 'Negativo (normal)',
    table:
      'Fuente: {cite}. {setting}. Tabla 2×2 ({unit}; patrón de referencia: {reference}): VP {tp}, FN {fn}, FP {fp}, VN {tn}.',
    positiveMeans: 'Resultado positivo en la fuente: {text}.',
    whichTable: 'Qué tabla (qué contó como positivo en la fuente)',
    strength: 'Solidez: {grade}. {reason}',
    derivation: 'Cómo se obtiene la tabla de la fuente',
    extrapolated: 'Extrapolado: medido en otra enfermedad.',
    lr: '{name} {value} (IC 95 % {low}–{high}, método logarítmico)',
    lrNoCi: '{name} {value} (sin intervalo de confianza: una celda en cero)',
    corrected:
      'Usar en su lugar el valor con corrección de continuidad: {name} {value} (IC 95 % {low}–{high}), {label}',
    usingCorrected:
      'En uso: el valor con corrección de continuidad, no la estimación de la fuente.',
    whatIf: 'Supuesto: asumir una exactitud para esta prueba',
    whatIfNote:
      'Su hipótesis, señalada como tal en todas partes; nunca se guarda ni se presenta como evidencia.',
    sens: 'Sensibilidad supuesta (%)',
    spec: 'Especificidad supuesta (%)',
    badAssumption: 'Introduzca ambas como porcentajes de 0 a 100.',
    assumedLr: '{name} supuesta {value}',
  },
  why: {
    lead: 'Aún no se puede dar una probabilidad postprueba para {label}:',
    leadNoCase: 'Aún no se puede dar una probabilidad postprueba:',
    noPretest:
      'no se ha elegido un intervalo preprueba (la población más parecida a esta pierna, o el suyo propio, más abajo)',
    noResult: 'no se ha elegido ningún resultado más abajo',
    noTable:
      'las fuentes no dan una tabla de exactitud (verdaderos y falsos positivos y negativos frente a un patrón de referencia) para {names}',
    undefinedLr:
      'la tabla de {names} tiene una casilla vacía, así que su razón de verosimilitud no está definida (puede elegirse más abajo un valor con corrección de continuidad, señalado como tal)',
    evidence:
      'un estudio de exactitud de {names} frente a la biopsia en piernas con enfermedad venosa, con las cuatro casillas, permitiría darla',
  },
  outcome: {
    heading: 'Probabilidad postprueba',
    waiting:
      'Elija un intervalo preprueba y al menos un resultado con razón de verosimilitud para ver una probabilidad postprueba.',
    band: 'Probabilidad postprueba: {band}, contando toda la incertidumbre que la aplicación conoce (el intervalo preprueba y los intervalos de confianza de las razones de verosimilitud).',
    atPoint: 'Con la estimación puntual de la razón de verosimilitud: {range}.',
    independence: 'Si los resultados fueran independientes (el producto simple, RV {lr}): {range}.',
    dependence:
      'Si todas ven lo mismo (dependencia completa: solo cuenta {name}, RV {lr}): {range}.',
    whatIf: 'Esto se basa en su supuesto.',
    pretestIs: 'Preprueba: {range} ({source}).',
    judgement: 'su juicio',
  },
  thresholds: {
    heading: '¿Cambiaría este resultado lo que hará?',
    intro:
      'Fije sus propios umbrales (Pauker y Kassirer, N Engl J Med 1980): por debajo del umbral de prueba no haría pruebas ni actuaría; por encima del umbral de tratamiento/biopsia actuaría sin más pruebas; entre ambos, hace pruebas. Ninguna fuente da estos umbrales para esta enfermedad, así que la aplicación no propone ninguno.',
    test: 'Umbral de prueba (%)',
    treatment: 'Umbral de tratamiento / biopsia (%)',
    notSet: 'Fije ambos umbrales para obtener una respuesta.',
    bad: 'Introduzca dos porcentajes de 0 a 100, el umbral de prueba por debajo del de tratamiento.',
    preZone: 'Antes del resultado: {zones}.',
    postZone: 'Después del resultado: {zones}.',
  },
  chart: {
    title: 'Probabilidad postprueba frente a preprueba',
    desc: 'Eje horizontal: probabilidad preprueba, de 0 a 100 %. Eje vertical: probabilidad postprueba. La banda sombreada va de la independencia a la dependencia completa e incluye los intervalos de confianza de las razones de verosimilitud; la diagonal discontinua es «sin prueba»; la columna sombreada es el intervalo preprueba.',
    x: 'Probabilidad preprueba',
    y: 'Probabilidad postprueba',
    legend: 'Leyenda',
    legendBand: 'Banda: toda la incertidumbre que la aplicación conoce',
    legendIndependence: 'Línea: independencia (producto simple)',
    legendDependence: 'Línea de puntos: dependencia completa',
    legendNoTest: 'Diagonal discontinua: sin prueba (post = pre)',
    legendRange: 'Columna: el intervalo preprueba',
    loading: 'Cargando el gráfico…',
  },
  tree: {
    heading: 'En frecuencias naturales',
    intro:
      'La misma aritmética en recuentos, para {name} ({basis}). Cada recuento es un intervalo a partir del intervalo preprueba y de los intervalos de la exactitud.',
    basisEvidence: 'a partir de la tabla de la fuente',
    basisWhatIf: 'a partir de su exactitud supuesta',
    root: 'De {n} piernas como esta, unas {with} tienen la condición diana y {without} no.',
    withBranch: 'De las que la tienen, unas {tp} dan positivo y {fn} negativo.',
    withoutBranch: 'De las que no la tienen, unas {fp} dan positivo y {tn} negativo.',
    none: 'Sin árbol: hace falta un intervalo preprueba y un resultado con sensibilidad y especificidad.',
    target: 'Condición diana del punto de partida preprueba: {target}.',
  },
  target: {
    bone: 'hueso (histología)',
    calcification: 'calcificación (imagen), no hueso',
    'scho-as-cited': 'osificación heterotópica subcutánea, según cita el caso publicado',
    judgement: 'tal como usted la defina',
  },
  table: {
    caption: 'Probabilidad postprueba en valores preprueba elegidos (los datos del gráfico)',
    pre: 'Preprueba',
    independence: 'Independencia',
    dependence: 'Dependencia completa',
    low: 'Banda, mínimo',
    high: 'Banda, máximo',
  },
  availability: {
    heading: 'Qué pruebas tienen razón de verosimilitud',
    has: 'Una tabla 2×2 en las fuentes ({cite}).',
    biopsy:
      'La biopsia es el propio patrón de referencia: su exactitud no está medida, así que no se puede calcular ninguna razón de verosimilitud.',
  },
  export: {
    heading: 'Exportar el cálculo',
    intro: 'Un registro en texto plano del cálculo, con sus fuentes. El caso no se modifica.',
    includeWhatIf: 'Incluir mis supuestos (señalados como supuestos)',
    copy: 'Copiar el cálculo',
    download: 'Descargar como texto (.txt)',
    copied: 'Cálculo copiado al portapapeles.',
    copyFailed: 'El portapapeles está bloqueado: seleccione el texto de abajo y cópielo a mano.',
    preview: 'El texto que se exportará',
  },
};
