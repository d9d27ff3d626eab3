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
  // ── end of engine ──

  // ── modalities: the studies: findings and their words (src/domain/modalities) ──
  // ── end of modalities ──

  // ── record: reading the health record (src/domain/record) ──
  // record/reading.ts: why a record entry is not read
  'record.not-confirmed':
    'Registrado como no confirmado (provisional, diferencial o sin confirmar).',
  'record.no-longer-active': 'Registrado como ya no activo (inactivo, en remisión o resuelto).',
  'record.not-final': (p) => `No es un resultado definitivo (estado ${p.status}).`,
  // record/prefill.ts
  'record.lab.no-number': 'El resultado no tiene un número.',
  'record.lab.unit-not-taken': (p) =>
    `En ${p.unit || 'ninguna unidad'}, una unidad que el caso no admite: escríbalo a mano.`,
  'record.lab.converted': (p) =>
    `Registrado como ${p.recorded} ${p.recordUnit}, leído como ${p.read} ${p.unit}.`,
  'record.age.birth-date-without-day':
    'La fecha de nacimiento consta sin el día: escriba la edad a mano.',
  'record.sex.unknown': 'Registrado como desconocido.',
  'record.cvi.no-onset': 'Registrada sin fecha de inicio: escriba los años a mano.',
  'record.cvi.varicose-veins':
    'Las varices no se cuentan como insuficiencia venosa crónica: si la insuficiencia empezó entonces, escriba sus años a mano.',
  // record/kidney.ts
  'record.kidney.other-record':
    'Se leyó otro registro de ERC: el más reciente que indica una categoría KDIGO.',
  'record.kidney.stage-3':
    'Registrada como estadio 3, que KDIGO divide en G3a y G3b: elija una si conoce el FGe.',
  'record.kidney.no-category': 'El registro indica ERC sin su categoría: elíjala si conoce el FGe.',
  // record/pregnancy.ts
  'record.pregnancy.later': 'Consta un estado de embarazo posterior: se lee ese.',
  'record.pregnancy.unknown-code':
    'La respuesta no es un código de estado de embarazo que la aplicación conozca: escríbalo a mano.',
  'record.pregnancy.no-date': 'Registrado sin fecha: vuelva a preguntar hoy.',
  'record.pregnancy.current-no-date':
    'Registrado como embarazo actual sin fecha: confírmelo y escríbalo a mano.',
  'record.pregnancy.ended': (p) =>
    `Registrado hace más de ${p.weeks} semanas: ese embarazo ha terminado. Vuelva a preguntar hoy.`,
  'record.pregnancy.before-today': 'Registrado antes de hoy: confirme que sigue embarazada.',
  'record.pregnancy.not-known': 'Registrado como desconocido: pregunte hoy.',
  'record.pregnancy.ask-again':
    'Registrado antes de hoy, y el estado de embarazo cambia: vuelva a preguntar hoy.',
  // record/antithrombotics.ts: why a drug is not read as current
  'record.drug.ended': (p) =>
    `Registrado como ${p.status === 'stopped' ? 'suspendido' : p.status === 'completed' ? 'completado' : 'cancelado'}: no se lee como un fármaco actual. Si aún lo toma, márquelo a mano.`,
  'record.drug.on-hold':
    'Registrado como en pausa: pregunte si lo toma ahora y, si es así, márquelo a mano.',
  'record.drug.not-taken': 'Registrado como no tomado.',
  'record.drug.other-status': (p) =>
    `No es una prescripción o declaración actual (estado ${p.status}): márquelo a mano si lo toma.`,
  'record.drug.aspirin':
    'Aspirina: antiagregante a dosis baja, analgésico a dosis mayor, y el código del registro no dice cuál. Si la toma como antiagregante, marque «antiagregante» a mano.',
  'record.drug.not-an-order': (p) =>
    `Una ${p.intent === 'proposal' ? 'propuesta' : 'planificación'}, no una prescripción: márquelo a mano si lo toma.`,
  'record.drug.taken-until': (p) =>
    `Registrado como tomado hasta el ${p.end}: no se lee como un fármaco actual.`,
  // ── end of record ──

  // ── evidence: the evidence registry: figures, settings, references, the differential, anchors (src/domain/evidence) ──
  // ── end of evidence ──

  // ── export: the exports: note, FHIR narrative and codes' display, provenance (src/domain/export) ──
  // ── end of export ──

  // ── probability: the probability explorer (src/domain/probability) ──
  // ── end of probability ──
};
