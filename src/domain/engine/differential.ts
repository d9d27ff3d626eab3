import type { DifferentialId } from '../evidence/differential';
import { PATIENT_STATEMENTS } from '../evidence/patient';
import { boneShown, fopRaised, type RuleContext } from './context';
import { reason } from '../reason';
import { joinTexts } from '../text-by-language';
import { ADVANCED_CEAP } from './risk';
import type { DifferentialItem, Reason } from './types';
import { said } from '../words';

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

const labsUnknownReason = reason(said('engine.differential.labs-unknown'), ['garcia-arpa-2020']);

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
        ? reason(said('engine.differential.calciphylaxis.raised'), [
            'emedicine-calcinosis',
            'kroshinsky-calciphylaxis',
          ])
        : null,
    // Milder CKD (G1–G3b): kept in mind, not raised (end-stage renal disease is its setting).
    considerWhen: (ctx) =>
      ctx.patient.kidney.disease
        ? reason(said('engine.differential.calciphylaxis.ckd'), ['kroshinsky-calciphylaxis'])
        : null,
  },
  'dystrophic-calcinosis': {
    raisedBy: (ctx) =>
      calcified(ctx)
        ? ctx.labs.normal
          ? reason(said('engine.differential.dystrophic.labs-normal'), ['reiter-2011'])
          : reason(
              // Never print "with normal labs" when the labs are not known.
              said('engine.differential.dystrophic.labs-unknown'),
              ['reiter-2011'],
            )
        : null,
    considerWhen: (ctx) =>
      !boneShown(ctx)
        ? reason(said('engine.differential.calcinosis.until-bone'), [
            'reiter-2011',
            'garcia-arpa-2020',
          ])
        : null,
  },
  'idiopathic-calcinosis': {
    raisedBy: () => null,
    considerWhen: (ctx) =>
      calcified(ctx) && ctx.labs.normal
        ? reason(said('engine.differential.idiopathic-calcinosis'), ['reiter-2011'])
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
            text: joinTexts([childhood.text, PATIENT_STATEMENTS.fopBiopsy.text]),
            refs: [...new Set([...childhood.refs, ...PATIENT_STATEMENTS.fopBiopsy.refs])],
          }
        : null,
    considerWhen: () => null,
  },
  'osteoma-cutis': {
    raisedBy: (ctx) =>
      boneShown(ctx) && ctx.c.patient.ceap !== undefined && !ADVANCED_CEAP.has(ctx.c.patient.ceap)
        ? reason(said('engine.differential.osteoma-cutis.raised', { ceap: ctx.c.patient.ceap }), [
            'statpearls-osteoma-cutis',
            'jvs-vl-cvd-calcification',
          ])
        : null,
    considerWhen: (ctx) =>
      boneShown(ctx)
        ? reason(said('engine.differential.osteoma-cutis.consider'), ['statpearls-osteoma-cutis'])
        : null,
  },
  lipodermatosclerosis: {
    raisedBy: (ctx) =>
      ctx.c.patient.ceap === 'C4b' && !boneShown(ctx) && !calcified(ctx)
        ? reason(said('engine.differential.lipodermatosclerosis.raised'), [
            'rheumatologist-lds',
            'lurie-2020',
          ])
        : null,
    considerWhen: (ctx) =>
      !boneShown(ctx) && !calcified(ctx)
        ? reason(said('engine.differential.lipodermatosclerosis.consider'), ['rheumatologist-lds'])
        : null,
  },
  // The working diagnosis itself, not an alternative to it.
  'scho-cvi': null,
};

const childhood = reason(said('engine.differential.childhood-onset'), [
  'omim-166350',
  'linglart-2018',
  'genereviews-fop',
]);

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
