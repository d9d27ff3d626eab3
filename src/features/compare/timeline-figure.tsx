import { useId } from 'react';
import { useT } from '../../i18n/use-t';
import { StatementText } from '../../ui/statement-text';
import type { Registry, TimelineRow } from './comparison-model';
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
  const { t, tx } = useT();
  const label = useDetectionLabel();
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
        {rows.map((r) => {
          const state = detectionOn(registry[r.modality], day);
          return (
            <li key={r.modality} className="timeline-row" data-modality={r.modality}>
              <h3 className="timeline-name">{tx(r.name)}</h3>
              <div className="timeline-body">
                {r.segments.length ? (
                  <div className="timeline-chart" aria-hidden="true">
                    <div
                      className={`timeline-marker-label ${anchorClass(day)}`}
                      style={{ left: pct(day) }}
                    >
                      {t('compare.timeline.marker', { days: day })}
                    </div>
                    <div className="timeline-track">
                      {r.segments.map((s) => (
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
                ) : null}
                <p className="timeline-state">
                  <span className={`state state-${state}`} data-testid={`state-${r.modality}`}>
                    {state === 'no-day-figure'
                      ? label(state)
                      : t('compare.timeline.onDay', { days: day, state: label(state, r.window) })}
                  </span>
                </p>
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
                      <li key={s.figure.id} data-timing={s.figure.id}>
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
                            {s.figure.after
                              ? ` · ${t(`ledger.timing.after.${s.figure.after}`)}`
                              : ''}
                          </strong>
                          {s.figure.applicability !== 'direct' ? (
                            <span className="mark mark-extrapolated">
                              {t('common.extrapolated')}
                            </span>
                          ) : null}{' '}
                          — {tx(s.figure.text)}{' '}
                          <span className="sourced-setting">({tx(s.figure.setting)})</span>
                        </p>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </CompareFigure>
  );
}
