import { visibleLabel } from '../../domain/case/label';
import { lazy, Suspense, useId, useMemo, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { Case } from '../../domain/case/schema';
import {
  explore,
  PROBABILITY_SOURCES,
  resultsFromCase,
  type ProbabilitySources,
} from '../../domain/probability';
import { useT } from '../../i18n/use-t';
import { useCase, useCaseList } from '../../store/selectors';
import { useFocusHeading } from '../../ui/use-focus-heading';
import type { ImagingId } from '../../domain/evidence/types';
import { STUDY_NAMES } from '../../domain/modalities';
import { whyNoNumber, type WhyNoNumber } from './why-no-number';
import { curve, tablePoints } from './curve';
import { initialDraft, readDraft, type Draft } from './draft';
import { CurveTable } from './curve-table';
import { ExportSection } from './export-section';
import { FrequencyTreeSection } from './frequency-tree';
import { OutcomeSection, ThresholdsSection } from './outcome-section';
import { PretestSection } from './pretest-section';
import { ResultsSection } from './results-section';
import './probability.css';

const PostTestChart = lazy(() => import('./post-test-chart'));
const TABLE_ID = 'probability-data';

/**
 * The pre-test / post-test explorer. Everything shown is computed by the domain from what the
 * clinician chose and the registry's sources; nothing is stored. `?case=<id>` fills in that
 * case's own done results as a starting point and never changes the case.
 */
export function ProbabilityPage({
  sources = PROBABILITY_SOURCES,
  chartWidth,
}: {
  sources?: ProbabilitySources;
  /** Fixed chart width (tests in jsdom, which has no layout). */
  chartWidth?: number;
}) {
  const { t } = useT();
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  const selectId = useId();
  const [params, setParams] = useSearchParams();
  const caseId = params.get('case') ?? undefined;
  const cases = useCaseList();
  const c = useCase(caseId);

  return (
    <section className="page probability">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('probability.title')}
      </h1>
      {cases.length ? (
        <div className="field prob-case">
          <label htmlFor={selectId}>{t('probability.case.label')}</label>
          <select
            id={selectId}
            value={c ? c.id : ''}
            onChange={(e) =>
              setParams(e.target.value ? { case: e.target.value } : {}, { replace: true })
            }
          >
            <option value="">{t('probability.case.none')}</option>
            {cases.map((x) => (
              <option key={x.id} value={x.id}>
                {visibleLabel(x.label)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <CaseNote caseId={caseId} c={c} />
      {/* A new case starts a new draft: its own results, nothing carried over. */}
      <Explorer
        key={c?.id ?? 'none'}
        sources={sources}
        c={c}
        chartWidth={chartWidth}
        intro={
          <>
            <p>{t('probability.intro')}</p>
            <p className="no-print">
              <a href={`#${TABLE_ID}`}>{t('probability.toTable')}</a>
            </p>
          </>
        }
      />
    </section>
  );
}

/**
 * At the top, in one sentence: why no post-test number can be given for what is chosen, and what
 * evidence would allow one (a polite live region: it changes as choices are made).
 */
function WhyNoNumberLine({ why, label }: { why: WhyNoNumber; label: string | undefined }) {
  const { t, tx, lang } = useT();
  const names = (ids: readonly ImagingId[]) =>
    new Intl.ListFormat(lang, { type: 'conjunction' }).format(ids.map((m) => tx(STUDY_NAMES[m])));
  const parts = [
    why.noPretest ? t('probability.why.noPretest') : '',
    why.noResult ? t('probability.why.noResult') : '',
    why.noTable.length ? t('probability.why.noTable', { names: names(why.noTable) }) : '',
    why.undefinedLr.length
      ? t('probability.why.undefinedLr', { names: names(why.undefinedLr) })
      : '',
  ].filter(Boolean);
  const lacking = [...why.noTable, ...why.undefinedLr];
  const lead = label ? t('probability.why.lead', { label }) : t('probability.why.leadNoCase');
  const evidence = lacking.length
    ? `; ${t('probability.why.evidence', { names: names(lacking) })}`
    : '';
  return (
    <p className="prob-why" data-testid="why-no-number" aria-live="polite">
      {lead} {parts.join('; ')}
      {evidence}.
    </p>
  );
}

function CaseNote({ caseId, c }: { caseId?: string; c?: Case }) {
  const { t } = useT();
  if (caseId && !c) return <p data-testid="case-note">{t('probability.case.unknown')}</p>;
  if (!c) return null;
  const filled = resultsFromCase(c).some((r) => r.sign);
  return (
    <p data-testid="case-note">
      {filled
        ? t('probability.case.filled', { label: visibleLabel(c.label) })
        : t('probability.case.nothingDone', { label: visibleLabel(c.label) })}
    </p>
  );
}

function Explorer({
  sources,
  c,
  chartWidth,
  intro,
}: {
  sources: ProbabilitySources;
  c?: Case;
  chartWidth?: number;
  /** The page's introduction: after the answer (why no number yet), before the sections. */
  intro: ReactNode;
}) {
  const { t } = useT();
  const [draft, setDraft] = useState<Draft>(() => initialDraft(sources, c));
  const reading = useMemo(() => readDraft(draft), [draft]);
  const res = useMemo(
    () => (reading.input ? explore(reading.input, sources) : null),
    [reading, sources],
  );
  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const why = whyNoNumber(draft, reading, sources);

  return (
    <>
      {why ? <WhyNoNumberLine why={why} label={c?.label} /> : null}
      {intro}
      <PretestSection sources={sources} draft={draft} update={update} reading={reading} />
      <ResultsSection sources={sources} draft={draft} setDraft={setDraft} reading={reading} />
      <OutcomeSection res={res} />
      <ThresholdsSection draft={draft} update={update} reading={reading} res={res} />
      {res?.chain ? (
        <Suspense fallback={<p role="status">{t('probability.chart.loading')}</p>}>
          <PostTestChart
            points={curve(res)}
            pretest={res.pretest?.range ?? null}
            tableId={TABLE_ID}
            width={chartWidth}
          />
        </Suspense>
      ) : null}
      <FrequencyTreeSection res={res} />
      <CurveTable id={TABLE_ID} points={res ? tablePoints(res) : []} />
      {reading.input ? (
        <ExportSection
          input={reading.input}
          sources={sources}
          includeWhatIf={draft.includeWhatIf}
          setIncludeWhatIf={(v) => update({ includeWhatIf: v })}
        />
      ) : null}
    </>
  );
}
