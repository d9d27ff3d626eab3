import { useId, useMemo, type ReactNode } from 'react';
import type { Case } from '../../domain/case/schema';
import { assess } from '../../domain/engine/assess';
import type { Assessment } from '../../domain/engine/types';
import { useT } from '../../i18n/use-t';
import { today as todayIso } from '../../store/clock';
import { useSettings } from '../../store/settings';
import { BandBadge } from '../../ui/band-badge';
import { StatementText } from '../../ui/statement-text';
import { newCaseOnDay, whichTestRows, type Registry, type WhichTestRow } from './comparison-model';
import { useDetectionLabel } from './detection-label';
import { RadiationLevel } from './radiation-level';
import { HeaderRow } from './table-parts';

/**
 * The engine's advice the table shows: the chosen case's for today, or, without one, a new case's
 * on `day` since onset with nothing done yet, at this site.
 */
function useAdvice(day: number, caseAssessment: Assessment | undefined) {
  const site = useSettings((s) => s.site);
  const today = todayIso();
  const typical = useMemo(
    () => (caseAssessment ? undefined : assess(newCaseOnDay(day, today), today, site)),
    [caseAssessment, day, today, site],
  );
  return (caseAssessment ?? typical)?.advice;
}

/** The table's column names, once for the header and once in each card on a phone. */
function useColumns(day: number) {
  const { t } = useT();
  return {
    test: t('compare.which.col.test'),
    advice: t('compare.which.col.advice'),
    radiation: t('compare.which.col.radiation'),
    when: t('compare.which.col.when', { days: day }),
    shows: t('compare.which.col.shows'),
  };
}

type Columns = ReturnType<typeof useColumns>;

/** A column's name written in a cell, for the eye on a phone's card (the header has it for screen readers). */
function CellLabel({ text }: { text: string }) {
  return (
    <span className="cell-label" aria-hidden="true">
      {text}
    </span>
  );
}

/** One test: its advice, its radiation, whether it can show the lesion on the day, what it shows. */
function WhichTestTableRow({
  row: r,
  advice,
  col,
}: {
  row: WhichTestRow;
  advice: Assessment['advice'] | undefined;
  col: Columns;
}) {
  const { t, tx } = useT();
  const detection = useDetectionLabel();
  return (
    <tr data-modality={r.modality}>
      <th scope="row">{tx(r.name)}</th>
      <td>
        <CellLabel text={col.advice} />
        {advice ? <BandBadge band={advice[r.modality].band} /> : null}
      </td>
      <td>
        <CellLabel text={col.radiation} />
        {r.radiation ? <RadiationLevel rrl={r.radiation.rrl} /> : t('compare.which.tissueSample')}
      </td>
      <td className="cell-text">
        <CellLabel text={col.when} />
        {/* With a day figure (X-ray) the state on this day first; the sources' own words
            on when it can show the lesion always. */}
        {r.detection === 'no-day-figure' ? null : (
          <strong className="which-state">{detection(r.detection, r.window)}</strong>
        )}
        {r.earliest ? (
          <span className="which-earliest">
            <StatementText s={r.earliest} />
          </span>
        ) : null}
      </td>
      <td className="cell-text">
        <CellLabel text={col.shows} />
        <StatementText s={r.shows} />
      </td>
    </tr>
  );
}

/**
 * "Which test, when?" in one table: for each imaging study and the biopsy, the engine's advice
 * (for the chosen case today, or for a new case on the chosen day with nothing done yet, at this
 * site), its radiation, whether it can show the lesion on that day, and what it shows when the
 * lesion is bone. Every cell comes from the engine or the registry; the dossier below gives the
 * figures behind them. On a phone each row is a card, its column names written in it for the eye
 * (hidden from screen readers, which have the column headers).
 */
export function WhichTestTable({
  registry,
  day,
  c,
  caseAssessment,
  controls,
}: {
  registry: Registry;
  /** The case and day controls, drawn under the title. */
  controls?: ReactNode;
  /** The day since onset the table is for (the page's day control). */
  day: number;
  /** The chosen case, if any, and its assessment for today. */
  c?: Case;
  caseAssessment?: Assessment;
}) {
  const { t } = useT();
  const id = useId();
  const advice = useAdvice(day, caseAssessment);
  const col = useColumns(day);
  return (
    <section className="compare-section which-test" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('compare.which.title')}</h2>
      {controls}
      <p id={`${id}-for`} className="which-for">
        {c && caseAssessment
          ? t('compare.which.forCase', { label: c.label, days: day })
          : t('compare.which.forNewCase', { days: day })}
      </p>
      <table className="which-table" aria-labelledby={`${id}-title`} aria-describedby={`${id}-for`}>
        <HeaderRow columns={[col.test, col.advice, col.radiation, col.when, col.shows]} />
        <tbody>
          {whichTestRows(registry, day).map((r) => (
            <WhichTestTableRow key={r.modality} row={r} advice={advice} col={col} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
