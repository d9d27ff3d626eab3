import { dayPhrase } from '../day-phrase';
import { plural } from '../text';
import type { Catalogue } from './types';

/**
 * Every clinical statement the app makes, in Spanish, under the codes of the English catalogue
 * (`en.ts`, which says how the catalogues are used). Typed `Catalogue`: the compiler names a
 * missing code, an extra one, or a sentence that takes other parameters.
 */
/** La etiqueta de la conclusión de trabajo, por conclusión (`Conclusion` del motor). */
const CONCLUSION = {
  'confirmed-scho': 'Osificación subcutánea (OHSC) confirmada',
  'probable-scho': 'Osificación subcutánea probable',
  calcification: 'Calcificación más que hueso (calcinosis cutis)',
  'findings-disagree': 'Los hallazgos discrepan: hueso o calcio sin resolver',
  atypical: 'Atípico para osificación por insuficiencia venosa: valore alternativas',
  'insufficient-data': 'Datos aún insuficientes',
} as const;
/** La etiqueta de una conclusión (su código si no la hubiera, nunca otra etiqueta). */
const conclusionLabel = (c: keyof typeof CONCLUSION): string =>
  (CONCLUSION as Readonly<Partial<Record<string, string>>>)[c] ?? c;

/** La primera letra en mayúscula: una expresión que abre la frase. */
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Por qué se dejó de lado una prueba (un motivo del registro), o que no se indicó ninguno. */
const SET_ASIDE: Readonly<
  Record<'not-available' | 'declined' | 'not-indicated' | 'other', string>
> = {
  'not-available': 'no disponible',
  declined: 'rechazada',
  'not-indicated': 'no indicada',
  other: 'otro motivo',
};
const setAside = (why: keyof typeof SET_ASIDE | undefined): string =>
  (why === undefined ? undefined : SET_ASIDE[why]) ?? 'sin motivo indicado';

/** A decimal figure with a decimal comma, as the engine's Spanish sentences write it. */
const decimal = (x: number): string => String(x).replace('.', ',');

/** La dosis de la gammagrafía como la cita el motor: la del adulto, o el intervalo de un niño. */
const scanDose = (p: { readonly childLowMsv?: number; readonly childHighMsv?: number }): string =>
  p.childLowMsv === undefined
    ? '4,2–6,3 mSv (ACR ☢☢☢)'
    : `una dosis según el peso en un niño (${decimal(p.childLowMsv)}–${decimal(p.childHighMsv ?? 0)} mSv con la actividad del adulto ajustada al peso; ACR pediátrico ☢☢☢–☢☢☢☢)`;

export const es: Catalogue = {
  // ── engine: next step, advice, timing, interpretation, differential, cautions (src/domain/engine) ──
  'next.history-first':
    'Registre primero la historia: la fecha de inicio marca cuándo hacer la radiografía y el perfil de riesgo (mujeres mayores de 50 años, obesidad, insuficiencia venosa de larga evolución) enmarca la sospecha.',
  'engine.next.labs-today':
    'Creatinina, calcio, fósforo, fosfatasa alcalina, albúmina, PTH y coagulación hoy (la biopsia a menudo es falsamente negativa en la calcifilaxis).',
  'engine.next.calciphylaxis-biopsy':
    'Biopsia ya, para distinguir la calcifilaxis de las otras causas de necrosis y calcio en la piel; una biopsia negativa no descarta la calcifilaxis.',
  'engine.next.atypical-review':
    'Atípico para osificación por insuficiencia venosa: revise el diagnóstico diferencial antes de pedir más pruebas de imagen.',
  'engine.next.first-visit':
    'Primera visita: pida la ecografía, la técnica de elección para el diagnóstico precoz (rápida, accesible y económica), y extraiga la analítica fosfocálcica el mismo día (normal en la osificación subcutánea; valores alterados orientan a otras causas).',
  'engine.next.option.repeat-film': (p) =>
    `Repetir la radiografía a partir del ${p.from}: sin biopsia, dosis baja.`,
  'engine.next.option.biopsy-now':
    'Biopsia ahora, la prueba de elección, si la respuesta no puede esperar; valore la mala cicatrización de la piel con insuficiencia venosa.',
  'engine.next.biopsy-answered': 'La biopsia ha respondido la pregunta: el estudio está completo.',
  'engine.next.uptake-needs-mineral':
    'La captación en la gammagrafía no demuestra un depósito: es sensible pero no específica (menos que la radiografía; en la insuficiencia venosa puede deberse a periostitis). Sigue una prueba que vea el mineral: la ecografía, o la radiografía desde el día 14 tras el inicio.',
  'engine.next.low-suspicion': (p) =>
    `La sospecha es baja (CEAP ${p.ceap}, sin signos cutáneos de osificación, sin depósitos en las pruebas hechas): no se sugiere ninguna prueba más; reconsidérelo si cambia (nuevo endurecimiento, cambios cutáneos o úlcera). La biopsia de piel con insuficiencia venosa cicatriza mal y conviene evitarla sin una diana.`,
  'engine.next.option.repeat-ultrasound':
    'Repetir la ecografía en unos días: sin radiación y barata; el caso la considera la técnica de elección para el diagnóstico precoz.',
  'engine.next.nothing-left':
    'No se sugiere nada más: todas las pruebas útiles están hechas o descartadas. Revise el resumen.',
  'engine.next.fop-before-biopsy':
    'Por ahora, sin biopsia: antes hay que descartar la fibrodisplasia osificante progresiva (FOP).',
  'engine.cautions.scan-dose': (p) => scanDose(p),
  'engine.next.early-ultrasound-tradeoff': (p) =>
    `Ecografía ${p.indeterminate ? 'indeterminada' : 'normal'} el día ${p.day}, cuando la radiografía aún puede ser normal${p.wait !== null ? ` (el día 14 llega en ${p.wait} ${plural('es', p.wait, { one: 'día', other: 'días' })}, ${p.from})` : ''}. Las fuentes prefieren el camino sin la radiación de la gammagrafía: la ecografía es la técnica de elección para el diagnóstico precoz y la radiografía la prueba de menor dosis, mientras que la gammagrafía, aunque muy sensible precozmente, supone ${scanDose(p)}. Ninguna fuente compara estas estrategias directamente.`,
  'engine.next.option.wait-for-film': (p) =>
    `Esperar a la fecha de la radiografía (${p.from ?? 'día 14'}): la menor dosis (ACR ☢, <0,1 mSv en una extremidad en el adulto); desde entonces una radiografía normal reduce la sospecha sin eliminarla.`,
  'engine.next.option.scan-now': (p) =>
    `Gammagrafía ósea ahora: muy sensible precozmente y menos específica que la radiografía, con ${scanDose(p)}; razonable solo si la respuesta no puede esperar.`,
  'engine.study.biopsy.atypical':
    'Rasgos atípicos: la biopsia, prueba de elección, distingue la osificación de la calcinosis y de otros diagnósticos.',
  'engine.study.biopsy.deposit-shown':
    'La imagen muestra un depósito: la biopsia, prueba de elección, confirma el hueso y descarta la calcinosis.',
  'engine.study.biopsy.repeat-non-diagnostic':
    'La biopsia no fue diagnóstica mientras la imagen muestra un depósito: una nueva biopsia del depósito, la prueba de elección, responde la pregunta sobre el tejido; valore la mala cicatrización de la piel con insuficiencia venosa.',
  'engine.study.biopsy.if-suspicion-persists':
    'La biopsia es la prueba de elección si la sospecha persiste; valore la mala cicatrización de la piel con insuficiencia venosa.',
  'engine.study.cross-sectional.confirmed-extent':
    'Confirmada: la TC o la RM permiten valorar la extensión si se plantea desbridamiento o exéresis.',
  'engine.study.cross-sectional.bone-extent':
    'Se ha demostrado hueso: la TC o la RM permiten valorar la extensión.',
  'engine.study.labs.necrosis-calciphylaxis':
    'Necrosis cutánea: primero hay que descartar calcifilaxis — creatinina, calcio, fósforo, FA, albúmina y PTH hoy (la biopsia a menudo es falsamente negativa en la calcifilaxis).',
  'engine.study.labs.childhood-onset':
    'Lesiones desde la infancia: primero la analítica (calcio bajo con fósforo y PTH altos es el patrón del pseudohipoparatiroidismo), y hay que descartar la FOP antes de cualquier biopsia.',
  'engine.study.labs.check-metabolism':
    'Compruebe el metabolismo fosfocálcico: normal en la osificación subcutánea; valores alterados orientan a otras causas.',
  'engine.study.ultrasound.early-choice':
    'La ecografía es la técnica de elección para el diagnóstico precoz: rápida, accesible y económica.',
  'engine.study.ultrasound.no-radiation':
    'Ecografía: sin radiación, rápida y económica, y distingue hueso (focos hiperecogénicos con sombra acústica) de calcificación (menos ecogénica).',
  'engine.study.xray.record-onset':
    'Radiografía simple: barata, universal y de menor dosis; registre la fecha de inicio, porque puede ser normal durante 10–14 días.',
  'engine.study.xray.past-blind-days': (p) =>
    `Radiografía simple: ${dayPhrase(p.day).es}, superados los 10–14 días en que puede ser normal; una radiografía alterada cuenta, y una normal reduce la sospecha sin eliminarla.`,
  'engine.study.scintigraphy.early': (p) =>
    `Día ${p.day}: la gammagrafía ósea es muy sensible precozmente, cuando la radiografía aún puede ser normal (informativa a partir del ${p.from}). Conlleva radiación: ${scanDose(p)}.`,
  'engine.study.scintigraphy.no-deposit': (p) =>
    `La imagen no muestra depósitos: si la sospecha persiste, la gammagrafía ósea es muy sensible (pero conlleva radiación: ${scanDose(p)}).`,
  'engine.advice.biopsy.wound-healing':
    'Las heridas de biopsia cicatrizan mal en piel con cambios venosos crónicos (en la lipodermatosclerosis, úlceras tras biopsia hasta en un 13 %).',
  'engine.advice.labs.normal-in-scho':
    'El metabolismo fosfocálcico es normal en la osificación subcutánea; valores alterados orientan a calcinosis metastásica, calcifilaxis o pseudohipoparatiroidismo y cambian el estudio.',
  'engine.advice.ultrasound.first-line':
    'Primera línea: rápida, accesible y económica, adecuada para el diagnóstico precoz cuando la radiografía aún puede ser normal; distingue hueso (hiperecogénico con sombra acústica) de calcificación (menos ecogénica).',
  'engine.advice.xray.onset-unknown':
    'Inicio desconocido: la radiografía simple puede mostrar opacidades difusas o reticuladas de densidad ósea, pero puede ser normal durante 10–14 días tras el inicio.',
  'engine.advice.xray.too-early': (p) =>
    `Demasiado pronto (día ${p.days}): la radiografía simple puede no mostrar nada hasta 10–14 días tras el inicio, así que una radiografía normal ahora no descartaría osificación. Desde el ${p.from} una radiografía normal reduce la sospecha, pero no la elimina.`,
  'engine.advice.xray.inside-window': (p) =>
    `Día ${p.days}, dentro de la ventana de 10–14 días: una radiografía alterada cuenta, una normal no descarta osificación hasta el ${p.from}.`,
  'engine.advice.xray.lowest-dose':
    'Prueba ionizante de menor dosis (nivel relativo de radiación ACR ☢, <0,1 mSv en una extremidad).',
  'engine.advice.scintigraphy.radiation':
    'Radiación: nivel relativo de radiación ACR ☢☢☢ (4,2–6,3 mSv en una gammagrafía ósea con Tc-99m MDP de 740–1.110 MBq).',
  'engine.advice.scintigraphy.bone-shown':
    'El hueso ya se ha demostrado: la gammagrafía añade radiación sin cambiar el diagnóstico.',
  'engine.advice.biopsy.low-suspicion':
    'La sospecha es baja y no se ha mostrado nada que biopsiar: la biopsia de piel con insuficiencia venosa cicatriza mal y conviene evitarla sin una diana; reconsidérelo si el cuadro cambia.',
  'engine.advice.biopsy.deposit':
    'La prueba de elección: trabéculas óseas en dermis profunda y grasa confirman la osificación; calcio sin hueso indica calcinosis cutis; además muestra otros diagnósticos.',
  'engine.advice.biopsy.invasive':
    'La prueba de elección, pero invasiva: la imagen no invasiva suele mostrar antes si hay un depósito que biopsiar.',
  'engine.advice.answered':
    'La biopsia, prueba de elección, ya ha respondido la pregunta: más pruebas de imagen diagnósticas no cambiarían el diagnóstico.',
  'engine.advice.done': 'Realizada; el resultado se valora en la conclusión.',
  'engine.advice.xray.past-blind-days': (p) =>
    `${cap(dayPhrase(p.day).es)}: superados los 10–14 días en que la radiografía puede ser normal, una radiografía alterada cuenta y una normal reduce la sospecha sin eliminarla. Busque opacidades subcutáneas difusas o reticuladas de densidad ósea en el perímetro de la pierna, y periostitis por la insuficiencia venosa.`,
  'engine.advice.set-aside': (p) => `${p.skipped ? 'Omitida' : 'Aplazada'}: ${setAside(p.why)}.`,
  'engine.advice.scintigraphy.early':
    'Muy sensible en el diagnóstico precoz, antes de que la radiografía pueda mostrar la lesión; menos específica que la radiografía.',
  'engine.advice.scintigraphy.persisting':
    'Muy sensible si el resto de la imagen es normal y la sospecha persiste; menos específica que la radiografía.',
  'engine.cautions.pregnancy.ask': (p) =>
    `Embarazo: pregunte si está o puede estar embarazada y regístrelo (se pregunta de ${p.from} a ${p.to} años si no consta).`,
  'engine.cautions.pregnancy.maybe': 'Embarazo: puede estar embarazada.',
  'engine.cautions.pregnancy.pregnant': 'Embarazada.',
  'engine.cautions.paediatric.xray-band':
    'Menor de 18 años: la cifra de <0,01 mSv de la radiografía de extremidades y el nivel del adulto son del adulto.',
  'engine.cautions.paediatric.ct-band': 'Menor de 18 años: el nivel del adulto no se aplica.',
  'engine.cautions.bleeding.unknown':
    'Sangrado: no consta si el paciente toma un anticoagulante o antiagregante: pregúntelo antes de la biopsia. Si lo toma, no suele suspenderse para una biopsia cutánea (el riesgo de sangrado es bajo; suspenderlo expone a trombosis); con warfarina, compruebe que el INR no es mayor de 3,5; prevea la hemostasia y consulte con quien lo prescribe antes de cualquier cambio.',
  'engine.cautions.fop.before-biopsy':
    'Las lesiones desde la infancia mantienen la FOP en el diagnóstico diferencial: busque un hallux valgus congénito y valore el estudio genético de ACVR1 antes de cualquier biopsia, y evite las inyecciones intramusculares.',
  'engine.cautions.biopsy.wound-healed-poorly':
    'La herida de la biopsia anterior cicatrizó mal en este paciente: las heridas de biopsia cicatrizan mal en piel con cambios venosos crónicos (en la lipodermatoesclerosis, úlceras tras biopsia hasta en un 13 %); valórelo antes de otra biopsia.',
  'engine.cautions.pregnancy.xray': (p) =>
    `Una radiografía de la pierna da al feto unos ${decimal(p.mgy)} mGy (radiografía por debajo de la rodilla) y la radiografía de extremidades no requiere verificar el embarazo: no se retrasa por ello. La ecografía responde a la misma pregunta sin radiación.`,
  'engine.cautions.pregnancy.ct': (p) =>
    `Una TC de las piernas da al feto unos ${decimal(p.mgy)} mGy (TC por debajo de la rodilla), y la TC fuera del abdomen y la pelvis no requiere verificar el embarazo. Para la extensión, la RM sin contraste no tiene radiación ionizante: la ecografía y la RM son las técnicas de imagen de elección en el embarazo${p.pregnant ? ', así que la RM va primero' : ''}.`,
  'engine.cautions.pregnancy.scintigraphy': (p) =>
    `${p.asked === 'pregnant' ? 'La gammagrafía ósea no suele ser apropiada' : p.asked === 'possibly' ? 'Prueba de embarazo antes de la gammagrafía ósea, que es medicina nuclear' : 'Antes de la gammagrafía ósea, que es medicina nuclear, prueba de embarazo siempre que el estado sea dudoso'}: con ${p.mbq}–1.110 MBq da al feto unos ${decimal(p.low)}–${decimal(p.high)} mGy a las 8 semanas (calculado con 4,6 µGy/MBq). La ecografía, técnica de elección para el diagnóstico precoz, responde a la misma pregunta sin radiación, o espere a la fecha desde la que la radiografía puede mostrar la lesión.`,
  'engine.cautions.bleeding.on-drug': (p) =>
    `Sangrado: toma un anticoagulante o antiagregante. No lo suspenda para la biopsia: el riesgo de sangrado de una biopsia cutánea es bajo y suspenderlo expone a ictus, infarto de miocardio, embolia pulmonar y trombosis venosa profunda.${p.vka ? ' Con warfarina (un antagonista de la vitamina K), compruebe el INR: evite el procedimiento si es mayor de 3,5.' : ''} Prevea la hemostasia y explique al paciente qué hacer si sangra; consulte con quien lo prescribe antes de cualquier cambio.`,
  'engine.cautions.biopsy.worse-side': (p) =>
    `Ambas piernas, peor la ${p.side === 'left' ? 'izquierda' : 'derecha'}: tome la muestra donde está el depósito, habitualmente el lado peor; la biopsia toma una muestra pequeña y puede no incluir hueso situado en otra parte de la placa.`,
  'engine.interpret.label.confirmed-scho': CONCLUSION['confirmed-scho'],
  'engine.interpret.label.probable-scho': CONCLUSION['probable-scho'],
  'engine.interpret.label.calcification': CONCLUSION['calcification'],
  'engine.interpret.label.findings-disagree': CONCLUSION['findings-disagree'],
  'engine.interpret.label.atypical': CONCLUSION['atypical'],
  'engine.interpret.label.insufficient-data': CONCLUSION['insufficient-data'],
  'engine.interpret.not-by-biopsy': 'Aún sin confirmar por biopsia, la prueba de elección.',
  'engine.interpret.imaging-only-calcium':
    'Solo por imagen: la biopsia, la prueba de elección, distingue calcio de hueso inicial.',
  'engine.interpret.no-venous-disease':
    'El registro indica que no hay enfermedad venosa (CEAP C0, sin signos): la osificación subcutánea de las piernas es secundaria a la insuficiencia venosa, así que hueso o calcio aquí no es osificación por insuficiencia venosa. Valore las otras causas de hueso o calcio en la piel (osteoma cutis, calcinosis) y compruebe la clase CEAP.',
  'engine.interpret.labs-normal':
    'Metabolismo fosfocálcico normal, como es de esperar en la osificación subcutánea.',
  'engine.interpret.atypical-features':
    'Rasgos atípicos para la osificación por insuficiencia venosa: hay que revisar el diagnóstico diferencial antes de llamarlo así.',
  'engine.interpret.labs-point-elsewhere':
    'La analítica orienta a otra causa de calcio o hueso en la piel; la biopsia, la prueba de elección, las distingue.',
  'engine.interpret.biopsy-may-miss-bone':
    'La biopsia toma una muestra pequeña y puede no incluir hueso situado en otra parte de la placa: si la imagen muestra un patrón óseo, ambas discrepan y se revisan juntas.',
  'engine.interpret.no-deposit-yet':
    'No se ha visto ningún depósito, pero ninguna prueba lo descarta por completo.',
  'engine.interpret.nothing-shown-yet':
    'Ninguna prueba ha mostrado aún si hay hueso o calcio en la piel.',
  'engine.interpret.pain': (p) =>
    `Dolor ${p.severe ? 'intenso' : 'moderado'}: la osificación subcutánea suele ser asintomática; en casos avanzados puede causar dolor, deformidad articular y atrapamiento nervioso, así que búsquelos.`,
  'engine.next.question-still-open': (p) =>
    `No queda ninguna prueba que sugerir, pero ${p.setAside} ${plural('es', p.setAside, { one: 'se dejó', other: 'se dejaron' })} de lado y la pregunta sigue abierta (${conclusionLabel(p.conclusion)}). Revise los puntos abiertos; reconsidere una prueba descartada si la situación cambia.`,
  'engine.timing.onset-unknown':
    'Fecha de inicio no registrada: no se puede saber si la radiografía simple es aún demasiado precoz (puede no mostrar nada durante 10–14 días).',
  'engine.timing.onset-after-today':
    'La fecha de inicio es posterior a hoy: revísela; el consejo temporal queda en suspenso.',
  'engine.timing.early-film': (p) =>
    `Día ${p.days} desde el inicio: la radiografía simple puede ser aún normal (puede no mostrar nada hasta los 10–14 días), así que una radiografía normal ahora no descarta osificación. Desde el ${p.from} una radiografía normal reduce la sospecha, pero no la elimina.`,
  'engine.timing.film-before-onset':
    'La radiografía normal tiene fecha anterior al inicio de los síntomas: revise ambas fechas; hasta entonces no dice nada de esta lesión.',
  'engine.timing.film-too-early': (p) =>
    `La radiografía normal se hizo el día ${p.day}, antes del día 14: no descarta osificación. Repítala a partir del ${p.from} o apóyese en la ecografía.`,
  'engine.timing.film-undated': (p) =>
    `La radiografía normal no tiene fecha: si se hizo antes del ${p.from} (día 14), no descarta osificación; después, reduce la sospecha pero no la elimina.`,
  'engine.timing.scan-false-negative':
    'Una primera gammagrafía negativa puede ser un falso negativo (7 de 60 pacientes con lesión medular): si la sospecha persiste, valore repetirla.',
  'engine.timing.film-past-blind-days': (p) =>
    `La radiografía normal se hizo ${p.beyondCount ? 'más de un año después del inicio' : `el día ${p.day}`}, pasados los 10–14 días en que puede ser normal: reduce la sospecha pero no la elimina (en la osificación heterotópica neurógena, la radiografía se hizo positiva unas 2–6 semanas después de una gammagrafía positiva).`,
  'engine.discordance.biopsy-calcium-imaging-bone':
    'La biopsia muestra calcio sin hueso, pero la imagen muestra un patrón óseo. La biopsia toma una muestra pequeña y puede no incluir hueso situado en otra parte de la placa; la imagen también puede malinterpretarse.',
  'engine.discordance.biopsy-calcium-imaging-bone.resolve':
    'Revise la imagen con el radiólogo y las preparaciones con el patólogo, en paralelo; si la imagen sigue mostrando hueso, valore una biopsia más profunda o amplia de la zona que la imagen muestra como hueso.',
  'engine.discordance.biopsy-bone-imaging-calcium':
    'La biopsia muestra hueso, mientras que la imagen solo muestra calcio. El hueso en la biopsia sigue siendo hueso; la osificación subcutánea suele asentar sobre calcificaciones previas, así que ambos pueden coexistir.',
  'engine.discordance.biopsy-bone-imaging-calcium.resolve':
    'No hace falta otra prueba para el diagnóstico; la TC puede mostrar la extensión del hueso si se plantea la exéresis.',
  'engine.discordance.normal-film.settled':
    'La biopsia, la prueba de elección, ha mostrado hueso: resuelve la cuestión.',
  'engine.discordance.normal-film.repeat-film': (p) =>
    `Una radiografía repetida a partir del ${p.from} (6 semanas tras el inicio) lo resuelve sin biopsia: dosis baja, y para entonces la radiografía ha tenido el tiempo que tardó en otras osificaciones heterotópicas. La biopsia, la prueba de elección, lo resuelve ya si la respuesta no puede esperar.`,
  'engine.discordance.normal-film.review':
    'Revise ambas pruebas juntas; la biopsia, la prueba de elección, decide si hay hueso o no.',
  'engine.discordance.imaging-bone-calcium':
    'La imagen discrepa: una prueba muestra patrón óseo y otra solo calcio. Calcificación y osificación pueden coexistir en la insuficiencia venosa, así que la imagen sola no puede decir cuál predomina.',
  'engine.discordance.imaging-bone-calcium.resolve':
    'La biopsia, la prueba de elección, distingue hueso de calcio (valore la mala cicatrización de la piel con insuficiencia venosa). El momento puede explicarlo: la calcificación puede preceder al hueso maduro (en la osificación heterotópica en TC, la calcificación amorfa madura hasta hueso), así que una radiografía posterior puede mostrar la maduración sin biopsia.',
  'engine.discordance.biopsy-bone-labs-abnormal':
    'La biopsia muestra hueso, pero la analítica no es el metabolismo fosfocálcico normal esperado en la osificación subcutánea. El hueso en la biopsia sigue siendo hueso; la analítica orienta a un segundo proceso que estudiar.',
  'engine.discordance.biopsy-bone-labs-abnormal.resolve':
    'Repita los valores alterados y estudie su causa (vea las alertas analíticas y el diagnóstico diferencial).',
  'engine.discordance.normal-film': (p) =>
    `Una radiografía hecha el ${dayPhrase(p.day).es} (pasados los 10–14 días en que puede ser normal) fue normal, mientras otra prueba muestra un patrón óseo. Una radiografía normal en este momento reduce la sospecha pero no la elimina: en la osificación heterotópica neurógena, la radiografía se hizo positiva unas 2–6 semanas después de una gammagrafía positiva.${p.timing ? ' El momento puede explicar esta discrepancia: la radiografía se hizo dentro de esas 6 semanas.' : ''}`,
  'engine.differential.labs-unknown':
    'Analítica aún no realizada: en la osificación subcutánea se espera un metabolismo fosfocálcico normal, lo que haría esto menos probable.',
  'engine.differential.calciphylaxis.raised':
    'Enfermedad renal o necrosis cutánea: hay que descartar calcifilaxis (creatinina, Ca, P, FA, albúmina, PTH; la biopsia a menudo es falsamente negativa).',
  'engine.differential.calciphylaxis.ckd':
    'Enfermedad renal crónica registrada: la calcifilaxis se ve sobre todo en la enfermedad renal terminal, con necrosis cutánea; téngala en cuenta.',
  'engine.differential.dystrophic.labs-normal':
    'Calcio sin hueso en la imagen o la biopsia, con analítica normal: calcinosis distrófica tras lesión tisular local.',
  'engine.differential.dystrophic.labs-unknown':
    'Calcio sin hueso en la imagen o la biopsia: calcinosis distrófica tras lesión tisular local, si la analítica es normal (aún no consta).',
  'engine.differential.calcinosis.until-bone':
    'Mientras no se demuestre hueso, un depósito de calcio sin hueso sigue siendo posible.',
  'engine.differential.idiopathic-calcinosis':
    'Calcificación con analítica normal y sin causa local identificada.',
  'engine.differential.osteoma-cutis.raised': (p) =>
    `Hueso en la piel sin enfermedad venosa avanzada (CEAP ${p.ceap}): valore osteoma cutis.`,
  'engine.differential.osteoma-cutis.consider':
    'El hueso dérmico tiene otras causas: osteoma cutis primario (15 %) o secundario (85 %).',
  'engine.differential.lipodermatosclerosis.raised':
    'CEAP C4b (lipodermatoesclerosis) sin depósito demostrado: la pierna dura puede ser la propia lipodermatoesclerosis, un diagnóstico clínico en el que conviene evitar la biopsia.',
  'engine.differential.lipodermatosclerosis.consider':
    'Una pierna dura en la insuficiencia venosa puede ser lipodermatoesclerosis (pierna en botella de champán invertida).',
  'engine.differential.childhood-onset':
    'Lesiones desde la infancia: las formas primarias y genéticas (HOP, OHA, FOP) empiezan en la infancia.',
  'engine.labs.high-calcium-phosphate':
    'Calcio o fósforo altos: en la osificación subcutánea por insuficiencia venosa el metabolismo fosfocálcico es normal; valore calcinosis metastásica (y calcifilaxis si hay insuficiencia renal).',
  'engine.labs.pseudohypoparathyroidism':
    'Calcio bajo con fósforo o PTH altos: patrón de pseudohipoparatiroidismo (OHA/PHP1a).',
  'engine.labs.low-calcium-phosphate':
    'Calcio o fósforo por debajo del rango: inesperado en la osificación subcutánea, cuyo metabolismo fosfocálcico es normal, pero no es el patrón de la calcinosis metastásica; repita (con albúmina) y revíselo con el laboratorio.',
  'engine.labs.low-pth':
    'PTH por debajo del rango del laboratorio: no es el patrón del hiperparatiroidismo ni del pseudohipoparatiroidismo (que cursa con PTH alta); repítala y revísela con el laboratorio.',
  'engine.labs.ckd-below-g4':
    'Enfermedad renal crónica por debajo de G4: la calcifilaxis se ve sobre todo en la enfermedad renal terminal, y la calcinosis metastásica con calcio y fósforo alterados; téngalas en cuenta y reconsidérelo si cambian la función renal o la analítica.',
  'engine.labs.high-pth': (p) =>
    `PTH por encima del rango del laboratorio con un calcio que no está bajo: hiperparatiroidismo${p.kidneyDisease ? ' (secundario, con la enfermedad renal registrada)' : ''}, causa de calcinosis metastásica. No es el patrón de pseudohipoparatiroidismo, que requiere un calcio bajo.`,
  'engine.labs.alp-high': (p) =>
    `Fosfatasa alcalina por encima del rango: no confirma ni descarta la osificación heterotópica (poco fiable para la OH precoz tras lesión medular)${p.paediatric ? '; en un niño en crecimiento es más alta que en el adulto' : ''}; forma parte del estudio de calcifilaxis y de calcinosis metastásica.`,
  'engine.labs.caxp-high': (p) =>
    `Producto calcio × fósforo ${p.caxp} mg²/dL² por encima de ${p.over70 ? `ambos umbrales publicados (>${p.emedicine} eMedicine, >${p.springer} Springer 2015)` : `el umbral >${p.springer} (Springer 2015), por debajo de >${p.emedicine} (eMedicine)`}: valore calcinosis metastásica.`,
  'engine.labs.kidney.failure':
    'Insuficiencia renal (diálisis o ERC G5): valore calcifilaxis y calcinosis metastásica antes que osificación subcutánea.',
  'engine.labs.kidney.advanced':
    'Enfermedad renal crónica (G4, o categoría desconocida): valore calcifilaxis y calcinosis metastásica antes que osificación subcutánea.',
  'engine.labs.kidney.creatinine-high':
    'Creatinina por encima del rango (la función renal puede estar reducida): valore calcifilaxis y calcinosis metastásica antes que osificación subcutánea.',
  'engine.site.typical-wait': (p) =>
    `Espera habitual en este hospital: ${p.wait} días (ajustes del centro).`,
  'engine.site.trade-off': 'A tener en cuenta:',
  'engine.site.every-investigation-available': 'Todas las pruebas disponibles.',
  'engine.site.heading': 'Ajustes de este centro',
  'engine.site.day.one': 'día',
  'engine.site.day.other': 'días',
  'engine.contributors.prior-dvt':
    'Trombosis venosa profunda previa: los autores del caso creen que pudo influir sobre todo en la aparición de la osificación.',
  'engine.contributors.immobility':
    'Inmovilidad (p. ej., hemiplejía): pudo contribuir al empeorar la insuficiencia venosa, como sugieren los autores del caso.',
  'engine.contributors.periostitis':
    'Periostitis en la radiografía: asociada a la insuficiencia venosa, apoya una enfermedad venosa de larga evolución como fondo.',
  'engine.tissue.biopsy-bone':
    'Biopsia (la prueba de elección): trabéculas óseas en dermis profunda y grasa.',
  'engine.tissue.biopsy-calcium':
    'Biopsia: depósitos de calcio sin hueso (calcinosis cutis, no osificación).',
  'engine.findings.fascia-or-muscle':
    'Afectación de fascia o músculo: atípica en la osificación subcutánea por insuficiencia venosa crónica, que no afecta a fascia ni músculo.',
  'engine.findings.childhood-onset':
    'Lesiones desde la infancia: orienta a una forma primaria o genética (HOP, OHA, FOP) más que a la osificación por insuficiencia venosa.',
  'engine.findings.skin-necrosis':
    'Necrosis cutánea: no figura entre los signos cutáneos de la osificación por insuficiencia venosa (piel normal, signos de insuficiencia venosa, úlceras, livedo racemosa); hay que descartar calcifilaxis.',
  'engine.risk.woman': 'Mujer',
  'engine.risk.over-50': 'Mayor de 50 años',
  'engine.risk.obesity': 'Obesidad',
  'engine.risk.long-standing-cvi': 'Insuficiencia venosa crónica de larga evolución',
  'engine.risk.ceap-c4a-or-worse': 'CEAP C4a o superior (cambios cutáneos, úlcera)',
  'engine.risk.summary': (p) =>
    `${p.present} de 5 rasgos de riesgo presentes (${p.recorded} registrados). La osificación subcutánea afecta sobre todo a mujeres obesas mayores de 50 años con insuficiencia venosa de larga evolución, pero también fuera de este perfil (el paciente del caso es un varón): el perfil orienta la sospecha y nunca la descarta.`,
  'engine.open.onset-missing': 'Fecha de inicio de los síntomas no registrada.',
  'engine.open.biopsy-non-diagnostic':
    'Biopsia no diagnóstica: la pregunta sobre el tejido sigue abierta; una nueva biopsia del depósito, o una imagen que distinga hueso de calcio, la resuelven.',
  'engine.open.not-by-biopsy': 'Sin confirmación por biopsia, la prueba de elección.',
  // ── end of engine ──

  // ── modalities: the studies: findings and their words (src/domain/modalities) ──
  // ── end of modalities ──

  // ── record: reading the health record (src/domain/record) ──
  // ── end of record ──

  // ── evidence: the evidence registry: figures, settings, references, the differential, anchors (src/domain/evidence) ──
  // ── end of evidence ──

  // ── export: the exports: note, FHIR narrative and codes' display, provenance (src/domain/export) ──
  // ── end of export ──

  // ── probability: the probability explorer (src/domain/probability) ──
  // ── end of probability ──
};
