import { fc } from '@fast-check/vitest';
import { addDays } from '../../dates';
import {
  CASE_SCHEMA_VERSION,
  CEAP_CLASSES,
  CROSS_SECTIONAL_PATTERNS,
  DEPTHS,
  HISTOLOGY,
  LAB_FLAGS,
  LATERALITIES,
  PAIN_LEVELS,
  SCINT_PATTERNS,
  SEXES,
  SKIN_SIGNS,
  SKIP_REASONS,
  STUDY_STATUSES,
  US_PATTERNS,
  XRAY_PATTERNS,
  caseSchema,
  type Case,
} from '../../case/schema';

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const pastDate = (today: string) => fc.integer({ min: 0, max: 400 }).map((d) => addDays(today, -d));
const note = fc.oneof(fc.constant(undefined), fc.string({ maxLength: 60 }));

const study = (today: string) => ({
  status: fc.constantFrom(...STUDY_STATUSES),
  reason: opt(fc.constantFrom(...SKIP_REASONS)),
  date: opt(pastDate(today)),
  note,
});

const lab = (units: readonly string[]) =>
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

/** Any valid case (schema-checked), for property tests of the exports. */
export function arbCase(today: string): fc.Arbitrary<Case> {
  return fc
    .record({
      label: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
      patient: fc.record(
        {
          age: opt(fc.integer({ min: 0, max: 120 })),
          sex: opt(fc.constantFrom(...SEXES)),
          obesity: opt(fc.boolean()),
          cviYears: opt(fc.integer({ min: 0, max: 60 })),
          longStandingCvi: opt(fc.boolean()),
          ceap: opt(fc.constantFrom(...CEAP_CLASSES)),
          priorDvt: opt(fc.boolean()),
          immobility: opt(fc.boolean()),
          onsetDate: opt(pastDate(today)),
          laterality: opt(fc.constantFrom(...LATERALITIES)),
          lowerThird: opt(fc.boolean()),
          posteriorLateral: opt(fc.boolean()),
          pain: opt(fc.constantFrom(...PAIN_LEVELS)),
          skin: opt(fc.uniqueArray(fc.constantFrom(...SKIN_SIGNS), { maxLength: 3 })),
          kidneyDisease: opt(fc.boolean()),
          childhoodOnset: opt(fc.boolean()),
          history: note,
        },
        { requiredKeys: [] },
      ),
      labs: fc.record({
        ...study(today),
        calcium: lab(['mg/dL', 'mmol/L']),
        phosphate: lab(['mg/dL', 'mmol/L']),
        pth: lab(['pg/mL', 'pmol/L']),
        creatinine: lab(['mg/dL', 'µmol/L']),
        alp: lab(['U/L']),
      }),
      ultrasound: fc.record({
        ...study(today),
        pattern: opt(fc.constantFrom(...US_PATTERNS)),
        depth: opt(fc.constantFrom(...DEPTHS)),
      }),
      xray: fc.record({
        ...study(today),
        pattern: opt(fc.constantFrom(...XRAY_PATTERNS)),
        periostitis: opt(fc.boolean()),
        depth: opt(fc.constantFrom(...DEPTHS)),
      }),
      scintigraphy: fc.record({
        ...study(today),
        pattern: opt(fc.constantFrom(...SCINT_PATTERNS)),
      }),
      ct: fc.record({
        ...study(today),
        pattern: opt(fc.constantFrom(...CROSS_SECTIONAL_PATTERNS)),
        depth: opt(fc.constantFrom(...DEPTHS)),
      }),
      mri: fc.record({
        ...study(today),
        pattern: opt(fc.constantFrom(...CROSS_SECTIONAL_PATTERNS)),
        depth: opt(fc.constantFrom(...DEPTHS)),
      }),
      biopsy: fc.record({
        ...study(today),
        histology: opt(fc.constantFrom(...HISTOLOGY)),
        woundProblem: opt(fc.boolean()),
      }),
      id: fc.string({ minLength: 1, maxLength: 30 }),
    })
    .map(({ label, patient, id, ...studies }) =>
      // Through the schema, so optional keys set to undefined are dropped as on a real load.
      caseSchema.parse(
        JSON.parse(
          JSON.stringify({
            schemaVersion: CASE_SCHEMA_VERSION,
            id,
            label,
            createdAt: `${today}T09:00:00.000Z`,
            updatedAt: `${today}T09:00:00.000Z`,
            patient,
            studies,
          }),
        ),
      ),
    );
}
