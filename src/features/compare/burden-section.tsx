import { useId } from 'react';
import { RRL_LEVELS, type OrdinalRating } from '../../domain/evidence';
import { useT } from '../../i18n/use-t';
import { Citations } from '../../ui/citations';
import { StatementText } from '../../ui/statement-text';
import { RRL_SOURCE, type BurdenRow } from './comparison-model';
import { RadiationLevel } from './radiation-level';

const LEVEL_PIPS = { low: 1, moderate: 2, high: 3 } as const;

/** A low/moderate/high rating as three pips plus the word (the word carries the meaning). */
function OrdinalMeter({ rating }: { rating: OrdinalRating }) {
  const { t } = useT();
  const filled = LEVEL_PIPS[rating.level];
  return (
    <span className={`meter meter-${rating.level}`}>
      <span className="meter-pips" aria-hidden="true">
        {[1, 2, 3].map((i) => (
          <span key={i} className={i <= filled ? 'pip pip-on' : 'pip'} />
        ))}
      </span>
      <span className="meter-word">{t(`compare.burden.level.${rating.level}`)}</span>
      {rating.unconfirmed ? (
        <span className="mark mark-unconfirmed">{t('common.unconfirmed')}</span>
      ) : null}
    </span>
  );
}

/**
 * The dose as the registry words it, with its sources: the same text the step page's "at a
 * glance" shows, so the comparison and the step never disagree (the X-ray's "<0.01 mSv for limb
 * radiography" is an upper bound, not a point value, and is said so).
 */
function DoseText({ row }: { row: BurdenRow }) {
  if (!row.radiation) return null;
  return <StatementText s={{ text: row.radiation.doseText, refs: row.radiation.refs }} />;
}

/**
 * A modality's radiation: its relative level and its dose as the registry words it, or the words
 * saying there is no figure. The burden card and the data table show the same.
 */
export function RadiationAndDose({ row }: { row: BurdenRow | undefined }) {
  const { t } = useT();
  if (!row?.radiation) return <>{t('compare.burden.noFigure')}</>;
  return (
    <>
      <RadiationLevel rrl={row.radiation.rrl} />
      <br />
      <DoseText row={row} />
    </>
  );
}

/** Radiation, relative cost and availability of each modality, side by side. */
export function BurdenSection({ rows, tableId }: { rows: readonly BurdenRow[]; tableId: string }) {
  const { t, tx } = useT();
  const id = useId();
  return (
    <section className="compare-section burden" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('compare.burden.title')}</h2>
      <p>
        {t('compare.burden.desc')} <a href={`#${tableId}`}>{t('compare.toTable')}</a>
      </p>
      <ul className="burden-grid">
        {rows.map((r) => (
          <li key={r.modality} className="burden-card" data-modality={r.modality}>
            <h3>{tx(r.name)}</h3>
            <dl>
              <div>
                <dt>{t('compare.burden.radiation')}</dt>
                <dd>
                  <RadiationAndDose row={r} />
                </dd>
              </div>
              <div>
                <dt>{t('compare.burden.cost')}</dt>
                <dd>{r.cost ? <OrdinalMeter rating={r.cost} /> : t('compare.burden.noFigure')}</dd>
              </div>
              <div>
                <dt>{t('compare.burden.availability')}</dt>
                <dd>
                  {r.availability ? (
                    <OrdinalMeter rating={r.availability} />
                  ) : (
                    t('compare.burden.noFigure')
                  )}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <p className="burden-note">
        {t('compare.burden.rrlNote')}{' '}
        {RRL_LEVELS.map((l, i) => (
          <span key={l}>
            {i > 0 ? '; ' : ''}
            <RadiationLevel rrl={l} />
          </span>
        ))}
        <Citations refs={[RRL_SOURCE]} />
      </p>
    </section>
  );
}

/** The cited words behind a rating, for the data table. */
export function RatingCell({ rating }: { rating?: OrdinalRating }) {
  const { t } = useT();
  if (!rating) return <>{t('compare.burden.noFigure')}</>;
  return (
    <>
      <OrdinalMeter rating={rating} />
      <br />
      <StatementText s={rating} />
    </>
  );
}
