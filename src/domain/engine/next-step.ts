import { daysBetween } from '../dates';
import type { ModalityId } from '../evidence/types';
import { plural } from '../text';
import { biopsyCautions, ionisingCautions, scanDose, type IonisingStudy } from './cautions';
import {
  anyImagingDone,
  boneShown,
  depositShown,
  earlyUltrasoundWithoutDeposit,
  fopRaised,
  isEarly,
  isOpen,
  lowSuspicion,
  type StepContext,
} from './context';
import { repeatFilmFrom } from './discordance';
import { discordanceStep } from './open-items';
import { reason } from '../reason';
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
 * names the next step. The order reads like a clinical pathway (history → labs → ultrasound →
 * X-ray from day 14 or, early, scintigraphy → biopsy → CT/MRI for extent), but every rule asks
 * what is known today, never which step came before: results arrive in any order (a film from
 * the GP, a CT from another hospital), and no `first-visit` rule fires once any imaging is done.
 * The clinician can always open any step; this is a suggestion, never a lock.
 */
interface NextStepRule {
  readonly id: string;
  readonly when: (ctx: StepContext) => boolean;
  readonly step: StepId | 'complete' | ((ctx: StepContext) => StepId | 'complete');
  readonly reason: (ctx: StepContext) => Reason;
  readonly alsoNow?: (ctx: StepContext) => readonly StepId[];
  readonly options?: (ctx: StepContext) => readonly NextStepOption[];
}

/**
 * Stops that are justified although an open item has a resolving step: the reason says why the
 * step is withheld (FOP: a lesion biopsy is never indicated and likely to provoke bone).
 */
export const JUSTIFIED_STOPS: ReadonlySet<string> = new Set(['fop-before-biopsy']);

const patientUntouched = (ctx: StepContext) =>
  Object.values(ctx.c.patient).every(
    (v) => v === undefined || (Array.isArray(v) && v.length === 0),
  );

/** Every study of the CT/MRI step is still open (from the registry, not a list of names). */
const crossSectionalOpen = (ctx: StepContext) => STEP_STUDIES.ctmri.every((m) => isOpen(ctx, m));

const always = (r: Reason) => () => r;

const LABS_TODAY = reason(
  {
    en: 'Creatinine, calcium, phosphate, alkaline phosphatase, albumin, PTH and coagulation today (a biopsy is often falsely negative in calciphylaxis).',
    es: 'Creatinina, calcio, fósforo, fosfatasa alcalina, albúmina, PTH y coagulación hoy (la biopsia a menudo es falsamente negativa en la calcifilaxis).',
  },
  ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
);

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
    // Skin necrosis raises calciphylaxis, so the labs come first, today.
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
    // Lesions since childhood keep FOP on the differential, and a lesion biopsy
    // is never indicated in FOP (GeneReviews). The labs come first: they show the
    // pseudohypoparathyroidism pattern (low calcium with high phosphate and PTH).
    id: 'atypical-childhood-labs',
    when: (ctx) =>
      ctx.interpretation.conclusion === 'atypical' && fopRaised(ctx) && isOpen(ctx, 'labs'),
    step: 'labs',
    reason: always(
      reason(
        {
          en: 'Lesions since childhood: the labs come first (low calcium with high phosphate and PTH is the pseudohypoparathyroidism pattern), and FOP must be excluded before any biopsy.',
          es: 'Lesiones desde la infancia: primero la analítica (calcio bajo con fósforo y PTH altos es el patrón del pseudohipoparatiroidismo), y hay que descartar la FOP antes de cualquier biopsia.',
        },
        ['linglart-2018', 'medlineplus-aho', 'genereviews-fop'],
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
    // At the bedside the first orders go together. Case report: ultrasound "seems
    // to the technique of choice for early diagnosis"; "Analytic study including
    // phosphorus-calcium metabolism is normal" in SCHO, so the labs are drawn the same day.
    // Only a first visit is a first visit — never once any imaging is done.
    id: 'first-visit-plan',
    when: (ctx) =>
      isOpen(ctx, 'labs') &&
      isOpen(ctx, 'ultrasound') &&
      !anyImagingDone(ctx) &&
      ctx.c.studies.biopsy.status !== 'done',
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
    id: 'ultrasound-first-line',
    when: (ctx) => isOpen(ctx, 'ultrasound') && !depositShown(ctx),
    step: 'ultrasound',
    reason: (ctx) =>
      isEarly(ctx) || !anyImagingDone(ctx)
        ? reason(
            {
              en: 'Ultrasound is the technique of choice for early diagnosis: fast, accessible and economical.',
              es: 'La ecografía es la técnica de elección para el diagnóstico precoz: rápida, accesible y económica.',
            },
            [SEED],
          )
        : reason(
            {
              en: 'Ultrasound: no radiation, fast and economical, and it tells bone (hyperechogenic foci with acoustic shadow) from calcification (less echogenic).',
              es: 'Ecografía: sin radiación, rápida y económica, y distingue hueso (focos hiperecogénicos con sombra acústica) de calcificación (menos ecogénica).',
            },
            [SEED],
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
    // A non-diagnostic biopsy beside a deposit on imaging: the tissue question is still open, and a
    // repeat biopsy from the deposit answers it (the case report: biopsy is the test of choice).
    id: 'repeat-non-diagnostic-biopsy',
    when: (ctx) =>
      ctx.findings.biopsy === 'non-diagnostic' &&
      depositShown(ctx) &&
      ctx.c.studies.biopsy.status === 'done',
    step: 'biopsy',
    reason: always(
      reason(
        {
          en: 'The biopsy was non-diagnostic while imaging shows a deposit: a repeat biopsy from the deposit, the test of choice, answers the tissue question; weigh the poor wound healing of CVI skin.',
          es: 'La biopsia no fue diagnóstica mientras la imagen muestra un depósito: una nueva biopsia del depósito, la prueba de elección, responde la pregunta sobre el tejido; valore la mala cicatrización de la piel con insuficiencia venosa.',
        },
        [SEED, 'rheumatologist-lds'],
      ),
    ),
  },
  {
    id: 'early-scintigraphy',
    when: (ctx) => isEarly(ctx) && isOpen(ctx, 'scintigraphy') && scanAllowed(ctx),
    step: 'scintigraphy',
    reason: (ctx) =>
      reason(
        {
          en: `Day ${ctx.timing.daysSinceOnset}: bone scintigraphy is highly sensitive early, while a plain X-ray may still be normal (informative from ${ctx.timing.xrayInformativeFrom}). It carries radiation: ${scanDose(ctx).en}.`,
          es: `Día ${ctx.timing.daysSinceOnset}: la gammagrafía ósea es muy sensible precozmente, cuando la radiografía aún puede ser normal (informativa a partir del ${ctx.timing.xrayInformativeFrom}). Conlleva radiación: ${scanDose(ctx).es}.`,
        },
        [SEED, 'acr-rrl'],
      ),
  },
  {
    id: 'scintigraphy-if-suspicion-persists',
    when: (ctx) => !depositShown(ctx) && isOpen(ctx, 'scintigraphy') && scanAllowed(ctx),
    step: 'scintigraphy',
    reason: (ctx) =>
      reason(
        {
          en: `Imaging so far shows no deposit: if suspicion persists, bone scintigraphy is highly sensitive (but carries radiation: ${scanDose(ctx).en}).`,
          es: `La imagen no muestra depósitos: si la sospecha persiste, la gammagrafía ósea es muy sensible (pero conlleva radiación: ${scanDose(ctx).es}).`,
        },
        [SEED, 'acr-rrl'],
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

/** The first unresolved discordance (the rule that uses it checks there is one). */
function firstUnresolved(ctx: StepContext) {
  const d = ctx.interpretation.discordances.find((x) => x.status === 'unresolved');
  if (!d) throw new Error('resolve-discordance applied without an unresolved discordance');
  return d;
}

/** A bone scan is never the next step for a patient recorded as pregnant (ultrasound instead). */
const scanAllowed = (ctx: StepContext) => ctx.patient.pregnancy !== 'pregnant';

/** After uptake alone: ultrasound, else a film past day 14, else CT (all see mineral). */
function mineralStudyAfterUptake(ctx: StepContext): StepId | null {
  if (isOpen(ctx, 'ultrasound')) return 'ultrasound';
  if (isOpen(ctx, 'xray') && !isEarly(ctx)) return 'xray';
  if (isOpen(ctx, 'ct')) return 'ctmri';
  return null;
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

const IONISING_STEP: Readonly<Partial<Record<StepId, IonisingStudy>>> = {
  xray: 'xray',
  scintigraphy: 'scintigraphy',
  ctmri: 'ct',
};
const IONISING_MODALITY: Readonly<Partial<Record<ModalityId, IonisingStudy>>> = {
  xray: 'xray',
  scintigraphy: 'scintigraphy',
  ct: 'ct',
};

/** The cautions that must travel with a step or an option for one study. */
function cautionsFor(ctx: StepContext, step: StepId | ModalityId | undefined): Reason[] {
  if (step === undefined) return [];
  if (step === 'biopsy') return biopsyCautions(ctx);
  const ionising =
    IONISING_STEP[step as StepId] ?? IONISING_MODALITY[step as ModalityId] ?? undefined;
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
    const item = ctx.openItems.find(
      (i) => i.resolvedBy !== undefined && !(i.resolvedBy === 'biopsy' && fopRaised(ctx)),
    );
    if (item?.resolvedBy) {
      const { resolvedBy, ...why } = item;
      next = { step: resolvedBy, ruleId: 'resolve-open-item', reason: why };
    } else if (ctx.openItems.some((i) => i.resolvedBy === 'biopsy')) {
      next = FOP_STOP(ctx);
    }
  }
  if (next.step === 'biopsy' && fopRaised(ctx)) next = FOP_STOP(ctx);
  if (isRevisit(ctx, next.step)) next = { ...next, revisit: true };
  return withPatient(next, ctx);
}
