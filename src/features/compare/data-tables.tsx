import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { StatementText } from '../../ui/statement-text';
import { RatingCell, DoseText } from './burden-section';
import type { Comparison, Registry, SensitivityRow } from './comparison-model';
import { detectionOn } from './comparison-model';
import { useFigureText } from './figure-text';
import { useDetectionLabel } from './detection-label';
import { RadiationLevel } from './radiation-level';
import { SourceLink } from './source-link';

/** The figure in words ("76% (13/17; 95% CI …)"), or the words the sources give instead. */
function useSensitivityText() {
  const { t } = useT();
  const figureText = useFigureText();
  return (row: SensitivityRow): string => {
    if (row.kind === 'measured') return figureText(row);
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
  const none = t('compare.table.none');

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
              <th scope="col">{t('ledger.col.applicability')}</th>
              <th scope="col">{t('ledger.col.figure')}</th>
              <th scope="col">{t('ledger.col.measure')}</th>
              <th scope="col">{t('ledger.col.unit')}</th>
              <th scope="col">{t('ledger.col.patients')}</th>
              <th scope="col">{t('ledger.col.design')}</th>
              <th scope="col">{t('ledger.col.reference')}</th>
              <th scope="col">{t('ledger.col.strength')}</th>
              <th scope="col">{t('compare.table.col.setting')}</th>
              <th scope="col">{t('ledger.col.note')}</th>
              <th scope="col">{t('compare.table.col.source')}</th>
              <th scope="col">{t('compare.table.col.extrapolated')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.sensitivity.map((r) => {
              const f = r.kind === 'measured' ? r.figure : undefined;
              return (
                <tr key={r.key} data-row={r.key} data-group={r.group}>
                  <th scope="row">{tx(r.name)}</th>
                  <td>{t(`ledger.group.${r.group}`)}</td>
                  <td className="cell-figure">{sensText(r)}</td>
                  <td className="cell-text">
                    {f ? (
                      <>
                        {t(`ledger.measure.${f.measure}`)} ({t(`ledger.finding.${f.finding}`)})
                        {f.countsDerived ? `; ${t('ledger.countsDerived')}` : ''}
                      </>
                    ) : (
                      tx(r.kind === 'measured' ? r.setting : r.text)
                    )}
                  </td>
                  <td>{f ? t(`ledger.unit.${f.unit}`) : none}</td>
                  <td>{f?.patients ?? none}</td>
                  <td>{f ? t(`ledger.design.${f.design}`) : none}</td>
                  <td>{f ? t(`ledger.reference.${f.referenceStandard}`) : none}</td>
                  <td className="cell-text">
                    {f ? (
                      <>
                        <strong>{t(`ledger.strength.${f.strength.grade}`)}</strong>:{' '}
                        {tx(f.strength.reason)}
                      </>
                    ) : (
                      none
                    )}
                  </td>
                  <td className="cell-text">
                    {r.kind === 'not-measured' ? none : r.setting ? tx(r.setting) : none}
                  </td>
                  <td className="cell-text">{f?.note ? tx(f.note) : none}</td>
                  <td>{r.kind === 'not-measured' ? none : <SourceLink source={r.source} />}</td>
                  <td>{r.kind === 'not-measured' ? none : yesNo(r.extrapolated)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
      <p className="table-note">{t('ledger.ciMethod')}</p>

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
                    {r.sourced.map((x) => (
                      <span key={x.figure.id} className="table-timing" data-timing={x.figure.id}>
                        <br />
                        {x.source.short}
                        {x.figure.after
                          ? ` (${t(`ledger.timing.after.${x.figure.after}`)})`
                          : ''}: {tx(x.figure.text)} [{tx(x.figure.setting)};{' '}
                        {t(`ledger.strength.${x.figure.strength.grade}`)}]
                      </span>
                    ))}
                  </td>
                  <td>{detection(detectionOn(registry[r.modality], day), r.window)}</td>
                  <td className="cell-text">
                    {b?.radiation ? (
                      <>
                        <RadiationLevel rrl={b.radiation.rrl} />
                        <br />
                        <DoseText row={b} />
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
