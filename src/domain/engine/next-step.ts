import { historyUntouched } from '../case/new-case';
import { daysBetween } from '../dates';
import { MODALITY_IDS, type ModalityId } from '../evidence/types';
import { MODALITY_CORES, READ_ORDER } from '../modalities';
import { isStepId, kindOf } from '../modalities/core';
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
import { joinReasons as joined, reason } from '../reason';
import { said } from '../words';
import { NEXT_STEP_ORDER, scanAllowed, STUDY_ADVICE, type NextStepRule } from './studies';
import { always } from './studies/rule';
import { STEP_STUDIES, type NextStep, type Reason, type StepId } from './types';

const SEED = 'garcia-arpa-2020';

/**
 * Stops that are justified although an open item has a resolving step: the reason says why the
 * step is withheld (FOP: a lesion biopsy is never indicated and likely to provoke bone).
 */
export const JUSTIFIED_STOPS: ReadonlySet<string> = new Set([
  'fop-before-biopsy',
  'settling-study-set-aside',
]);

const patientUntouched = (ctx: StepContext) => historyUntouched(ctx.c);

const LABS_TODAY = reason(said('engine.next.labs-today'), [
  'emedicine-calcinosis',
  'kroshinsky-calciphylaxis',
]);

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
    reason: always(reason(said('engine.next.history-first'), [SEED])),
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
        : reason(said('engine.next.calciphylaxis-biopsy'), [
            'emedicine-calcinosis',
            'kroshinsky-calciphylaxis',
          ]),
  },
  {
    id: 'atypical-review',
    when: (ctx) => ctx.interpretation.conclusion === 'atypical',
    step: 'complete',
    reason: always(reason(said('engine.next.atypical-review'), [SEED])),
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
      patientUntouched(ctx)
        ? reason(said('engine.next.first-visit-history'), [SEED])
        : reason(said('engine.next.first-visit'), [SEED]),
  },
  {
    // Findings that disagree are never settled silently: the step that settles it is an action (a deeper biopsy, a later film), never "complete".
    id: 'resolve-discordance',
    when: (ctx) =>
      ctx.interpretation.conclusion === 'findings-disagree' &&
      ctx.interpretation.discordances.some((d) => d.status === 'unresolved') &&
      !stepSetAside(ctx, discordanceStep(ctx, firstUnresolved(ctx))),
    step: (ctx) => discordanceStep(ctx, firstUnresolved(ctx)),
    reason: (ctx) => firstUnresolved(ctx).resolve,
    options: (ctx) => {
      const d = firstUnresolved(ctx);
      const from = repeatFilmFrom(ctx.c);
      if (!d.timingMayExplain || !from || discordanceStep(ctx, d) !== 'xray') return [];
      return [
        {
          ...reason(
            said('engine.next.option.repeat-film', { from }),
            [SEED, 'scire-ho', 'acr-rrl'],
            true,
          ),
          modality: 'xray' as const,
        },
        ...(ctx.c.studies.biopsy.status === 'not-started'
          ? [
              {
                ...reason(said('engine.next.option.biopsy-now'), [SEED, 'rheumatologist-lds']),
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
    reason: always(reason(said('engine.next.biopsy-answered'), [SEED])),
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
      reason(said('engine.next.uptake-needs-mineral'), [SEED, 'scire-ho', 'boray-case-51'], true),
    ),
  },
  {
    // Low suspicion may end the workup.
    id: 'low-suspicion',
    when: lowSuspicion,
    step: 'complete',
    reason: (ctx) =>
      reason(said('engine.next.low-suspicion', { ceap: ctx.c.patient.ceap }), [
        SEED,
        'jvs-vl-cvd-calcification',
        'rheumatologist-lds',
      ]),
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
      return reason(
        said('engine.next.early-ultrasound-tradeoff', {
          ...scanDose(ctx),
          indeterminate,
          day: ctx.timing.daysSinceOnset,
          wait,
          from: ctx.timing.xrayInformativeFrom,
        }),
        [SEED, 'acr-rrl', ctx.patient.paediatric ? 'fahey-paediatric-dose' : 'jnm-dose-table'],
      );
    },
    options: (ctx) => [
      {
        ...reason(said('engine.next.option.repeat-ultrasound'), [SEED]),
        modality: 'ultrasound',
      },
      {
        ...reason(
          said('engine.next.option.wait-for-film', { from: ctx.timing.xrayInformativeFrom }),
          [SEED, 'acr-rrl', 'pmc381057-dose'],
        ),
        modality: 'xray',
      },
      ...(scanAllowed(ctx)
        ? [
            {
              ...reason(said('engine.next.option.scan-now', scanDose(ctx)), [
                SEED,
                'scire-ho',
                'acr-rrl',
                ctx.patient.paediatric ? 'fahey-paediatric-dose' : 'jnm-dose-table',
              ]),
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
            said('engine.next.question-still-open', {
              setAside,
              conclusion: ctx.interpretation.conclusion,
            }),
            [],
          )
        : reason(said('engine.next.nothing-left'), []),
  };
}

/** The step's studies are all done or planned: suggesting it again is a repeat or its result. */
const isRevisit = (ctx: StepContext, step: StepId | 'complete'): boolean =>
  step !== 'complete' &&
  STEP_STUDIES[step].length > 0 &&
  STEP_STUDIES[step].every((m) => !isOpen(ctx, m));

const FOP_STOP = (ctx: StepContext): NextStep => ({
  step: 'complete',
  ruleId: 'fop-before-biopsy',
  reason: joined(
    reason(said('engine.next.fop-before-biopsy'), ['genereviews-fop']),
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

/**
 * The question is open and every study that would settle it was set aside by the clinician: not
 * offered again, not "complete" either. The stop says so and what would settle it (the
 * disagreement's own resolution, or the open item), so the conflict is never settled silently.
 */
function setAsideStop(ctx: StepContext): NextStep | undefined {
  const d = ctx.interpretation.discordances.find((x) => x.status === 'unresolved');
  const item = ctx.openItems.find((i) => i.resolvedBy !== undefined);
  const why = d?.resolve ?? (item ? { text: item.text, refs: item.refs } : undefined);
  if (!why) return undefined;
  return {
    step: 'complete',
    ruleId: 'settling-study-set-aside',
    reason: joined(reason(said('engine.next.settling-study-set-aside'), []), [why]),
  };
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
    } else {
      next = setAsideStop(ctx) ?? next;
    }
  }
  if (next.step === 'biopsy' && fopRaised(ctx)) next = FOP_STOP(ctx);
  if (isRevisit(ctx, next.step)) next = { ...next, revisit: true };
  return withPatient(next, ctx);
}
