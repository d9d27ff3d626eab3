import { boneShown, depositShown, isEarly, isOpen, type RuleContext } from './context';
import { reason } from './reason';
import type { NextStep, Reason, StepId } from './types';

const SEED = 'garcia-arpa-2020';

/**
 * One rule of the recommended sequence. Rules are tried in order and the first that applies
 * names the next step, so the sequence reads top to bottom like a clinical pathway:
 * history → labs → ultrasound → X-ray (from day 14) or, early, scintigraphy → biopsy → CT/MRI
 * for extent. Once a biopsy has answered the question, no more diagnostic imaging is suggested. The clinician can always open any step; this is a suggestion, never a lock.
 */
export interface NextStepRule {
  readonly id: string;
  readonly when: (ctx: RuleContext) => boolean;
  readonly step: StepId | 'complete';
  readonly reason: (ctx: RuleContext) => Reason;
}

const patientUntouched = (ctx: RuleContext) =>
  Object.values(ctx.c.patient).every(
    (v) => v === undefined || (Array.isArray(v) && v.length === 0),
  );

const crossSectionalOpen = (ctx: RuleContext) => isOpen(ctx, 'ct') && isOpen(ctx, 'mri');

const always = (r: Reason) => () => r;

export const NEXT_STEP_RULES: readonly NextStepRule[] = [
  {
    id: 'history-first',
    when: patientUntouched,
    step: 'patient',
    reason: always(
      reason(
        'Record the history first: the onset date times the X-ray, and the risk profile (women over 50, obesity, long-standing CVI) frames the suspicion.',
        'Registre primero la historia: la fecha de inicio marca cuándo hacer la radiografía y el perfil de riesgo (mujeres mayores de 50 años, obesidad, insuficiencia venosa de larga evolución) enmarca la sospecha.',
        [SEED],
      ),
    ),
  },
  {
    id: 'atypical-biopsy',
    when: (ctx) => ctx.interpretation.conclusion === 'atypical' && isOpen(ctx, 'biopsy'),
    step: 'biopsy',
    reason: always(
      reason(
        'Atypical features: biopsy, the test of choice, tells SCHO from calcinosis and other diagnoses.',
        'Rasgos atípicos: la biopsia, prueba de elección, distingue la osificación de la calcinosis y de otros diagnósticos.',
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
        'Atypical for SCHO in CVI: review the differential diagnosis before ordering more imaging.',
        'Atípico para osificación por insuficiencia venosa: revise el diagnóstico diferencial antes de pedir más pruebas de imagen.',
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
        'Check phospho-calcium metabolism: normal in SCHO; abnormal values point to other causes.',
        'Compruebe el metabolismo fosfocálcico: normal en la osificación subcutánea; valores alterados orientan a otras causas.',
        [SEED],
      ),
    ),
  },
  {
    id: 'confirmed-extent',
    when: (ctx) => ctx.interpretation.conclusion === 'confirmed-scho' && crossSectionalOpen(ctx),
    step: 'ctmri',
    reason: always(
      reason(
        'Confirmed: CT or MRI can evaluate the extent if debridement or excision is considered.',
        'Confirmada: la TC o la RM permiten valorar la extensión si se plantea desbridamiento o exéresis.',
        [SEED, 'insights-imaging-2013'],
      ),
    ),
  },
  {
    id: 'biopsy-answered',
    when: (ctx) =>
      ctx.interpretation.conclusion === 'confirmed-scho' ||
      ctx.findings.biopsy === 'calcification-without-bone',
    step: 'complete',
    reason: always(
      reason(
        'The biopsy has answered the question: the workup is complete.',
        'La biopsia ha respondido la pregunta: el estudio está completo.',
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
        'Ultrasound is the technique of choice for early diagnosis: fast, accessible and economical.',
        'La ecografía es la técnica de elección para el diagnóstico precoz: rápida, accesible y económica.',
        [SEED],
      ),
    ),
  },
  {
    id: 'xray-informative',
    when: (ctx) => isOpen(ctx, 'xray') && !isEarly(ctx),
    step: 'xray',
    reason: (ctx) =>
      ctx.timing.daysSinceOnset === null
        ? reason(
            'Plain X-ray: cheap, universal and lowest in dose; record the onset date, since a film may be normal for 10–14 days.',
            'Radiografía simple: barata, universal y de menor dosis; registre la fecha de inicio, porque puede ser normal durante 10–14 días.',
            [SEED, 'acr-rrl'],
          )
        : reason(
            `Plain X-ray: day ${ctx.timing.daysSinceOnset}, so a normal film is now informative.`,
            `Radiografía simple: día ${ctx.timing.daysSinceOnset}, así que una radiografía normal ya es informativa.`,
            [SEED],
          ),
  },
  {
    id: 'deposit-biopsy',
    when: (ctx) => depositShown(ctx) && isOpen(ctx, 'biopsy'),
    step: 'biopsy',
    reason: always(
      reason(
        'Imaging shows a deposit: biopsy, the test of choice, confirms bone and excludes calcinosis.',
        'La imagen muestra un depósito: la biopsia, prueba de elección, confirma el hueso y descarta la calcinosis.',
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
        `Day ${ctx.timing.daysSinceOnset}: bone scintigraphy is highly sensitive early, while a plain X-ray may still be normal (informative from ${ctx.timing.xrayInformativeFrom}). It carries radiation (☢☢☢).`,
        `Día ${ctx.timing.daysSinceOnset}: la gammagrafía ósea es muy sensible precozmente, cuando la radiografía aún puede ser normal (informativa a partir del ${ctx.timing.xrayInformativeFrom}). Conlleva radiación (☢☢☢).`,
        [SEED, 'acr-rrl'],
      ),
  },
  {
    id: 'scintigraphy-if-suspicion-persists',
    when: (ctx) => !depositShown(ctx) && isOpen(ctx, 'scintigraphy'),
    step: 'scintigraphy',
    reason: always(
      reason(
        'Imaging so far shows no deposit: if suspicion persists, bone scintigraphy is highly sensitive (but carries radiation, ☢☢☢).',
        'La imagen no muestra depósitos: si la sospecha persiste, la gammagrafía ósea es muy sensible (pero conlleva radiación, ☢☢☢).',
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
        'Biopsy is the test of choice if suspicion persists; weigh the poor wound healing of CVI skin.',
        'La biopsia es la prueba de elección si la sospecha persiste; valore la mala cicatrización de la piel con insuficiencia venosa.',
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
        'Bone is shown: CT or MRI can evaluate the extent.',
        'Se ha demostrado hueso: la TC o la RM permiten valorar la extensión.',
        [SEED],
      ),
    ),
  },
];

const COMPLETE: NextStep = {
  step: 'complete',
  ruleId: 'nothing-left',
  reason: reason(
    'Nothing further is suggested: every useful study is done or set aside. Review the summary.',
    'No se sugiere nada más: todas las pruebas útiles están hechas o descartadas. Revise el resumen.',
    [],
  ),
};

/** The single recommended next step, and the rule that chose it. */
export function nextStep(ctx: RuleContext): NextStep {
  const rule = NEXT_STEP_RULES.find((r) => r.when(ctx));
  return rule ? { step: rule.step, reason: rule.reason(ctx), ruleId: rule.id } : COMPLETE;
}
