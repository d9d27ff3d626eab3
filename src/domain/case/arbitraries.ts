/**
 * fast-check generators of schema-valid cases, for property tests only (never imported by the
 * app, so fast-check stays out of the bundle).
 */
import fc from 'fast-check';
import { addDays } from '../dates';
import { HISTOLOGY } from '../modalities/biopsy/schema';
import { CROSS_SECTIONAL_PATTERNS } from '../modalities/cross-sectional/schema';
import { SCINT_PATTERNS } from '../modalities/scintigraphy/schema';
import { US_PATTERNS } from '../modalities/ultrasound/schema';
import { XRAY_PATTERNS } from '../modalities/xray/schema';
import {
  ANTITHROMBOTICS,
  CASE_SCHEMA_VERSION,
  CEAP_CLASSES,
  CKD_STAGES,
  DEPTHS,
  DIALYSIS_STATUSES,
  LAB_FLAGS,
  LATERALITIES,
  PAIN_LEVELS,
  PREGNANCY_STATUSES,
  SEXES,
  SKIN_SIGNS,
  SKIP_REASONS,
  STUDY_STATUSES,
  WORSE_SIDES,
  type Case,
} from './schema';

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** A date up to two years before `today` (never in the future). */
const pastDate = (today: string) => fc.integer({ min: 0, max: 730 }).map((d) => addDays(today, -d));
const bool = opt(fc.boolean());

const studyBase = (today: string) => ({
  status: fc.constantFrom(...STUDY_STATUSES),
  reason: opt(fc.constantFrom(...SKIP_REASONS)),
  date: opt(pastDate(today)),
  note: opt(fc.string({ maxLength: 40 })),
});

const labValue = <U extends string>(units: readonly U[]) =>
  opt(
    fc.record(
      {
        value: opt(fc.double({ min: 0, max: 500, noNaN: true })),
        unit: opt(fc.constantFrom(...units)),
        flag: opt(fc.constantFrom(...LAB_FLAGS)),
      },
      { requiredKeys: [] },
    ),
  );

/**
 * The antithrombotic answer: none, not known, or one or more drugs (the schema refuses "none" or
 * "not known" beside a drug).
 */
const antithrombotics = fc.oneof(
  fc.constant(['none' as const]),
  fc.constant(['unknown' as const]),
  fc.uniqueArray(
    fc.constantFrom(
      ...ANTITHROMBOTICS.filter(
        (a): a is Exclude<(typeof ANTITHROMBOTICS)[number], 'none' | 'unknown'> =>
          a !== 'none' && a !== 'unknown',
      ),
    ),
    { minLength: 1 },
  ),
);

/** Any valid case whose dates are on or before `today`. */
export function arbitraryCase(today: string): fc.Arbitrary<Case> {
  const base = studyBase(today);
  const cross = fc.record({
    ...base,
    pattern: opt(fc.constantFrom(...CROSS_SECTIONAL_PATTERNS)),
    depth: opt(fc.constantFrom(...DEPTHS)),
  });
  return fc.record({
    schemaVersion: fc.constant(CASE_SCHEMA_VERSION),
    id: fc.uuid(),
    label: fc
      .string({ minLength: 1, maxLength: 30 })
      .filter((s) => s.trim().length > 0)
      .map((s) => s.trim()),
    createdAt: fc.constant(`${today}T08:00:00.000Z`),
    updatedAt: fc.constant(`${today}T08:00:00.000Z`),
    patient: fc.record(
      {
        // Children, adolescents, women of childbearing age and older adults all come up often.
        age: opt(
          fc.oneof(
            fc.integer({ min: 0, max: 17 }),
            fc.integer({ min: 12, max: 55 }),
            fc.integer({ min: 0, max: 120 }),
          ),
        ),
        sex: opt(fc.constantFrom(...SEXES)),
        obesity: bool,
        cviYears: opt(fc.integer({ min: 0, max: 100 })),
        longStandingCvi: bool,
        ceap: opt(fc.constantFrom(...CEAP_CLASSES)),
        priorDvt: bool,
        immobility: bool,
        onsetDate: opt(pastDate(today)),
        laterality: opt(fc.constantFrom(...LATERALITIES)),
        worseSide: opt(fc.constantFrom(...WORSE_SIDES)),
        lowerThird: bool,
        posteriorLateral: bool,
        pain: opt(fc.constantFrom(...PAIN_LEVELS)),
        skin: opt(fc.uniqueArray(fc.constantFrom(...SKIN_SIGNS))),
        ckd: opt(fc.constantFrom(...CKD_STAGES)),
        dialysis: opt(fc.constantFrom(...DIALYSIS_STATUSES)),
        pregnancy: opt(fc.constantFrom(...PREGNANCY_STATUSES)),
        antithrombotics: opt(antithrombotics),
        childhoodOnset: bool,
        history: opt(fc.string({ maxLength: 40 })),
      },
      { requiredKeys: [] },
    ),
    studies: fc.record({
      labs: fc.record({
        ...base,
        calcium: labValue(['mg/dL', 'mmol/L'] as const),
        phosphate: labValue(['mg/dL', 'mmol/L'] as const),
        pth: labValue(['pg/mL', 'pmol/L'] as const),
        creatinine: labValue(['mg/dL', 'µmol/L'] as const),
        alp: labValue(['U/L'] as const),
      }),
      ultrasound: fc.record({
        ...base,
        pattern: opt(fc.constantFrom(...US_PATTERNS)),
        depth: opt(fc.constantFrom(...DEPTHS)),
      }),
      xray: fc.record({
        ...base,
        pattern: opt(fc.constantFrom(...XRAY_PATTERNS)),
        periostitis: bool,
        depth: opt(fc.constantFrom(...DEPTHS)),
      }),
      scintigraphy: fc.record({ ...base, pattern: opt(fc.constantFrom(...SCINT_PATTERNS)) }),
      ct: cross,
      mri: cross,
      biopsy: fc.record({
        ...base,
        histology: opt(fc.constantFrom(...HISTOLOGY)),
        woundProblem: bool,
      }),
    }),
  }) as fc.Arbitrary<Case>;
}
