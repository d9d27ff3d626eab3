import { historyUntouched } from '../case/new-case';
import { daysBetween } from '../dates';
import { MODALITY_IDS, type ModalityId } from '../evidence/types';
import { MODALITY_CORES, READ_ORDER } from '../modalities';
import { isStepId, kindOf } from '../modalities/core';
import { plural } from '../text';
import { biopsyCautions, ionisingCautions, scanDose } from './cautions';
import {
  anyImagingDone,
  earlyUltrasoundWithoutDeposit,
  fopRaised,
  isOpen,
  isSetAside,
  lowSuspicion,
  depositShown,
  type StepContext,
} from './context';
import { discordanceStep, repeatFilmFrom } from './discordance';
import { reason } from '../reason';
import { said } from '../words';
import { NEXT_STEP_ORDER, scanAllowed, STUDY_ADVICE, type NextStepRule } from './studies';
import { always } from './studies/rule';
import { STEP_STUDIES, type NextStep, type Reason, type StepId } from './types';

const SEED = 'garcia-arpa-2020';

/**
 * Stops that are justified although an open item has a resolving step: the reason says why the
 * step is withheld (FOP: a lesion biopsy is never indicated and likely to provoke bone).
 */
export const JUSTIFIED_STOPS: ReadonlySet<string> = new Set(['fop-before-biopsy']);

const patientUntouched = (ctx: StepContext) => historyUntouched(ctx.c);

const LABS_TODAY = reason(
  {
    en: 'Creatinine, calcium, phosphate, alkaline phosphatase, albumin, PTH and coagulation today (a biopsy is often falsely negative in calciphylaxis).',
    es: 'Creatinina, calcio, fósforo, fosfatasa alcalina, albúmina, PTH y coagulación hoy (la biopsia a menudo es falsamente negativa en la calcifilaxis).',
  },
  ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
);

/** The first visit's plan: ultrasound and the labs the same day. */
const FIRST_VISIT = reason(
  {
    en: 'First visit: order the ultrasound, the technique of choice for early diagnosis (fast, accessible and economical), and draw the phospho-calcium labs the same day (normal in SCHO; abnormal values point to other causes).',
    es: 'Primera visita: pida la ecografía, la técnica de elección para el diagnóstico precoz (rápida, accesible y económica), y extraiga la analítica fosfocálcica el mismo día (normal en la osificación subcutánea; valores alterados orientan a otras causas).',
  },
  [SEED],
);

/** A first visit: labs and ultrasound still open, no imaging or biopsy done yet. */
const firstVisit = (ctx: StepContext) =>
  isOpen(ctx, 'labs') &&
  isOpen(ctx, 'ultrasound') &&
  !anyImagingDone(ctx) &&
  ctx.c.studies.biopsy.status !== 'done';

/** The rules that weigh several studies, or none; each study's own rules are in ./studies. */
const GENERAL_RULES: readonly NextStepRule[] = [
  {
    // Nothing recorded and the first visit already done (results from elsewhere came first):
    // the history frames what they mean. At a first visit the plan leads instead (below).
    id: 'history-first',
    when: (ctx) => patientUntouched(ctx) && !firstVisit(ctx),
    step: 'patient',
    reason: always(reason(said('next.history-first'), [SEED])),
  },
  {
    // A possible calciphylaxis stays urgent whatever arrives later. The
    // urgency itself leads every next-step text (withPatient below); this rule orders the labs,
    // then the biopsy, while they are open.
    id: 'calciphylaxis-urgent',
    when: (ctx) => ctx.urgency !== null && (isOpen(ctx, 'labs') || isOpen(ctx, 'biopsy')),
    step: (ctx) => (isOpen(ctx, 'labs') ? 'labs' : 'biopsy'),
    reason: (ctx) =>
      isOpen(ctx, 'labs')
        ? LABS_TODAY
        : reason(
            {
              en: 'Biopsy now, to tell calciphylaxis from the other causes of necrosis and calcium in the skin; a negative biopsy does not exclude calciphylaxis.',
              es: 'Biopsia ya, para distinguir la calcifilaxis de las otras causas de necrosis y calcio en la piel; una biopsia negativa no descarta la calcifilaxis.',
            },
            ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
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
    // At the bedside the first orders go together. Case report: ultrasound "seems
    // to the technique of choice for early diagnosis"; "Analytic study including
    // phosphorus-calcium metabolism is normal" in SCHO, so the labs are drawn the same day.
    // Only a first visit is a first visit — never once any imaging is done.
    // A case just created (nothing recorded yet) gets the plan at once, with the history to
    // record as the clinician goes: neither study depends on it (no radiation; the labs are
    // drawn whatever the history), and it is what a clinician asks on opening the case.
    id: 'first-visit-plan',
    when: firstVisit,
    step: 'ultrasound',
    alsoNow: () => ['labs'],
    reason: (ctx) =>
      patientUntouched(ctx) ? reason(said('next.first-visit-history'), [SEED]) : FIRST_VISIT,
  },
  {
    // Findings that disagree are never settled silently: the step that settles it is an action (a deeper biopsy, a later film), never "complete".
    id: 'resolve-discordance',
    when: (ctx) =>
      ctx.interpretation.conclusion === 'findings-disagree' &&
      ctx.interpretation.discordances.some((d) => d.status === 'unresolved'),
    step: (ctx) => discordanceStep(ctx, firstUnresolved(ctx)),
    reason: (ctx) => firstUnresolved(ctx).resolve,
    options: (ctx) => {
      const d = firstUnresolved(ctx);
      const from = repeatFilmFrom(ctx.c);
      if (!d.timingMayExplain || !from || discordanceStep(ctx, d) !== 'xray') return [];
      return [
        {
          ...reason(
            {
              en: `Repeat the plain film from ${from}: no biopsy, low dose.`,
              es: `Repetir la radiografía a partir del ${from}: sin biopsia, dosis baja.`,
            },
            [SEED, 'scire-ho', 'acr-rrl'],
            true,
          ),
          modality: 'xray' as const,
        },
        ...(ctx.c.studies.biopsy.status === 'not-started'
          ? [
              {
                ...reason(
                  {
                    en: 'Biopsy now, the test of choice, if the answer cannot wait; weigh the poor wound healing of CVI skin.',
                    es: 'Biopsia ahora, la prueba de elección, si la respuesta no puede esperar; valore la mala cicatrización de la piel con insuficiencia venosa.',
                  },
                  [SEED, 'rheumatologist-lds'],
                ),
                modality: 'biopsy' as const,
              },
            ]
          : []),
      ];
    },
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
    // Bone-scan uptake alone is not a deposit. A study that can see mineral
    // comes next, before any biopsy.
    id: 'uptake-needs-mineral-study',
    when: (ctx) =>
      ctx.findings.scintigraphyUptake !== null &&
      !depositShown(ctx) &&
      mineralStudyAfterUptake(ctx) !== null,
    step: (ctx) => mineralStudyAfterUptake(ctx) ?? 'complete',
    reason: always(
      reason(
        {
          en: 'Bone-scan uptake alone does not show a deposit: it is sensitive but not specific (less specific than radiography; in CVI, uptake can come from periostitis). A study that can see mineral comes next: ultrasound, or a plain film from day 14 after onset.',
          es: 'La captación en la gammagrafía no demuestra un depósito: es sensible pero no específica (menos que la radiografía; en la insuficiencia venosa puede deberse a periostitis). Sigue una prueba que vea el mineral: la ecografía, o la radiografía desde el día 14 tras el inicio.',
        },
        [SEED, 'scire-ho', 'boray-case-51'],
        true,
      ),
    ),
  },
  {
    // Low suspicion may end the workup.
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
    // After a normal early ultrasound, weigh radiation against a few days' wait.
    // An indeterminate early ultrasound gets the same trade-off.
    id: 'early-normal-ultrasound-tradeoff',
    when: (ctx) =>
      earlyUltrasoundWithoutDeposit(ctx) &&
      (isOpen(ctx, 'xray') || (isOpen(ctx, 'scintigraphy') && scanAllowed(ctx))),
    step: (ctx) => (isOpen(ctx, 'xray') ? 'xray' : 'scintigraphy'),
    reason: (ctx) => {
      const wait = ctx.timing.xrayInformativeFrom
        ? Math.max(0, daysBetween(ctx.today, ctx.timing.xrayInformativeFrom))
        : null;
      const indeterminate = ctx.c.studies.ultrasound.pattern === 'indeterminate';
      const dose = scanDose(ctx);
      return reason(
        {
          en: `${indeterminate ? 'Indeterminate' : 'Normal'} ultrasound on day ${ctx.timing.daysSinceOnset}, while a plain film may still be normal${wait !== null ? ` (day 14 is in ${wait} ${plural('en', wait, { one: 'day', other: 'days' })}, ${ctx.timing.xrayInformativeFrom})` : ''}. The sources prefer the path without the bone scan's radiation: ultrasound is the technique of choice for early diagnosis and the film is the lowest-dose study, while a bone scan, though highly sensitive early, gives ${dose.en}. No source compares these strategies directly.`,
          es: `Ecografía ${indeterminate ? 'indeterminada' : 'normal'} el día ${ctx.timing.daysSinceOnset}, cuando la radiografía aún puede ser normal${wait !== null ? ` (el día 14 llega en ${wait} ${plural('es', wait, { one: 'día', other: 'días' })}, ${ctx.timing.xrayInformativeFrom})` : ''}. Las fuentes prefieren el camino sin la radiación de la gammagrafía: la ecografía es la técnica de elección para el diagnóstico precoz y la radiografía la prueba de menor dosis, mientras que la gammagrafía, aunque muy sensible precozmente, supone ${dose.es}. Ninguna fuente compara estas estrategias directamente.`,
        },
        [SEED, 'acr-rrl', ctx.patient.paediatric ? 'fahey-paediatric-dose' : 'jnm-dose-table'],
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
            en: `Wait for the X-ray date (${ctx.timing.xrayInformativeFrom ?? 'day 14'}): lowest dose (ACR ☢, <0.1 mSv for a limb in an adult); from then a normal film lowers the suspicion without removing it.`,
            es: `Esperar a la fecha de la radiografía (${ctx.timing.xrayInformativeFrom ?? 'día 14'}): la menor dosis (ACR ☢, <0,1 mSv en una extremidad en el adulto); desde entonces una radiografía normal reduce la sospecha sin eliminarla.`,
          },
          [SEED, 'acr-rrl', 'pmc381057-dose'],
        ),
        modality: 'xray',
      },
      ...(scanAllowed(ctx)
        ? [
            {
              ...reason(
                {
                  en: `Bone scintigraphy now: highly sensitive early and less specific than radiography, at ${scanDose(ctx).en}; reasonable only if the answer cannot wait.`,
                  es: `Gammagrafía ósea ahora: muy sensible precozmente y menos específica que la radiografía, con ${scanDose(ctx).es}; razonable solo si la respuesta no puede esperar.`,
                },
                [
                  SEED,
                  'scire-ho',
                  'acr-rrl',
                  ctx.patient.paediatric ? 'fahey-paediatric-dose' : 'jnm-dose-table',
                ],
              ),
              modality: 'scintigraphy' as const,
            },
          ]
        : []),
    ],
  },
];

/** Every rule, general and each study's, in the order of the sequence (NEXT_STEP_ORDER). */
export const NEXT_STEP_RULES: readonly NextStepRule[] = [
  ...GENERAL_RULES,
  ...MODALITY_IDS.flatMap((m) => STUDY_ADVICE[m].nextSteps),
].sort((x, y) => NEXT_STEP_ORDER.indexOf(x.id) - NEXT_STEP_ORDER.indexOf(y.id));

/** The first unresolved discordance (the rule that uses it checks there is one). */
function firstUnresolved(ctx: StepContext) {
  const d = ctx.interpretation.discordances.find((x) => x.status === 'unresolved');
  if (!d) throw new Error('resolve-discordance applied without an unresolved discordance');
  return d;
}

/** The first open study, in reading order, that can show the mineral after uptake alone. */
function mineralStudyAfterUptake(ctx: StepContext): StepId | null {
  const id = READ_ORDER.find((m) => isOpen(ctx, m) && STUDY_ADVICE[m].afterUptake?.(ctx));
  return id ? MODALITY_CORES[id].step : null;
}

/**
 * Nothing left to suggest. When studies were set aside rather than done, say
 * so and that the question is still open, instead of "every useful study is done".
 */
function complete(ctx: StepContext): NextStep {
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

/** The step's studies are all done or planned: suggesting it again is a repeat or its result. */
const isRevisit = (ctx: StepContext, step: StepId | 'complete'): boolean =>
  step !== 'complete' &&
  STEP_STUDIES[step].length > 0 &&
  STEP_STUDIES[step].every((m) => !isOpen(ctx, m));

/** A reason followed by others, as one text with every reference (extrapolated if any is). */
function joined(first: Reason, more: readonly Reason[]): Reason {
  if (!more.length) return first;
  const all = [first, ...more];
  return {
    text: {
      en: all.map((r) => r.text.en).join(' '),
      es: all.map((r) => r.text.es).join(' '),
    },
    refs: [...new Set(all.flatMap((r) => r.refs))],
    ...(all.some((r) => r.extrapolated) ? { extrapolated: true } : {}),
  };
}

const FOP_STOP = (ctx: StepContext): NextStep => ({
  step: 'complete',
  ruleId: 'fop-before-biopsy',
  reason: joined(
    reason(
      {
        en: 'No biopsy for now: fibrodysplasia ossificans progressiva (FOP) must be excluded first.',
        es: 'Por ahora, sin biopsia: antes hay que descartar la fibrodisplasia osificante progresiva (FOP).',
      },
      ['genereviews-fop'],
    ),
    biopsyCautions(ctx).slice(0, 1),
  ),
});

/**
 * The cautions that must travel with a step or an option for one study: a biopsy's, or the
 * radiation cautions of the step's ionising study (the CT/MRI step's are CT's).
 */
function cautionsFor(ctx: StepContext, target: StepId | ModalityId | undefined): Reason[] {
  if (target === undefined) return [];
  const studies: readonly ModalityId[] = isStepId(target) ? STEP_STUDIES[target] : [target];
  if (studies.some((m) => kindOf(m) === 'biopsy')) return biopsyCautions(ctx);
  const ionising = studies.map((m) => STUDY_ADVICE[m].ionising).find((x) => x !== null);
  return ionising ? ionisingCautions(ctx, ionising) : [];
}

/**
 * The patient in front of you, woven into the chosen step: the urgency first (it survives every
 * later result), then the step's own reason, then the cautions for its study — the pregnancy
 * question before an ionising study, a child's dose, bleeding advice and the FOP warning with a
 * biopsy. Options carry their own study's cautions.
 */
function withPatient(next: NextStep, ctx: StepContext): NextStep {
  const cautions = next.step === 'complete' ? [] : cautionsFor(ctx, next.step);
  const body = joined(next.reason, cautions);
  const text = ctx.urgency ? joined(ctx.urgency.reason, [body]) : body;
  const options = next.options?.map((o) => {
    const r = joined(o, cautionsFor(ctx, o.modality));
    return o.modality ? { ...r, modality: o.modality } : r;
  });
  return { ...next, reason: text, ...(options ? { options } : {}) };
}

/** Every study of a step set aside by the clinician (skipped or deferred). */
const stepSetAside = (ctx: StepContext, step: StepId): boolean =>
  isStepId(step) && STEP_STUDIES[step].every((m) => isSetAside(ctx, m));

/** The single recommended next step, and the rule that chose it. */
export function nextStep(ctx: StepContext): NextStep {
  const rule = NEXT_STEP_RULES.find((r) => r.when(ctx));
  let next: NextStep;
  if (rule) {
    const alsoNow = rule.alsoNow?.(ctx) ?? [];
    const options = rule.options?.(ctx) ?? [];
    next = {
      step: typeof rule.step === 'function' ? rule.step(ctx) : rule.step,
      reason: rule.reason(ctx),
      ruleId: rule.id,
      ...(alsoNow.length ? { alsoNow } : {}),
      ...(options.length ? { options } : {}),
    };
  } else {
    next = complete(ctx);
  }
  // Never "complete" beside an open question the app can act on: the first
  // open item with a resolving step becomes the step. A biopsy is withheld while FOP is possible.
  if (next.step === 'complete' && !JUSTIFIED_STOPS.has(next.ruleId)) {
    // A step whose every study the clinician set aside (skipped, deferred) is not offered again:
    // the open question stays listed, and the clinician's choice stands.
    const item = ctx.openItems.find(
      (i) =>
        i.resolvedBy !== undefined &&
        !(i.resolvedBy === 'biopsy' && fopRaised(ctx)) &&
        !stepSetAside(ctx, i.resolvedBy),
    );
    if (item?.resolvedBy) {
      const { resolvedBy, ...why } = item;
      next = { step: resolvedBy, ruleId: 'resolve-open-item', reason: why };
    } else if (fopRaised(ctx) && ctx.openItems.some((i) => i.resolvedBy === 'biopsy')) {
      next = FOP_STOP(ctx);
    }
  }
  if (next.step === 'biopsy' && fopRaised(ctx)) next = FOP_STOP(ctx);
  if (isRevisit(ctx, next.step)) next = { ...next, revisit: true };
  return withPatient(next, ctx);
}
