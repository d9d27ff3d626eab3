import { MDP_ACTIVITY_MBQ } from '../evidence/doses';
import {
  CHILDBEARING_AGE,
  FETAL_DOSE_BELOW_KNEE_MGY,
  MDP_FETAL_DOSE_MGY,
  PATIENT_STATEMENTS,
  PAEDIATRIC_MDP_EFFECTIVE_DOSE_MSV,
} from '../evidence/patient';
import type { LocalizedText } from '../text';
import { joinTexts } from '../text-by-language';
import { fopRaised, type RuleContext } from './context';
import { reason } from '../reason';
import type { Reason } from './types';
import { said, localized } from '../words';

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
const join = (...parts: readonly LocalizedText[]): LocalizedText => joinTexts(parts);
const uniq = (refs: readonly string[]) => [...new Set(refs)];

const ASK: LocalizedText = localized(
  said('engine.cautions.pregnancy.ask', { from: CHILDBEARING_AGE.from, to: CHILDBEARING_AGE.to }),
);
const MAYBE: LocalizedText = localized(said('engine.cautions.pregnancy.maybe'));
const PREGNANT: LocalizedText = localized(said('engine.cautions.pregnancy.pregnant'));

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
      join(lead, localized(said('engine.cautions.pregnancy.xray', { mgy: film }))),
      uniq([
        ...S.childbearingAge.refs,
        ...S.fetalDoseBelowKnee.refs,
        ...S.extremityNoVerification.refs,
        'garcia-arpa-2020',
      ]),
    ),
  ct: (lead, q) =>
    reason(
      join(
        lead,
        localized(said('engine.cautions.pregnancy.ct', { mgy: legCt, pregnant: q === 'pregnant' })),
      ),
      uniq([
        ...S.childbearingAge.refs,
        ...S.fetalDoseBelowKnee.refs,
        ...S.extremityNoVerification.refs,
        ...S.nonIonisingInPregnancy.refs,
      ]),
    ),
  scintigraphy: (lead, q) =>
    reason(
      join(
        lead,
        localized(
          said('engine.cautions.pregnancy.scintigraphy', {
            asked: q,
            mbq: MDP_ACTIVITY_MBQ.low,
            low: scan8.low,
            high: scan8.high,
          }),
        ),
      ),
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
  xray: () => childBand(localized(said('engine.cautions.paediatric.xray-band'))),
  ct: () => childBand(localized(said('engine.cautions.paediatric.ct-band'))),
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
    return reason(said('engine.cautions.bleeding.on-drug', { vka: a.vka }), refs);
  }
  return reason(said('engine.cautions.bleeding.unknown'), refs);
}

/** The FOP warning before any biopsy while FOP is on the differential. */
function fopCaution(ctx: RuleContext): Reason | null {
  if (!fopRaised(ctx)) return null;
  return reason(
    join(S.fopBiopsy.text, localized(said('engine.cautions.fop.before-biopsy'))),
    S.fopBiopsy.refs,
  );
}

/**
 * Where to sample, and what the last biopsy taught (the laterality and a wound problem of the last biopsy are
 * read). A biopsy samples a small piece and can miss bone elsewhere (seed).
 */
function biopsySiteAndWound(ctx: RuleContext): Reason[] {
  const out: Reason[] = [];
  const p = ctx.c.patient;
  if (p.laterality === 'bilateral' && (p.worseSide === 'left' || p.worseSide === 'right')) {
    out.push(
      reason(said('engine.cautions.biopsy.worse-side', { side: p.worseSide }), [
        'garcia-arpa-2020',
      ]),
    );
  }
  const b = ctx.c.studies.biopsy;
  if (b.status === 'done' && b.woundProblem === true) {
    out.push(
      reason(said('engine.cautions.biopsy.wound-healed-poorly'), ['rheumatologist-lds'], true),
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
