import { useId, type ReactNode } from 'react';
import { formatPercent } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { StatementText } from '../../ui/statement-text';
import { RatingCell, DoseText } from './burden-section';
import type { Comparison, Registry, SensitivityRow } from './comparison-model';
import { detectionOn } from './comparison-model';
import { useDetectionLabel } from './detection-label';
import { RadiationLevel } from './radiation-level';
import { SourceLink } from './source-link';

/** "88.9% (193/217); range 61%–78%", "High early sensitivity, no figure", "Not measured". */
export function useSensitivityText() {
  const { t, lang } = useT();
  return (row: SensitivityRow): string => {
    if (row.kind === 'measured') {
      let s = formatPercent(lang, row.value);
      if (row.counts) s += ` (${row.counts})`;
      if (row.range)
        s += `; ${t('compare.sensitivity.range', {
          low: formatPercent(lang, row.range[0]),
          high: formatPercent(lang, row.range[1]),
        })}`;
      return s;
    }
    if (row.kind === 'ordinal') return t(`compare.sensitivity.level.${row.level}`);
    return t('compare.sensitivity.notMeasured');
  };
}

/**
 * A wide table in a focusable scroll box, so the page itself never scrolls sideways. The table's
 * title sits above the box (not in a <caption>, which would scroll out of view at 360 px) and
 * names both the box and the table.
 */
function ScrollBox({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // A scrollable region must be reachable by keyboard to be scrolled (WCAG 2.1.1).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}

/**
 * The screen-reader path through the comparison: the same rows the charts draw (from the same
 * view-model), with every source cited.
 */
export function DataTables({
  comparison,
  registry,
  day,
  id,
}: {
  comparison: Comparison;
  registry: Registry;
  day: number;
  id: string;
}) {
  const { t, tx } = useT();
  const uid = useId();
  const sensText = useSensitivityText();
  const detection = useDetectionLabel();
  const yesNo = (b: boolean) => (b ? t('common.yes') : t('common.no'));

  return (
    <section className="compare-section data" aria-labelledby={id} data-testid="compare-data">
      <h2 id={id} tabIndex={-1}>
        {t('compare.table.title')}
      </h2>
      <p>{t('compare.table.intro')}</p>

      <h3 id={`${uid}-sens`}>{t('compare.table.sensitivityCaption')}</h3>
      <ScrollBox labelledBy={`${uid}-sens`}>
        <table
          className="compare-table"
          data-testid="sensitivity-table"
          aria-labelledby={`${uid}-sens`}
        >
          <thead>
            <tr>
              <th scope="col">{t('compare.table.col.modality')}</th>
              <th scope="col">{t('compare.table.col.sensitivity')}</th>
              <th scope="col">{t('compare.table.col.basis')}</th>
              <th scope="col">{t('compare.table.col.setting')}</th>
              <th scope="col">{t('compare.table.col.source')}</th>
              <th scope="col">{t('compare.table.col.extrapolated')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.sensitivity.map((r) => (
              <tr key={r.key} data-row={r.key}>
                <th scope="row">{tx(r.name)}</th>
                <td className="cell-figure">{sensText(r)}</td>
                <td className="cell-text">{r.kind === 'measured' ? tx(r.basis) : tx(r.text)}</td>
                <td className="cell-text">
                  {r.kind === 'not-measured'
                    ? t('compare.table.none')
                    : r.setting
                      ? tx(r.setting)
                      : t('compare.table.none')}
                </td>
                <td>
                  {r.kind === 'not-measured' ? (
                    t('compare.table.none')
                  ) : (
                    <SourceLink source={r.source} />
                  )}
                </td>
                <td>
                  {r.kind === 'not-measured' ? t('compare.table.none') : yesNo(r.extrapolated)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>

      <h3 id={`${uid}-burden`}>{t('compare.table.timingCaption')}</h3>
      <ScrollBox labelledBy={`${uid}-burden`}>
        <table
          className="compare-table"
          data-testid="timing-table"
          aria-labelledby={`${uid}-burden`}
        >
          <thead>
            <tr>
              <th scope="col">{t('compare.table.col.modality')}</th>
              <th scope="col">{t('compare.table.col.earliest')}</th>
              <th scope="col">{t('compare.table.col.onDay', { days: day })}</th>
              <th scope="col">{t('compare.table.col.radiation')}</th>
              <th scope="col">{t('compare.table.col.cost')}</th>
              <th scope="col">{t('compare.table.col.availability')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.timeline.map((r, i) => {
              const b = comparison.burden[i];
              return (
                <tr key={r.modality} data-row={r.modality}>
                  <th scope="row">{tx(r.name)}</th>
                  <td className="cell-text">
                    {r.earliest ? (
                      <StatementText s={r.earliest} />
                    ) : (
                      t('compare.detection.noDayFigure')
                    )}
                  </td>
                  <td>{detection(detectionOn(registry[r.modality], day), r.window)}</td>
                  <td className="cell-text">
                    {b?.radiation ? (
                      <>
                        <RadiationLevel rrl={b.radiation.rrl} />
                        <br />
                        <DoseText row={b} />
                        <br />
                        <StatementText s={{ text: b.radiation.doseText, refs: b.radiation.refs }} />
                      </>
                    ) : (
                      t('compare.burden.noFigure')
                    )}
                  </td>
                  <td>
                    <RatingCell rating={b?.cost} />
                  </td>
                  <td>
                    <RatingCell rating={b?.availability} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
