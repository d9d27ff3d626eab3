import type { DifferentialId } from '../evidence/differential';
import { PATIENT_STATEMENTS } from '../evidence/patient';
import { boneShown, fopRaised, type RuleContext } from './context';
import { reason } from '../reason';
import { ADVANCED_CEAP } from './risk';
import type { DifferentialItem, Reason } from './types';

interface DifferentialRule {
  /** A reason when something in this case points to the entity, else null. */
  readonly raisedBy: (ctx: RuleContext) => Reason | null;
  /** When to list it as "keep in mind" although nothing points to it. */
  readonly considerWhen: (ctx: RuleContext) => Reason | null;
}

/** The first lab flag that points to this entity (labs.ts says which flag raises what). */
const labFlagRaising = (ctx: RuleContext, id: DifferentialId): Reason | null =>
  ctx.labs.flags.find((f) => f.raises.includes(id))?.reason ?? null;

const labsNotDone = (ctx: RuleContext) => ctx.c.studies.labs.status !== 'done';
const calcified = (ctx: RuleContext) =>
  ctx.findings.imagingCalcification.length > 0 ||
  ctx.findings.biopsy === 'calcification-without-bone';

const labsUnknownReason = reason(
  {
    en: 'Labs not yet done: normal phospho-calcium metabolism is expected in SCHO and would make this less likely.',
    es: 'Analítica aún no realizada: en la osificación subcutánea se espera un metabolismo fosfocálcico normal, lo que haría esto menos probable.',
  },
  ['garcia-arpa-2020'],
);

/**
 * When each alternative is raised by this case or kept in mind, in the order they are listed;
 * keyed by every DifferentialId, so a new diagnosis is a compile error here until it has its rule
 * (or says it has none). Discriminators and the tests
 * that settle each one live with the entity in the evidence registry (evidence/differential.ts).
 */
const DIFFERENTIAL_RULES: Readonly<Record<DifferentialId, DifferentialRule | null>> = {
  'metastatic-calcinosis': {
    raisedBy: (ctx) => labFlagRaising(ctx, 'metastatic-calcinosis'),
    considerWhen: (ctx) => (labsNotDone(ctx) ? labsUnknownReason : null),
  },
  calciphylaxis: {
    raisedBy: (ctx) =>
      ctx.patient.kidney.advanced ||
      ctx.labs.flags.some((f) => f.id === 'kidney') ||
      ctx.c.patient.skin?.includes('necrosis')
        ? reason(
            {
              en: 'Kidney disease or skin necrosis: calciphylaxis must be excluded (creatinine, Ca, P, ALP, albumin, PTH; biopsy is often falsely negative).',
              es: 'Enfermedad renal o necrosis cutánea: hay que descartar calcifilaxis (creatinina, Ca, P, FA, albúmina, PTH; la biopsia a menudo es falsamente negativa).',
            },
            ['emedicine-calcinosis', 'kroshinsky-calciphylaxis'],
          )
        : null,
    // Milder CKD (G1–G3b): kept in mind, not raised (end-stage renal disease is its setting).
    considerWhen: (ctx) =>
      ctx.patient.kidney.disease
        ? reason(
            {
              en: 'Chronic kidney disease recorded: calciphylaxis is seen mainly in end-stage renal disease, with skin necrosis; keep it in mind.',
              es: 'Enfermedad renal crónica registrada: la calcifilaxis se ve sobre todo en la enfermedad renal terminal, con necrosis cutánea; téngala en cuenta.',
            },
            ['kroshinsky-calciphylaxis'],
          )
        : null,
  },
  'dystrophic-calcinosis': {
    raisedBy: (ctx) =>
      calcified(ctx)
        ? ctx.labs.normal
          ? reason(
              {
                en: 'Calcium without bone on imaging or biopsy, with normal labs: dystrophic calcinosis after local tissue injury.',
                es: 'Calcio sin hueso en la imagen o la biopsia, con analítica normal: calcinosis distrófica tras lesión tisular local.',
              },
              ['reiter-2011'],
            )
          : reason(
              // Never print "with normal labs" when the labs are not known.
              {
                en: 'Calcium without bone on imaging or biopsy: dystrophic calcinosis after local tissue injury, if the labs are normal (not yet known to be).',
                es: 'Calcio sin hueso en la imagen o la biopsia: calcinosis distrófica tras lesión tisular local, si la analítica es normal (aún no consta).',
              },
              ['reiter-2011'],
            )
        : null,
    considerWhen: (ctx) =>
      !boneShown(ctx)
        ? reason(
            {
              en: 'Until bone is shown, a calcium deposit without bone remains possible.',
              es: 'Mientras no se demuestre hueso, un depósito de calcio sin hueso sigue siendo posible.',
            },
            ['reiter-2011', 'garcia-arpa-2020'],
          )
        : null,
  },
  'idiopathic-calcinosis': {
    raisedBy: () => null,
    considerWhen: (ctx) =>
      calcified(ctx) && ctx.labs.normal
        ? reason(
            {
              en: 'Calcification with normal labs and no local cause found.',
              es: 'Calcificación con analítica normal y sin causa local identificada.',
            },
            ['reiter-2011'],
          )
        : null,
  },
  'myositis-ossificans': {
    raisedBy: (ctx) => ctx.findings.atypical.find((f) => f.kind === 'deep')?.reason ?? null,
    considerWhen: () => null,
  },
  'aho-php': {
    raisedBy: (ctx) =>
      labFlagRaising(ctx, 'aho-php') ?? (ctx.c.patient.childhoodOnset === true ? childhood : null),
    considerWhen: () => null,
  },
  poh: {
    raisedBy: (ctx) => (ctx.c.patient.childhoodOnset === true ? childhood : null),
    considerWhen: () => null,
  },
  fop: {
    // With FOP on the differential, say before anything else that a biopsy
    // (and any trauma) can provoke the disease (GeneReviews).
    raisedBy: (ctx) =>
      fopRaised(ctx)
        ? {
            text: {
              en: `${childhood.text.en} ${PATIENT_STATEMENTS.fopBiopsy.text.en}`,
              es: `${childhood.text.es} ${PATIENT_STATEMENTS.fopBiopsy.text.es}`,
            },
            refs: [...new Set([...childhood.refs, ...PATIENT_STATEMENTS.fopBiopsy.refs])],
          }
        : null,
    considerWhen: () => null,
  },
  'osteoma-cutis': {
    raisedBy: (ctx) =>
      boneShown(ctx) && ctx.c.patient.ceap !== undefined && !ADVANCED_CEAP.has(ctx.c.patient.ceap)
        ? reason(
            {
              en: `Bone in the skin without advanced venous disease (CEAP ${ctx.c.patient.ceap}): consider osteoma cutis.`,
              es: `Hueso en la piel sin enfermedad venosa avanzada (CEAP ${ctx.c.patient.ceap}): valore osteoma cutis.`,
            },
            ['statpearls-osteoma-cutis', 'jvs-vl-cvd-calcification'],
          )
        : null,
    considerWhen: (ctx) =>
      boneShown(ctx)
        ? reason(
            {
              en: 'Dermal bone has other causes: primary osteoma cutis (15%) or secondary (85%).',
              es: 'El hueso dérmico tiene otras causas: osteoma cutis primario (15 %) o secundario (85 %).',
            },
            ['statpearls-osteoma-cutis'],
          )
        : null,
  },
  lipodermatosclerosis: {
    raisedBy: (ctx) =>
      ctx.c.patient.ceap === 'C4b' && !boneShown(ctx) && !calcified(ctx)
        ? reason(
            {
              en: 'CEAP C4b (lipodermatosclerosis) with no deposit shown yet: the hard leg may be lipodermatosclerosis itself, a clinical diagnosis in which biopsy is best avoided.',
              es: 'CEAP C4b (lipodermatoesclerosis) sin depósito demostrado: la pierna dura puede ser la propia lipodermatoesclerosis, un diagnóstico clínico en el que conviene evitar la biopsia.',
            },
            ['rheumatologist-lds', 'lurie-2020'],
          )
        : null,
    considerWhen: (ctx) =>
      !boneShown(ctx) && !calcified(ctx)
        ? reason(
            {
              en: 'A hard lower leg in CVI may be lipodermatosclerosis (inverted champagne-bottle leg).',
              es: 'Una pierna dura en la insuficiencia venosa puede ser lipodermatoesclerosis (pierna en botella de champán invertida).',
            },
            ['rheumatologist-lds'],
          )
        : null,
  },
  // The working diagnosis itself, not an alternative to it.
  'scho-cvi': null,
};

const childhood = reason(
  {
    en: 'Lesions since childhood: primary and genetic forms (POH, AHO, FOP) start in infancy or childhood.',
    es: 'Lesiones desde la infancia: las formas primarias y genéticas (HOP, OHA, FOP) empiezan en la infancia.',
  },
  ['omim-166350', 'linglart-2018', 'genereviews-fop'],
);

/** The differential for this case: raised items first, then those to keep in mind. */
export function differential(ctx: RuleContext): DifferentialItem[] {
  const raised: DifferentialItem[] = [];
  const consider: DifferentialItem[] = [];
  for (const [id, rule] of Object.entries(DIFFERENTIAL_RULES) as [
    DifferentialId,
    DifferentialRule | null,
  ][]) {
    if (!rule) continue;
    const why = rule.raisedBy(ctx);
    if (why) {
      raised.push({ id, weight: 'raised', why });
      continue;
    }
    const maybe = rule.considerWhen(ctx);
    if (maybe) consider.push({ id, weight: 'consider', why: maybe });
  }
  return [...raised, ...consider];
}
