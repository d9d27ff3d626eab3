import type { Case } from '../case/schema';
import { addDays, daysBetween, isIsoDate } from '../dates';
import type { FindingsSummary } from './findings';
import type { LabPicture } from './labs';
import { reason } from '../reason';
import { dayPhrase, XRAY_BLIND_DAYS } from './timing';
import { isOpen, isSetAside, type RuleContext } from './context';
import type { Discordance, StepId } from './types';

const SEED = 'garcia-arpa-2020';

/** What the discordance rules read (the case and what was derived from it before interpreting). */
export interface DiscordanceInput {
  readonly c: Case;
  readonly findings: FindingsSummary;
  readonly labs: LabPicture;
}

/**
 * A normal plain film that counts: done, normal, dated on or after day 14 from onset. The seed
 * says only that a film "may not show alterations until 10–14 days"; later it lowers but does not
 * remove suspicion (in neurogenic heterotopic ossification, X-ray positive 2–6 weeks after a positive bone scan; SCIRE).
 */
function normalFilmDay(c: Case): number | null {
  const x = c.studies.xray;
  const onset = c.patient.onsetDate;
  if (x.status !== 'done' || x.pattern !== 'normal' || !onset || !x.date) return null;
  if (!isIsoDate(onset) || !isIsoDate(x.date)) return null;
  const d = daysBetween(onset, x.date);
  return d >= 0 ? d : null;
}

interface DiscordanceRule {
  readonly id: string;
  /** The discordance, or null when this rule does not apply to the case. */
  readonly find: (i: DiscordanceInput) => Discordance | null;
  /**
   * The step that settles it while it is unresolved (an open item's step and the next step's):
   * an action, never "complete". Required, so a new disagreement chooses its own (most take
   * `usualSettlingStep`).
   */
  readonly settledBy: (ctx: RuleContext, d: Discordance) => StepId;
}

/**
 * The usual step that settles an unresolved discordance, in the order the sources prefer: a timing
 * disagreement by the later film (non-invasive); otherwise biopsy, the test of choice (a deeper or
 * repeat one when it was done); when the clinician has set the biopsy aside, the non-invasive
 * study that can still tell bone from calcium.
 */
const usualSettlingStep = (ctx: RuleContext, d: Discordance): StepId => {
  if (d.timingMayExplain && !isSetAside(ctx, 'xray')) return 'xray';
  if (!isSetAside(ctx, 'biopsy')) return 'biopsy';
  if (isOpen(ctx, 'ct')) return 'ctmri';
  return 'xray';
};

const bonyImagingOtherThanXray = (i: DiscordanceInput) =>
  i.findings.imagingOssification.filter((f) => f.modality !== 'xray');

/**
 * A film that lags: in neurogenic heterotopic ossification, X-ray turned positive about 2–6 weeks
 * after a positive bone scan (SCIRE; extrapolated). A normal film taken before 6 weeks after onset
 * beside bone elsewhere may be a matter of timing, and a later film can settle it without a biopsy.
 */
const FILM_LAG_DAYS = 42;

/** The date from which a repeat film could show what an earlier normal one missed (onset + 6 weeks). */
export const repeatFilmFrom = (c: Case): string | null =>
  c.patient.onsetDate && isIsoDate(c.patient.onsetDate)
    ? addDays(c.patient.onsetDate, FILM_LAG_DAYS)
    : null;

/**
 * Each way findings can disagree, what it means, and what resolves it. A discordance is
 * 'unresolved' when it leaves the tissue question open (the conclusion then says the findings
 * disagree), or 'noted' when the stronger evidence stands but the reader must see the conflict.
 * None is ever settled silently.
 */
const DISCORDANCE_RULES: readonly DiscordanceRule[] = [
  {
    // Seed: biopsy is "the test of choice", showing "bone deposits in the dermis
    // and fat"; imaging bone patterns: "hyperechogenic images with a posterior acoustic shadow",
    // "reticulated opacities with bone density", "trabecular/reticular" plaques on CT.
    id: 'biopsy-calcium-imaging-bone',
    // A deeper or larger biopsy from the area imaging shows as bone settles it.
    settledBy: () => 'biopsy',
    find: ({ findings: f }) =>
      f.biopsy === 'calcification-without-bone' && f.imagingOssification.length > 0
        ? {
            id: 'biopsy-calcium-imaging-bone',
            status: 'unresolved',
            reason: reason(
              {
                en: 'The biopsy shows calcium without bone, but imaging shows a bone pattern. A biopsy samples a small piece and may miss bone lying elsewhere in the plaque; the imaging may also be misread.',
                es: 'La biopsia muestra calcio sin hueso, pero la imagen muestra un patrón óseo. La biopsia toma una muestra pequeña y puede no incluir hueso situado en otra parte de la placa; la imagen también puede malinterpretarse.',
              },
              [SEED],
            ),
            resolve: reason(
              {
                en: 'Review the imaging with the radiologist and the slides with the pathologist, side by side; if bone is still seen on imaging, consider a deeper or larger biopsy from the area the imaging shows as bone.',
                es: 'Revise la imagen con el radiólogo y las preparaciones con el patólogo, en paralelo; si la imagen sigue mostrando hueso, valore una biopsia más profunda o amplia de la zona que la imagen muestra como hueso.',
              },
              [SEED],
            ),
          }
        : null,
  },
  {
    // The reverse. Seed: most SCHO is "secondary to heterogeneous pre-existing lesions, including
    // calcifications", so calcium on imaging beside bone on biopsy is expected, not a conflict
    // that undoes the biopsy.
    id: 'biopsy-bone-imaging-calcium',
    settledBy: usualSettlingStep,
    find: ({ findings: f }) =>
      f.biopsy === 'ossification' &&
      f.imagingCalcification.length > 0 &&
      f.imagingOssification.length === 0
        ? {
            id: 'biopsy-bone-imaging-calcium',
            status: 'noted',
            reason: reason(
              {
                en: 'The biopsy shows bone, while imaging shows only calcium. Bone on biopsy stays bone; SCHO often arises in pre-existing calcification, so both can be present.',
                es: 'La biopsia muestra hueso, mientras que la imagen solo muestra calcio. El hueso en la biopsia sigue siendo hueso; la osificación subcutánea suele asentar sobre calcificaciones previas, así que ambos pueden coexistir.',
              },
              [SEED],
            ),
            resolve: reason(
              {
                en: 'No further test is needed for the diagnosis; CT can show the extent of bone if excision is considered.',
                es: 'No hace falta otra prueba para el diagnóstico; la TC puede mostrar la extensión del hueso si se plantea la exéresis.',
              },
              [SEED, 'insights-imaging-2013'],
            ),
          }
        : null,
  },
  {
    // A normal informative film beside a bone finding on another study.
    id: 'bone-vs-normal-film',
    settledBy: usualSettlingStep,
    find: (i) => {
      const day = normalFilmDay(i.c);
      const bone = bonyImagingOtherThanXray(i);
      if (day === null || day < XRAY_BLIND_DAYS.to || bone.length === 0) return null;
      const biopsyBone = i.findings.biopsy === 'ossification';
      const timing = !biopsyBone && day < FILM_LAG_DAYS;
      const from = repeatFilmFrom(i.c);
      return {
        id: 'bone-vs-normal-film',
        status: biopsyBone ? 'noted' : 'unresolved',
        ...(timing ? { timingMayExplain: true as const } : {}),
        reason: reason(
          {
            en: `A plain film taken on ${dayPhrase(day).en} (past the 10–14 days in which a film may be normal) was normal, while another study shows a bone pattern. A normal film at this stage lowers the suspicion but does not remove it: in neurogenic heterotopic ossification, X-ray became positive about 2–6 weeks after a positive bone scan.${timing ? ' Timing may explain this disagreement: the film was taken within those 6 weeks.' : ''}`,
            es: `Una radiografía hecha el ${dayPhrase(day).es} (pasados los 10–14 días en que puede ser normal) fue normal, mientras otra prueba muestra un patrón óseo. Una radiografía normal en este momento reduce la sospecha pero no la elimina: en la osificación heterotópica neurógena, la radiografía se hizo positiva unas 2–6 semanas después de una gammagrafía positiva.${timing ? ' El momento puede explicar esta discrepancia: la radiografía se hizo dentro de esas 6 semanas.' : ''}`,
          },
          [SEED, 'scire-ho'],
          true,
        ),
        resolve: biopsyBone
          ? reason(
              {
                en: 'The biopsy, the test of choice, has shown bone: it settles the question.',
                es: 'La biopsia, la prueba de elección, ha mostrado hueso: resuelve la cuestión.',
              },
              [SEED],
            )
          : timing && from
            ? reason(
                {
                  en: `A repeat plain film from ${from} (6 weeks after onset) settles it without a biopsy: low dose, and by then a film has had the time it lagged in other heterotopic ossification. Biopsy, the test of choice, settles it now if the answer cannot wait.`,
                  es: `Una radiografía repetida a partir del ${from} (6 semanas tras el inicio) lo resuelve sin biopsia: dosis baja, y para entonces la radiografía ha tenido el tiempo que tardó en otras osificaciones heterotópicas. La biopsia, la prueba de elección, lo resuelve ya si la respuesta no puede esperar.`,
                },
                [SEED, 'scire-ho', 'acr-rrl'],
                true,
              )
            : reason(
                {
                  en: 'Review both studies together; biopsy, the test of choice, settles bone versus no bone.',
                  es: 'Revise ambas pruebas juntas; la biopsia, la prueba de elección, decide si hay hueso o no.',
                },
                [SEED],
              ),
      };
    },
  },
  {
    // CT/MRI or ultrasound shows only calcium while another study shows bone.
    id: 'imaging-bone-vs-imaging-calcium',
    settledBy: usualSettlingStep,
    find: ({ findings: f }) =>
      f.imagingOssification.length > 0 &&
      f.imagingCalcification.length > 0 &&
      f.biopsy !== 'ossification' &&
      f.biopsy !== 'calcification-without-bone'
        ? {
            id: 'imaging-bone-vs-imaging-calcium',
            status: 'unresolved',
            reason: reason(
              {
                en: 'Imaging disagrees: one study shows a bone pattern, another only calcium. Calcification and ossification can coexist in CVI, so imaging alone cannot say which dominates.',
                es: 'La imagen discrepa: una prueba muestra patrón óseo y otra solo calcio. Calcificación y osificación pueden coexistir en la insuficiencia venosa, así que la imagen sola no puede decir cuál predomina.',
              },
              [SEED],
            ),
            resolve: reason(
              {
                en: 'Biopsy, the test of choice, tells bone from calcium (weigh the poor wound healing of CVI skin). Timing may explain it: calcification can precede mature bone (in heterotopic ossification on CT, amorphous calcification matures into bone), so a later film can show the maturation without a biopsy.',
                es: 'La biopsia, la prueba de elección, distingue hueso de calcio (valore la mala cicatrización de la piel con insuficiencia venosa). El momento puede explicarlo: la calcificación puede preceder al hueso maduro (en la osificación heterotópica en TC, la calcificación amorfa madura hasta hueso), así que una radiografía posterior puede mostrar la maduración sin biopsia.',
              },
              [SEED, 'rheumatologist-lds', 'insights-imaging-2013'],
              true,
            ),
          }
        : null,
  },
  {
    // Bone on biopsy beside abnormal labs. The bone stands; the labs are context.
    id: 'biopsy-bone-abnormal-labs',
    settledBy: usualSettlingStep,
    find: ({ findings: f, labs }) =>
      f.biopsy === 'ossification' && labs.flags.some((x) => x.raises.length > 0)
        ? {
            id: 'biopsy-bone-abnormal-labs',
            status: 'noted',
            reason: reason(
              {
                en: 'The biopsy shows bone, but the labs are not the normal phospho-calcium metabolism expected in SCHO. Bone on biopsy stays bone; the labs point to a second process to work up.',
                es: 'La biopsia muestra hueso, pero la analítica no es el metabolismo fosfocálcico normal esperado en la osificación subcutánea. El hueso en la biopsia sigue siendo hueso; la analítica orienta a un segundo proceso que estudiar.',
              },
              [SEED],
            ),
            resolve: reason(
              {
                en: 'Repeat the abnormal values and work up their cause (see the lab flags and the differential).',
                es: 'Repita los valores alterados y estudie su causa (vea las alertas analíticas y el diagnóstico diferencial).',
              },
              [SEED, 'emedicine-calcinosis'],
            ),
          }
        : null,
  },
];

/** The step that settles an unresolved discordance (its rule says which). */
export function discordanceStep(ctx: RuleContext, d: Discordance): StepId {
  const rule = DISCORDANCE_RULES.find((r) => r.id === d.id);
  return (rule?.settledBy ?? usualSettlingStep)(ctx, d);
}

export function discordances(i: DiscordanceInput): Discordance[] {
  return DISCORDANCE_RULES.map((r) => r.find(i)).filter((d): d is Discordance => d !== null);
}
