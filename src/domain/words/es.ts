import { MAX_DAY_COUNT } from '../day-count';
import type { SkipReason } from '../fields';
import { formatDecimal } from '../languages';
import { plural } from '../text';
import type { Catalogue } from './types';
import { cap, wordOf } from './shape';

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

/** Por qué se dejó de lado una prueba (un motivo del registro), o que no se indicó ninguno. */
const SET_ASIDE: Readonly<Record<SkipReason, string>> = {
  'not-available': 'no disponible',
  declined: 'rechazada',
  'not-indicated': 'no indicada',
  other: 'otro motivo',
};

/** A decimal figure with a decimal comma, as the engine's Spanish sentences write it. */
const decimal = (x: number): string => String(x).replace('.', ',');

/** La dosis de la gammagrafía como la cita el motor: la del adulto, o el intervalo de un niño. */
const scanDose = (p: { readonly childLowMsv?: number; readonly childHighMsv?: number }): string =>
  p.childLowMsv === undefined
    ? '4,2–6,3 mSv (ACR ☢☢☢)'
    : `una dosis según el peso en un niño (${decimal(p.childLowMsv)}–${decimal(p.childHighMsv ?? 0)} mSv con la actividad del adulto ajustada al peso; ACR pediátrico ☢☢☢–☢☢☢☢)`;

export const es: Catalogue = {
  // ── engine: next step, advice, timing, interpretation, differential, cautions (src/domain/engine) ──
  'engine.next.history-first':
    'Registre primero la historia: la fecha de inicio marca cuándo hacer la radiografía y el perfil de riesgo (mujeres mayores de 50 años, obesidad, insuficiencia venosa de larga evolución) enmarca la sospecha.',
  'engine.next.first-visit-history':
    'Primera visita: pida la ecografía y extraiga la analítica fosfocálcica el mismo día. Registre la historia mientras tanto: la fecha de inicio marca cuándo hacer la radiografía.',
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
    `Radiografía simple: ${es['domain.day-phrase']({ days: p.day })}, superados los 10–14 días en que puede ser normal; una radiografía alterada cuenta, y una normal reduce la sospecha sin eliminarla.`,
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
    `${cap(es['domain.day-phrase']({ days: p.day }))}: superados los 10–14 días en que la radiografía puede ser normal, una radiografía alterada cuenta y una normal reduce la sospecha sin eliminarla. Busque opacidades subcutáneas difusas o reticuladas de densidad ósea en el perímetro de la pierna, y periostitis por la insuficiencia venosa.`,
  'engine.advice.set-aside': (p) =>
    `${p.skipped ? 'Omitida' : 'Aplazada'}: ${wordOf(SET_ASIDE, p.why, 'sin motivo indicado')}.`,
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
    `No queda ninguna prueba que sugerir, pero ${p.setAside} ${plural('es', p.setAside, { one: 'se dejó', other: 'se dejaron' })} de lado y la pregunta sigue abierta (${wordOf(CONCLUSION, p.conclusion, p.conclusion)}). Revise los puntos abiertos; reconsidere una prueba descartada si la situación cambia.`,
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
    `Una radiografía hecha el ${es['domain.day-phrase']({ days: p.day })} (pasados los 10–14 días en que puede ser normal) fue normal, mientras otra prueba muestra un patrón óseo. Una radiografía normal en este momento reduce la sospecha pero no la elimina: en la osificación heterotópica neurógena, la radiografía se hizo positiva unas 2–6 semanas después de una gammagrafía positiva.${p.timing ? ' El momento puede explicar esta discrepancia: la radiografía se hizo dentro de esas 6 semanas.' : ''}`,
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
    `Espera habitual en este hospital: ${p.wait} ${plural('es', p.wait, { one: 'día', other: 'días' })} (ajustes del centro).`,
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
  'engine.tissue.answer.bone-by-biopsy': 'Hueso (por biopsia)',
  'engine.tissue.answer.bone-by-imaging': 'Hueso (solo por imagen)',
  'engine.tissue.answer.calcium-by-biopsy': 'Calcio sin hueso (por biopsia)',
  'engine.tissue.answer.calcium-by-imaging': 'Calcio sin hueso (solo por imagen)',
  'engine.tissue.answer.none-seen': 'Ningún depósito visto',
  'engine.tissue.answer.unknown': 'Aún desconocido',
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
  'engine.next.settling-study-set-aside':
    'Las pruebas que lo resolverían se omitieron o aplazaron, así que la pregunta sigue abierta, como dice la conclusión. Lo que la resolvería:',
  'engine.site.not-available': (p) =>
    `${p.studies}: no disponible en este hospital (ajustes del centro).`,
  'engine.site.refer': (p) => `Derive al paciente a un centro que disponga de ${p.studies}.`,
  'engine.site.instead': (p) => `En su lugar: ${p.study}.`,
  'engine.site.or-refer': (p) => `O derive a un centro con ${p.studies}.`,
  'engine.site.not-available-here': (p) => `No disponible aquí: ${p.studies}.`,
  'engine.site.typical-waits': (p) => `Esperas habituales: ${p.list}.`,
  'engine.site.lab-units': (p) => `Unidades de laboratorio: ${p.list}.`,
  'engine.open.lab-missing': (p) => `Analítica: ${p.analyte} no registrado.`,
  'engine.open.planned': (p) => `${p.study}: solicitada, pendiente de resultado.`,
  'engine.open.deferred': (p) => `${p.study}: aplazada.`,
  'engine.open.done-no-main-result': (p) =>
    `${p.study}: marcada como hecha pero sin su resultado principal (solo otros hallazgos).`,
  'engine.open.done-no-result': (p) => `${p.study}: marcada como hecha pero sin resultado.`,
  'engine.labs.adult-interval-no-flag': (p) =>
    `(${p.analyte} ${String(p.value).replace('.', ',')} mg/dL leído frente al intervalo de referencia del adulto ${String(p.low).replace('.', ',')}–${String(p.high).replace('.', ',')} mg/dL porque el laboratorio no dio indicador; manda el rango del propio laboratorio.)`,
  'engine.labs.paediatric-no-flag': (p) =>
    `${p.analyte}: por debajo de 18 años, un valor no se lee frente al intervalo del adulto de la aplicación (los intervalos de los niños cambian con la edad); indique el indicador del propio laboratorio para la edad.`,
  'engine.labs.implausible': (p) =>
    `${p.analyte} ${formatDecimal('es', p.value, 2)} ${p.unit} está fuera de ${formatDecimal('es', p.low, 2)}–${formatDecimal('es', p.high, 2)} ${p.unit}, el intervalo que la aplicación acepta como valor sérico posible: revise el valor y la unidad${p.otherUnit ? ` (en ${p.otherUnit} sería plausible)` : ''}. No se usa en la valoración hasta que se corrija.`,
  'engine.labs.no-unit': (p) =>
    `${p.analyte}: elija la unidad; el valor no se usa hasta que la tenga.`,
  'engine.advice.cross-sectional.not-early': (p) =>
    `La ${p.study} no es sensible en el diagnóstico precoz; permite valorar la extensión una vez demostrada la lesión.`,
  'engine.urgency.kidney-failure': 'insuficiencia renal (diálisis o ERC G5)',
  'engine.urgency.kidney-disease': 'enfermedad renal crónica',
  'engine.urgency.creatinine-high': 'una creatinina por encima del rango',
  'engine.urgency.known': (p) =>
    `Urgente, sean cuales sean los demás resultados: la necrosis cutánea con ${p.kidney} es una posible calcifilaxis. ${p.mortality} La biopsia es a menudo falsamente negativa en la calcifilaxis, así que una negativa no retira la urgencia.`,
  'engine.urgency.kidney-unknown': (p) =>
    `Urgente hasta descartar enfermedad renal: la necrosis cutánea es una posible calcifilaxis y la función renal no consta (creatinina hoy). ${p.mortality}`,
  'engine.advice.cross-sectional.depth': (p) =>
    `La ${p.study} define la profundidad si se sospecha afectación de fascia o músculo, y la extensión de la lesión.`,
  'engine.advice.cross-sectional.extent': (p) =>
    `La ${p.study} valora la extensión de la osificación (p. ej., para planificar desbridamiento o exéresis); no sirve para el diagnóstico precoz.`,
  // ── end of engine ──

  // ── modalities: the studies: findings and their words (src/domain/modalities) ──
  // a day count since onset in words (the X-ray sentences quote it)
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
  // evidence/modalities.ts: what each study shows, when, at what dose
  'evidence.modality.labs.name': 'Analítica (metabolismo fosfocálcico)',
  'evidence.modality.labs.short-name': 'Analítica',
  'evidence.modality.labs.shows-ossification':
    'No es una prueba de imagen: en la osificación heterotópica subcutánea de las piernas por insuficiencia venosa crónica, la analítica, incluido el metabolismo fosfocálcico, es normal.',
  'evidence.modality.labs.shows-calcification':
    'Un calcio y/o fósforo alterados, con un producto calcio × fósforo superior a 70 mg²/dL² (eMedicine) o a 55 (Springer 2015), orientan hacia una calcinosis metastásica y no hacia una osificación heterotópica subcutánea.',
  'evidence.modality.labs.sensitivity.1':
    'No es una prueba de detección: en la osificación heterotópica subcutánea la analítica es normal (García-Arpa 2020); la fosfatasa alcalina y la PCR no son fiables para la OH precoz (lesión medular; Rosteius 2017, SCIRE). Su papel es orientar el diagnóstico diferencial.',
  'evidence.modality.labs.strengths.1':
    'Un metabolismo fosfocálcico normal es compatible con la osificación heterotópica subcutánea por insuficiencia venosa crónica; los valores alterados orientan hacia calcinosis metastásica, calcifilaxis o seudohipoparatiroidismo.',
  'evidence.modality.labs.pitfalls.1':
    'La fosfatasa alcalina (incluida la ósea) y la PCR no son fiables para detectar la osificación heterotópica precoz (OH de cadera tras lesión medular).',
  'evidence.modality.ultrasound.name': 'Ecografía',
  'evidence.modality.ultrasound.short-name': 'Eco',
  'evidence.modality.ultrasound.shows-ossification':
    'Osificación: imágenes hiperecogénicas con artefacto de sombra acústica posterior en el tejido celular subcutáneo.',
  'evidence.modality.ultrasound.shows-calcification':
    'Las calcificaciones son menos ecogénicas que la osificación.',
  'evidence.modality.ultrasound.earliest':
    'Sin cifra en días. Antes que la radiografía: en el hueso heterotópico la ecografía diagnosticó a los 8 pacientes antes de que aparecieran signos radiográficos (Clin Radiol 1991) y, en la OH de cadera tras lesión medular, mostró signos unas 3 semanas antes que la TC (SCIRE).',
  'evidence.modality.ultrasound.sensitivity.1':
    'Se considera adecuada para el diagnóstico precoz de la calcificación y la osificación; parece la técnica de elección para el diagnóstico precoz (García-Arpa 2020). No se aporta una cifra.',
  'evidence.modality.no-ionising-radiation': '0 mSv (sin radiación ionizante)',
  'evidence.modality.ultrasound.cost': 'Económica (García-Arpa 2020).',
  'evidence.modality.ultrasound.availability': 'Rápida y accesible (García-Arpa 2020).',
  'evidence.modality.ultrasound.strengths.1':
    'Técnica rápida, accesible y económica, considerada adecuada para el diagnóstico precoz de la calcificación y la osificación, ya que la radiografía simple puede no mostrar alteraciones hasta pasados 10–14 días.',
  'evidence.modality.ultrasound.strengths.2':
    'Aunque la biopsia es la prueba de referencia, la ecografía parece la técnica de elección para el diagnóstico precoz.',
  'evidence.modality.ultrasound.strengths.3':
    'En el hueso heterotópico, la ecografía diagnosticó a los 8 pacientes antes de los signos radiográficos y fue específica (la gammagrafía no lo fue).',
  'evidence.modality.ultrasound.strengths.4':
    'En piernas con enfermedad venosa crónica, la ecografía dúplex halló calcificación subcutánea en 24 de 95 piernas en clase CEAP C4a–C6 y en ninguna en C1–C3 (500 piernas estudiadas).',
  'evidence.modality.ultrasound.pitfalls.1':
    'Los depósitos pequeños se vieron mejor en la radiografía que en la ecografía (calcificaciones del manguito de los rotadores: 87 frente a 93 de 951 detectadas).',
  'evidence.modality.ultrasound.pitfalls.2':
    'La sensibilidad del 88,9% procede de una cohorte formada solo por casos con OH, por lo que no pudo estimarse la especificidad.',
  'evidence.modality.xray.name': 'Radiografía simple',
  'evidence.modality.xray.short-name': 'Rx',
  'evidence.modality.xray.shows-ossification':
    'Opacidades subcutáneas difusas o reticuladas de densidad ósea que afectan al perímetro de la pierna, a veces con periostitis por la insuficiencia venosa crónica (García-Arpa 2020). En la insuficiencia venosa crónica el patrón puede ser puntiforme, trabecular o reticular; los dos últimos indican una enfermedad más antigua y más grave (LearningRadiology).',
  'evidence.modality.xray.earliest':
    'La radiografía simple puede no mostrar alteraciones hasta que transcurren 10–14 días (según cita García-Arpa 2020).',
  'evidence.modality.xray.sensitivity.1':
    'No se encontró ninguna cifra de sensibilidad ni de especificidad de la radiografía en la osificación heterotópica subcutánea ni en otras osificaciones heterotópicas. Puede no mostrar nada en los primeros 10–14 días (según cita García-Arpa 2020).',
  'evidence.modality.xray.radiation.dose-text':
    '<0,01 mSv en la radiografía de extremidades (salvo la cadera): es un límite superior, no un valor puntual; nivel relativo de radiación ACR en adultos ☢ (<0,1 mSv).',
  'evidence.modality.xray.strengths.1':
    'En el caso publicado, la radiografía mostró opacidades subcutáneas reticuladas de densidad ósea.',
  'evidence.modality.xray.strengths.2':
    'Los depósitos pequeños se vieron mejor en la radiografía que en la ecografía (calcificaciones del manguito de los rotadores).',
  'evidence.modality.xray.pitfalls.1':
    'Puede no mostrar alteraciones hasta pasados 10–14 días (según cita García-Arpa 2020): una radiografía normal antes de ese plazo no descarta la lesión.',
  'evidence.modality.xray.pitfalls.2':
    'En la OH neurógena, la radiografía se hace positiva unas 2–6 semanas después de una gammagrafía ósea positiva.',
  'evidence.modality.xray.pitfalls.3':
    'Tras una lesión cerebral, la radiografía va 2–3 semanas por detrás de la gammagrafía ósea.',
  'evidence.modality.scintigraphy.name': 'Gammagrafía ósea (en tres fases, Tc-99m MDP)',
  'evidence.modality.scintigraphy.short-name': 'Gammagrafía',
  'evidence.modality.scintigraphy.shows-ossification':
    'Hipercaptación en las partes blandas de las piernas.',
  'evidence.modality.scintigraphy.earliest':
    'Sin cifra en días. Antes que la radiografía: la radiografía se retrasa unas 2–6 semanas respecto a una gammagrafía positiva (OH neurógena).',
  'evidence.modality.scintigraphy.sensitivity.1':
    'Muy sensible en el diagnóstico precoz (García-Arpa 2020). No se aporta una cifra.',
  'evidence.modality.scintigraphy.radiation.dose-text':
    '4,2–6,3 mSv en una gammagrafía ósea con Tc-99m MDP en adultos (0,0057 mSv/MBq × 740–1.110 MBq; unos 4 mSv según PMC381057); nivel relativo de radiación ACR en adultos ☢☢☢ (1–10 mSv).',
  'evidence.modality.scintigraphy.cost':
    '«Costes elevados» (referido a la gammagrafía ósea en la OH tras lesión medular; Rosteius 2017).',
  'evidence.modality.scintigraphy.availability':
    '«No disponible en hospitales pequeños» (Rosteius 2017).',
  'evidence.modality.scintigraphy.strengths.1':
    'La gammagrafía ósea es muy sensible en el diagnóstico precoz.',
  'evidence.modality.scintigraphy.strengths.2':
    'La gammagrafía ósea en tres fases se describe como la prueba más sensible para la OH tras lesión medular.',
  'evidence.modality.scintigraphy.strengths.3':
    'En la calcifilaxis de la enfermedad renal terminal, la gammagrafía ósea fue patológica en 34 de 36 pacientes (94%; las fuentes secundarias también dicen 97%, que no corresponde a 34 de 36; Fine y Zacharias 2002, leído en fuentes secundarias).',
  'evidence.modality.scintigraphy.pitfalls.1':
    'Menos específica que la radiografía (OH neurógena).',
  'evidence.modality.scintigraphy.pitfalls.2':
    'En el hueso heterotópico, la ecografía fue específica y la gammagrafía no.',
  'evidence.modality.scintigraphy.pitfalls.3':
    'La primera gammagrafía fue falsamente negativa en 7 de 60 pacientes: si la sospecha persiste, hay que repetirla.',
  'evidence.modality.scintigraphy.pitfalls.4':
    'Conlleva radiación: una dosis efectiva de 4,2–6,3 mSv en adultos (nivel ACR ☢☢☢).',
  'evidence.modality.not-for-early-diagnosis':
    'Sin cifra en días. No sirve para el diagnóstico precoz; permite valorar la extensión de la lesión (García-Arpa 2020).',
  'evidence.modality.extent-strength': 'Permite valorar la extensión de la lesión.',
  'evidence.modality.early-pitfall':
    'A diferencia de la ecografía y la gammagrafía ósea, no es útil para el diagnóstico precoz.',
  'evidence.modality.deep-involvement':
    'La osificación heterotópica subcutánea no afecta a la fascia ni al músculo (García-Arpa 2020): un hueso intramuscular con patrón zonal sugiere, en cambio, una miositis osificante (Radiopaedia).',
  'evidence.modality.ct.name': 'Tomografía computarizada (TC)',
  'evidence.modality.ct.short-name': 'TC',
  'evidence.modality.ct.shows-ossification':
    'Placas lineales de densidad ósea, de aspecto trabecular/reticular, en el tejido celular subcutáneo a lo largo del perímetro de las piernas.',
  'evidence.modality.ct.sensitivity.1':
    'No se encontró ninguna cifra de sensibilidad ni de tiempo de detección para la TC.',
  'evidence.modality.ct.radiation.dose-text':
    'No se encontró una cifra de dosis efectiva específica de la pierna: para la TC de la zona de interés el ACR indica «Variable». Nivel relativo de radiación ACR en adultos ☢ (<0,1 mSv) para la TC de pie o rodilla (☢☢ en niños); una TC de tobillo midió 21,4 µSv en un maniquí (un escáner, Koivisto 2015).',
  'evidence.modality.ct.strengths.2':
    'Muestra la maduración desde la calcificación amorfa hasta el hueso inmaduro y después maduro, y su extensión para planificar la cirugía (OH pélvica).',
  'evidence.modality.mri.name': 'Resonancia magnética (RM)',
  'evidence.modality.mri.short-name': 'RM',
  'evidence.modality.mri.shows-ossification':
    'La OH inmadura es inespecífica; a medida que madura, la hiperseñal en T2 pasa del 70% al 4% de las localizaciones y el realce del 100% al 20%.',
  'evidence.modality.mri.sensitivity.1': 'No se encontró ninguna cifra de sensibilidad para la RM.',
  'evidence.modality.mri.pitfalls.2': 'La OH inmadura tiene un aspecto inespecífico en la RM.',
  'evidence.modality.biopsy.name': 'Biopsia (piel y tejido celular subcutáneo)',
  'evidence.modality.biopsy.short-name': 'Biopsia',
  'evidence.modality.biopsy.shows-ossification':
    'Trabéculas óseas que engloban tejido adiposo en la dermis profunda y la grasa subcutánea (García-Arpa 2020); hueso esponjoso sin calcificación primaria (carta en JAMA 1977, insuficiencia venosa crónica).',
  'evidence.modality.biopsy.shows-calcification':
    'La calcinosis cutis muestra depósitos de calcio sin hueso; el caso publicado distingue calcificación de osificación y señala que la osificación heterotópica subcutánea no siempre va precedida de calcificación.',
  'evidence.modality.biopsy.earliest':
    'Sin cifra en días: ninguna fuente indica a partir de cuándo la biopsia muestra la lesión.',
  'evidence.modality.biopsy.sensitivity.1':
    'Es la prueba de elección (García-Arpa 2020); su sensibilidad no se ha medido.',
  'evidence.modality.biopsy.strengths.1':
    'La biopsia es la prueba de elección: muestra depósitos óseos en la dermis y la grasa, como en otras osificaciones heterotópicas cutáneas.',
  'evidence.modality.biopsy.pitfalls.1':
    'Las heridas de biopsia en la piel con insuficiencia venosa crónica o lipodermatoesclerosis cicatrizan mal: en la lipodermatoesclerosis conviene evitar la biopsia (úlceras en hasta el 13%).',
  'evidence.modality.biopsy.pitfalls.2':
    'En la calcifilaxis, la biopsia es a menudo falsamente negativa.',
  // evidence/figures.ts: how often a test shows the lesion, or the lesion occurs
  'evidence.figure.tokoro-2009-xray.method': 'Radiografía simple de las piernas',
  'evidence.figure.tokoro-2009-xray.strength':
    '20 pacientes y 20 controles; nada independiente comprobó la radiografía; cuenta calcificación, no hueso.',
  'evidence.figure.tokoro-2009-xray.setting':
    'Pacientes con insuficiencia venosa crónica (20) frente a sujetos control (20), Tokio',
  'evidence.figure.tokoro-2009-xray.note':
    'Calcificación subcutánea en 13 de 20 pacientes (65%), más frecuente cuanto más larga la enfermedad; en 4 de 20 controles (20%), siempre mínima. Tipos puntiforme y trabecular/reticular; el trabecular/reticular se asoció a una enfermedad más larga y a puntuaciones clínicas más altas y no apareció en ningún control.',
  'evidence.figure.wozniak-2020.strength':
    '10 pacientes (14 extremidades, que no son unidades independientes); sin patrón de referencia; calcificación, no hueso.',
  'evidence.figure.wozniak-2020.setting':
    'Lipodermatoesclerosis (insuficiencia venosa grave): 10 pacientes, 14 extremidades afectadas',
  'evidence.figure.wozniak-2020-us.method': 'Ecografía cutánea de alta frecuencia',
  'evidence.figure.wozniak-2020-us.note':
    'Calcificaciones subcutáneas en el 92,9% de las 14 extremidades (13 de 14, el único recuento que da 92,9%); calcificaciones de la pared vascular en el 78,6%. Las mismas extremidades tenían radiografía: la única comparación directa de ecografía y radiografía en piernas venosas.',
  'evidence.figure.wozniak-2020-xray.method': 'Radiografía de la pierna',
  'evidence.figure.wozniak-2020-xray.note':
    'Calcificaciones en el 85,7% de las 14 extremidades (12 de 14, el único recuento que da 85,7%); engrosamiento cutáneo en todas.',
  'evidence.figure.wollina-2009.setting':
    'Úlceras crónicas de pierna de causa mixta, sin curar tras al menos 3 meses de buenos cuidados, extirpadas por afeitado (212 pacientes, 362 úlceras); retrospectivo',
  'evidence.figure.wollina-2009.strength':
    'La histología es la referencia para el hueso y se examinó a 212 pacientes; pero es una población quirúrgica y refractaria, con úlceras de causa mixta.',
  'evidence.figure.wollina-2009-bone.method':
    'Histología del lecho ulceroso extirpado (hematoxilina-eosina y von Kossa)',
  'evidence.figure.wollina-2009-bone.note':
    'Formación de hueso metaplásico subcutáneo en 15 pacientes (7%): la única frecuencia de hueso, y no de calcificación, con referencia tisular.',
  'evidence.figure.wollina-2009-calcification.note':
    'Calcificación distrófica en 39 pacientes (18%). Resistía al tratamiento conservador y reducía la tasa de prendimiento del injerto (91% sin ella frente a 80% con ella).',
  'evidence.figure.colboc-2022-palpation.method': 'Palpación de la úlcera',
  'evidence.figure.colboc-2022-palpation.strength':
    'Prospectivo, pero en una sola unidad geriátrica y con cribado solo por palpación, que pasa por alto los depósitos pequeños.',
  'evidence.figure.colboc-2022-palpation.setting':
    'Pacientes mayores hospitalizados por úlceras de pierna, una unidad geriátrica de heridas, París, 2018–2019; prospectivo',
  'evidence.figure.colboc-2022-palpation.note':
    'Calcificación distrófica en 10 de 143 pacientes (7%), más probable con insuficiencia venosa (P = 0,015) e hipercalcemia (P = 0,041); los depósitos analizados fueron siempre apatita de fosfato cálcico.',
  'evidence.figure.jvs-vl.setting':
    'Ecografía dúplex de 500 piernas (250 pacientes) remitidas por enfermedad venosa crónica; se excluyó a los pacientes con otras causas de calcificación',
  'evidence.figure.jvs-vl.strength':
    'Piernas consecutivas de todas las clases CEAP; pero solo ecografía, sin patrón de referencia, y calcificación en lugar de hueso.',
  'evidence.figure.jvs-vl-c4-c6.method': 'Ecografía dúplex de la piel y el tejido subcutáneo',
  'evidence.figure.jvs-vl-c4-c6.note':
    'Calcificación del tejido subcutáneo en 24 de 95 piernas en CEAP C4a–C6 (la fuente da recuentos, no un porcentaje).',
  'evidence.figure.jvs-vl-c1-c3.note':
    'Ninguna calcificación del tejido subcutáneo en las piernas C1, C2 o C3: 43 + 189 + 34 = 266 piernas.',
  'evidence.figure.rosteius-2017-us.method': 'Ecografía de cribado',
  'evidence.figure.rosteius-2017-us.strength':
    'Revisión retrospectiva de historias de pacientes con OH solamente: sensibilidad sin especificidad.',
  'evidence.figure.rosteius-2017-us.setting':
    'Osificación heterotópica de cadera tras lesión medular (217 pacientes, 2003–2013)',
  'evidence.figure.rosteius-2017-us.note':
    'Confirmada por TC o RM a los 64,8 días de media; la especificidad no es estimable porque solo se incluyeron pacientes con OH.',
  'evidence.figure.fairchild-2021.setting':
    'Calcinosis de manos y muñecas en la esclerosis sistémica (43 pacientes): calcificación, no osificación',
  'evidence.figure.fairchild-2021.strength':
    '43 pacientes; la radiografía como referencia penaliza a la ecografía por los depósitos que la radiografía no ve; manos, no piernas.',
  'evidence.figure.fairchild-2021.method': 'Ecografía de manos y muñecas',
  'evidence.figure.fairchild-2021-us-patient.note':
    'Por paciente: sensibilidad 76%, especificidad 100%. Calcinosis en la radiografía en el 39,5% (17 de 43) y en la ecografía en el 30,2% (13 de 43): 13 de 17 verdaderos positivos y 26 de 26 verdaderos negativos.',
  'evidence.figure.fairchild-2021-us-hand.note':
    'Por mano: sensibilidad 78%, especificidad 98%. No se da el número de manos con calcinosis, así que no hay recuentos ni intervalo.',
  'evidence.figure.fairchild-2021-us-zone.note':
    'Por zona anatómica: sensibilidad 61%, especificidad 95%. No se da el número de zonas, así que no hay recuentos ni intervalo.',
  'evidence.figure.elgazzar-2019-spect.method':
    'Gammagrafía ósea en tres fases con SPECT (leída como «definitivamente presente»)',
  'evidence.figure.elgazzar-2019-spect.strength':
    'Un resumen de congreso; 34 pacientes hallados buscando en los informes; la referencia (SPECT/TC) contiene la prueba evaluada (sesgo de incorporación).',
  'evidence.figure.elgazzar-2019-spect.setting':
    'Osificación heterotópica en gammagrafía ósea con SPECT/TC en un servicio de medicina nuclear (34 pacientes)',
  'evidence.figure.elgazzar-2019-spect.note':
    'De 23 pacientes positivos en SPECT/TC, la SPECT sola leyó 8 como definitivos, 12 como posibles y 3 como negativos; de 11 negativos en SPECT/TC, 7 negativos y 4 posibles.',
  'evidence.figure.saez-de-ocariz-2014-scint.method': 'Gammagrafía ósea con Tc-99m MDP',
  'evidence.figure.saez-de-ocariz-2014-scint.strength':
    'La exploración física como referencia; niños; el resumen no da los recuentos detrás del porcentaje.',
  'evidence.figure.saez-de-ocariz-2014-scint.setting':
    'Calcinosis distrófica en la dermatomiositis juvenil y la esclerosis sistémica (niños de 5 a 17 años)',
  'evidence.figure.saez-de-ocariz-2014-scint.note':
    'Sensibilidad del 37,5% para la calcinosis de partes blandas (43,8% sobre prominencias óseas) frente a la exploración física; la exploración halló calcinosis en 16 pacientes y la gammagrafía en 9, sin concordancia.',
  'evidence.figure.kim-2017-ct.method':
    'TC de senos paranasales: puntos radiopacos dérmicos de más de 150 UH',
  'evidence.figure.kim-2017-ct.strength':
    '1.315 TC consecutivas; pero de la cara, no de las piernas, y sin histología de los puntos.',
  'evidence.figure.kim-2017-ct.setting':
    'TC de senos consecutivas de pacientes de 4 a 90 años (1.315), revisadas en busca de pequeños nódulos faciales calcificados',
  'evidence.figure.kim-2017-ct.note':
    'Una advertencia sobre la especificidad de la TC: pequeños nódulos dérmicos calcificados (interpretados como osteoma cutis miliar) en 252 de 599 varones (42,1%) y 301 de 716 mujeres (42,0%), 553 de 1.315 en total, más con la edad. Un punto «positivo» en la piel en la TC es frecuente y no es una osificación heterotópica subcutánea.',
  'evidence.figure.calciphylaxis.setting':
    'Calcifilaxis (calcificación vascular con necrosis cutánea) en la enfermedad renal terminal',
  'evidence.figure.kroshinsky-scint.method': 'Gammagrafía ósea',
  'evidence.figure.kroshinsky-scint.strength':
    'Casos y controles retrospectivo (18 casos, 31 controles), un diseño que sobrestima la exactitud; la biopsia confirmó 14 de los 18 casos.',
  'evidence.figure.kroshinsky-scint.note':
    'Sensibilidad del 89% (16 de 18 casos, el único recuento que da 89%); no se dispone de la especificidad.',
  'evidence.figure.fine-zacharias-2002-scint.method': 'Gammagrafía ósea',
  'evidence.figure.fine-zacharias-2002-scint.strength':
    'Leído solo en fuentes secundarias; solo 4 de los 36 diagnósticos se confirmaron por biopsia; sin especificidad.',
  'evidence.figure.fine-zacharias-2002-scint.note':
    'Gammagrafía ósea patológica en 34 de 36 pacientes diagnosticados de calcifilaxis (94%). Las fuentes secundarias también hablan de un 97%, que no corresponde a 34 de 36 (el 97% serían 35 de 36); no se consultó el original, así que se conservan los recuentos y se muestra la discrepancia.',
  // evidence/differential.ts: the diagnoses to weigh against SCHO in CVI
  'evidence.differential.scho-cvi.name':
    'Osificación heterotópica subcutánea por insuficiencia venosa crónica (paniculitis osificante)',
  'evidence.differential.scho-cvi.discriminator':
    'Insuficiencia venosa crónica de larga evolución, sobre todo en mujeres mayores de 50 años con obesidad; nódulos o placas subcutáneas duras en las piernas; hueso en la dermis profunda y la grasa subcutánea, sin afectación de la fascia ni del músculo.',
  'evidence.differential.scho-cvi.tests':
    'Metabolismo fosfocálcico normal; la biopsia es la prueba de elección.',
  'evidence.differential.dystrophic-calcinosis.name': 'Calcinosis cutis distrófica',
  'evidence.differential.dystrophic-calcinosis.discriminator':
    'Calcificación de un tejido dañado localmente; se ha descrito calcificación distrófica subcutánea en la insuficiencia venosa crónica.',
  'evidence.differential.dystrophic-calcinosis.tests': 'Calcio y fósforo normales.',
  'evidence.differential.metastatic-calcinosis.name': 'Calcinosis cutis metastásica',
  'evidence.differential.metastatic-calcinosis.discriminator':
    'Enfermedad renal crónica o hiperparatiroidismo.',
  'evidence.differential.metastatic-calcinosis.tests':
    'Calcio y/o fósforo alterados; producto calcio × fósforo superior a 70 mg²/dL² (eMedicine) o a 55 (Springer 2015).',
  'evidence.differential.idiopathic-calcinosis.name': 'Calcinosis cutis idiopática o yatrógena',
  'evidence.differential.idiopathic-calcinosis.discriminator':
    'Sin causa conocida (idiopática) o tras la infusión de calcio o fosfato (yatrógena).',
  'evidence.differential.idiopathic-calcinosis.tests':
    'Analítica normal (idiopática); la anamnesis revela la infusión (yatrógena).',
  'evidence.differential.calciphylaxis.name': 'Calcifilaxis',
  'evidence.differential.calciphylaxis.discriminator':
    'Necrosis cutánea, enfermedad renal terminal y calcificación vascular en red.',
  'evidence.differential.calciphylaxis.tests':
    'Creatinina, calcio, fósforo, fosfatasa alcalina, albúmina, PTH y coagulación; la biopsia es a menudo falsamente negativa.',
  'evidence.differential.osteoma-cutis.name': 'Osteoma cutis',
  'evidence.differential.osteoma-cutis.discriminator':
    'Hueso en la dermis; alrededor del 15% son primarios y el 85% secundarios.',
  'evidence.differential.osteoma-cutis.tests': 'Calcio, PTH y biopsia.',
  'evidence.differential.poh.name': 'Heteroplasia ósea progresiva (HOP)',
  'evidence.differential.poh.discriminator':
    'Hueso dérmico desde la infancia que se extiende a los tejidos profundos; variante de GNAS de herencia paterna.',
  'evidence.differential.poh.tests': 'Estudio genético de GNAS.',
  'evidence.differential.aho-php.name':
    'Osteodistrofia hereditaria de Albright / seudohipoparatiroidismo tipo 1a',
  'evidence.differential.aho-php.discriminator':
    'Braquidactilia; calcificación subcutánea en alrededor del 35%.',
  'evidence.differential.aho-php.tests':
    'Calcio bajo, fósforo alto y PTH alta (normales en el seudoseudohipoparatiroidismo).',
  'evidence.differential.fop.name': 'Fibrodisplasia osificante progresiva (FOP)',
  'evidence.differential.fop.discriminator':
    'Hallux valgus congénito; alrededor de 1 de cada 2 millones de personas.',
  'evidence.differential.fop.tests':
    'Estudio genético de ACVR1; evitar las inyecciones intramusculares.',
  'evidence.differential.myositis-ossificans.name': 'Miositis osificante',
  'evidence.differential.myositis-ossificans.discriminator':
    'Intramuscular, con patrón zonal; la osificación heterotópica subcutánea, en cambio, no afecta a la fascia ni al músculo.',
  'evidence.differential.myositis-ossificans.tests': 'Pruebas de imagen.',
  'evidence.differential.lipodermatosclerosis.name': 'Lipodermatoesclerosis',
  'evidence.differential.lipodermatosclerosis.discriminator':
    'Pierna en botella de champán invertida; el diagnóstico es clínico.',
  'evidence.differential.lipodermatosclerosis.tests':
    'Ecografía dúplex venosa; evitar la biopsia (úlceras en hasta el 13%).',
  // evidence/anchors.ts: pre-test anchors: how often legs like the patient's show calcification or bone
  'evidence.anchor.jvs-vl-c1-c3.population': 'Piernas en CEAP C1–C3',
  'evidence.anchor.jvs-vl.method': 'Ecografía dúplex',
  'evidence.anchor.jvs-vl.strength':
    'Piernas consecutivas de todas las clases CEAP; solo ecografía, sin patrón de referencia.',
  'evidence.anchor.jvs-vl-c1-c3.note':
    'Ninguna de 266 piernas (43 C1, 189 C2, 34 C3) tenía calcificación del tejido subcutáneo.',
  'evidence.anchor.jvs-vl-c4-c6.population': 'Piernas en CEAP C4a–C6',
  'evidence.anchor.tokoro-2009.population': 'Pacientes con insuficiencia venosa crónica',
  'evidence.anchor.tokoro-2009.strength': '20 pacientes; sin patrón de referencia.',
  'evidence.anchor.tokoro-2009.note':
    'Más frecuente cuanto más larga la enfermedad; 4 de 20 controles tenían una calcificación mínima.',
  'evidence.anchor.wozniak-2020.population': 'Extremidades con lipodermatoesclerosis',
  'evidence.anchor.wozniak-2020.strength':
    '10 pacientes, 14 extremidades; sin patrón de referencia.',
  'evidence.anchor.colboc-2022.population':
    'Pacientes mayores hospitalizados con úlceras de pierna',
  'evidence.anchor.colboc-2022.method': 'Palpación',
  'evidence.anchor.colboc-2022.strength': 'Una sola unidad geriátrica; solo palpación.',
  'evidence.anchor.wollina-2009-bone.population':
    'Úlceras crónicas de pierna refractarias, de causa mixta, extirpadas',
  'evidence.anchor.wollina-2009-bone.method': 'Histología',
  'evidence.anchor.wollina-2009-bone.strength':
    'Histología, 212 pacientes; una población quirúrgica.',
  'evidence.anchor.wollina-2009-bone.note':
    'El único punto de partida que mide hueso; se halló calcificación distrófica en 39 de los mismos 212 pacientes.',
  // evidence/timing.ts: when each test turns positive
  'evidence.timing.garcia-arpa-2020-xray.statement':
    'La radiografía simple puede no mostrar alteraciones hasta que transcurren 10–14 días (según cita García-Arpa 2020). Dice que hasta entonces la radiografía puede ser normal, no que una radiografía normal sea fiable después.',
  'evidence.timing.garcia-arpa-2020-xray.strength':
    'Un caso clínico que cita trabajos anteriores; no se consultó el estudio original ni su contexto.',
  'evidence.timing.garcia-arpa-2020-xray.setting':
    'Osificación heterotópica subcutánea de las piernas en la insuficiencia venosa crónica (caso clínico y revisión)',
  'evidence.timing.argyropoulou-2006-mri.statement':
    'La RM (STIR y T1 con contraste) fue positiva 1,4 ± 1,2 días después del diagnóstico clínico, cuando las primeras radiografías eran todas negativas.',
  'evidence.timing.argyropoulou-2006-mri.strength':
    '11 pacientes, todos con OH: un tiempo hasta la positividad, sin negativos y por tanto sin especificidad.',
  'evidence.timing.argyropoulou-2006-mri.setting':
    'Osificación heterotópica de rodilla en pacientes de UCI con ventilación prolongada (11)',
  'evidence.timing.argyropoulou-2006-xray.statement':
    'El diagnóstico radiográfico fue evidente a los 23 ± 4,3 días (P = 0,002 frente a la RM).',
  'evidence.timing.argyropoulou-2006-xray.strength': '11 pacientes, todos con OH.',
  'evidence.timing.orzel-1985-scintigraphy.statement':
    'La captación en partes blandas en la gammagrafía ósea en tres fases es evidente hacia los 24 días de la lesión o del daño neurológico.',
  'evidence.timing.orzel-1985-scintigraphy.strength':
    '50 pacientes remitidos por posible hueso heterotópico, revisados; tiempos típicos, sin su dispersión.',
  'evidence.timing.orzel-1985-scintigraphy.setting':
    'Formación de hueso heterotópico tras una lesión o un daño neurológico (50 pacientes remitidos)',
  'evidence.timing.orzel-1985-xray.statement':
    'La calcificación radiográfica se ve alrededor de 1 semana después de la captación gammagráfica (hacia el día 24), es decir, hacia el día 31: el 31 es 24 + 7, calculado aquí.',
  'evidence.timing.orzel-1985-xray.strength':
    '50 pacientes remitidos, revisados; «alrededor de 1 semana» es aproximado.',
  'evidence.timing.stefanidis-2017-xray-after-us.statement':
    'El diagnóstico radiográfico llegó una media de 2 ± 0,5 semanas después de la ecografía a pie de cama (14 ± 3,5 días, convertido aquí). No se da un día 0, así que es una ventaja sobre la radiografía, no un día tras el inicio.',
  'evidence.timing.stefanidis-2017-xray-after-us.strength':
    'Un piloto prospectivo multicéntrico: 21 pacientes con signos ecográficos de 310 cribados; sin referencia independiente.',
  'evidence.timing.stefanidis-2017-xray-after-us.setting':
    'Osificación heterotópica neurógena en pacientes de UCI con daño cerebral adquirido y movilidad articular reducida',
  // evidence/epidemiology.ts: who gets SCHO, how often, and the key clinical statements
  'evidence.epidemiology.risk-profile':
    'Afecta sobre todo a mujeres mayores de 50 años, obesas y con insuficiencia venosa crónica de larga evolución.',
  'evidence.epidemiology.ceap-calcification':
    'La calcificación subcutánea solo apareció en las clases CEAP C4a–C6: en 24 de 95 piernas en C4a–C6 y en ninguna en C1–C3 (ecografía dúplex de 500 piernas con enfermedad venosa crónica).',
  'evidence.epidemiology.ceap-notes.1':
    'La CEAP 2020 divide la clase C4 en C4a (pigmentación o eccema), C4b (lipodermatoesclerosis o atrofia blanca) y C4c (corona flebectásica); C5 corresponde a una úlcera cicatrizada y C6 a una úlcera activa.',
  'evidence.epidemiology.ceap-notes.2':
    'Se ha propuesto añadir la osificación heterotópica a la clasificación CEAP.',
  'evidence.epidemiology.prevalence.1':
    'Lippman (1957) describió la osificación heterotópica subcutánea asociada a insuficiencia venosa crónica y concluyó que aparecería en alrededor del 10% de los casos de insuficiencia venosa crónica (según cita García-Arpa 2020).',
  'evidence.epidemiology.prevalence.2':
    'Se halló calcificación en el 17,5% de 40 casos con insuficiencia venosa crónica (revisión radiológica; según cita García-Arpa 2020).',
  'evidence.epidemiology.prevalence.3':
    'Se halló calcificación en el 65% de 20 casos de insuficiencia venosa crónica grave de larga evolución, y osificación heterotópica subcutánea en el 20% de los pacientes biopsiados (según cita García-Arpa 2020).',
  'evidence.epidemiology.no-fascia-muscle':
    'La osificación heterotópica subcutánea por insuficiencia venosa crónica no afecta a la fascia ni al músculo.',
  'evidence.epidemiology.labs-normal':
    'El estudio analítico, incluido el metabolismo fosfocálcico, es normal.',
  'evidence.epidemiology.biopsy-test-of-choice':
    'La biopsia es la prueba de elección: como en otras osificaciones heterotópicas cutáneas, muestra depósitos óseos en la dermis y la grasa.',
  'evidence.epidemiology.us-early-choice':
    'La ecografía es rápida, accesible y económica, y se considera adecuada para el diagnóstico precoz de la calcificación y la osificación; aunque la biopsia es la prueba de referencia, la ecografía parece la técnica de elección para el diagnóstico precoz.',
  'evidence.epidemiology.scint-early-sensitive':
    'La gammagrafía ósea también es muy sensible en el diagnóstico precoz.',
  'evidence.epidemiology.ct-mri-extent':
    'La TC y la RM no sirven para el diagnóstico precoz, pero permiten valorar la extensión.',
  'evidence.epidemiology.caxp-threshold':
    'Un producto calcio × fósforo superior a 70 mg²/dL² (eMedicine) o a 55 mg²/dL² (Springer 2015) orienta hacia una calcinosis metastásica.',
  // evidence/accuracy.ts: the 2×2 tables rebuilt from their sources (other settings)
  'evidence.accuracy.fairchild-2021-us-patient.threshold': 'Calcinosis visible en la ecografía',
  'evidence.accuracy.fairchild-2021-us-patient.derivation':
    '43 pacientes; calcinosis en la radiografía en el 39,5% → 17 (el único recuento de 43 que da 39,5%), así que 26 sin ella. Especificidad del 100% → 26 verdaderos negativos y 0 falsos positivos. Ecografía positiva en el 30,2% → 13, todos verdaderos positivos, así que 4 falsos negativos; 13/17 = 76%, la sensibilidad publicada.',
  'evidence.accuracy.fairchild-2021-us-patient.setting':
    'Calcinosis de manos y muñecas en la esclerosis sistémica (43 pacientes)',
  'evidence.accuracy.fairchild-2021-us-patient.caveat':
    'Sin falsos positivos, el cociente de probabilidad positivo no está definido sin una corrección de continuidad.',
  'evidence.accuracy.elgazzar-2019.index-test':
    'Gammagrafía ósea en tres fases con SPECT, sin la TC',
  'evidence.accuracy.elgazzar-2019.strength':
    'Un resumen de congreso; 34 pacientes hallados buscando en los informes; la referencia (SPECT/TC) contiene la prueba evaluada.',
  'evidence.accuracy.elgazzar-2019.setting':
    'Osificación heterotópica en gammagrafía ósea en un servicio de medicina nuclear (34 pacientes)',
  'evidence.accuracy.elgazzar-2019.caveat':
    'Sesgo de incorporación: la SPECT/TC incluye la SPECT que juzga, lo que infla la concordancia.',
  'evidence.accuracy.elgazzar-2019.derivation':
    'SPECT/TC positiva en 23: SPECT sola definitiva 8, posible 12, negativa 3. SPECT/TC negativa en 11: SPECT negativa 7, posible 4.',
  'evidence.accuracy.elgazzar-2019-spect-definite.threshold':
    'Solo «definitivamente presente» cuenta como positivo',
  'evidence.accuracy.elgazzar-2019-spect-any.threshold':
    '«Definitivamente» o «posiblemente presente» cuenta como positivo',
  // evidence/doses.ts: effective doses
  'evidence.dose.mdp-bone-scan.exam': 'Gammagrafía ósea con Tc-99m MDP, adulto',
  'evidence.dose.mdp-bone-scan.statement':
    '0,0057 mSv/MBq × 740–1.110 MBq = 4,2–6,3 mSv (producto calculado aquí a partir de la tabla, que cita a la ICRP).',
  'evidence.dose.koivisto-2015-ankle-xray.exam': 'Radiografías de tobillo, AP + lateral',
  'evidence.dose.koivisto-2015-ankle-xray.statement':
    'AP 0,5 µSv + lateral 1,0 µSv = 1,5 µSv (maniquí antropomórfico de tobillo, un equipo de radiografía).',
  'evidence.dose.koivisto-2015-ankle-ct.exam': 'TC de tobillo (multicorte)',
  'evidence.dose.koivisto-2015-ankle-ct.statement':
    '21,4 µSv, unas 14 veces las radiografías (maniquí antropomórfico de tobillo, un escáner).',
  'evidence.dose.acr-ct-area-of-interest.exam': 'TC de la zona de interés',
  'evidence.dose.acr-ct-area-of-interest.statement':
    'Nivel relativo de radiación ACR «Variable» para la TC de la zona de interés (Soft-Tissue Masses): una TC de ambas piernas no tiene una cifra única.',
  // evidence/management.ts: management notes
  'evidence.management.early-detection.statement':
    'La detección precoz de la calcificación y de la osificación heterotópica subcutánea en la insuficiencia venosa crónica es importante para frenar su progresión, ya que no existe un tratamiento eficaz.',
  'evidence.management.debridement-excision.statement':
    'Se recomienda el desbridamiento o la extirpación, si es posible.',
  'evidence.management.agents-other-scho.statement':
    'En otros casos de osificación heterotópica subcutánea se han empleado diltiazem, probenecid, minociclina, hidróxido de aluminio y bifosfonatos con resultados favorables.',
  'evidence.management.sodium-thiosulfate.statement':
    'El tiosulfato sódico puede ser una opción en la calcificación distrófica (calcificación, no osificación).',
  'evidence.management.diltiazem-most-reported.statement':
    'El diltiazem es el fármaco más citado para la calcinosis, con beneficio en más de la mitad de los casos asociados a enfermedades del tejido conectivo.',
  // evidence/patient.ts: the patient in front of you: pregnancy, childhood, antithrombotics, calciphylaxis, what each study can see
  'evidence.patient.childbearing-age': (p) =>
    `A las pacientes en edad fértil (habitualmente al menos de 12 a 50 años, ACR–SPR; de 12 a 55 antes de medicina nuclear, consenso Delphi) se les pregunta si están o pueden estar embarazadas antes de una prueba con radiación ionizante; esta aplicación lo pregunta de ${p.from} a ${p.to} años.`,
  'evidence.patient.fetal-dose-below-knee': (p) =>
    `Dosis fetal de la imagen por debajo de la rodilla: unos ${formatDecimal('es', p.radiography)} mGy en la radiografía y ${formatDecimal('es', p.ct)} mGy en la TC (estimaciones en 218 embarazadas).`,
  'evidence.patient.bone-scan-fetal-dose': (p) =>
    `Gammagrafía ósea en el embarazo: la dosis fetal del Tc-99m MDP es de ${formatDecimal('es', p.perMbqWeek8)} µGy/MBq a las 8 semanas y ${formatDecimal('es', p.perMbqWeek18)} µGy/MBq a las 18, unos ${formatDecimal('es', p.week8Low)}–${formatDecimal('es', p.week8High)} mGy y ${formatDecimal('es', p.week18Low)}–${formatDecimal('es', p.week18High)} mGy con 740–1.110 MBq (calculado aquí); procede sobre todo de la vejiga materna, y el aumento de riesgo cuando se hace sin saber que está embarazada es despreciable.`,
  'evidence.patient.paediatric-activity': (p) =>
    `Gammagrafía ósea en un niño: Tc-99m MDP ${formatDecimal('es', p.mbqPerKg)} MBq/kg, mínimo ${p.minMbq} MBq (consenso norteamericano; puede usarse en su lugar la tarjeta de dosificación de la EANM), así que la dosis depende del peso: consulte con medicina nuclear.`,
  'evidence.patient.paediatric-effective-dose': (p) =>
    `Dosis efectiva de una gammagrafía ósea con la actividad del adulto ajustada al peso: ${p.age1} años ${formatDecimal('es', p.msv1)} mSv, ${p.age2} años ${formatDecimal('es', p.msv2)} mSv, ${p.age3} años ${formatDecimal('es', p.msv3)} mSv, ${p.age4} años ${formatDecimal('es', p.msv4)} mSv; adulto 4,2 mSv. En la escala pediátrica del ACR es ☢☢☢ (0,3–3 mSv) a ☢☢☢☢ (3–10 mSv).`,
  'evidence.patient.age-groups': (p) =>
    `La adolescencia es la etapa entre la infancia y la edad adulta, de los 10 a los 19 años (OMS); esta aplicación considera niño por debajo de ${p.adolescent} años, adolescente de ${p.adolescent} a ${p.lastAdolescentAge} y adulto desde los ${p.adult}.`,
  'evidence.patient.extremity-no-verification':
    'Las exploraciones con rayos X que no exponen directamente la pelvis, como la radiografía de extremidades y la TC fuera del abdomen y la pelvis, no requieren verificar el estado de embarazo (ACR–SPR).',
  'evidence.patient.nuclear-medicine-test':
    'Antes de una exploración diagnóstica de medicina nuclear se hace una prueba de embarazo siempre que el estado de embarazo sea dudoso.',
  'evidence.patient.non-ionising-in-pregnancy':
    'La ecografía y la RM no se asocian a riesgo y son las técnicas de imagen de elección en el embarazo; salvo excepciones, la radiografía, la TC y la medicina nuclear dan dosis muy inferiores a las asociadas a daño fetal.',
  'evidence.patient.paediatric-bands':
    'Los niveles de radiación en niños son más bajos que en adultos (ACR pediátrico: ☢ <0,03, ☢☢ 0,03–0,3, ☢☢☢ 0,3–3, ☢☢☢☢ 3–10 mSv); una TC de pie o rodilla es ☢☢ en un niño (☢ en un adulto).',
  'evidence.patient.paediatric-labs':
    'Los niños no son adultos pequeños: los intervalos de referencia cambian con la edad (el fósforo y la fosfatasa alcalina son más altos en los niños en crecimiento), así que por debajo de 18 años no se usan los intervalos del adulto de la aplicación, sino el indicador propio del laboratorio para la edad.',
  'evidence.patient.antithrombotics-continue':
    'En la mayoría de los casos no deben suspenderse los antitrombóticos para una biopsia cutánea: el riesgo de sangrado es bajo y suspenderlos expone a trombosis; con warfarina, evite la cirugía si el INR es mayor de 3,5; en los casos complejos, consulte con quien los prescribe.',
  'evidence.patient.antithrombotics-stop-risk':
    'Suspender los antitrombóticos en torno a la cirugía cutánea aumenta el riesgo de ictus, infarto de miocardio, embolia pulmonar y trombosis venosa profunda; no hay una guía formal y la práctica varía.',
  'evidence.patient.accp-continue':
    'ACCP (grado 1C): mantener los antagonistas de la vitamina K y la aspirina en los procedimientos dermatológicos menores.',
  'evidence.patient.calciphylaxis-mortality':
    'La calcifilaxis tiene una mortalidad alta: supervivencia estimada al año del 45,8 % en una serie (64 pacientes, 49 en diálisis) y mortalidad específica al año del 28,9 % en una serie multicéntrica de 2025 (268 pacientes), en la que la diálisis al diagnóstico y la fibrilación auricular se asociaron a mayor mortalidad; el desbridamiento quirúrgico se asoció a mejor supervivencia al año (61,6 % frente a 27,4 %).',
  'evidence.patient.fop-biopsy':
    'En la fibrodisplasia osificante progresiva, la biopsia de las lesiones nunca está indicada: es probable que provoque osificación heterotópica; los traumatismos, incluidas las inyecciones intramusculares, pueden desencadenarla y provocar brotes.',
  'evidence.patient.uptake-not-specific':
    'La captación en la gammagrafía es sensible pero no específica: menos específica que la radiografía, y en la insuficiencia venosa crónica una captación intensa en tibia y peroné distales coincidió con una reacción perióstica en la TC en una paciente estudiada para descartar osteomielitis. La captación sola no es un depósito: la ecografía, la radiografía o la TC muestran si hay mineral.',
  'evidence.patient.mri-blind-to-mineral':
    'La RM convencional tiene menos sensibilidad y especificidad para la calcinosis: una RM normal no demuestra que no haya mineral.',
  // evidence/references.ts: every source the app cites: the setting it speaks of
  'evidence.reference.garcia-arpa-2020.setting':
    'Osificación heterotópica subcutánea de las piernas en la insuficiencia venosa crónica: un caso clínico (varón de 66 años) con revisión de la literatura',
  'evidence.reference.rosteius-2017.setting':
    'Osificación heterotópica de cadera tras lesión medular; cohorte con OH confirmada por TC/RM a los 64,8 días de media',
  'evidence.reference.scire-ho.setting':
    'Osificación heterotópica neurógena tras lesión medular (revisión secundaria que cita a Orzel 1985 y Freed 1982)',
  'evidence.reference.clin-radiol-1991.setting':
    'Hueso heterotópico (8 pacientes); ecografía frente a radiografía y gammagrafía',
  'evidence.reference.fairchild-2021.setting':
    'Calcinosis de la mano en la esclerosis sistémica (n = 43); radiografía como patrón de referencia',
  'evidence.reference.farin-1995.setting':
    'Calcificaciones del manguito de los rotadores (tendones del hombro)',
  'evidence.reference.jvs-vl-cvd-calcification.setting':
    'Ecografía dúplex de 500 piernas con enfermedad venosa crónica: calcificación subcutánea (no osificación) según la clase CEAP',
  'evidence.reference.svircev-2008.setting':
    'Osificación heterotópica tras lesión medular (60 pacientes)',
  'evidence.reference.insights-imaging-2013.setting': 'Osificación heterotópica pélvica (TC)',
  'evidence.reference.ledermann-2002.setting':
    'Osificación heterotópica en 141 localizaciones estudiadas con RM, en distintas fases de maduración',
  'evidence.reference.jama-1977-letter.setting':
    'Osificación subcutánea en la insuficiencia venosa crónica; histología (una consulta siguió a más de 500 casos)',
  'evidence.reference.learningradiology-ho.setting':
    'Patrones radiográficos de calcificación y osificación de partes blandas en la insuficiencia venosa crónica',
  'evidence.reference.medscape-ho.setting': 'Osificación heterotópica tras lesión cerebral',
  'evidence.reference.pmc381057-dose.setting':
    'Dosis efectivas habituales en adultos de las exploraciones de imagen diagnóstica',
  'evidence.reference.jnm-dose-table.setting':
    'Dosis efectiva en adultos de las exploraciones de medicina nuclear, incluida la gammagrafía ósea con Tc-99m MDP',
  'evidence.reference.acr-rrl.setting':
    'Niveles relativos de radiación de las exploraciones de imagen, en adultos y en niños',
  'evidence.reference.reiter-2011.setting':
    'Calcinosis cutis: formas distrófica, metastásica, idiopática y yatrógena',
  'evidence.reference.emedicine-calcinosis.setting': 'Calcinosis metastásica y calcifilaxis',
  'evidence.reference.springer-2015-calcinosis.setting': 'Calcinosis metastásica',
  'evidence.reference.fine-zacharias-2002.setting':
    'Calcifilaxis en la enfermedad renal terminal (36 pacientes)',
  'evidence.reference.statpearls-osteoma-cutis.setting': 'Osteoma cutis primario y secundario',
  'evidence.reference.omim-166350.setting':
    'Heteroplasia ósea progresiva (variante de GNAS de herencia paterna)',
  'evidence.reference.medlineplus-aho.setting':
    'Osteodistrofia hereditaria de Albright y seudohipoparatiroidismo tipo 1a',
  'evidence.reference.linglart-2018.setting':
    'Seudohipoparatiroidismo tipo 1a / osteodistrofia hereditaria de Albright y seudoseudohipoparatiroidismo',
  'evidence.reference.genereviews-fop.setting': 'Fibrodisplasia osificante progresiva (ACVR1)',
  'evidence.reference.radiopaedia-myositis-ossificans.setting':
    'Miositis osificante (intramuscular)',
  'evidence.reference.rheumatologist-lds.setting':
    'Lipodermatoesclerosis de las piernas en la insuficiencia venosa crónica',
  'evidence.reference.lurie-2020.setting':
    'Clasificación de los trastornos venosos crónicos (CEAP 2020)',
  'evidence.reference.cafasso-2013.setting':
    'Osificación heterotópica en la enfermedad venosa crónica y la clasificación CEAP',
  'evidence.reference.balanescu-2014.setting':
    'Calcinosis en las enfermedades del tejido conectivo',
  'evidence.reference.msd-blood-tests.setting':
    'Intervalos de referencia generales del adulto; cada laboratorio fija los suyos',
  'evidence.reference.davis-phosphorus.setting':
    'Intervalo de referencia del fósforo inorgánico sérico en el adulto (espectrofotometría)',
  'evidence.reference.wollina-2009.setting':
    'Úlceras crónicas de pierna de causa mixta, refractarias durante al menos 3 meses, extirpadas por afeitado e injertadas (212 pacientes, 362 úlceras); histología; retrospectivo',
  'evidence.reference.tokoro-2009.setting':
    'Radiografía de las piernas en 20 pacientes con insuficiencia venosa crónica y 20 sujetos control',
  'evidence.reference.wozniak-2020.setting':
    'Lipodermatoesclerosis: 10 pacientes, 14 extremidades, con ecografía de alta frecuencia y radiografía de la pierna',
  'evidence.reference.colboc-2022.setting':
    'Pacientes mayores hospitalizados con úlceras de pierna en una unidad geriátrica de heridas (143 pacientes); prospectivo',
  'evidence.reference.kim-2017.setting':
    '1.315 TC de senos consecutivas revisadas en busca de pequeños nódulos dérmicos calcificados de la cara',
  'evidence.reference.argyropoulou-2006.setting':
    'Osificación heterotópica de rodilla en 11 pacientes de UCI con ventilación prolongada; serie de casos',
  'evidence.reference.stefanidis-2017.setting':
    'Pacientes de UCI con daño cerebral adquirido y movilidad reducida (310 cribados, 21 con signos ecográficos); piloto prospectivo multicéntrico',
  'evidence.reference.orzel-1985.setting':
    '50 pacientes remitidos por posible formación de hueso heterotópico tras una lesión o un daño neurológico',
  'evidence.reference.elgazzar-2019.setting':
    '34 pacientes con gammagrafía ósea y SPECT/TC por posible osificación heterotópica, un servicio',
  'evidence.reference.saez-de-ocariz-2014.setting':
    'Niños de 5 a 17 años con dermatomiositis juvenil, esclerosis sistémica o síndrome CREST; gammagrafía frente a exploración física',
  'evidence.reference.koivisto-2015.setting':
    'Maniquí antropomórfico de tobillo con dosímetros MOSFET (dosis efectivas según ICRP 103)',
  'evidence.reference.acr-spr-pregnancy.setting':
    'Cribado de embarazo antes de radiografía, TC y medicina nuclear: a quién preguntar y qué exploraciones requieren verificación',
  'evidence.reference.jnmt-2015-pregnancy-screening.setting':
    'Cribado de embarazo antes de exploraciones diagnósticas de medicina nuclear: panel Delphi de 10 miembros, 16 declaraciones de consenso',
  'evidence.reference.acog-723.setting':
    'Diagnóstico por imagen en mujeres embarazadas y lactantes',
  'evidence.reference.ozbayrak-2015.setting':
    'Estimaciones de dosis fetal (FetDose 4.0) de 304 exploraciones en 218 embarazadas; zona 1 = cabeza, miembros superiores y piernas por debajo de la rodilla',
  'evidence.reference.hedrick-1988.setting':
    'Dosis absorbida fetal por actividad administrada de Tc-99m MDP a las 8 y 18 semanas de gestación',
  'evidence.reference.snmmi-paediatric-2016.setting':
    'Actividades administradas de radiofármacos en niños, según el peso',
  'evidence.reference.fahey-paediatric-dose.setting':
    'Dosis efectiva (ICRP 80) de las exploraciones pediátricas de medicina nuclear, por edad, con la actividad del adulto ajustada al peso',
  'evidence.reference.caliper-2017.setting':
    'Intervalos de referencia de laboratorio por edad y sexo en niños y adolescentes',
  'evidence.reference.who-adolescence.setting': 'Definición de la adolescencia por edad',
  'evidence.reference.who-icd10-volume2.setting':
    'Definiciones internacionales del período perinatal: postérmino es 42 semanas completas o más de gestación',
  'evidence.reference.palamaras-2015.setting':
    'Anticoagulantes y antiagregantes en torno a la cirugía dermatológica (revisión con recomendaciones)',
  'evidence.reference.trager-2025.setting':
    'Fármacos antitrombóticos en torno a la cirugía cutánea (revisión)',
  'evidence.reference.ucsd-accp-dermatology.setting':
    'Procedimientos dermatológicos menores en pacientes con antagonistas de la vitamina K, aspirina o clopidogrel',
  'evidence.reference.weenig-2007.setting':
    'Calcifilaxis: 64 pacientes (49 en diálisis), retrospectivo',
  'evidence.reference.calciphylaxis-2025.setting':
    'Calcifilaxis: 268 adultos, 2006–2022, retrospectivo, seis centros académicos',
  'evidence.reference.mar-2021-calcinosis.setting':
    'Calcinosis (enfermedades del tejido conectivo): qué técnicas de imagen la muestran',
  'evidence.reference.boray-case-51.setting':
    'Una mujer de 73 años con insuficiencia venosa crónica resistente al tratamiento, estudiada para descartar osteomielitis',
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
