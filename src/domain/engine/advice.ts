import type { Case } from '../case/schema';
import type { LocalizedText } from '../text';
import { MODALITY_IDS, type ModalityId } from '../evidence/types';
import { MODALITIES } from '../evidence/modalities';
import { PATIENT_STATEMENTS } from '../evidence/patient';
import { MODALITY_MODULES, STUDY_NAMES } from '../modalities';
import { kindOf } from '../modalities/core';
import { biopsyCautions, ionisingCautions } from './cautions';
import { STUDY_ADVICE } from './studies';
import {
  boneShown,
  depositShown,
  fopRaised,
  isEarly,
  lowSuspicion,
  type RuleContext,
} from './context';
import { reason } from '../reason';
import { XRAY_BLIND_DAYS } from './timing';
import type { Band, ModalityAdvice, Reason } from './types';
import { said } from '../words';

const SEED = 'garcia-arpa-2020';

const WOUND_HEALING = reason(
  said('engine.advice.biopsy.wound-healing'),
  ['rheumatologist-lds'],
  true,
);

type BandRule = (ctx: RuleContext) => { band: Band; reasons: Reason[] };

/**
 * One small function per modality, for a study not yet done or set aside. Each returns an
 * ACR-like band and its reasons; the first reason is the main one.
 */
const RULES: Readonly<Record<ModalityId, BandRule>> = {
  labs: (ctx) => ({
    band: 'usually-appropriate',
    reasons: [
      reason(said('engine.advice.labs.normal-in-scho'), [SEED, 'emedicine-calcinosis']),
      ...(ctx.patient.paediatric
        ? [reason(PATIENT_STATEMENTS.paediatricLabs.text, PATIENT_STATEMENTS.paediatricLabs.refs)]
        : []),
    ],
  }),

  ultrasound: () => ({
    band: 'usually-appropriate',
    reasons: [reason(said('engine.advice.ultrasound.first-line'), [SEED])],
  }),

  xray: (ctx) => {
    const days = ctx.timing.daysSinceOnset;
    const from = ctx.timing.xrayInformativeFrom;
    if (days === null) {
      return {
        band: 'may-be-appropriate',
        reasons: [reason(said('engine.advice.xray.onset-unknown'), [SEED])],
      };
    }
    if (days < XRAY_BLIND_DAYS.from) {
      return {
        band: 'usually-not-appropriate',
        reasons: [reason(said('engine.advice.xray.too-early', { days, from }), [SEED])],
      };
    }
    if (days < XRAY_BLIND_DAYS.to) {
      return {
        band: 'may-be-appropriate',
        reasons: [reason(said('engine.advice.xray.inside-window', { days, from }), [SEED])],
      };
    }
    return {
      band: 'usually-appropriate',
      reasons: [
        reason(said('engine.advice.xray.past-blind-days', { day: days }), [SEED]),
        reason(said('engine.advice.xray.lowest-dose'), ['acr-rrl', 'pmc381057-dose']),
      ],
    };
  },

  scintigraphy: (ctx) => {
    // An adult's dose and band; a child's are given by the paediatric caution instead.
    const radiation = ctx.patient.paediatric
      ? []
      : [reason(said('engine.advice.scintigraphy.radiation'), ['acr-rrl', 'jnm-dose-table'])];
    if (boneShown(ctx)) {
      return {
        band: 'usually-not-appropriate',
        reasons: [reason(said('engine.advice.scintigraphy.bone-shown'), [SEED]), ...radiation],
      };
    }
    const early = isEarly(ctx);
    return {
      // Pregnant: ultrasound answers the same question without radiation (the caution says so).
      band: ctx.patient.pregnancy === 'pregnant' ? 'usually-not-appropriate' : 'may-be-appropriate',
      reasons: [
        reason(
          early
            ? said('engine.advice.scintigraphy.early')
            : said('engine.advice.scintigraphy.persisting'),
          [SEED, 'scire-ho'],
        ),
        ...radiation,
      ],
    };
  },

  ct: (ctx) => {
    const base = crossSectional(ctx, STUDY_NAMES.ct);
    // CT's radiation, from its registry entry (what is known, and what is not).
    const r = MODALITIES.ct.radiation;
    return r && !ctx.patient.paediatric
      ? { ...base, reasons: [...base.reasons, reason(r.doseText, r.refs)] }
      : base;
  },
  mri: (ctx) => crossSectional(ctx, STUDY_NAMES.mri),

  biopsy: (ctx) => {
    if (lowSuspicion(ctx)) {
      // Do not advise what the differential says is best avoided.
      return {
        band: 'usually-not-appropriate',
        reasons: [
          reason(said('engine.advice.biopsy.low-suspicion'), [SEED, 'rheumatologist-lds']),
          WOUND_HEALING,
        ],
      };
    }
    if (ctx.interpretation.conclusion === 'atypical' || depositShown(ctx)) {
      return {
        // With FOP on the differential a lesion biopsy may provoke bone (GeneReviews): not
        // "usually appropriate" until FOP is excluded; the FOP caution leads the reasons.
        band: fopRaised(ctx) ? 'may-be-appropriate' : 'usually-appropriate',
        reasons: [reason(said('engine.advice.biopsy.deposit'), [SEED]), WOUND_HEALING],
      };
    }
    return {
      band: 'may-be-appropriate',
      reasons: [reason(said('engine.advice.biopsy.invasive'), [SEED]), WOUND_HEALING],
    };
  },
};

function crossSectional(ctx: RuleContext, name: LocalizedText) {
  const deep = ctx.findings.atypical.length > 0;
  if (boneShown(ctx) || deep) {
    return {
      band: 'may-be-appropriate' as const,
      reasons: [
        reason(
          said(
            deep ? 'engine.advice.cross-sectional.depth' : 'engine.advice.cross-sectional.extent',
            { study: name },
          ),
          [SEED, 'insights-imaging-2013'],
        ),
      ],
    };
  }
  return {
    band: 'usually-not-appropriate' as const,
    reasons: [reason(said('engine.advice.cross-sectional.not-early', { study: name }), [SEED])],
  };
}

/** Biopsy, "the test of choice", has settled bone versus calcium (and nothing is atypical). */
const biopsyAnswered = (ctx: RuleContext): boolean =>
  ctx.interpretation.conclusion === 'confirmed-scho' ||
  (ctx.interpretation.conclusion === 'calcification' &&
    ctx.findings.biopsy === 'calcification-without-bone');

const ANSWERED = reason(said('engine.advice.answered'), [SEED]);

/**
 * The patient's cautions woven into a study's reasons: for the bone scan and CT they lead (the
 * pregnancy question comes before the study); for the film, whose fetal dose is tiny, they follow
 * the main reason; for a biopsy the FOP warning leads and the bleeding advice follows.
 */
function withCautions(ctx: RuleContext, id: ModalityId, reasons: readonly Reason[]): Reason[] {
  const ionising = STUDY_ADVICE[id].ionising;
  if (ionising) {
    const cautions = ionisingCautions(ctx, ionising);
    return ionising === 'xray'
      ? [...reasons.slice(0, 1), ...cautions, ...reasons.slice(1)]
      : [...cautions, ...reasons];
  }
  if (kindOf(id) === 'biopsy') {
    const [fop, ...others] = biopsyCautions(ctx);
    return fop && fopRaised(ctx)
      ? [fop, ...reasons, ...others]
      : [...reasons, ...(fop ? [fop] : []), ...others];
  }
  return [...reasons];
}

function studyAdvice(c: Case, id: ModalityId, ctx: RuleContext): ModalityAdvice {
  const study = c.studies[id];
  if (study.status === 'done') {
    return {
      modality: id,
      band: 'done',
      reasons: [reason(said('engine.advice.done'), [])],
    };
  }
  if (study.status === 'skipped' || study.status === 'deferred') {
    return {
      modality: id,
      band: 'not-done',
      reasons: [
        reason(
          said('engine.advice.set-aside', {
            skipped: study.status === 'skipped',
            why: study.reason,
          }),
          [],
        ),
        ...withCautions(ctx, id, RULES[id](ctx).reasons),
      ],
    };
  }
  if (MODALITY_MODULES[id].diagnosticOnly && biopsyAnswered(ctx)) {
    return { modality: id, band: 'usually-not-appropriate', reasons: [ANSWERED] };
  }
  const rule = RULES[id](ctx);
  return { modality: id, band: rule.band, reasons: withCautions(ctx, id, rule.reasons) };
}

export function modalityAdvice(ctx: RuleContext): Record<ModalityId, ModalityAdvice> {
  return Object.fromEntries(MODALITY_IDS.map((id) => [id, studyAdvice(ctx.c, id, ctx)])) as Record<
    ModalityId,
    ModalityAdvice
  >;
}
