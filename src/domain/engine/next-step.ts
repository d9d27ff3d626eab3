import { daysBetween } from '../dates';
import { plural } from '../text';
import {
  boneShown,
  depositShown,
  isEarly,
  isOpen,
  lowSuspicion,
  normalEarlyUltrasound,
  type RuleContext,
} from './context';
import { reason } from './reason';
import { dayPhrase } from './timing';
import {
  STEP_STUDIES,
  type NextStep,
  type NextStepOption,
  type Reason,
  type StepId,
} from './types';

const SEED = 'garcia-arpa-2020';

/**
 * One rule of the recommended sequence. Rules are tried in order and the first that applies
 * names the next step, so the sequence reads top to bottom like a clinical pathway:
 * history → labs → ultrasound → X-ray (from day 14) or, early, scintigraphy → biopsy → CT/MRI
 * for extent. Once a biopsy has answered the question, no more diagnostic imaging is suggested. The clinician can always open any step; this is a suggestion, never a lock.
 */
interface NextStepRule {
  readonly id: string;
  readonly when: (ctx: RuleContext) => boolean;
  readonly step: StepId | 'complete' | ((ctx: RuleContext) => StepId | 'complete');
  readonly reason: (ctx: RuleContext) => Reason;
  readonly alsoNow?: (ctx: RuleContext) => readonly StepId[];
  readonly options?: (ctx: RuleContext) => readonly NextStepOption[];
}

const patientUntouched = (ctx: RuleContext) =>
  Object.values(ctx.c.patient).every(
    (v) => v === undefined || (Array.isArray(v) && v.length === 0),
  );

/** Every study of the CT/MRI step is still open (from the registry, not a list of names). */
const crossSectionalOpen = (ctx: RuleContext) => STEP_STUDIES.ctmri.every((m) => isOpen(ctx, m));

const always = (r: Reason) => () => r;

const NEXT_STEP_RULES: readonly NextStepRule[] = [
  {
    id: 'history-first',
    when: patientUntouched,
    step: 'patient',
    reason: always(
      reason(
        {
          en: 'Record the history first: the onset date times the X-ray, and the risk profile (women over 50, obesity, long-standing CVI) frames the suspicion.',
          es: 'Registre primero la historia: la fecha de inicio marca cuándo hacer la radiografía y el perfil de riesgo (mujeres mayores de 50 años, obesidad, insuficiencia venosa de larga evolución) enmarca la sospecha.',
        },
        [SEED],
      ),
    ),
  },
  {
    // Review fault 10: skin necrosis raises calciphylaxis, so the labs come first, today.
    id: 'necrosis-labs-first',
    when: (ctx) => (ctx.c.patient.skin ?? []).includes('necrosis') && isOpen(ctx, 'labs'),
    step: 'labs',
    alsoNow: (ctx) => (isOpen(ctx, 'ultrasound') ? ['ultrasound'] : []),
    reason: always(
      reason(
        {
          en: 'Skin necrosis: calciphylaxis must be excluded first — creatinine, calcium, phosphate, ALP, albumin and PTH today (a biopsy is often falsely negative in calciphylaxis).',
          es: 'Necrosis cutánea: primero hay que descartar calcifilaxis — creatinina, calcio, fósforo, FA, albúmina y PTH hoy (la biopsia a menudo es falsamente negativa en la calcifilaxis).',
        },
        ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
      ),
    ),
  },
  {
    id: 'atypical-biopsy',
    when: (ctx) => ctx.interpretation.conclusion === 'atypical' && isOpen(ctx, 'biopsy'),
    step: 'biopsy',
    reason: always(
      reason(
        {
          en: 'Atypical features: biopsy, the test of choice, tells SCHO from calcinosis and other diagnoses.',
          es: 'Rasgos atípicos: la biopsia, prueba de elección, distingue la osificación de la calcinosis y de otros diagnósticos.',
        },
        [SEED],
      ),
    ),
  },
  {
    id: 'atypical-review',
    when: (ctx) => ctx.interpretation.conclusion === 'atypical',
    step: 'complete',
    reason: always(
      reason(
        {
          en: 'Atypical for SCHO in CVI: review the differential diagnosis before ordering more imaging.',
          es: 'Atípico para osificación por insuficiencia venosa: revise el diagnóstico diferencial antes de pedir más pruebas de imagen.',
        },
        [SEED],
      ),
    ),
  },
  {
    // Review fault 8: at the bedside the first orders go together. Seed: ultrasound "seems to
    // the technique of choice for early diagnosis"; "Analytic study including phosphorus-calcium
    // metabolism is normal" in SCHO, so the labs are drawn the same day.
    id: 'first-visit-plan',
    when: (ctx) => isOpen(ctx, 'labs') && isOpen(ctx, 'ultrasound'),
    step: 'ultrasound',
    alsoNow: () => ['labs'],
    reason: always(
      reason(
        {
          en: 'First visit: order the ultrasound, the technique of choice for early diagnosis (fast, accessible and economical), and draw the phospho-calcium labs the same day (normal in SCHO; abnormal values point to other causes).',
          es: 'Primera visita: pida la ecografía, la técnica de elección para el diagnóstico precoz (rápida, accesible y económica), y extraiga la analítica fosfocálcica el mismo día (normal en la osificación subcutánea; valores alterados orientan a otras causas).',
        },
        [SEED],
      ),
    ),
  },
  {
    id: 'labs',
    when: (ctx) => isOpen(ctx, 'labs'),
    step: 'labs',
    reason: always(
      reason(
        {
          en: 'Check phospho-calcium metabolism: normal in SCHO; abnormal values point to other causes.',
          es: 'Compruebe el metabolismo fosfocálcico: normal en la osificación subcutánea; valores alterados orientan a otras causas.',
        },
        [SEED],
      ),
    ),
  },
  {
    // Review faults 1 and 2: findings that disagree are never settled silently.
    id: 'resolve-discordance',
    when: (ctx) => ctx.interpretation.conclusion === 'findings-disagree',
    // A biopsy already done is never re-suggested as a step: the reason says what to review.
    step: (ctx) => (isOpen(ctx, 'biopsy') ? 'biopsy' : 'complete'),
    reason: (ctx) =>
      ctx.interpretation.whyNotSurer[0] ??
      reason(
        {
          en: 'The findings disagree: review them together before ordering more.',
          es: 'Los hallazgos discrepan: revíselos juntos antes de pedir más.',
        },
        [SEED],
      ),
  },
  {
    id: 'confirmed-extent',
    when: (ctx) => ctx.interpretation.conclusion === 'confirmed-scho' && crossSectionalOpen(ctx),
    step: 'ctmri',
    reason: always(
      reason(
        {
          en: 'Confirmed: CT or MRI can evaluate the extent if debridement or excision is considered.',
          es: 'Confirmada: la TC o la RM permiten valorar la extensión si se plantea desbridamiento o exéresis.',
        },
        [SEED, 'insights-imaging-2013'],
      ),
    ),
  },
  {
    id: 'biopsy-answered',
    when: (ctx) =>
      ctx.interpretation.conclusion === 'confirmed-scho' ||
      (ctx.interpretation.conclusion === 'calcification' &&
        ctx.findings.biopsy === 'calcification-without-bone'),
    step: 'complete',
    reason: always(
      reason(
        {
          en: 'The biopsy has answered the question: the workup is complete.',
          es: 'La biopsia ha respondido la pregunta: el estudio está completo.',
        },
        [SEED],
      ),
    ),
  },
  {
    id: 'ultrasound-first-line',
    when: (ctx) => isOpen(ctx, 'ultrasound'),
    step: 'ultrasound',
    reason: always(
      reason(
        {
          en: 'Ultrasound is the technique of choice for early diagnosis: fast, accessible and economical.',
          es: 'La ecografía es la técnica de elección para el diagnóstico precoz: rápida, accesible y económica.',
        },
        [SEED],
      ),
    ),
  },
  {
    // Review fault 7: low suspicion may end the workup.
    id: 'low-suspicion',
    when: lowSuspicion,
    step: 'complete',
    reason: (ctx) =>
      reason(
        {
          en: `Suspicion is low (CEAP ${ctx.c.patient.ceap}, no skin sign of SCHO, no deposit on the studies done): no further test is suggested; reconsider if it changes (new hardening, skin changes or an ulcer). Biopsy of CVI skin heals poorly and is best avoided without a target.`,
          es: `La sospecha es baja (CEAP ${ctx.c.patient.ceap}, sin signos cutáneos de osificación, sin depósitos en las pruebas hechas): no se sugiere ninguna prueba más; reconsidérelo si cambia (nuevo endurecimiento, cambios cutáneos o úlcera). La biopsia de piel con insuficiencia venosa cicatriza mal y conviene evitarla sin una diana.`,
        },
        [SEED, 'jvs-vl-cvd-calcification', 'rheumatologist-lds'],
      ),
  },
  {
    // Review fault 6: after a normal early ultrasound, weigh radiation against a few days' wait.
    id: 'early-normal-ultrasound-tradeoff',
    when: (ctx) =>
      normalEarlyUltrasound(ctx) && (isOpen(ctx, 'xray') || isOpen(ctx, 'scintigraphy')),
    step: (ctx) => (isOpen(ctx, 'xray') ? 'xray' : 'scintigraphy'),
    reason: (ctx) => {
      const wait = ctx.timing.xrayInformativeFrom
        ? Math.max(0, daysBetween(ctx.today, ctx.timing.xrayInformativeFrom))
        : null;
      return reason(
        {
          en: `Normal ultrasound on day ${ctx.timing.daysSinceOnset}, while a plain film may still be normal${wait !== null ? ` (day 14 is in ${wait} ${plural('en', wait, { one: 'day', other: 'days' })}, ${ctx.timing.xrayInformativeFrom})` : ''}. The sources prefer the path without the bone scan's radiation: ultrasound is the technique of choice for early diagnosis and the film is the lowest-dose study, while a bone scan, though highly sensitive early, gives 4.2–6.3 mSv. No source compares these strategies directly.`,
          es: `Ecografía normal el día ${ctx.timing.daysSinceOnset}, cuando la radiografía aún puede ser normal${wait !== null ? ` (el día 14 llega en ${wait} ${plural('es', wait, { one: 'día', other: 'días' })}, ${ctx.timing.xrayInformativeFrom})` : ''}. Las fuentes prefieren el camino sin la radiación de la gammagrafía: la ecografía es la técnica de elección para el diagnóstico precoz y la radiografía la prueba de menor dosis, mientras que la gammagrafía, aunque muy sensible precozmente, supone 4,2–6,3 mSv. Ninguna fuente compara estas estrategias directamente.`,
        },
        [SEED, 'acr-rrl', 'jnm-dose-table'],
      );
    },
    options: (ctx) => [
      {
        ...reason(
          {
            en: 'Repeat the ultrasound in a few days: no radiation, cheap; the case report calls it the technique of choice for early diagnosis.',
            es: 'Repetir la ecografía en unos días: sin radiación y barata; el caso la considera la técnica de elección para el diagnóstico precoz.',
          },
          [SEED],
        ),
        modality: 'ultrasound',
      },
      {
        ...reason(
          {
            en: `Wait for the X-ray date (${ctx.timing.xrayInformativeFrom ?? 'day 14'}): lowest dose (ACR ☢, <0.1 mSv for a limb); from then a normal film lowers the suspicion without removing it.`,
            es: `Esperar a la fecha de la radiografía (${ctx.timing.xrayInformativeFrom ?? 'día 14'}): la menor dosis (ACR ☢, <0,1 mSv en una extremidad); desde entonces una radiografía normal reduce la sospecha sin eliminarla.`,
          },
          [SEED, 'acr-rrl', 'pmc381057-dose'],
        ),
        modality: 'xray',
      },
      {
        ...reason(
          {
            en: 'Bone scintigraphy now: highly sensitive early and less specific than radiography, at 4.2–6.3 mSv (ACR ☢☢☢); reasonable only if the answer cannot wait.',
            es: 'Gammagrafía ósea ahora: muy sensible precozmente y menos específica que la radiografía, con 4,2–6,3 mSv (ACR ☢☢☢); razonable solo si la respuesta no puede esperar.',
          },
          [SEED, 'scire-ho', 'acr-rrl', 'jnm-dose-table'],
        ),
        modality: 'scintigraphy',
      },
    ],
  },
  {
    id: 'xray-informative',
    when: (ctx) => isOpen(ctx, 'xray') && !isEarly(ctx),
    step: 'xray',
    reason: (ctx) =>
      ctx.timing.daysSinceOnset === null
        ? reason(
            {
              en: 'Plain X-ray: cheap, universal and lowest in dose; record the onset date, since a film may be normal for 10–14 days.',
              es: 'Radiografía simple: barata, universal y de menor dosis; registre la fecha de inicio, porque puede ser normal durante 10–14 días.',
            },
            [SEED, 'acr-rrl'],
          )
        : reason(
            {
              en: `Plain X-ray: ${dayPhrase(ctx.timing.daysSinceOnset).en}, past the 10–14 days in which a film may be normal; an abnormal film counts, and a normal one lowers the suspicion without removing it.`,
              es: `Radiografía simple: ${dayPhrase(ctx.timing.daysSinceOnset).es}, superados los 10–14 días en que puede ser normal; una radiografía alterada cuenta, y una normal reduce la sospecha sin eliminarla.`,
            },
            [SEED],
          ),
  },
  {
    id: 'deposit-biopsy',
    when: (ctx) => depositShown(ctx) && isOpen(ctx, 'biopsy'),
    step: 'biopsy',
    reason: always(
      reason(
        {
          en: 'Imaging shows a deposit: biopsy, the test of choice, confirms bone and excludes calcinosis.',
          es: 'La imagen muestra un depósito: la biopsia, prueba de elección, confirma el hueso y descarta la calcinosis.',
        },
        [SEED],
      ),
    ),
  },
  {
    id: 'early-scintigraphy',
    when: (ctx) => isEarly(ctx) && isOpen(ctx, 'scintigraphy'),
    step: 'scintigraphy',
    reason: (ctx) =>
      reason(
        {
          en: `Day ${ctx.timing.daysSinceOnset}: bone scintigraphy is highly sensitive early, while a plain X-ray may still be normal (informative from ${ctx.timing.xrayInformativeFrom}). It carries radiation (☢☢☢).`,
          es: `Día ${ctx.timing.daysSinceOnset}: la gammagrafía ósea es muy sensible precozmente, cuando la radiografía aún puede ser normal (informativa a partir del ${ctx.timing.xrayInformativeFrom}). Conlleva radiación (☢☢☢).`,
        },
        [SEED, 'acr-rrl'],
      ),
  },
  {
    id: 'scintigraphy-if-suspicion-persists',
    when: (ctx) => !depositShown(ctx) && isOpen(ctx, 'scintigraphy'),
    step: 'scintigraphy',
    reason: always(
      reason(
        {
          en: 'Imaging so far shows no deposit: if suspicion persists, bone scintigraphy is highly sensitive (but carries radiation, ☢☢☢).',
          es: 'La imagen no muestra depósitos: si la sospecha persiste, la gammagrafía ósea es muy sensible (pero conlleva radiación, ☢☢☢).',
        },
        [SEED, 'acr-rrl'],
      ),
    ),
  },
  {
    id: 'biopsy-if-suspicion-persists',
    when: (ctx) => isOpen(ctx, 'biopsy'),
    step: 'biopsy',
    reason: always(
      reason(
        {
          en: 'Biopsy is the test of choice if suspicion persists; weigh the poor wound healing of CVI skin.',
          es: 'La biopsia es la prueba de elección si la sospecha persiste; valore la mala cicatrización de la piel con insuficiencia venosa.',
        },
        [SEED, 'rheumatologist-lds'],
      ),
    ),
  },
  {
    id: 'probable-extent',
    when: (ctx) => boneShown(ctx) && crossSectionalOpen(ctx),
    step: 'ctmri',
    reason: always(
      reason(
        {
          en: 'Bone is shown: CT or MRI can evaluate the extent.',
          es: 'Se ha demostrado hueso: la TC o la RM permiten valorar la extensión.',
        },
        [SEED],
      ),
    ),
  },
];

/**
 * Nothing left to suggest. Review fault 10: when studies were set aside rather than done, say
 * so and that the question is still open, instead of "every useful study is done".
 */
function complete(ctx: RuleContext): NextStep {
  const setAside = Object.values(ctx.c.studies).filter(
    (s) => s.status === 'skipped' || s.status === 'deferred',
  ).length;
  const open = ctx.interpretation.conclusion !== 'confirmed-scho';
  return {
    step: 'complete',
    ruleId: setAside > 0 && open ? 'nothing-left-question-open' : 'nothing-left',
    reason:
      setAside > 0 && open
        ? reason(
            {
              en: `No study is left to suggest, but ${setAside} ${plural('en', setAside, { one: 'was', other: 'were' })} set aside and the question is still open (${ctx.interpretation.label.en}). Review the open items; reconsider a set-aside study if the situation changes.`,
              es: `No queda ninguna prueba que sugerir, pero ${setAside} ${plural('es', setAside, { one: 'se dejó', other: 'se dejaron' })} de lado y la pregunta sigue abierta (${ctx.interpretation.label.es}). Revise los puntos abiertos; reconsidere una prueba descartada si la situación cambia.`,
            },
            [],
          )
        : reason(
            {
              en: 'Nothing further is suggested: every useful study is done or set aside. Review the summary.',
              es: 'No se sugiere nada más: todas las pruebas útiles están hechas o descartadas. Revise el resumen.',
            },
            [],
          ),
  };
}

/** The single recommended next step, and the rule that chose it. */
export function nextStep(ctx: RuleContext): NextStep {
  const rule = NEXT_STEP_RULES.find((r) => r.when(ctx));
  if (!rule) return complete(ctx);
  const alsoNow = rule.alsoNow?.(ctx) ?? [];
  const options = rule.options?.(ctx) ?? [];
  return {
    step: typeof rule.step === 'function' ? rule.step(ctx) : rule.step,
    reason: rule.reason(ctx),
    ruleId: rule.id,
    ...(alsoNow.length ? { alsoNow } : {}),
    ...(options.length ? { options } : {}),
  };
}
