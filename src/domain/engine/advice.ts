import type { Case, SkipReason } from '../case/schema';
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
import { dayPhrase, XRAY_BLIND_DAYS } from './timing';
import type { Band, ModalityAdvice, Reason } from './types';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const SEED = 'garcia-arpa-2020';

const SET_ASIDE: Readonly<Record<SkipReason | 'none', { en: string; es: string }>> = {
  'not-available': { en: 'not available', es: 'no disponible' },
  declined: { en: 'declined', es: 'rechazada' },
  'not-indicated': { en: 'not indicated', es: 'no indicada' },
  other: { en: 'other reason', es: 'otro motivo' },
  none: { en: 'no reason given', es: 'sin motivo indicado' },
};

const WOUND_HEALING = reason(
  {
    en: 'Biopsy wounds heal poorly in skin with chronic venous changes (in lipodermatosclerosis, ulcers after biopsy in up to 13%).',
    es: 'Las heridas de biopsia cicatrizan mal en piel con cambios venosos crónicos (en la lipodermatosclerosis, úlceras tras biopsia hasta en un 13 %).',
  },
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
      reason(
        {
          en: 'Phospho-calcium metabolism is normal in SCHO; abnormal values point to metastatic calcinosis, calciphylaxis or pseudohypoparathyroidism and change the workup.',
          es: 'El metabolismo fosfocálcico es normal en la osificación subcutánea; valores alterados orientan a calcinosis metastásica, calcifilaxis o pseudohipoparatiroidismo y cambian el estudio.',
        },
        [SEED, 'emedicine-calcinosis'],
      ),
      ...(ctx.patient.paediatric
        ? [reason(PATIENT_STATEMENTS.paediatricLabs.text, PATIENT_STATEMENTS.paediatricLabs.refs)]
        : []),
    ],
  }),

  ultrasound: () => ({
    band: 'usually-appropriate',
    reasons: [
      reason(
        {
          en: 'First line: fast, accessible and economical, suitable for early diagnosis while a plain X-ray may still be normal; it tells bone (hyperechogenic with acoustic shadow) from calcification (less echogenic).',
          es: 'Primera línea: rápida, accesible y económica, adecuada para el diagnóstico precoz cuando la radiografía aún puede ser normal; distingue hueso (hiperecogénico con sombra acústica) de calcificación (menos ecogénica).',
        },
        [SEED],
      ),
    ],
  }),

  xray: (ctx) => {
    const days = ctx.timing.daysSinceOnset;
    const from = ctx.timing.xrayInformativeFrom;
    if (days === null) {
      return {
        band: 'may-be-appropriate',
        reasons: [
          reason(
            {
              en: 'Onset unknown: a plain X-ray can show diffuse or reticulated opacities of bone density, but it may be normal for 10–14 days after onset.',
              es: 'Inicio desconocido: la radiografía simple puede mostrar opacidades difusas o reticuladas de densidad ósea, pero puede ser normal durante 10–14 días tras el inicio.',
            },
            [SEED],
          ),
        ],
      };
    }
    if (days < XRAY_BLIND_DAYS.from) {
      return {
        band: 'usually-not-appropriate',
        reasons: [
          reason(
            {
              en: `Too early (day ${days}): a plain X-ray may show nothing until 10–14 days after onset, so a normal film now would not exclude ossification. From ${from} a normal film lowers the suspicion but does not remove it.`,
              es: `Demasiado pronto (día ${days}): la radiografía simple puede no mostrar nada hasta 10–14 días tras el inicio, así que una radiografía normal ahora no descartaría osificación. Desde el ${from} una radiografía normal reduce la sospecha, pero no la elimina.`,
            },
            [SEED],
          ),
        ],
      };
    }
    if (days < XRAY_BLIND_DAYS.to) {
      return {
        band: 'may-be-appropriate',
        reasons: [
          reason(
            {
              en: `Day ${days}, inside the 10–14-day window: an abnormal film counts, a normal one does not exclude ossification until ${from}.`,
              es: `Día ${days}, dentro de la ventana de 10–14 días: una radiografía alterada cuenta, una normal no descarta osificación hasta el ${from}.`,
            },
            [SEED],
          ),
        ],
      };
    }
    return {
      band: 'usually-appropriate',
      reasons: [
        reason(
          {
            en: `${cap(dayPhrase(days).en)}: past the 10–14 days in which a film may be normal, so an abnormal film counts and a normal one lowers the suspicion without removing it. Look for diffuse or reticulated subcutaneous opacities of bone density around the leg, and periostitis from CVI.`,
            es: `${cap(dayPhrase(days).es)}: superados los 10–14 días en que la radiografía puede ser normal, una radiografía alterada cuenta y una normal reduce la sospecha sin eliminarla. Busque opacidades subcutáneas difusas o reticuladas de densidad ósea en el perímetro de la pierna, y periostitis por la insuficiencia venosa.`,
          },
          [SEED],
        ),
        reason(
          {
            en: 'Lowest-dose ionising study (ACR relative radiation level ☢, <0.1 mSv for a limb).',
            es: 'Prueba ionizante de menor dosis (nivel relativo de radiación ACR ☢, <0,1 mSv en una extremidad).',
          },
          ['acr-rrl', 'pmc381057-dose'],
        ),
      ],
    };
  },

  scintigraphy: (ctx) => {
    // An adult's dose and band; a child's are given by the paediatric caution instead.
    const radiation = ctx.patient.paediatric
      ? []
      : [
          reason(
            {
              en: 'Radiation: ACR relative radiation level ☢☢☢ (4.2–6.3 mSv for a Tc-99m MDP bone scan of 740–1,110 MBq).',
              es: 'Radiación: nivel relativo de radiación ACR ☢☢☢ (4,2–6,3 mSv en una gammagrafía ósea con Tc-99m MDP de 740–1.110 MBq).',
            },
            ['acr-rrl', 'jnm-dose-table'],
          ),
        ];
    if (boneShown(ctx)) {
      return {
        band: 'usually-not-appropriate',
        reasons: [
          reason(
            {
              en: 'Bone is already shown: a bone scan adds radiation without changing the diagnosis.',
              es: 'El hueso ya se ha demostrado: la gammagrafía añade radiación sin cambiar el diagnóstico.',
            },
            [SEED],
          ),
          ...radiation,
        ],
      };
    }
    const early = isEarly(ctx);
    return {
      // Pregnant: ultrasound answers the same question without radiation (the caution says so).
      band: ctx.patient.pregnancy === 'pregnant' ? 'usually-not-appropriate' : 'may-be-appropriate',
      reasons: [
        reason(
          {
            en: early
              ? 'Highly sensitive in early diagnosis, before a plain X-ray can show the lesion; less specific than radiography.'
              : 'Highly sensitive when other imaging is normal and suspicion persists; less specific than radiography.',
            es: early
              ? 'Muy sensible en el diagnóstico precoz, antes de que la radiografía pueda mostrar la lesión; menos específica que la radiografía.'
              : 'Muy sensible si el resto de la imagen es normal y la sospecha persiste; menos específica que la radiografía.',
          },
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
          reason(
            {
              en: 'Suspicion is low and nothing has been shown to sample: a biopsy of CVI skin heals poorly and is best avoided without a target; reconsider if the picture changes.',
              es: 'La sospecha es baja y no se ha mostrado nada que biopsiar: la biopsia de piel con insuficiencia venosa cicatriza mal y conviene evitarla sin una diana; reconsidérelo si el cuadro cambia.',
            },
            [SEED, 'rheumatologist-lds'],
          ),
          WOUND_HEALING,
        ],
      };
    }
    if (ctx.interpretation.conclusion === 'atypical' || depositShown(ctx)) {
      return {
        // With FOP on the differential a lesion biopsy may provoke bone (GeneReviews): not
        // "usually appropriate" until FOP is excluded; the FOP caution leads the reasons.
        band: fopRaised(ctx) ? 'may-be-appropriate' : 'usually-appropriate',
        reasons: [
          reason(
            {
              en: 'The test of choice: bone trabeculae in the deep dermis and fat confirm ossification; calcium without bone means calcinosis cutis; it also shows other diagnoses.',
              es: 'La prueba de elección: trabéculas óseas en dermis profunda y grasa confirman la osificación; calcio sin hueso indica calcinosis cutis; además muestra otros diagnósticos.',
            },
            [SEED],
          ),
          WOUND_HEALING,
        ],
      };
    }
    return {
      band: 'may-be-appropriate',
      reasons: [
        reason(
          {
            en: 'The test of choice, but invasive: non-invasive imaging first usually shows whether there is a deposit to sample.',
            es: 'La prueba de elección, pero invasiva: la imagen no invasiva suele mostrar antes si hay un depósito que biopsiar.',
          },
          [SEED],
        ),
        WOUND_HEALING,
      ],
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
          {
            en: deep
              ? `${name.en} defines depth when fascia or muscle involvement is suspected, and the extent of the lesion.`
              : `${name.en} evaluates the extent of the ossification (e.g. to plan debridement or excision); it is not for early diagnosis.`,
            es: deep
              ? `La ${name.es} define la profundidad si se sospecha afectación de fascia o músculo, y la extensión de la lesión.`
              : `La ${name.es} valora la extensión de la osificación (p. ej., para planificar desbridamiento o exéresis); no sirve para el diagnóstico precoz.`,
          },
          [SEED, 'insights-imaging-2013'],
        ),
      ],
    };
  }
  return {
    band: 'usually-not-appropriate' as const,
    reasons: [
      reason(
        {
          en: `${name.en} is not sensitive in early diagnosis; it makes it possible to evaluate extension once the lesion is shown.`,
          es: `La ${name.es} no es sensible en el diagnóstico precoz; permite valorar la extensión una vez demostrada la lesión.`,
        },
        [SEED],
      ),
    ],
  };
}

/** Biopsy, "the test of choice", has settled bone versus calcium (and nothing is atypical). */
const biopsyAnswered = (ctx: RuleContext): boolean =>
  ctx.interpretation.conclusion === 'confirmed-scho' ||
  (ctx.interpretation.conclusion === 'calcification' &&
    ctx.findings.biopsy === 'calcification-without-bone');

const ANSWERED = reason(
  {
    en: 'The biopsy, the test of choice, has already answered the question: further diagnostic imaging would not change the diagnosis.',
    es: 'La biopsia, prueba de elección, ya ha respondido la pregunta: más pruebas de imagen diagnósticas no cambiarían el diagnóstico.',
  },
  [SEED],
);

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
      reasons: [
        reason(
          {
            en: 'Done; the result is weighed in the conclusion.',
            es: 'Realizada; el resultado se valora en la conclusión.',
          },
          [],
        ),
      ],
    };
  }
  if (study.status === 'skipped' || study.status === 'deferred') {
    const why = SET_ASIDE[study.reason ?? 'none'];
    return {
      modality: id,
      band: 'not-done',
      reasons: [
        reason(
          {
            en: `${study.status === 'skipped' ? 'Skipped' : 'Deferred'}: ${why.en}.`,
            es: `${study.status === 'skipped' ? 'Omitida' : 'Aplazada'}: ${why.es}.`,
          },
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
