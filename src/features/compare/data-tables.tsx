import { useId } from 'react';
import type { TKey } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { StatementText } from '../../ui/statement-text';
import { RadiationAndDose, RatingCell } from './burden-section';
import type {
  BurdenRow,
  Comparison,
  Registry,
  SensitivityRow,
  TimelineRow,
} from './comparison-model';
import { detectionOn } from './comparison-model';
import { useFigureText } from './figure-text';
import { useDetectionLabel } from './detection-label';
import { SourceLink } from './source-link';
import { HeaderRow, ScrollBox } from './table-parts';

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

const SENSITIVITY_COLUMNS: readonly TKey[] = [
  'compare.table.col.modality',
  'ledger.col.applicability',
  'ledger.col.figure',
  'ledger.col.measure',
  'ledger.col.unit',
  'ledger.col.patients',
  'ledger.col.design',
  'ledger.col.reference',
  'ledger.col.strength',
  'compare.table.col.setting',
  'ledger.col.note',
  'compare.table.col.source',
  'compare.table.col.extrapolated',
];

/**
 * One figure in full: what it measures, in which unit, in how many patients, by which design
 * against which reference, how strong, where, from which source, and whether it is extrapolated.
 * A row with no figure says "none" in every column the sources leave empty, never a number.
 */
function SensitivityTableRow({ row: r }: { row: SensitivityRow }) {
  const { t, tx } = useT();
  const sensText = useSensitivityText();
  const yesNo = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  const none = t('compare.table.none');
  const f = r.kind === 'measured' ? r.figure : undefined;
  return (
    <tr data-row={r.key} data-group={r.group}>
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
            <strong>{t(`ledger.strength.${f.strength.grade}`)}</strong>: {tx(f.strength.reason)}
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
}

/** Every figure the sensitivity chart draws, one row each, with its source. */
function SensitivityTable({ rows, uid }: { rows: readonly SensitivityRow[]; uid: string }) {
  const { t } = useT();
  return (
    <>
      <h3 id={`${uid}-sens`}>{t('compare.table.sensitivityCaption')}</h3>
      <ScrollBox labelledBy={`${uid}-sens`}>
        <table
          className="compare-table"
          data-testid="sensitivity-table"
          aria-labelledby={`${uid}-sens`}
        >
          <HeaderRow columns={SENSITIVITY_COLUMNS.map((key) => t(key))} />
          <tbody>
            {rows.map((r) => (
              <SensitivityTableRow key={r.key} row={r} />
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <p className="table-note">{t('ledger.ciMethod')}</p>
    </>
  );
}

/** When a modality can first show the lesion: the summary, then each source's own words. */
function EarliestCell({ row: r }: { row: TimelineRow }) {
  const { t, tx } = useT();
  return (
    <td className="cell-text">
      {r.earliest ? <StatementText s={r.earliest} /> : t('compare.detection.noDayFigure')}
      {r.sourced.map((x) => (
        <span key={x.figure.id} className="table-timing" data-timing={x.figure.id}>
          <br />
          {x.source.short}
          {x.figure.after ? ` (${t(`ledger.timing.after.${x.figure.after}`)})` : ''}:{' '}
          {tx(x.figure.text)} [{tx(x.figure.setting)};{' '}
          {t(`ledger.strength.${x.figure.strength.grade}`)}]
        </span>
      ))}
    </td>
  );
}

/** One modality's timing, its state on the chosen day, and its burden. */
function TimingTableRow({
  row: r,
  burden: b,
  registry,
  day,
}: {
  row: TimelineRow;
  burden: BurdenRow | undefined;
  registry: Registry;
  day: number;
}) {
  const { tx } = useT();
  const detection = useDetectionLabel();
  return (
    <tr data-row={r.modality}>
      <th scope="row">{tx(r.name)}</th>
      <EarliestCell row={r} />
      <td>{detection(detectionOn(registry[r.modality], day), r.window)}</td>
      <td className="cell-text">
        <RadiationAndDose row={b} />
      </td>
      <td>
        <RatingCell rating={b?.cost} />
      </td>
      <td>
        <RatingCell rating={b?.availability} />
      </td>
    </tr>
  );
}

/** Timing and burden of each modality, on the chosen day, one row each. */
function TimingTable({
  comparison,
  registry,
  day,
  uid,
}: {
  comparison: Comparison;
  registry: Registry;
  day: number;
  uid: string;
}) {
  const { t } = useT();
  const columns = [
    t('compare.table.col.modality'),
    t('compare.table.col.earliest'),
    t('compare.table.col.onDay', { days: day }),
    t('compare.table.col.radiation'),
    t('compare.table.col.cost'),
    t('compare.table.col.availability'),
  ];
  return (
    <>
      <h3 id={`${uid}-burden`}>{t('compare.table.timingCaption')}</h3>
      <ScrollBox labelledBy={`${uid}-burden`}>
        <table
          className="compare-table"
          data-testid="timing-table"
          aria-labelledby={`${uid}-burden`}
        >
          <HeaderRow columns={columns} />
          <tbody>
            {comparison.timeline.map((r, i) => (
              <TimingTableRow
                key={r.modality}
                row={r}
                burden={comparison.burden[i]}
                registry={registry}
                day={day}
              />
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </>
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
  const { t } = useT();
  // One id for the page's tables: each table's title is `${uid}-<name>`.
  const uid = useId();
  return (
    <section className="compare-section data" aria-labelledby={id} data-testid="compare-data">
      <h2 id={id} tabIndex={-1}>
        {t('compare.table.title')}
      </h2>
      <p>{t('compare.table.intro')}</p>
      <SensitivityTable rows={comparison.sensitivity} uid={uid} />
      <TimingTable comparison={comparison} registry={registry} day={day} uid={uid} />
    </section>
  );
}
