import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { localIsoDate } from '../../domain/dates';
import { LABEL_MAX_LENGTH, type Case } from '../../domain/case/schema';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useCases } from '../../store/cases';
import { useDeferredAssessment } from '../../store/case-queries';
import { CertaintyLine } from './certainty-line';

/** A date-time as a calendar date in the reader's language; the raw text if it is not a date. */
function useDay() {
  const { lang } = useT();
  return (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : formatDate(lang, localIsoDate(d));
  };
}

/**
 * One case in the list: label, dates, the engine's working conclusion and next step, and the
 * actions. Delete asks first; the page then offers Undo.
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
  const { t, tx } = useT();
  const day = useDay();
  const { loading, assessment } = useDeferredAssessment(c);
  const renameCase = useCases((s) => s.renameCase);
  const duplicateCase = useCases((s) => s.duplicateCase);
  const deleteCase = useCases((s) => s.deleteCase);
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm'>('view');
  const [draft, setDraft] = useState(c.label);
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const renameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);
  useEffect(() => {
    if (mode === 'confirm') confirmRef.current?.focus();
    if (mode === 'rename') renameRef.current?.focus();
  }, [mode]);

  const next = assessment?.nextStep.step;
  const submitRename = (e: FormEvent) => {
    e.preventDefault();
    const label = draft.trim();
    if (!label) return setError(t('cases.new.errorEmpty'));
    const errors = renameCase(c.id, label);
    if (errors.length) return setError(t('cases.new.errorTooLong', { max: LABEL_MAX_LENGTH }));
    setMode('view');
    setError(undefined);
    onNotice(t('cases.status.renamed', { label }));
  };

  return (
    <li className="case-card">
      <article aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {c.label}
        </h3>
        <dl className="case-meta">
          <div>
            <dt>{t('cases.list.conclusion')}</dt>
            <dd>
              {loading ? (
                t('common.loading')
              ) : assessment ? (
                <>
                  {tx(assessment.interpretation.label)}
                  <CertaintyLine assessment={assessment} />
                </>
              ) : (
                t('cases.list.unavailable')
              )}
            </dd>
          </div>
          <div>
            <dt>{t('cases.list.next')}</dt>
            <dd>
              {loading
                ? t('common.loading')
                : next === undefined
                  ? t('cases.list.unavailable')
                  : next === 'complete'
                    ? t('cases.list.complete')
                    : t(`wizard.steps.${next}`)}
            </dd>
          </div>
          <div>
            <dt>{t('cases.list.created')}</dt>
            <dd>{day(c.createdAt)}</dd>
          </div>
          <div>
            <dt>{t('cases.list.updated')}</dt>
            <dd>{day(c.updatedAt)}</dd>
          </div>
        </dl>

        {mode === 'rename' ? (
          <form className="rename" onSubmit={submitRename} noValidate>
            <div className={`field${error ? ' field-invalid' : ''}`}>
              <label htmlFor={`${id}-rename`}>
                {t('cases.actions.renameLabel', { label: c.label })}
              </label>
              <input
                id={`${id}-rename`}
                ref={renameRef}
                type="text"
                autoComplete="off"
                value={draft}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-rename-error` : undefined}
                onChange={(e) => setDraft(e.target.value)}
              />
              {error ? (
                <p className="field-error" id={`${id}-rename-error`}>
                  {error}
                </p>
              ) : null}
            </div>
            <div className="actions">
              <button type="submit" className="primary">
                {t('cases.actions.save')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setMode('view');
                  setDraft(c.label);
                  setError(undefined);
                }}
              >
                {t('cases.actions.cancel')}
              </button>
            </div>
          </form>
        ) : null}

        {mode === 'confirm' ? (
          <div
            className="confirm"
            ref={confirmRef}
            tabIndex={-1}
            role="group"
            aria-labelledby={`${id}-confirm`}
          >
            <p id={`${id}-confirm`}>{t('cases.actions.confirmDelete', { label: c.label })}</p>
            <div className="actions">
              <button
                type="button"
                className="danger"
                onClick={() => {
                  deleteCase(c.id);
                  onDeleted();
                }}
              >
                {t('cases.actions.confirmYes')}
              </button>
              <button type="button" onClick={() => setMode('view')}>
                {t('cases.actions.cancel')}
              </button>
            </div>
          </div>
        ) : null}

        {mode === 'view' ? (
          <div
            className="actions"
            role="group"
            aria-label={t('cases.actions.group', { label: c.label })}
          >
            <Link
              className="button primary"
              to={`/cases/${encodeURIComponent(c.id)}`}
              aria-label={t('cases.actions.openNamed', { label: c.label })}
            >
              {t('cases.actions.open')}
            </Link>
            <button
              type="button"
              onClick={() => {
                setDraft(c.label);
                setMode('rename');
              }}
            >
              {t('cases.actions.rename')}
            </button>
            <button
              type="button"
              onClick={() => {
                const copyId = duplicateCase(
                  c.id,
                  t('cases.actions.copyLabel', { label: c.label }),
                );
                const copy = copyId ? useCases.getState().cases[copyId] : undefined;
                if (copy) onNotice(t('cases.status.duplicated', { label: copy.label }));
              }}
            >
              {t('cases.actions.duplicate')}
            </button>
            <button type="button" className="danger" onClick={() => setMode('confirm')}>
              {t('cases.actions.delete')}
            </button>
          </div>
        ) : null}
      </article>
    </li>
  );
}
