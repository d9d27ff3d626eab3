import { lazy, Suspense, useMemo, type Ref } from 'react';
import type { Case } from '../../domain/case/schema';
import type { Assessment } from '../../domain/engine/types';
import { Link, useParams } from 'react-router';
import { showsDayCount } from '../../domain/engine/timing';
import { EVIDENCE_PACK_SHA256, EVIDENCE_PACK_VERSION } from '../../domain/evidence';
import { describeCase } from '../../domain/export/describe';
import { timeline } from '../../domain/export/timeline';
import { formatDate, formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useAssessment, useCase } from '../../store/selectors';
import { LabelText } from '../../ui/label-text';
import { useFocusHeading } from '../../ui/use-focus-heading';
import { RecordFiling } from '../ehr-launch';
import { ExportActions } from '../export';
import {
  AdviceSection,
  ConclusionSection,
  DifferentialSection,
  ManagementSection,
  RiskSection,
} from './assessment-sections';
import { FindingsSection } from './findings-section';
import { ReferencesSection } from './references-section';
import { TimelineSection } from './timeline-section';
import './summary.css';

const CompareCompact = lazy(() =>
  import('../compare').then((m) => ({ default: m.CompareCompact })),
);

/**
 * Step 8: the summary that goes into the record or to a colleague. It leads with the answer (the
 * working conclusion, the plan and what is open), then the note for the record and the exports,
 * then the findings and the reasoning behind them. Everything shown is derived from the case and
 * the engine's assessment for today; nothing here is stored. It prints as a clean A4/Letter
 * document (summary.css) with a blank line for the patient's identity.
 */
export function SummaryPage() {
  const { caseId } = useParams();
  const { t } = useT();
  const c = useCase(caseId);
  const a = useAssessment(c);
  const headingRef = useFocusHeading<HTMLHeadingElement>(caseId);
  const { facts, events } = useSummaryFacts(c, a);

  if (!c) return <CaseNotFound headingRef={headingRef} />;
  const nav = <SummaryNav caseId={c.id} />;
  if (!a || !facts) {
    return (
      <article className="summary-page">
        {nav}
        <h1 ref={headingRef} tabIndex={-1}>
          {t('summary.title')}
        </h1>
        <CaseLine c={c} />
        <p role="alert">{t('summary.engineUnavailable')}</p>
      </article>
    );
  }

  return (
    <article className="summary-page">
      {nav}
      <SummaryHeader c={c} a={a} headingRef={headingRef} />

      {/* The answer first (conclusion, plan, what is open), then the note and the exports. */}
      <ConclusionSection a={a} caseId={c.id} />
      <ExportActions c={c} a={a} />
      <RecordFiling caseId={c.id} />
      <FindingsSection facts={facts} />
      <TimelineSection events={events} a={a} />
      <AdviceSection a={a} />
      <Suspense fallback={null}>
        <CompareCompact caseId={c.id} />
      </Suspense>
      <DifferentialSection a={a} />
      <RiskSection a={a} />
      <ManagementSection a={a} />
      <ReferencesSection a={a} />

      <section className="summary-section summary-disclaimer" aria-labelledby="summary-disclaimer">
        <h2 id="summary-disclaimer">{t('summary.disclaimerHeading')}</h2>
        <p>{t('common.disclaimer')}</p>
      </section>
      <SummaryFooter a={a} />
    </article>
  );
}

/** The case's findings in words, and its timeline: derived for today, never stored. */
function useSummaryFacts(c: Case | undefined, a: Assessment | undefined) {
  const { lang } = useT();
  const facts = useMemo(
    () =>
      c && a
        ? describeCase(c, lang, a.asOf, {
            date: (d) => formatDate(lang, d),
            number: (n) => formatNumber(lang, n),
          })
        : undefined,
    [c, a, lang],
  );
  const events = useMemo(() => (c && a ? timeline(c, a) : []), [c, a]);
  return { facts, events };
}

function CaseNotFound({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const { t } = useT();
  return (
    <section className="page">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('summary.notFound.title')}
      </h1>
      <p>{t('summary.notFound.body')}</p>
      <Link to="/">{t('summary.notFound.back')}</Link>
    </section>
  );
}

function SummaryNav({ caseId }: { caseId: string }) {
  const { t } = useT();
  return (
    <nav className="summary-nav no-print" aria-label={t('summary.nav.label')}>
      <Link to={`/cases/${encodeURIComponent(caseId)}`}>{t('summary.nav.workup')}</Link>
      <Link to="/">{t('summary.nav.cases')}</Link>
    </nav>
  );
}

function CaseLine({ c }: { c: Case }) {
  const { t } = useT();
  return (
    <p className="summary-case">
      {t('summary.caseLabel')}: <LabelText label={c.label} />
    </p>
  );
}

/** The title, the case, when it was assessed (and how long since onset), and on paper a line for who the patient is. */
function SummaryHeader({
  c,
  a,
  headingRef,
}: {
  c: Case;
  a: Assessment;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t, lang } = useT();
  const days = a.timing.daysSinceOnset;
  return (
    <header className="summary-header">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('summary.title')}
      </h1>
      <CaseLine c={c} />
      <p className="summary-meta">
        {t('summary.assessedOn', { date: formatDate(lang, a.asOf), version: a.engineVersion })}
        {showsDayCount(days)
          ? ` ${t('summary.daysSinceOnset', { days })}`
          : days !== null
            ? ` ${t('summary.overAYearSinceOnset')}`
            : ''}
      </p>
      {/* On paper only: wards write who the patient is by hand; the app never stores it. */}
      <p className="print-only summary-identity">
        {t('summary.print.identity')}
        <span className="summary-identity-blank" aria-hidden="true" />
        <span className="summary-identity-note">{t('summary.print.identityNote')}</span>
      </p>
    </header>
  );
}

/** Which engine and evidence pack made this summary, and when. */
function SummaryFooter({ a }: { a: Assessment }) {
  const { t, lang } = useT();
  return (
    <footer className="summary-footer">
      <p>{t('summary.generated', { version: a.engineVersion, date: formatDate(lang, a.asOf) })}</p>
      <p className="evidence-pack-line" data-testid="evidence-pack">
        {t('ledger.pack.line', { version: EVIDENCE_PACK_VERSION, hash: EVIDENCE_PACK_SHA256 })}
      </p>
    </footer>
  );
}
