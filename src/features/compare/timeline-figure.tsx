import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { StatementText } from '../../ui/statement-text';
import type { Detection, Registry, TimelineRow } from './comparison-model';
import { DAY_SCALE, detectionOn } from './comparison-model';
import { CompareFigure } from './compare-figure';
import { useDetectionLabel } from './detection-label';

const TICKS = [0, 30, 60, 90, 120] as const;
/** A length in days as a share of the axis. */
const span = (days: number) => `${(days / (DAY_SCALE.max - DAY_SCALE.min)) * 100}%`;
const pct = (day: number) => span(day - DAY_SCALE.min);

/** Keep the "Day n" label inside the track at both ends. */
const anchorClass = (day: number) => {
  const f = (day - DAY_SCALE.min) / (DAY_SCALE.max - DAY_SCALE.min);
  return f < 0.12 ? 'anchor-start' : f > 0.88 ? 'anchor-end' : 'anchor-middle';
};

/**
 * The day track of a modality with day figures: its segments (too early, may show, informative),
 * the chosen day's marker with its label, and the day ticks. Decorative: the row's words say the
 * same.
 */
function DayTrack({ segments, day }: { segments: TimelineRow['segments']; day: number }) {
  const { t } = useT();
  return (
    <div className="timeline-chart" aria-hidden="true">
      <div className={`timeline-marker-label ${anchorClass(day)}`} style={{ left: pct(day) }}>
        {t('compare.timeline.marker', { days: day })}
      </div>
      <div className="timeline-track">
        {segments.map((s) => (
          <div
            key={s.state}
            className={`timeline-seg seg-${s.state}`}
            style={{ left: pct(s.fromDay), width: span(s.toDay - s.fromDay) }}
          />
        ))}
        <div className="timeline-marker" data-day={day} style={{ left: pct(day) }} />
      </div>
      <div className="timeline-ticks">
        {TICKS.map((d) => (
          <span key={d} className={anchorClass(d)} style={{ left: pct(d) }}>
            {d}
          </span>
        ))}
      </div>
    </div>
  );
}

/** The modality's state on the chosen day, in words. */
function DayState({ row: r, state, day }: { row: TimelineRow; state: Detection; day: number }) {
  const { t } = useT();
  const label = useDetectionLabel();
  return (
    <p className="timeline-state">
      <span className={`state state-${state}`} data-testid={`state-${r.modality}`}>
        {state === 'no-day-figure'
          ? label(state)
          : t('compare.timeline.onDay', { days: day, state: label(state, r.window) })}
      </span>
    </p>
  );
}

/**
 * One sourced time figure: its days on a small track where it gives days (a range, and its mean
 * where there is one), then the source, what the days count from, and its words and setting.
 */
function SourcedTimingItem({ timing: s }: { timing: TimelineRow['sourced'][number] }) {
  const { t, tx } = useT();
  return (
    <li data-timing={s.figure.id}>
      {s.days ? (
        <div className="sourced-track" aria-hidden="true">
          <div
            className="sourced-range"
            style={{
              left: pct(s.days.from),
              width: span(Math.max(s.days.to - s.days.from, 0.6)),
            }}
          />
          {s.days.mean !== undefined ? (
            <div className="sourced-mean" style={{ left: pct(s.days.mean) }} />
          ) : null}
        </div>
      ) : null}
      <p className="sourced-label">
        <strong>
          {s.source.short}
          {s.figure.after ? ` · ${t(`ledger.timing.after.${s.figure.after}`)}` : ''}
        </strong>
        {s.figure.applicability !== 'direct' ? (
          <span className="mark mark-extrapolated">{t('common.extrapolated')}</span>
        ) : null}{' '}
        — {tx(s.figure.text)} <span className="sourced-setting">({tx(s.figure.setting)})</span>
      </p>
    </li>
  );
}

/** One modality: its name, its day track (if any), its state on the day, and its sources. */
function TimelineRowItem({
  row: r,
  registry,
  day,
}: {
  row: TimelineRow;
  registry: Registry;
  day: number;
}) {
  const { t, tx } = useT();
  const state = detectionOn(registry[r.modality], day);
  return (
    <li className="timeline-row" data-modality={r.modality}>
      <h3 className="timeline-name">{tx(r.name)}</h3>
      <div className="timeline-body">
        {r.segments.length ? <DayTrack segments={r.segments} day={day} /> : null}
        <DayState row={r} state={state} day={day} />
        {r.earliest ? (
          <p className="timeline-source">
            <StatementText s={r.earliest} />
          </p>
        ) : (
          <p className="timeline-source">{t('compare.detection.noDayFigure')}</p>
        )}
        {r.sourced.length ? (
          <ul className="timeline-sourced">
            {r.sourced.map((s) => (
              <SourcedTimingItem key={s.figure.id} timing={s} />
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}

/**
 * When each modality can first show the lesion, with the chosen day marked. A track is drawn only
 * where the registry has day figures (X-ray); the others get their sourced words instead of an
 * invented bar. Each row says its state on the chosen day in words; the track itself is
 * decorative (aria-hidden) because the words carry the same information.
 */
export function TimelineFigure({
  rows,
  registry,
  day,
  tableId,
}: {
  rows: readonly TimelineRow[];
  registry: Registry;
  day: number;
  tableId: string;
}) {
  const { t } = useT();
  const id = useId();
  return (
    <CompareFigure
      id={id}
      className="timeline"
      title={t('compare.timeline.title')}
      desc={t('compare.timeline.desc', { max: DAY_SCALE.max })}
      tableId={tableId}
      legendClass="timeline-legend"
      legendLabel={t('compare.timeline.legend')}
      legend={[
        { swatch: 'seg-too-early', label: t('compare.timeline.legendTooEarly') },
        { swatch: 'seg-may-show', label: t('compare.timeline.legendMayShow') },
        { swatch: 'seg-informative', label: t('compare.timeline.legendInformative') },
        { swatch: 'swatch-marker', label: t('compare.timeline.legendMarker') },
      ]}
    >
      <ul className="timeline-rows">
        {rows.map((r) => (
          <TimelineRowItem key={r.modality} row={r} registry={registry} day={day} />
        ))}
      </ul>
    </CompareFigure>
  );
}
