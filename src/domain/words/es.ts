import { MAX_DAY_COUNT } from '../day-count';
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
  // domain/day-phrase.ts: a day count since onset in words
  'domain.day-phrase': (p) =>
    p.days > MAX_DAY_COUNT
      ? 'más de un año tras el inicio (la fecha de un inicio insidioso es aproximada)'
      : `día ${p.days}`,
  // modalities/words.ts, shared.ts: words every study uses
  'modality.finding.normal': 'normal',
  'modality.finding.other': 'otro hallazgo (véase la nota)',
  'modality.depth.subcutaneous': 'limitado al tejido subcutáneo',
  'modality.depth.fascia-or-muscle':
    'llega a fascia o músculo (atípico para la osificación subcutánea)',
  'modality.finding.periostitis': 'periostitis',
  'modality.finding.no-periostitis': 'sin periostitis',
  'modality.finding.wound-problem': 'problema de cicatrización tras la biopsia',
  'modality.fhir.finding': '{study} de las piernas: hallazgo',
  'modality.fhir.request': '{study} de las piernas',
  'modality.fhir.depth': 'Profundidad de los depósitos',
  // modalities/index.ts: the steps that are not studies
  'modality.step.patient': 'Paciente y antecedentes',
  'modality.step.summary': 'Resumen',
  // modalities/labs
  'modality.labs.name': 'Analítica',
  'modality.labs.fhir.request': 'Metabolismo fosfocálcico (calcio, fósforo)',
  'modality.labs.analyte.calcium': 'calcio',
  'modality.labs.analyte.phosphate': 'fósforo',
  'modality.labs.analyte.pth': 'PTH',
  'modality.labs.analyte.creatinine': 'creatinina',
  'modality.labs.analyte.alp': 'fosfatasa alcalina',
  'modality.labs.flag.normal': 'normal',
  'modality.labs.flag.low': 'bajo',
  'modality.labs.flag.high': 'alto',
  'modality.labs.value': '{name} {value} {unit}',
  'modality.labs.value-flag': '{name} {value} {unit} ({flag})',
  'modality.labs.flag-only': '{name} {flag}',
  'modality.labs.value-only': '{name} {value}',
  // modalities/ultrasound
  'modality.ultrasound.name': 'Ecografía',
  'modality.ultrasound.finding.hyperechoic-shadowing':
    'focos hiperecogénicos con sombra acústica posterior en el tejido celular subcutáneo',
  'modality.ultrasound.finding.less-echogenic-deposits':
    'depósitos menos ecogénicos (patrón de calcificación)',
  'modality.ultrasound.finding.indeterminate': 'indeterminada',
  'modality.ultrasound.ossification':
    'Ecografía: focos hiperecogénicos con sombra acústica posterior en el tejido subcutáneo (patrón de osificación).',
  'modality.ultrasound.calcification':
    'Ecografía: depósitos menos ecogénicos (patrón de calcificación más que de hueso).',
  'modality.ultrasound.indeterminate':
    'Ecografía indeterminada: no cuenta ni a favor ni en contra de un depósito. Una ecografía repetida, o una radiografía desde el día 14 tras el inicio, pueden resolverlo.',
  'modality.ultrasound.normal':
    'Ecografía normal: es adecuada para el diagnóstico precoz, pero no hay cifras de exactitud en la osificación por insuficiencia venosa, así que reduce la sospecha sin excluirla.',
  // modalities/xray
  'modality.xray.name': 'Radiografía',
  'modality.xray.finding.reticulated-bone-density':
    'opacidades subcutáneas reticuladas con densidad ósea',
  'modality.xray.finding.diffuse-bone-density': 'opacidades subcutáneas difusas con densidad ósea',
  'modality.xray.finding.punctate-calcification': 'calcificación puntiforme',
  'modality.xray.fhir.periostitis': 'Periostitis',
  'modality.xray.ossification':
    'Radiografía: opacidades subcutáneas difusas o reticuladas con densidad ósea.',
  'modality.xray.calcification':
    'Radiografía: calcificación puntiforme sin patrón trabecular ni reticular.',
  'modality.xray.normal.past-blind-days': (p) =>
    `Radiografía normal el ${es['domain.day-phrase']({ days: p.day })}: pasados los 10–14 días en que puede ser normal, reduce la sospecha pero no la elimina (en la osificación heterotópica neurógena, la radiografía se hizo positiva unas 2–6 semanas después de una gammagrafía positiva).`,
  'modality.xray.normal.before-day-14': (p) =>
    `Radiografía normal el día ${p.day}, antes del día 14: no descarta osificación.`,
  'modality.xray.normal.day-unknown':
    'Radiografía normal, pero se desconoce el día desde el inicio: pudo ser demasiado precoz para descartar osificación.',
  'modality.xray.other-finding':
    'Radiografía: un «otro hallazgo» no se valora a favor ni en contra de un depósito. Lea el informe: si describe uno de los patrones de la lista, regístrelo; si no, revíselo con el radiólogo.',
  // modalities/scintigraphy
  'modality.scintigraphy.name': 'Gammagrafía ósea',
  'modality.scintigraphy.finding.soft-tissue-uptake':
    'hipercaptación en partes blandas de las piernas',
  'modality.scintigraphy.uptake':
    'Gammagrafía ósea: hipercaptación en partes blandas de las piernas (sensible, pero menos específica que la radiografía: la captación sola no demuestra un depósito).',
  'modality.scintigraphy.normal':
    'Gammagrafía ósea normal: muy sensible precozmente, aunque una primera gammagrafía puede ser falsamente negativa (7 de 60 en lesión medular).',
  'modality.scintigraphy.other-finding':
    'Gammagrafía ósea: un «otro hallazgo» no se valora a favor ni en contra de un depósito. Lea el informe: si describe uno de los patrones de la lista, regístrelo; si no, revíselo con el radiólogo.',
  // modalities/cross-sectional: CT and MRI
  'modality.cross-sectional.finding.trabecular-plaques':
    'placas lineales subcutáneas de patrón trabecular/reticular',
  'modality.cross-sectional.finding.amorphous-calcification':
    'calcificación amorfa sin hueso trabecular',
  'modality.ct.name': 'TC',
  'modality.ct.ossification': 'TC: placas lineales subcutáneas de patrón trabecular/reticular.',
  'modality.ct.calcification': 'TC: calcificación amorfa sin hueso trabecular.',
  'modality.ct.normal':
    'TC normal: no es sensible en el diagnóstico precoz, así que no excluye una lesión inicial.',
  'modality.ct.other-finding':
    'TC: un «otro hallazgo» no se valora a favor ni en contra de un depósito. Lea el informe: si describe uno de los patrones de la lista, regístrelo; si no, revíselo con el radiólogo.',
  'modality.mri.name': 'RM',
  'modality.mri.ossification': 'RM: placas lineales subcutáneas de patrón trabecular/reticular.',
  'modality.mri.calcification': 'RM: calcificación amorfa sin hueso trabecular.',
  'modality.mri.normal':
    'RM normal: no es sensible en el diagnóstico precoz, así que no excluye una lesión inicial.',
  'modality.mri.normal-not-excluding':
    'RM normal: la RM convencional tiene menos sensibilidad y especificidad para la calcinosis, así que un estudio normal no demuestra que no haya mineral.',
  'modality.mri.other-finding':
    'RM: un «otro hallazgo» no se valora a favor ni en contra de un depósito. Lea el informe: si describe uno de los patrones de la lista, regístrelo; si no, revíselo con el radiólogo.',
  // modalities/biopsy
  'modality.biopsy.name': 'Biopsia',
  'modality.biopsy.finding.ossification':
    'osificación: trabéculas óseas en la dermis profunda y la grasa',
  'modality.biopsy.finding.calcification-without-bone':
    'depósitos de calcio sin hueso (calcinosis cutis)',
  'modality.biopsy.finding.other-diagnosis': 'otro diagnóstico (véase la nota)',
  'modality.biopsy.finding.non-diagnostic': 'muestra no diagnóstica',
  'modality.biopsy.other-diagnosis': 'La biopsia muestra otro diagnóstico.',
  'modality.biopsy.fhir.finding': 'Biopsia cutánea de las piernas: histología',
  'modality.biopsy.fhir.wound-problem': 'Problema de cicatrización tras la biopsia',
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
