import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { Case } from '../../domain/case/schema';
import { FIGURES, MODALITIES, type EvidenceFigure } from '../../domain/evidence';
import { showsDayCount } from '../../domain/engine/timing';
import { useT } from '../../i18n/use-t';
import { useAssessment, useCase, useCaseList } from '../../store/selectors';
import { useFocusHeading } from '../../ui/use-focus-heading';
import { BurdenSection } from './burden-section';
import {
  DAY_SCALE,
  buildComparison,
  clampDay,
  type Comparison,
  type Registry,
} from './comparison-model';
import { DataTables } from './data-tables';
import { DayControl } from './day-control';
import { SensitivityFigure } from './sensitivity-figure';
import { TimelineFigure } from './timeline-figure';
import { WhichTestTable } from './which-test-table';
import './compare.css';

const DATA_ID = 'compare-data';
/** From this width the dossier starts open; a phone starts with the answer alone. */
const WIDE = '(min-width: 48rem)';

/**
 * The case the page is for (`?case=<id>`) and the day since onset the table is drawn for: the
 * case's own day unless one was set by hand. A day set by hand belongs to the case it was set
 * for: choosing another case resets it.
 */
function useCaseAndDay() {
  const [params, setParams] = useSearchParams();
  const caseId = params.get('case') ?? undefined;
  const c = useCase(caseId);
  const assessment = useAssessment(c);
  const caseDay = assessment?.timing.daysSinceOnset ?? null;
  const [manual, setManual] = useState<{ caseId?: string; day: number } | null>(null);
  const fromCase = caseDay === null ? DAY_SCALE.min : clampDay(caseDay);
  const day = manual && manual.caseId === caseId ? manual.day : fromCase;
  return {
    caseId,
    c,
    assessment,
    caseDay,
    fromCase,
    day,
    chooseCase: (id: string) => {
      setManual(null);
      setParams(id ? { case: id } : {}, { replace: true });
    },
    setDay: (d: number) => setManual({ caseId, day: d }),
    resetDay: () => setManual(null),
  };
}

type CaseAndDay = ReturnType<typeof useCaseAndDay>;

/** Which case the table is for, and its day since onset (or why there is none). */
function CaseDayNote({ c, caseDay }: { c: Case | undefined; caseDay: number | null }) {
  const { t } = useT();
  return (
    <p className="day-case-note" data-testid="case-note">
      {!c
        ? t('compare.day.unknownCase')
        : caseDay === null
          ? t('compare.day.caseNoDay', { label: c.label })
          : showsDayCount(caseDay)
            ? t('compare.day.caseDay', { label: c.label, days: caseDay })
            : t('compare.day.caseOverAYear', { label: c.label })}
      {c && caseDay !== null && caseDay > DAY_SCALE.max
        ? ` ${t('compare.day.beyond', { max: DAY_SCALE.max })}`
        : ''}
    </p>
  );
}

/**
 * The case and the day the table is for: drawn inside the table's section, right under its
 * title, so the answer is the page's first section.
 */
function DayPanel({ selectId, choice }: { selectId: string; choice: CaseAndDay }) {
  const { t } = useT();
  const cases = useCaseList();
  const { caseId, c, caseDay, fromCase, day } = choice;
  return (
    <div className="day-panel" role="group" aria-label={t('compare.day.heading')}>
      {cases.length ? (
        <div className="field">
          <label htmlFor={selectId}>{t('compare.day.caseLabel')}</label>
          <select
            id={selectId}
            value={c ? c.id : ''}
            onChange={(e) => choice.chooseCase(e.target.value)}
          >
            <option value="">{t('compare.day.noCase')}</option>
            {cases.map((x) => (
              <option key={x.id} value={x.id}>
                {x.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {/* Without a case the table's own line says what it is for. */}
      {caseId ? <CaseDayNote c={c} caseDay={caseDay} /> : null}
      <DayControl day={day} onChange={choice.setDay} />
      {c && caseDay !== null && day !== fromCase ? (
        <button type="button" onClick={choice.resetDay}>
          {t('compare.day.resetToCase', { days: fromCase })}
        </button>
      ) : null}
    </div>
  );
}

/**
 * The dossier: every figure behind the table, with its source. Open on a wide screen; on a
 * phone one tap away, below the answer (a link to a part of it opens it).
 */
function Dossier({
  comparison,
  registry,
  day,
  chartWidth,
  open,
}: {
  comparison: Comparison;
  registry: Registry;
  day: number;
  chartWidth: number | undefined;
  open: boolean;
}) {
  const { t } = useT();
  return (
    <details className="dossier" open={open}>
      <summary>
        <h2 className="dossier-heading">{t('compare.dossier.title')}</h2>
      </summary>
      <p>
        {t('compare.dossier.intro')} <a href={`#${DATA_ID}`}>{t('compare.toTable')}</a>
      </p>
      <SensitivityFigure rows={comparison.sensitivity} tableId={DATA_ID} width={chartWidth} />
      <TimelineFigure rows={comparison.timeline} registry={registry} day={day} tableId={DATA_ID} />
      <BurdenSection rows={comparison.burden} tableId={DATA_ID} />
      <DataTables comparison={comparison} registry={registry} day={day} id={DATA_ID} />
    </details>
  );
}

/**
 * The modality comparison answers "which test, when?" first, in one table (the engine's advice
 * for the chosen case or a new case on the chosen day, radiation, whether each test can show the
 * lesion on that day, what it shows), then gives the dossier behind it: the figures, the timeline
 * since onset, the burden and the data table. Everything is drawn from `registry` (the evidence
 * registry unless a test passes a modified copy) through one view-model, so charts and tables
 * always agree. `?case=<id>` starts the day at that case's day since onset.
 */
export function ComparePage({
  registry = MODALITIES,
  figures = FIGURES,
  chartWidth,
  dossierOpenByDefault,
}: {
  registry?: Registry;
  /** Open the dossier at first (tests); otherwise open on a wide screen, closed on a phone. */
  dossierOpenByDefault?: boolean;
  /** The figures drawn (the registry's unless a test passes changed ones). */
  figures?: readonly EvidenceFigure[];
  /** Fixed chart width (tests in jsdom, which has no layout); otherwise the chart is responsive. */
  chartWidth?: number;
}) {
  const { t } = useT();
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  const selectId = useId();
  const choice = useCaseAndDay();
  const { caseId, c, assessment, day } = choice;
  const comparison = useMemo(() => buildComparison(registry, figures), [registry, figures]);
  const [dossierOpen] = useState(
    () => dossierOpenByDefault ?? (typeof matchMedia === 'function' && matchMedia(WIDE).matches),
  );

  return (
    <section className="page compare">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('compare.title')}
      </h1>
      <p>{t('compare.intro')}</p>

      {/* The answer first: which test, when, for this case or a new one on this day. */}
      <WhichTestTable
        registry={registry}
        day={day}
        controls={<DayPanel selectId={selectId} choice={choice} />}
        {...(c && assessment ? { c, caseAssessment: assessment } : {})}
      />
      <p className="no-print">
        <Link to={caseId ? `/probability?case=${encodeURIComponent(caseId)}` : '/probability'}>
          {t('probability.link')}
        </Link>{' '}
        ({t('probability.linkHint')})
      </p>
      <Dossier
        comparison={comparison}
        registry={registry}
        day={day}
        chartWidth={chartWidth}
        open={dossierOpen}
      />
    </section>
  );
}
