import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { visibleLabel } from '../../domain/case/label';
import { useT } from '../../i18n/use-t';
import { withStrings } from '../../i18n/with-strings';
import { useCases } from '../../store/cases';
import { useCaseList } from '../../store/case-queries';
import { useFocusHeading } from '../../ui/use-focus-heading';
import { useHydrated } from '../../ui/use-hydrated';
import { NewCaseForm } from './new-case-form';
import './cases.css';

/*
 * A component the case list draws only with saved cases or a load problem is loaded then with
 * its strings (the `savedCases` namespace, not on the first page): the empty list of a first
 * visit needs neither, and a returning reader has both cached.
 */
const SavedCaseList = lazy(() =>
  withStrings(() => import('./saved-case-list')).then((m) => ({ default: m.SavedCaseList })),
);
// Shown only when the saved data could not be read.
const importAlert = () => withStrings(() => import('./load-problem-alert'));
let alertModule: ReturnType<typeof importAlert> | undefined;
const loadAlert = () => (alertModule ??= importAlert());
const LoadProblemAlert = lazy(loadAlert);

/** The list waits for the alert drawn above it, so the alert never pushes it down once shown. */
const AfterAlert = lazy(() =>
  loadAlert().then(() => ({ default: ({ children }: { children: ReactNode }) => children })),
);

/** The saved cases' heading and list (which loads with its strings). */
function ListBlock(props: { count: number; loadProblem: boolean; children: ReactNode }) {
  const { t } = useT();
  return (
    <>
      <h2>{t('cases.list.heading', { count: props.count })}</h2>
      <Suspense fallback={<p role="status">{t('common.loading')}</p>}>
        {props.loadProblem ? <AfterAlert>{props.children}</AfterAlert> : props.children}
      </Suspense>
    </>
  );
}

// Not needed to paint the list either: the panels below it (keeping the cases safe, importing a case file): they load
// just after, in one chunk, once the browser has said whether it keeps the site's data, so the
// backup panel is drawn whole instead of its status line pushing the page down a moment later.
const Panels = lazy(() =>
  import('./case-list-panels').then(async (m) => {
    await m.readPersistence();
    return m;
  }),
);

/** `/`: the saved cases, "new case", and what happened when the saved data was read. */
export function CasesPage() {
  const { t } = useT();
  const heading = useFocusHeading<HTMLHeadingElement>();
  const hydrated = useHydrated();
  const list = useCaseList();
  // Until the saved cases are read (IndexedDB answers after the first paint), "No cases yet" is
  // said only where the first paint said it: nothing was saved.
  const empty = useCases((s) => s.ready || !s.expectCases);
  const lastDeleted = useCases((s) => s.lastDeleted);
  const loadProblem = useCases((s) => s.loadProblem !== undefined);
  const undoDelete = useCases((s) => s.undoDelete);
  const dismissUndo = useCases((s) => s.dismissUndo);
  const [notice, setNotice] = useState<string | undefined>();
  const [focusId, setFocusId] = useState<string | undefined>();
  const [undoRef, setJustDeleted] = useUndoFocus();

  const savedList = (
    <SavedCaseList
      list={list}
      focusId={focusId}
      onDeleted={setJustDeleted}
      onNotice={(m) => {
        if (lastDeleted) dismissUndo();
        setNotice(m);
      }}
    />
  );

  return (
    <section className="page cases-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('cases.title')}
      </h1>
      {loadProblem ? (
        <Suspense fallback={null}>
          <LoadProblemAlert />
        </Suspense>
      ) : null}

      <div className="status-line" role="status">
        {lastDeleted ? (
          <p className="notice">
            {t('cases.status.deleted', { label: visibleLabel(lastDeleted.case.label) })}{' '}
            <button
              type="button"
              ref={undoRef}
              onClick={() => {
                const id = undoDelete();
                if (id) {
                  setJustDeleted(undefined);
                  setFocusId(id);
                  setNotice(
                    t('cases.status.restored', { label: visibleLabel(lastDeleted.case.label) }),
                  );
                }
              }}
            >
              {t('cases.status.undo')}
            </button>{' '}
            <button type="button" onClick={dismissUndo}>
              {t('cases.status.dismiss')}
            </button>
          </p>
        ) : notice ? (
          <p className="notice">{notice}</p>
        ) : null}
      </div>

      <NewCaseForm />

      {list.length === 0 ? (
        empty ? (
          <p className="empty">{t('cases.empty')}</p>
        ) : null
      ) : (
        <ListBlock count={list.length} loadProblem={loadProblem}>
          {savedList}
        </ListBlock>
      )}

      {hydrated ? (
        <Suspense fallback={null}>
          <Panels />
        </Suspense>
      ) : null}
    </section>
  );
}

/**
 * After a delete the focused button is gone: focus moves to Undo (the ref's button) so that the
 * keyboard user is not lost. Call the setter with the deleted case's id, or undefined once undone.
 */
function useUndoFocus() {
  const undoRef = useRef<HTMLButtonElement>(null);
  const [justDeleted, setJustDeleted] = useState<string | undefined>();
  useEffect(() => {
    if (justDeleted) undoRef.current?.focus();
  }, [justDeleted]);
  return [undoRef, setJustDeleted] as const;
}
