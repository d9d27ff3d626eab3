import type { Catalogue } from './types';

/**
 * Every clinical statement the app makes, in Spanish, under the codes of the English catalogue
 * (`en.ts`, which says how the catalogues are used). Typed `Catalogue`: the compiler names a
 * missing code, an extra one, or a sentence that takes other parameters.
 */
export const es: Catalogue = {
  // ── engine: next step, advice, timing, interpretation, differential, cautions (src/domain/engine) ──
  'next.history-first':
    'Registre primero la historia: la fecha de inicio marca cuándo hacer la radiografía y el perfil de riesgo (mujeres mayores de 50 años, obesidad, insuficiencia venosa de larga evolución) enmarca la sospecha.',
  'next.first-visit-history':
    'Primera visita: pida la ecografía, la técnica de elección para el diagnóstico precoz (rápida, accesible y económica), y extraiga la analítica fosfocálcica el mismo día (normal en la osificación subcutánea; valores alterados orientan a otras causas). Registre la historia en esta página mientras tanto: la fecha de inicio marca cuándo hacer la radiografía y el perfil de riesgo (mujeres mayores de 50 años, obesidad, insuficiencia venosa de larga evolución) enmarca la sospecha.',
  // ── end of engine ──

  // ── modalities: the studies: findings and their words (src/domain/modalities) ──
  // ── end of modalities ──

  // ── record: reading the health record (src/domain/record) ──
  // ── end of record ──

  // ── evidence: the evidence registry: figures, settings, references, the differential, anchors (src/domain/evidence) ──
  // ── end of evidence ──

  // ── export: the exports: note, FHIR narrative and codes' display, provenance (src/domain/export) ──
  // the summary and the exports: statuses, history words, the note (export/vocabulary.ts)
  'export.study-status.not-done': 'no realizada',
  'export.study-status.planned': 'solicitada, pendiente de resultado',
  'export.study-status.done': 'realizada',
  'export.study-status.deferred': 'aplazada',
  'export.skip-reason.not-available': 'no disponible',
  'export.skip-reason.declined': 'rechazada por el paciente',
  'export.skip-reason.not-indicated': 'no indicada',
  'export.skip-reason.other': 'otro motivo',
  'export.sex.female': 'mujer',
  'export.sex.male': 'varón',
  'export.sex.other': 'paciente',
  'export.laterality.left': 'pierna izquierda',
  'export.laterality.right': 'pierna derecha',
  'export.laterality.bilateral': 'ambas piernas',
  'export.worse-side.left': 'peor la izquierda',
  'export.worse-side.right': 'peor la derecha',
  'export.worse-side.equal': 'ambas por igual',
  'export.pregnancy.not-applicable': 'embarazo no aplicable',
  'export.pregnancy.not-pregnant': 'no embarazada',
  'export.pregnancy.possibly': 'posiblemente embarazada',
  'export.pregnancy.pregnant': 'embarazada',
  'export.pregnancy.unknown': 'estado de embarazo desconocido',
  'export.antithrombotic.none': 'sin antitrombóticos',
  'export.antithrombotic.anticoagulant-vka': 'antagonista de la vitamina K (warfarina)',
  'export.antithrombotic.anticoagulant-other': 'otro anticoagulante',
  'export.antithrombotic.antiplatelet': 'antiagregante',
  'export.antithrombotic.unknown': 'antitrombóticos desconocidos',
  'export.ckd.none': 'sin enfermedad renal crónica',
  'export.ckd.g1': 'enfermedad renal crónica G1',
  'export.ckd.g2': 'enfermedad renal crónica G2',
  'export.ckd.g3a': 'enfermedad renal crónica G3a',
  'export.ckd.g3b': 'enfermedad renal crónica G3b',
  'export.ckd.g4': 'enfermedad renal crónica G4',
  'export.ckd.g5': 'insuficiencia renal (ERC G5)',
  'export.ckd.stage-unknown': 'enfermedad renal crónica (categoría desconocida)',
  'export.ckd.unknown': 'función renal desconocida',
  'export.dialysis.yes': 'en diálisis',
  'export.dialysis.no': 'sin diálisis',
  'export.dialysis.unknown': 'diálisis desconocida',
  'export.pain.none': 'indolora',
  'export.pain.mild': 'dolor leve',
  'export.pain.moderate': 'dolor moderado',
  'export.pain.severe': 'dolor intenso',
  'export.skin.normal': 'piel suprayacente normal',
  'export.skin.cvi-changes': 'signos de insuficiencia venosa',
  'export.skin.venous-ulcer': 'úlcera venosa',
  'export.skin.livedo-racemosa': 'livedo racemosa',
  'export.skin.necrosis': 'necrosis cutánea',
  'export.phrase.age-sex': (p: { age: number; sex: string }) => `${p.sex} de ${p.age} años`,
  'export.phrase.age': (p: { age: number }) => `${p.age} años`,
  'export.phrase.obesity': 'obesidad',
  'export.phrase.no-obesity': 'sin obesidad',
  'export.phrase.cvi': 'insuficiencia venosa crónica',
  'export.phrase.cvi-long-standing': 'insuficiencia venosa crónica de larga evolución',
  'export.phrase.cvi-years': (p: { years: string }) => `desde hace ${p.years} años`,
  'export.phrase.ceap': (p: { ceap: string }) => `CEAP ${p.ceap}`,
  'export.phrase.prior-dvt': 'trombosis venosa profunda previa',
  'export.phrase.no-prior-dvt': 'sin trombosis venosa profunda previa',
  'export.phrase.immobility': 'inmovilidad',
  'export.phrase.childhood-onset': 'lesiones desde la infancia',
  'export.phrase.hardening': 'Endurecimiento de las piernas',
  'export.phrase.lower-third': 'tercio inferior',
  'export.phrase.posterior-lateral': 'caras posterior y lateral',
  'export.phrase.onset': (p: { date: string }) => `inicio el ${p.date}`,
  'export.phrase.onset-day': (p: { date: string; days: number }) =>
    `inicio el ${p.date} (día ${p.days})`,
  'export.phrase.onset-over-a-year': (p: { date: string }) =>
    `inicio el ${p.date} (hace más de un año; la fecha de un inicio insidioso es aproximada)`,
  'export.phrase.no-result': 'sin resultado registrado',
  'export.phrase.dated': (p: { name: string; date: string }) => `${p.name} (${p.date})`,
  'export.phrase.skipped-because': (p: { reason: string }) => `no realizada (${p.reason})`,
  'export.note.subtitle':
    'Osificación heterotópica subcutánea de las piernas en la insuficiencia venosa crónica',
  'export.note.heading.date': 'Fecha',
  'export.note.days-since-onset': (p: { days: number }) => `día ${p.days} desde el inicio`,
  'export.note.over-a-year-since-onset': 'más de un año desde el inicio',
  'export.note.urgent': 'URGENTE',
  'export.note.heading.history': 'Antecedentes',
  'export.note.heading.background': 'Otros antecedentes',
  'export.note.heading.labs': 'Analítica',
  'export.note.heading.findings': 'Hallazgos',
  'export.note.heading.not-done': 'No realizadas',
  'export.note.labs-not-done': 'Aún no realizada.',
  'export.note.heading.assessment': 'Valoración',
  'export.note.heading.lab-flag': 'Alerta analítica',
  'export.note.full-note': 'nota completa',
  'export.note.heading.risk-profile': 'Perfil de riesgo',
  'export.note.risk-present': (p: { present: number; recorded: number }) =>
    `${p.present} de 5 rasgos presentes (${p.recorded} registrados)`,
  'export.note.heading.differential': 'Diagnóstico diferencial',
  'export.note.raised': 'sugerido por este caso',
  'export.note.consider': 'a tener en cuenta',
  'export.note.heading.plan': 'Plan',
  'export.note.heading.next-step': 'Siguiente paso',
  'export.note.heading.appropriate-now': 'Habitualmente adecuadas ahora',
  'export.note.heading.open': 'Pendiente',
  'export.note.nothing-open': 'Nada pendiente.',
  'export.note.heading.timing': 'Cronología',
  'export.note.xray-from': (p: { date: string }) =>
    `Desde el ${p.date} (día 14), una radiografía simple normal reduce la sospecha pero no la descarta; antes, una radiografía normal no la excluye.`,
  'export.note.heading.references': 'Bibliografía',
  'export.note.generated': (p: { version: string; date: string }) =>
    `Estudio de osificación en piernas, motor ${p.version}, evaluado el ${p.date}. Caso seudonimizado: sin nombre ni identificadores.`,
  // how sure the assessment is (export/certainty-lines.ts)
  'export.certainty.heading': 'Cuán segura es, y por qué',
  'export.certainty.tissue': 'De qué está hecha la lesión',
  'export.certainty.unresolved': 'Hallazgos que discrepan (sin resolver)',
  'export.certainty.noted': 'Hallazgos que discrepan (anotado; prevalece la evidencia más sólida)',
  'export.certainty.resolve': 'Qué lo resuelve',
  'export.certainty.why-not-surer': 'Por qué no más segura',
  'export.certainty.context': 'Contexto (no anula la histología)',
  'export.certainty.contributors': 'Posibles factores contribuyentes',
  'export.certainty.lab-input': 'Valores analíticos no usados',
  'export.certainty.also-now': 'En la misma visita',
  'export.certainty.options': 'Opciones',
  // provenance and the appropriateness bands (export/provenance.ts)
  'export.provenance.line': (p: { version: string; sha256: string; engine: string }) =>
    `Paquete de evidencia ${p.version} (SHA-256 ${p.sha256}); motor ${p.engine}.`,
  'export.band.usually-appropriate': 'Habitualmente apropiada',
  'export.band.may-be-appropriate': 'Puede ser apropiada',
  'export.band.usually-not-appropriate': 'Habitualmente no apropiada',
  'export.band.done': 'Ya realizada',
  'export.band.not-done': 'No realizada',
  // the FHIR Bundle: code texts, conditions, legs, requests (export/fhir)
  'export.fhir.code.age-bracket': 'Franja de edad',
  'export.fhir.code.obesity': 'Obesidad',
  'export.fhir.code.cvi-years': 'Duración de la insuficiencia venosa crónica',
  'export.fhir.code.long-standing-cvi':
    'Insuficiencia venosa crónica de larga evolución (juicio clínico)',
  'export.fhir.code.ceap': 'Clase clínica CEAP',
  'export.fhir.code.prior-dvt': 'Trombosis venosa profunda previa',
  'export.fhir.code.immobility': 'Inmovilidad',
  'export.fhir.code.onset': 'Inicio del endurecimiento de las piernas',
  'export.fhir.code.laterality': 'Piernas afectadas',
  'export.fhir.code.lower-third': 'Afectación del tercio inferior de la pierna',
  'export.fhir.code.posterior-lateral': 'Afectación de la cara posterior o lateral',
  'export.fhir.code.pain': 'Dolor',
  'export.fhir.code.skin': 'Piel sobre las placas',
  'export.fhir.code.worse-side': 'Pierna más afectada',
  'export.fhir.code.ckd': 'Enfermedad renal crónica (categoría de FG de KDIGO)',
  'export.fhir.code.dialysis': 'Diálisis',
  'export.fhir.code.pregnancy': 'Estado de embarazo',
  'export.fhir.code.antithrombotics': 'Tratamiento anticoagulante o antiagregante',
  'export.fhir.code.childhood-onset': 'Lesiones desde la infancia',
  'export.fhir.code.history': 'Antecedentes (texto libre)',
  'export.fhir.code.lab': (p: { analyte: string }) => `${p.analyte} en suero o plasma`,
  'export.fhir.code.report':
    'Estudio (analítica, imagen, biopsia) ante sospecha de osificación heterotópica subcutánea de las piernas',
  'export.fhir.code.engine': (p: { version: string }) => `Versión del motor ${p.version}`,
  'export.fhir.code.years': 'años',
  'export.fhir.condition.scho': 'Osificación heterotópica subcutánea de las piernas (OHSC)',
  'export.fhir.condition.calcinosis-cutis': 'Calcinosis cutis de las piernas',
  'export.fhir.leg.left': 'Pierna izquierda',
  'export.fhir.leg.right': 'Pierna derecha',
  'export.fhir.leg.bilateral': 'Ambas piernas',
  'export.fhir.step-request': (p: { study: string }) => `${p.study} de las piernas (extensión)`,
  // ── end of export ──

  // ── probability: the probability explorer (src/domain/probability) ──
  // the explorer's statistical wording, on screen and in its export (probability/vocabulary.ts)
  'probability.no-lr':
    'No se puede calcular ninguna razón de verosimilitud a partir de las fuentes.',
  'probability.no-lr-why':
    'Ninguna fuente ofrece una tabla 2×2 (verdaderos y falsos positivos y negativos frente a un patrón de referencia) para esta prueba, así que cualquier cifra sería inventada.',
  'probability.lr-name.positive': 'RV+',
  'probability.lr-name.negative': 'RV−',
  'probability.undefined.no-false-positives':
    'La RV+ no está definida: la tabla de la fuente no tiene falsos positivos, así que 1 − especificidad es 0 y el cociente divide por cero.',
  'probability.undefined.no-true-negatives':
    'La RV− no está definida: la tabla de la fuente no tiene verdaderos negativos, así que la especificidad es 0 y el cociente divide por cero.',
  'probability.undefined.no-cases':
    'No definida: la tabla no incluye a nadie con la condición diana.',
  'probability.undefined.no-non-cases':
    'No definida: la tabla no incluye a nadie sin la condición diana.',
  'probability.zero-numerator':
    'Una celda en cero: la estimación puntual es 0 y su intervalo de confianza por el método logarítmico no existe.',
  'probability.corrected':
    'con corrección de continuidad (0,5 sumado a cada celda), no es la estimación de la fuente',
  'probability.what-if': 'SUPUESTO: hipótesis del clínico, no evidencia',
  'probability.judgement': 'juicio propio del clínico, no procede de una fuente',
  'probability.not-ossification':
    'Calcificación no es osificación: este punto de partida cuenta depósitos de calcio, no hueso.',
  'probability.extrapolated': 'extrapolado',
  'probability.concordance.all-positive': 'todos los resultados positivos',
  'probability.concordance.all-negative': 'todos los resultados negativos',
  'probability.concordance.discordant':
    'los resultados discrepan: hay que nombrar la discordancia y qué la resolvería',
  'probability.concordance.none': 'sin resultados',
  'probability.dependence-why':
    'Las pruebas que ven lo mismo (ecografía, radiografía y TC detectan mineral) no son independientes. Multiplicar sus razones de verosimilitud (independencia) exagera el resultado; contar solo el resultado más informativo (dependencia completa) puede quedarse corto. La verdad está entre ambos, así que se muestran los dos extremos.',
  'probability.zone.below-test': 'por debajo del umbral de prueba',
  'probability.zone.test': 'entre los umbrales (hacer pruebas)',
  'probability.zone.above-treatment': 'por encima del umbral de tratamiento/biopsia',
  'probability.verdict.crosses':
    'El intervalo postprueba cruza un umbral: que este resultado cambie lo que hará depende de en qué punto del intervalo esté esta pierna, y la evidencia no permite saberlo.',
  'probability.verdict.changes':
    'Sí: el intervalo postprueba queda entero en otra zona distinta de la del intervalo preprueba.',
  'probability.verdict.changes-for-part':
    'Para parte del intervalo preprueba: este cruzaba umbrales, y el intervalo postprueba queda en una sola zona.',
  'probability.verdict.no-change':
    'No: antes y después del resultado, el intervalo queda en la misma zona.',
  'probability.export.title': 'Cálculo de probabilidad preprueba / postprueba',
  'probability.export.pretest': 'Probabilidad preprueba',
  'probability.export.results': 'Resultados',
  'probability.export.positive': 'positivo',
  'probability.export.negative': 'negativo',
  'probability.export.assumed': (p: { sens: string; spec: string }) =>
    `sensibilidad supuesta ${p.sens}, especificidad supuesta ${p.spec}`,
  'probability.export.not-used': 'no se usa en el cálculo',
  'probability.export.combined': 'Razón de verosimilitud combinada',
  'probability.export.independence': 'independencia (producto)',
  'probability.export.full-dependence': 'dependencia completa (el resultado más informativo)',
  'probability.export.post': 'Probabilidad postprueba',
  'probability.export.band': 'banda completa',
  'probability.export.no-post':
    'Sin probabilidad postprueba: ningún resultado con razón de verosimilitud entró en el cálculo.',
  'probability.export.thresholds': (p: { test: string; treatment: string }) =>
    `Umbrales fijados por el clínico: prueba ${p.test}, tratamiento/biopsia ${p.treatment}`,
  'probability.export.changes': '¿Cambiaría este resultado lo que hará?',
  'probability.export.what-if-left-out':
    'En pantalla se usaron supuestos, que quedan fuera de esta exportación por elección del clínico; las cifras de arriba usan solo las fuentes.',
  'probability.export.ci': 'IC 95 %',
  // the range of a pre-test anchor (probability/registry-sources.ts)
  'probability.range-basis': (p: { events: number; total: number; method: string }) =>
    `IC 95 % de Wilson de ${p.events}/${p.total}, por ${p.method}`,
  // ── end of probability ──
};
