import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { visibleLabel } from '../../domain/case/label';
import { localIsoDate } from '../../domain/dates';
import type { Case } from '../../domain/case/schema';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useDeferredAssessment } from '../../store/deferred-assessment';
import { LabelText } from '../../ui/label-text';
import { LabelWarning } from '../../ui/privacy-warning';
import { CaseActions } from './case-actions';
import { CaseDeleteConfirm } from './case-delete-confirm';
import { CaseRenameForm } from './case-rename-form';

/**
 * The tissue answer and any disagreement under the conclusion, worded from the clinical
 * catalogues: loaded, like them, only once the engine has given a card an assessment, so that the
 * case list never waits for them.
 */
const CertaintyLine = lazy(() =>
  import('./certainty-line').then((m) => ({ default: m.CertaintyLine })),
);

/** A date-time as a calendar date in the reader's language; the raw text if it is not a date. */
function useDay() {
  const { lang } = useT();
  return (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : formatDate(lang, localIsoDate(d));
  };
}

/** The card's facts: the engine's working conclusion and next step, and the dates. */
function CaseMeta({ c }: { c: Case }) {
  const { t, tx } = useT();
  const day = useDay();
  const { loading, assessment } = useDeferredAssessment(c);
  const next = assessment?.nextStep.step;
  return (
    <dl className="case-meta">
      <div>
        <dt>{t('savedCases.list.conclusion')}</dt>
        <dd>
          {loading ? (
            t('common.loading')
          ) : assessment ? (
            <>
              {tx(assessment.interpretation.label)}
              <Suspense fallback={null}>
                <CertaintyLine assessment={assessment} />
              </Suspense>
            </>
          ) : (
            t('savedCases.list.unavailable')
          )}
        </dd>
      </div>
      <div>
        <dt>{t('savedCases.list.next')}</dt>
        <dd>
          {loading
            ? t('common.loading')
            : next === undefined
              ? t('savedCases.list.unavailable')
              : next === 'complete'
                ? t('savedCases.list.complete')
                : t(`wizard.steps.${next}`)}
        </dd>
      </div>
      <div>
        <dt>{t('savedCases.list.created')}</dt>
        <dd>{day(c.createdAt)}</dd>
      </div>
      <div>
        <dt>{t('savedCases.list.updated')}</dt>
        <dd>{day(c.updatedAt)}</dd>
      </div>
    </dl>
  );
}

/**
 * One case in the list: label, dates, the engine's working conclusion and next step, and the
 * actions, in one of three modes (view, rename, confirm delete), each its own component. Delete
 * asks first; the page then offers Undo.
 */
export function CaseCard({
  c,
  onNotice,
  onDeleted,
  focusOnMount,
}: {
  c: Case;
  onNotice: (message: string) => void;
  onDeleted: () => void;
  focusOnMount?: boolean;
}) {
  const { t } = useT();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  const renamed = (label?: string) => {
    setMode('view');
    if (label !== undefined) onNotice(t('cases.status.renamed', { label: visibleLabel(label) }));
  };

  return (
    <li className="case-card">
      <article aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          <LabelText label={c.label} />
        </h3>
        <LabelWarning label={c.label} stored />
        <CaseMeta c={c} />
        {mode === 'rename' ? <CaseRenameForm c={c} onDone={renamed} /> : null}
        {mode === 'confirm' ? (
          <CaseDeleteConfirm c={c} onCancel={() => setMode('view')} onDeleted={onDeleted} />
        ) : null}
        {mode === 'view' ? (
          <CaseActions
            c={c}
            onRename={() => setMode('rename')}
            onDelete={() => setMode('confirm')}
            onNotice={onNotice}
          />
        ) : null}
      </article>
    </li>
  );
}
