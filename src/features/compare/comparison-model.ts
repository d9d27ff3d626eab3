/**
 * The view-model of the modality comparison: one pure function from the evidence registry to
 * everything the charts and the data table show. Chart and table are both drawn from its output,
 * so they cannot disagree, and no clinical number lives in a component.
 */
import {
  APPLICABILITIES,
  FIGURES,
  IMAGING_IDS,
  TIMING_FIGURES,
  type TimingFigure,
  figureInterval,
  type Applicability,
  type EvidenceFigure,
  RRL_LEVELS,
  getReference,
  type EarliestDetection,
  type ImagingId,
  type ModalityId,
  type ModalityProfile,
  type OrdinalRating,
  type Radiation,
  type RelativeRadiationLevel,
  type SensitivityFigure,
} from '../../domain/evidence';
import { newCase } from '../../domain/case/parse';
import type { Case } from '../../domain/case/schema';
import { addDays } from '../../domain/dates';
import type { Interval } from '../../domain/stats';
import type { LocalizedText } from '../../domain/text';
import { shortCitation } from '../../domain/evidence';

export type Registry = Readonly<Record<ModalityId, ModalityProfile>>;

/** The range of the "days since onset" control and of the timeline axis: a display scale only. */
export const DAY_SCALE = { min: 0, max: 120 } as const;

export const clampDay = (day: number): number =>
  Math.min(DAY_SCALE.max, Math.max(DAY_SCALE.min, Math.round(day)));

/** A source resolved for display: its id (for the evidence page link) and "First-author Year". */
export interface SourceRef {
  readonly id: string;
  readonly short: string;
}

const source = (id: string): SourceRef => {
  const ref = getReference(id);
  return { id, short: ref ? shortCitation(ref) : id };
};

interface RowBase {
  /** Unique and stable: the figure's id, or "<modality>-<kind>-<index>" for a row without one. */
  readonly key: string;
  readonly modality: ImagingId;
  readonly name: LocalizedText;
  readonly shortName: LocalizedText;
}

/** The chart's groups, in order: direct evidence first, rows without a number last. */
export const SENSITIVITY_GROUPS = [...APPLICABILITIES, 'no-figure'] as const;

/** One figure of the registry (or one "no figure" statement), as one row of the chart and table. */
export type SensitivityRow = RowBase &
  (
    | {
        readonly kind: 'measured';
        readonly group: Applicability;
        readonly figure: EvidenceFigure;
        readonly value: number;
        /** The Wilson 95% interval of the counts; absent when the source gives no counts. */
        readonly ci?: Interval;
        readonly setting: LocalizedText;
        readonly source: SourceRef;
        readonly extrapolated: boolean;
      }
    | {
        readonly kind: 'ordinal';
        readonly group: 'no-figure';
        readonly level: 'high' | 'low';
        readonly text: LocalizedText;
        /** The setting of the source (an ordinal figure has none of its own). */
        readonly setting?: LocalizedText;
        readonly source: SourceRef;
        readonly extrapolated: boolean;
      }
    | { readonly kind: 'not-measured'; readonly group: 'no-figure'; readonly text: LocalizedText }
  );

function figureRow(base: Omit<RowBase, 'key'>, f: EvidenceFigure): SensitivityRow {
  const ci = figureInterval(f);
  return {
    ...base,
    key: f.id,
    kind: 'measured',
    group: f.applicability,
    figure: f,
    value: f.value,
    ...(ci ? { ci } : {}),
    setting: f.setting,
    source: source(f.ref),
    extrapolated: f.extrapolated,
  };
}

function statementRow(base: RowBase, f: SensitivityFigure): SensitivityRow {
  if (f.kind === 'ordinal') {
    const setting = getReference(f.ref)?.setting;
    return {
      ...base,
      kind: 'ordinal',
      group: 'no-figure',
      level: f.level,
      text: f.text,
      ...(setting ? { setting } : {}),
      source: source(f.ref),
      extrapolated: f.extrapolated,
    };
  }
  return { ...base, kind: 'not-measured', group: 'no-figure', text: f.text };
}

/** How far a modality can see the lesion on a given day after onset. */
export type Detection =
  /** Before the earliest day a source gives: a normal result means nothing yet. */
  | 'too-early'
  /** Inside the window the source gives (X-ray: days 10–13): it may or may not show. */
  | 'may-show'
  /** From the end of the window on: a normal result is informative. */
  | 'informative'
  /** The sources give no day figure for this modality: the app does not guess one. */
  | 'no-day-figure'
  /** The day since onset is not known (no onset date). */
  | 'unknown-day';

/**
 * The detection state on `day`, from the registry's `earliest.fromDay`/`toDay` only. For X-ray the
 * registry holds 10–14 days (García-Arpa 2020), the same window as the engine's XRAY_BLIND_DAYS
 * (a test keeps the two equal): too early before day 10, may show on days 10–13, informative
 * from day 14.
 */
export function detectionOn(profile: ModalityProfile, day: number | null): Detection {
  const from = profile.earliest?.fromDay;
  const to = profile.earliest?.toDay;
  if (from === undefined && to === undefined) return 'no-day-figure';
  if (day === null) return 'unknown-day';
  if (from !== undefined && day < from) return 'too-early';
  if (to !== undefined && day < to) return 'may-show';
  return 'informative';
}

/** A stretch of the timeline, in days after onset, clipped to DAY_SCALE. */
interface TimelineSegment {
  readonly state: 'too-early' | 'may-show' | 'informative';
  readonly fromDay: number;
  readonly toDay: number;
}

/**
 * A sourced time figure for one modality, from TIMING_FIGURES. `days` is what the track draws:
 * a mean (± SD) or a window; absent for a lag behind another test (words only).
 */
interface SourcedTiming {
  readonly figure: TimingFigure;
  readonly source: SourceRef;
  readonly days?: {
    readonly from: number;
    readonly to: number;
    readonly mean?: number;
  };
}

function sourcedTiming(f: TimingFigure): SourcedTiming {
  const clip = (d: number) => Math.min(DAY_SCALE.max, Math.max(DAY_SCALE.min, d));
  let days: SourcedTiming['days'];
  if (f.kind !== 'lag' && f.meanDays !== undefined) {
    const sd = f.sdDays ?? 0;
    days = { from: clip(f.meanDays - sd), to: clip(f.meanDays + sd), mean: clip(f.meanDays) };
  } else if (f.kind !== 'lag' && f.fromDay !== undefined) {
    days = { from: clip(f.fromDay), to: clip(f.toDay ?? f.fromDay) };
  }
  return { figure: f, source: source(f.ref), ...(days ? { days } : {}) };
}

export interface TimelineRow extends Omit<RowBase, 'key'> {
  /** Every sourced time figure for this modality (other settings too), each with its day 0. */
  readonly sourced: readonly SourcedTiming[];
  /** The day figures, when the registry has any; absent means "no sourced day figure". */
  readonly window?: { readonly fromDay?: number; readonly toDay?: number };
  readonly segments: readonly TimelineSegment[];
  /** The registry's own words about timing, with sources (absent when it says nothing). */
  readonly earliest?: EarliestDetection;
}

function timelineRow(
  base: Omit<RowBase, 'key'>,
  p: ModalityProfile,
  timing: readonly TimingFigure[] = TIMING_FIGURES,
): TimelineRow {
  const from = p.earliest?.fromDay;
  const to = p.earliest?.toDay;
  const segments: TimelineSegment[] = [];
  if (from !== undefined || to !== undefined) {
    const blindEnd = from ?? to ?? DAY_SCALE.min;
    const informativeFrom = to ?? from ?? DAY_SCALE.min;
    const clip = (d: number) => Math.min(DAY_SCALE.max, Math.max(DAY_SCALE.min, d));
    const push = (state: TimelineSegment['state'], a: number, b: number) => {
      if (clip(b) > clip(a)) segments.push({ state, fromDay: clip(a), toDay: clip(b) });
    };
    push('too-early', DAY_SCALE.min, blindEnd);
    push('may-show', blindEnd, informativeFrom);
    push('informative', informativeFrom, DAY_SCALE.max);
  }
  return {
    ...base,
    sourced: timing.filter((f) => f.modality === base.modality).map(sourcedTiming),
    ...(from !== undefined || to !== undefined
      ? {
          window: {
            ...(from !== undefined ? { fromDay: from } : {}),
            ...(to !== undefined ? { toDay: to } : {}),
          },
        }
      : {}),
    segments,
    ...(p.earliest ? { earliest: p.earliest } : {}),
  };
}

/** ACR adult relative-radiation-level bands in mSv, as defined beside RRL_LEVELS (ref acr-rrl). */
export const RRL_BANDS_MSV: Readonly<
  Record<RelativeRadiationLevel, { readonly min?: number; readonly max: number }>
> = {
  O: { min: 0, max: 0 },
  '☢': { max: 0.1 },
  '☢☢': { min: 0.1, max: 1 },
  '☢☢☢': { min: 1, max: 10 },
  '☢☢☢☢': { min: 10, max: 30 },
};

/** The reference that defines the bands above. */
export const RRL_SOURCE = 'acr-rrl';

/** 0 for "O" up to 4 for "☢☢☢☢": what a screen reader says instead of the symbols. */
export const rrlIndex = (rrl: RelativeRadiationLevel): number => RRL_LEVELS.indexOf(rrl);
export const RRL_MAX_INDEX = RRL_LEVELS.length - 1;

export interface BurdenRow extends Omit<RowBase, 'key'> {
  readonly radiation?: Radiation;
  readonly cost?: OrdinalRating;
  readonly availability?: OrdinalRating;
}

export interface Comparison {
  /**
   * Every figure of the imaging modalities, grouped by applicability (direct, indirect, other
   * disease), then the modalities' statements without a number.
   */
  readonly sensitivity: readonly SensitivityRow[];
  readonly timeline: readonly TimelineRow[];
  readonly burden: readonly BurdenRow[];
}

const isImaging = (m: EvidenceFigure['modality']): m is ImagingId =>
  m !== undefined && (IMAGING_IDS as readonly string[]).includes(m);

/**
 * Everything the comparison shows, read from `registry` and `figures` (the evidence registry's by
 * default).
 */
export function buildComparison(
  registry: Registry,
  figures: readonly EvidenceFigure[] = FIGURES,
): Comparison {
  const measured: SensitivityRow[] = [];
  const statements: SensitivityRow[] = [];
  const timeline: TimelineRow[] = [];
  const burden: BurdenRow[] = [];
  for (const f of figures) {
    if (!isImaging(f.modality)) continue;
    const p = registry[f.modality];
    measured.push(figureRow({ modality: f.modality, name: p.name, shortName: p.shortName }, f));
  }
  const sensitivity = SENSITIVITY_GROUPS.flatMap((g) => measured.filter((r) => r.group === g));
  for (const id of IMAGING_IDS) {
    const p = registry[id];
    const base = { modality: id, name: p.name, shortName: p.shortName };
    p.sensitivity.forEach((f, i) =>
      statements.push(statementRow({ ...base, key: `${id}-${f.kind}-${i}` }, f)),
    );
    timeline.push(timelineRow(base, p));
    burden.push({
      ...base,
      ...(p.radiation ? { radiation: p.radiation } : {}),
      ...(p.cost ? { cost: p.cost } : {}),
      ...(p.availability ? { availability: p.availability } : {}),
    });
  }
  return { sensitivity: [...sensitivity, ...statements], timeline, burden };
}

/** The compact per-case list: one line per imaging modality. */
export interface CompactRow {
  readonly modality: ImagingId;
  readonly shortName: LocalizedText;
  readonly name: LocalizedText;
  readonly detection: Detection;
  readonly window?: TimelineRow['window'];
  readonly rrl?: RelativeRadiationLevel;
}

export function compactRows(registry: Registry, day: number | null): CompactRow[] {
  return IMAGING_IDS.map((id) => {
    const p = registry[id];
    const { window } = timelineRow({ modality: id, name: p.name, shortName: p.shortName }, p);
    return {
      modality: id,
      shortName: p.shortName,
      name: p.name,
      detection: detectionOn(p, day),
      ...(window ? { window } : {}),
      ...(p.radiation ? { rrl: p.radiation.rrl } : {}),
    };
  });
}

/** The tests the "which test, when?" table compares: every imaging study and the biopsy. */
const WHICH_TEST_IDS = [...IMAGING_IDS, 'biopsy'] as const satisfies readonly ModalityId[];
type WhichTestId = (typeof WHICH_TEST_IDS)[number];

/** One test in the "which test, when?" table, all from the registry. */
export interface WhichTestRow {
  readonly modality: WhichTestId;
  readonly name: LocalizedText;
  /** Its ACR relative radiation level; absent for the biopsy (a tissue sample, no imaging). */
  readonly rrl?: RelativeRadiationLevel;
  /** Its radiation as the registry words it (the same text as the step page's "at a glance"). */
  readonly radiation?: Radiation;
  /** Can it show the lesion on the chosen day (the registry's day figures; X-ray only). */
  readonly detection: Detection;
  readonly window?: TimelineRow['window'];
  /** When it can first show the lesion, in the sources' words. */
  readonly earliest?: EarliestDetection;
  /** What it shows when the lesion is bone: what a positive result tells the clinician. */
  readonly shows: ModalityProfile['showsOssification'];
}

/** The table's rows on `day` since onset: one per test, in the order of the workup. */
export function whichTestRows(registry: Registry, day: number | null): WhichTestRow[] {
  return WHICH_TEST_IDS.map((id) => {
    const p = registry[id];
    const { window } = timelineRow(
      { modality: id as ImagingId, name: p.name, shortName: p.shortName },
      p,
    );
    return {
      modality: id,
      name: p.name,
      ...(p.radiation ? { rrl: p.radiation.rrl, radiation: p.radiation } : {}),
      detection: detectionOn(p, day),
      ...(window ? { window } : {}),
      ...(p.earliest ? { earliest: p.earliest } : {}),
      shows: p.showsOssification,
    };
  });
}

/**
 * A new case on `day` since onset with nothing else recorded, dated `today`: what the engine is
 * asked about when no case is chosen ("a typical case": the first visit, before any study). An
 * input to the engine, never stored; the advice is the engine's.
 */
export function newCaseOnDay(day: number, today: string): Case {
  const c = newCase('compare-new-case', '—', `${today}T00:00:00.000Z`);
  return { ...c, patient: { onsetDate: addDays(today, -day) } };
}
