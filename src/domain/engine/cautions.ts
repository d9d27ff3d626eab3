import { MDP_ACTIVITY_MBQ } from '../evidence/doses';
import {
  CHILDBEARING_AGE,
  FETAL_DOSE_BELOW_KNEE_MGY,
  MDP_FETAL_DOSE_MGY,
  PATIENT_STATEMENTS,
  PAEDIATRIC_MDP_EFFECTIVE_DOSE_MSV,
} from '../evidence/patient';
import type { LocalizedText } from '../text';
import { fopRaised, type RuleContext } from './context';
import { reason } from '../reason';
import type { Reason } from './types';

/** Mark a reason as a patient caution (see Reason.caution). */
const caution = (r: Reason): Reason => ({ ...r, caution: true });

/**
 * What the patient in front of you changes in the advice for one study: the pregnancy question
 * before an ionising study, children's doses and radiation bands, bleeding advice with a biopsy on
 * antithrombotics, the FOP warning before a biopsy. Each is a sentence with its sources; the
 * advice bands, the next step, its options and the FHIR requests all quote the same sentence.
 */

/** The ionising studies of this workup (a leg film, a bone scan, a CT of the legs). */
export type IonisingStudy = 'xray' | 'scintigraphy' | 'ct';

const S = PATIENT_STATEMENTS;
const es1 = (x: number) => String(x).replace('.', ',');
const join = (...parts: readonly LocalizedText[]): LocalizedText => ({
  en: parts.map((p) => p.en).join(' '),
  es: parts.map((p) => p.es).join(' '),
});
const uniq = (refs: readonly string[]) => [...new Set(refs)];

const ASK: LocalizedText = {
  en: `Pregnancy: ask whether she is or may be pregnant, and record it (asked from ${CHILDBEARING_AGE.from} to ${CHILDBEARING_AGE.to} years when the status is not known).`,
  es: `Embarazo: pregunte si está o puede estar embarazada y regístrelo (se pregunta de ${CHILDBEARING_AGE.from} a ${CHILDBEARING_AGE.to} años si no consta).`,
};
const MAYBE: LocalizedText = {
  en: 'Pregnancy: she may be pregnant.',
  es: 'Embarazo: puede estar embarazada.',
};
const PREGNANT: LocalizedText = { en: 'Pregnant.', es: 'Embarazada.' };

const film = FETAL_DOSE_BELOW_KNEE_MGY.radiography.mean;
const legCt = FETAL_DOSE_BELOW_KNEE_MGY.ct.mean;
const scan8 = MDP_FETAL_DOSE_MGY.week8;

type PregnancyAsked = Exclude<RuleContext['patient']['pregnancy'], 'not-relevant'>;

/**
 * Each ionising study's pregnancy sentence, after its lead (ask / may be / pregnant). One per
 * study: a new ionising study is a compile error here until it has its own.
 */
const PREGNANCY_SENTENCE: Readonly<
  Record<IonisingStudy, (lead: LocalizedText, q: PregnancyAsked) => Reason>
> = {
  xray: (lead) =>
    reason(
      join(lead, {
        en: `A leg film gives the fetus about ${film} mGy (radiography below the knee) and extremity radiography does not require verification of pregnancy status: the film is not withheld for it. Ultrasound answers the same question without radiation.`,
        es: `Una radiografía de la pierna da al feto unos ${es1(film)} mGy (radiografía por debajo de la rodilla) y la radiografía de extremidades no requiere verificar el embarazo: no se retrasa por ello. La ecografía responde a la misma pregunta sin radiación.`,
      }),
      uniq([
        ...S.childbearingAge.refs,
        ...S.fetalDoseBelowKnee.refs,
        ...S.extremityNoVerification.refs,
        'garcia-arpa-2020',
      ]),
    ),
  ct: (lead, q) =>
    reason(
      join(lead, {
        en: `A CT of the legs gives the fetus about ${legCt} mGy (CT below the knee), and CT outside the abdomen and pelvis does not require verification of pregnancy status. For the extent, MRI without contrast has no ionising radiation: ultrasound and MRI are the imaging techniques of choice in pregnancy${q === 'pregnant' ? ', so MRI comes first' : ''}.`,
        es: `Una TC de las piernas da al feto unos ${es1(legCt)} mGy (TC por debajo de la rodilla), y la TC fuera del abdomen y la pelvis no requiere verificar el embarazo. Para la extensión, la RM sin contraste no tiene radiación ionizante: la ecografía y la RM son las técnicas de imagen de elección en el embarazo${q === 'pregnant' ? ', así que la RM va primero' : ''}.`,
      }),
      uniq([
        ...S.childbearingAge.refs,
        ...S.fetalDoseBelowKnee.refs,
        ...S.extremityNoVerification.refs,
        ...S.nonIonisingInPregnancy.refs,
      ]),
    ),
  scintigraphy: (lead, q) =>
    reason(
      join(lead, {
        en: `${q === 'pregnant' ? 'A bone scan is usually not appropriate' : q === 'possibly' ? 'A pregnancy test before a bone scan, which is nuclear medicine' : 'Before a bone scan, which is nuclear medicine, a pregnancy test whenever the status is uncertain'}: at ${MDP_ACTIVITY_MBQ.low}–1,110 MBq it gives the fetus about ${scan8.low}–${scan8.high} mGy at 8 weeks (computed from 4.6 µGy/MBq). Ultrasound, the technique of choice for early diagnosis, answers the same question without radiation, or wait for the date from which a plain film can show the lesion.`,
        es: `${q === 'pregnant' ? 'La gammagrafía ósea no suele ser apropiada' : q === 'possibly' ? 'Prueba de embarazo antes de la gammagrafía ósea, que es medicina nuclear' : 'Antes de la gammagrafía ósea, que es medicina nuclear, prueba de embarazo siempre que el estado sea dudoso'}: con ${MDP_ACTIVITY_MBQ.low}–1.110 MBq da al feto unos ${es1(scan8.low)}–${es1(scan8.high)} mGy a las 8 semanas (calculado con 4,6 µGy/MBq). La ecografía, técnica de elección para el diagnóstico precoz, responde a la misma pregunta sin radiación, o espere a la fecha desde la que la radiografía puede mostrar la lesión.`,
      }),
      uniq([
        ...S.childbearingAge.refs,
        ...S.nuclearMedicineTest.refs,
        ...S.boneScanFetalDose.refs,
        'garcia-arpa-2020',
      ]),
    ),
};

/**
 * The pregnancy sentence for an ionising study, or null when pregnancy is not in question. It
 * always names the non-ionising way to the same answer (ultrasound; MRI without contrast for the
 * extent; waiting for the X-ray date), and states a leg film's tiny fetal dose rather than
 * withholding the film.
 */
function pregnancyCaution(ctx: RuleContext, study: IonisingStudy): Reason | null {
  const q = ctx.patient.pregnancy;
  if (q === 'not-relevant') return null;
  const lead = q === 'ask' ? ASK : q === 'possibly' ? MAYBE : PREGNANT;
  return PREGNANCY_SENTENCE[study](lead, q);
}

/**
 * The bone scan's dose, as the rule texts quote it (`engine.cautions.scan-dose`): the adult
 * figures, or under 18 the paediatric range (the first and last age of the table).
 */
export function scanDose(ctx: RuleContext): { childLowMsv?: number; childHighMsv?: number } {
  if (!ctx.patient.paediatric) return {};
  const [first, , , last] = PAEDIATRIC_MDP_EFFECTIVE_DOSE_MSV;
  return { childLowMsv: first.msv, childHighMsv: last.msv };
}

/** A child's band sentence for a study whose adult figures do not apply. */
const childBand = (text: LocalizedText): Reason =>
  reason(join(text, S.paediatricBands.text), S.paediatricBands.refs);

/** Each ionising study's doses and bands in a child: one per study, so a new one is named. */
const PAEDIATRIC_RADIATION: Readonly<Record<IonisingStudy, () => Reason>> = {
  scintigraphy: () =>
    reason(
      join(S.paediatricActivity.text, S.paediatricEffectiveDose.text),
      uniq([...S.paediatricActivity.refs, ...S.paediatricEffectiveDose.refs]),
    ),
  xray: () =>
    childBand({
      en: 'Under 18: the <0.01 mSv limb-film figure and the adult band are adult ones.',
      es: 'Menor de 18 años: la cifra de <0,01 mSv de la radiografía de extremidades y el nivel del adulto son del adulto.',
    }),
  ct: () =>
    childBand({
      en: 'Under 18: the adult band does not apply.',
      es: 'Menor de 18 años: el nivel del adulto no se aplica.',
    }),
};

/** Children's doses and bands for an ionising study, or null for an adult. */
function paediatricRadiation(ctx: RuleContext, study: IonisingStudy): Reason | null {
  return ctx.patient.paediatric ? PAEDIATRIC_RADIATION[study]() : null;
}

/**
 * Bleeding advice with any biopsy. Never says to stop the drug: the sources say the
 * bleeding risk of a skin biopsy is low, stopping risks thrombosis, check the INR on warfarin,
 * plan haemostasis, and ask the prescriber. Null only when the record says "none".
 */
function bleedingCaution(ctx: RuleContext): Reason | null {
  const a = ctx.patient.antithrombotic;
  if (!a.onAny && !a.unknown) return null;
  const refs = uniq([
    ...S.antithromboticsContinue.refs,
    ...S.antithromboticsStopRisk.refs,
    ...S.accpContinue.refs,
  ]);
  if (a.onAny) {
    return reason(
      {
        en: `Bleeding: on an anticoagulant or antiplatelet drug. Do not stop it for the biopsy: the bleeding risk of a skin biopsy is low, and stopping risks stroke, myocardial infarction, pulmonary embolism and deep vein thrombosis.${a.vka ? ' On warfarin (a vitamin K antagonist), check the INR: avoid the procedure if it is above 3.5.' : ''} Plan haemostasis and tell the patient what to do if it bleeds; ask the prescriber before any change.`,
        es: `Sangrado: toma un anticoagulante o antiagregante. No lo suspenda para la biopsia: el riesgo de sangrado de una biopsia cutánea es bajo y suspenderlo expone a ictus, infarto de miocardio, embolia pulmonar y trombosis venosa profunda.${a.vka ? ' Con warfarina (un antagonista de la vitamina K), compruebe el INR: evite el procedimiento si es mayor de 3,5.' : ''} Prevea la hemostasia y explique al paciente qué hacer si sangra; consulte con quien lo prescribe antes de cualquier cambio.`,
      },
      refs,
    );
  }
  return reason(
    {
      en: 'Bleeding: whether the patient takes an anticoagulant or antiplatelet drug is not recorded: ask before the biopsy. If so, it is usually not stopped for a skin biopsy (the bleeding risk is low; stopping risks thrombosis); on warfarin, check that the INR is not above 3.5; plan haemostasis, and ask the prescriber before any change.',
      es: 'Sangrado: no consta si el paciente toma un anticoagulante o antiagregante: pregúntelo antes de la biopsia. Si lo toma, no suele suspenderse para una biopsia cutánea (el riesgo de sangrado es bajo; suspenderlo expone a trombosis); con warfarina, compruebe que el INR no es mayor de 3,5; prevea la hemostasia y consulte con quien lo prescribe antes de cualquier cambio.',
    },
    refs,
  );
}

/** The FOP warning before any biopsy while FOP is on the differential. */
function fopCaution(ctx: RuleContext): Reason | null {
  if (!fopRaised(ctx)) return null;
  return reason(
    join(S.fopBiopsy.text, {
      en: 'Lesions since childhood keep FOP on the differential: look for congenital hallux valgus and consider ACVR1 genetic testing before any biopsy, and avoid intramuscular injections.',
      es: 'Las lesiones desde la infancia mantienen la FOP en el diagnóstico diferencial: busque un hallux valgus congénito y valore el estudio genético de ACVR1 antes de cualquier biopsia, y evite las inyecciones intramusculares.',
    }),
    S.fopBiopsy.refs,
  );
}

const SIDE: Readonly<Record<'left' | 'right', LocalizedText>> = {
  left: { en: 'left', es: 'izquierda' },
  right: { en: 'right', es: 'derecha' },
};

/**
 * Where to sample, and what the last biopsy taught (the laterality and a wound problem of the last biopsy are
 * read). A biopsy samples a small piece and can miss bone elsewhere (seed).
 */
function biopsySiteAndWound(ctx: RuleContext): Reason[] {
  const out: Reason[] = [];
  const p = ctx.c.patient;
  if (p.laterality === 'bilateral' && (p.worseSide === 'left' || p.worseSide === 'right')) {
    const side = SIDE[p.worseSide];
    out.push(
      reason(
        {
          en: `Both legs, worse on the ${side.en}: sample where the deposit is, usually the worse side; a biopsy takes a small piece and can miss bone lying elsewhere in the plaque.`,
          es: `Ambas piernas, peor la ${side.es}: tome la muestra donde está el depósito, habitualmente el lado peor; la biopsia toma una muestra pequeña y puede no incluir hueso situado en otra parte de la placa.`,
        },
        ['garcia-arpa-2020'],
      ),
    );
  }
  const b = ctx.c.studies.biopsy;
  if (b.status === 'done' && b.woundProblem === true) {
    out.push(
      reason(
        {
          en: 'The earlier biopsy wound healed poorly in this patient: biopsy wounds heal poorly in skin with chronic venous changes (in lipodermatosclerosis, ulcers after biopsy in up to 13%); weigh that before another biopsy.',
          es: 'La herida de la biopsia anterior cicatrizó mal en este paciente: las heridas de biopsia cicatrizan mal en piel con cambios venosos crónicos (en la lipodermatoesclerosis, úlceras tras biopsia hasta en un 13 %); valórelo antes de otra biopsia.',
        },
        ['rheumatologist-lds'],
        true,
      ),
    );
  }
  return out;
}

/** Every caution that goes with any biopsy advice, in reading order (the FOP warning first). */
export function biopsyCautions(ctx: RuleContext): Reason[] {
  return [fopCaution(ctx), bleedingCaution(ctx), ...biopsySiteAndWound(ctx)]
    .filter((r): r is Reason => r !== null)
    .map(caution);
}

/** Every caution that goes with an ionising study's advice, in reading order. */
export function ionisingCautions(ctx: RuleContext, study: IonisingStudy): Reason[] {
  return [pregnancyCaution(ctx, study), paediatricRadiation(ctx, study)]
    .filter((r): r is Reason => r !== null)
    .map(caution);
}
