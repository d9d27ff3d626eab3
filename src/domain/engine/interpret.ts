import type { Case } from '../case/schema';
import { PATIENT_STATEMENTS } from '../evidence/patient';
import type { LocalizedText } from '../text';
import { discordances } from './discordance';
import { reasonsOf, type FindingsSummary } from './findings';
import type { LabPicture } from './labs';
import type { PatientPicture } from './patient';
import { reason } from '../reason';
import { BIOPSY_BONE, BIOPSY_CALCIUM, tissueQuestion } from './tissue';
import type { Conclusion, Discordance, Interpretation, Reason, TissueQuestion } from './types';
import { said, localized } from '../words';

const CONCLUSION_LABELS: Readonly<Record<Conclusion, LocalizedText>> = {
  'confirmed-scho': localized(said('engine.interpret.label.confirmed-scho')),
  'probable-scho': localized(said('engine.interpret.label.probable-scho')),
  calcification: localized(said('engine.interpret.label.calcification')),
  'findings-disagree': localized(said('engine.interpret.label.findings-disagree')),
  atypical: localized(said('engine.interpret.label.atypical')),
  'insufficient-data': localized(said('engine.interpret.label.insufficient-data')),
};

const SEED = 'garcia-arpa-2020';

const NOT_BY_BIOPSY = reason(said('engine.interpret.not-by-biopsy'), [SEED]);

const IMAGING_ONLY_CALCIUM = reason(said('engine.interpret.imaging-only-calcium'), [SEED]);

/**
 * The app's premise is venous disease:
 * CEAP C0 is "no signs" of venous disease (Lurie 2020), and SCHO of the
 * legs is secondary to CVI (seed). Bone here is not called SCHO of CVI.
 */
const NO_VENOUS_DISEASE = reason(said('engine.interpret.no-venous-disease'), [
  SEED,
  'lurie-2020',
  'statpearls-osteoma-cutis',
  'reiter-2011',
]);

/** Pain, read where the source speaks of it: SCHO is "generally asymptomatic". */
function painContext(c: Case): Reason[] {
  const pain = c.patient.pain;
  if (pain !== 'moderate' && pain !== 'severe') return [];
  return [reason(said('engine.interpret.pain', { severe: pain === 'severe' }), [SEED])];
}

const labsNormalReason = reason(said('engine.interpret.labs-normal'), [SEED]);

/**
 * The working conclusion, never stronger than its weakest necessary link:
 * 1. atypical findings (fascia/muscle, another diagnosis on biopsy, childhood onset) — seed: SCHO
 *    "does not involve the fascia or muscles";
 * 1b. no venous disease recorded (CEAP C0) with bone on biopsy or imaging = atypical: never called
 *    SCHO of CVI;
 * 2. bone on biopsy, "the test of choice" = confirmed. Abnormal labs do not undo it: they are
 *    shown as context and a noted discordance;
 * 3. lab flags that point to another cause, without bone on biopsy = atypical;
 * 4. any unresolved discordance (biopsy calcium vs imaging bone; imaging bone vs a normal
 *    informative film or calcium-only imaging) = the findings disagree;
 * 5. calcium without bone on biopsy = calcification;
 * 6. bone on imaging = probable; calcium only on imaging = calcification;
 * 7. otherwise not enough data (scintigraphic uptake alone is not specific for bone).
 */
export function interpret(
  c: Case,
  f: FindingsSummary,
  labs: LabPicture,
  patient: PatientPicture,
): Interpretation {
  const tissue = tissueQuestion(c, f);
  const disc = discordances({ c, findings: f, labs });
  const context = [...labs.flags.map((x) => x.reason), ...labs.context, ...painContext(c)];
  const make: Step['make'] = (conclusion, drivers, whyNotSurer) => ({
    conclusion,
    label: CONCLUSION_LABELS[conclusion],
    drivers,
    tissue,
    discordances: disc,
    whyNotSurer,
    context,
  });
  const step: Step = {
    f,
    labs,
    patient,
    tissue,
    unresolved: disc.filter((d) => d.status === 'unresolved'),
    raisingFlags: labs.flags.filter((x) => x.raises.length > 0).map((x) => x.reason),
    make,
  };
  for (const rule of RULES) {
    const found = rule(step);
    if (found) return found;
  }
  return insufficientData(step);
}

/** What each rule reads, and how it writes its conclusion. */
interface Step {
  readonly f: FindingsSummary;
  readonly labs: LabPicture;
  readonly patient: PatientPicture;
  readonly tissue: TissueQuestion;
  readonly unresolved: readonly Discordance[];
  readonly raisingFlags: readonly Reason[];
  readonly make: (
    conclusion: Conclusion,
    drivers: readonly Reason[],
    whyNotSurer: readonly Reason[],
  ) => Interpretation;
}

/** Features atypical for SCHO in CVI (rule 1). */
function atypicalFeatures({ f, raisingFlags, make }: Step): Interpretation | null {
  if (f.atypical.length > 0) {
    return make(
      'atypical',
      [...reasonsOf(f.atypical), ...raisingFlags],
      [reason(said('engine.interpret.atypical-features'), [SEED])],
    );
  }
  return null;
}

/** No venous disease recorded: a deposit is never called SCHO of CVI (rule 1b). */
function noVenousDisease({ f, patient, make }: Step): Interpretation | null {
  // No venous disease recorded: a deposit is never called SCHO of CVI.
  if (
    patient.noVenousDisease &&
    (f.biopsy === 'ossification' || f.imagingOssification.length > 0)
  ) {
    return make(
      'atypical',
      [
        NO_VENOUS_DISEASE,
        ...(f.biopsy === 'ossification' ? [BIOPSY_BONE] : []),
        ...reasonsOf(f.imagingOssification),
      ],
      [NO_VENOUS_DISEASE],
    );
  }
  return null;
}

/** Bone on biopsy, the test of choice, and nothing unresolved (rule 2). */
function confirmedByBiopsy({ f, labs, unresolved, make }: Step): Interpretation | null {
  if (f.biopsy === 'ossification' && unresolved.length === 0) {
    return make(
      'confirmed-scho',
      [
        BIOPSY_BONE,
        ...reasonsOf(f.imagingOssification),
        ...(labs.normal ? [labsNormalReason] : []),
      ],
      [],
    );
  }
  return null;
}

/** Lab flags that point to another cause, without bone on biopsy (rule 3). */
function labsPointElsewhere({ f, raisingFlags, make }: Step): Interpretation | null {
  if (raisingFlags.length > 0 && f.biopsy !== 'ossification') {
    return make('atypical', raisingFlags, [
      reason(said('engine.interpret.labs-point-elsewhere'), [SEED]),
    ]);
  }
  return null;
}

/** Any unresolved discordance (rule 4). */
function findingsDisagree({ unresolved, make }: Step): Interpretation | null {
  if (unresolved.length > 0) {
    return make(
      'findings-disagree',
      unresolved.map((d) => d.reason),
      unresolved.map((d) => d.resolve),
    );
  }
  return null;
}

/** Calcium without bone on biopsy (rule 5). */
function biopsyCalcium({ f, make }: Step): Interpretation | null {
  if (f.biopsy === 'calcification-without-bone') {
    // HAZ-19: even histology is a sample. Calcium without bone in one biopsy does not show that
    // no bone lies elsewhere in the plaque (the same reasoning as the discordance rules).
    return make(
      'calcification',
      [BIOPSY_CALCIUM, ...reasonsOf(f.imagingCalcification)],
      [reason(said('engine.interpret.biopsy-may-miss-bone'), [SEED])],
    );
  }
  return null;
}

/** Bone, or calcium only, on imaging (rule 6). */
function imagingOnly({ f, labs, tissue, make }: Step): Interpretation | null {
  if (f.imagingOssification.length > 0) {
    return make(
      'probable-scho',
      [
        ...reasonsOf(f.imagingOssification),
        ...(f.scintigraphyUptake ? [f.scintigraphyUptake.reason] : []),
        ...(labs.normal ? [labsNormalReason] : []),
        NOT_BY_BIOPSY,
      ],
      [NOT_BY_BIOPSY, ...tissue.evidenceAgainst],
    );
  }
  if (f.imagingCalcification.length > 0) {
    return make('calcification', reasonsOf(f.imagingCalcification), [
      IMAGING_ONLY_CALCIUM,
      ...tissue.evidenceAgainst,
    ]);
  }
  return null;
}

/** Otherwise not enough data (rule 7): scintigraphic uptake alone is not specific for bone. */
function insufficientData({ f, tissue, make }: Step): Interpretation {
  const unreadable = f.unreadable.map((u) => u.reason);
  const whyNot =
    tissue.answer === 'none-seen'
      ? [
          reason(said('engine.interpret.no-deposit-yet'), [SEED]),
          ...tissue.evidenceFor,
          ...reasonsOf(f.normalNotExcluding),
          ...unreadable,
        ]
      : [
          reason(said('engine.interpret.nothing-shown-yet'), [SEED]),
          ...reasonsOf(f.normalNotExcluding),
          ...unreadable,
        ];
  const uptake = PATIENT_STATEMENTS.uptakeNotSpecific;
  return make(
    'insufficient-data',
    f.scintigraphyUptake
      ? [f.scintigraphyUptake.reason, reason(uptake.text, uptake.refs, uptake.extrapolated)]
      : [],
    whyNot,
  );
}

/** The rules in the order above; the first that concludes wins. */
const RULES: readonly ((s: Step) => Interpretation | null)[] = [
  atypicalFeatures,
  noVenousDisease,
  confirmedByBiopsy,
  labsPointElsewhere,
  findingsDisagree,
  biopsyCalcium,
  imagingOnly,
];
