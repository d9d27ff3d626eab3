import { z, type ZodMiniOptional } from 'zod/mini';
import { studyBase } from '../../fields';

export const LAB_FLAGS = ['normal', 'low', 'high'] as const;
export const LAB_UNITS = {
  calcium: ['mg/dL', 'mmol/L'],
  phosphate: ['mg/dL', 'mmol/L'],
  pth: ['pg/mL', 'pmol/L'],
  creatinine: ['mg/dL', 'µmol/L'],
  alp: ['U/L'],
} as const;
export type LabAnalyte = keyof typeof LAB_UNITS;
export const LAB_ANALYTES = Object.keys(LAB_UNITS) as LabAnalyte[];

/**
 * A lab result: a value with its unit, the lab's own flag against its reference range, or both.
 * The app does not hold reference ranges of its own: the reporting lab's flag is authoritative.
 */
const labValue = <U extends readonly [string, ...string[]]>(units: U) =>
  z.object({
    value: z.optional(
      z
        .number({ error: 'must be a number' })
        .check(
          z.nonnegative({ message: 'cannot be negative' }),
          z.maximum(100000, { message: 'is implausibly large' }),
        ),
    ),
    unit: z.optional(z.enum(units, { error: `must be one of ${units.join(', ')}` })),
    flag: z.optional(z.enum(LAB_FLAGS, { error: 'must be normal, low or high' })),
  });

/** One optional value per analyte, in the order of `LAB_UNITS`: the analyte list is written once. */
type LabFields = {
  readonly [A in LabAnalyte]: ZodMiniOptional<ReturnType<typeof labValue<(typeof LAB_UNITS)[A]>>>;
};
const labFields = Object.fromEntries(
  LAB_ANALYTES.map((a) => [a, z.optional(labValue(LAB_UNITS[a]))]),
) as unknown as LabFields;

export const labsSchema = z.object({ ...studyBase, ...labFields });
