import { useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { visibleLabel } from '../../domain/case/label';
import { useT } from '../../i18n/use-t';
import { withStrings } from '../../i18n/with-strings';
import { today } from '../../store/clock';
import type * as ImportModule from './import-case';
import type { ImportOutcome } from './import-case';
import type { ImportState } from './import-state';
import './import-cases.css';

/** How many field errors to list before summarising the rest. */
const SHOWN_ERRORS = 12;

/** How many outcomes of an all-cases import to list before summarising the rest. */
const SHOWN_OUTCOMES = 20;

/**
 * What happened to each case: the cases not simply added first (they need reading), then the
 * rest; a long list shows its first lines and how many more.
 */
function OutcomeList({
  outcomes,
  describe,
}: {
  outcomes: readonly ImportOutcome[];
  describe: (o: ImportOutcome) => string;
}) {
  const { t } = useT();
  const sorted = [
    ...outcomes.filter((o) => o.kind !== 'added'),
    ...outcomes.filter((o) => o.kind === 'added'),
  ];
  return (
    <>
      <ul>
        {sorted.slice(0, SHOWN_OUTCOMES).map((o, i) => (
          <li key={i}>{describe(o)}</li>
        ))}
      </ul>
      {sorted.length > SHOWN_OUTCOMES ? (
        <p>{t('storage.import.more', { count: sorted.length - SHOWN_OUTCOMES })}</p>
      ) : null}
    </>
  );
}

/** The reading and validating code, and what describes its results: loaded with the first file. */
let loaded: typeof ImportModule | undefined;
const load = async (): Promise<typeof ImportModule> =>
  (loaded ??= await withStrings(() => import('./import-case')));

/**
 * Import a JSON case file by file picker or drag-and-drop. A valid file becomes a NEW case
 * (never an overwrite); an invalid one changes nothing and is explained field by field. The
 * panel itself draws only first-page strings; the reading and validating code, and the strings
 * of its results, are loaded when a file arrives (a results state exists only once they are).
 */
export function ImportCases() {
  const { t } = useT();
  const { state, inputRef, importFile, importDropped } = useCaseImport();
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const progressId = useId();
  return (
    <section className="import-cases" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cases.import.heading')}</h2>
      <p id={hintId} className="import-hint">
        {t('cases.import.hint')}
      </p>
      <DropZone onDrop={importDropped}>
        <label htmlFor={inputId} className="button">
          {t('cases.import.choose')}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-describedby={hintId}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void importFile(file);
          }}
        />
      </DropZone>
      <ImportStatus state={state} progressId={progressId} />
      {state.kind === 'error' ? <ImportError state={state} /> : null}
    </section>
  );
}

/** A file that could not be read at all (or more than one dropped), with what went wrong. */
const unreadable = (file: string, message: string): ImportState => ({
  kind: 'error',
  file,
  problem: 'read-error',
  errors: [{ path: '', message }],
});

/** The import's state, and a file chosen or dropped moving it on. */
function useCaseImport() {
  const { t } = useT();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);

  async function importFile(file: File) {
    try {
      // The reading state draws strings of the results' namespace: they come with the code.
      const { importCasesText, afterImport, refusedForSpace, freeSpace } = await load();
      setState({ kind: 'reading', file: file.name });
      // No limit of its own but the space left (a single-case file has a limit of its own,
      // checked when it is read).
      const refused = refusedForSpace(file, await freeSpace());
      if (refused) return setState(refused);
      const text = await file.text();
      const result = await importCasesText(text, today(), (progress) =>
        setState({ kind: 'reading', file: file.name, progress }),
      );
      setState(afterImport(file.name, result));
    } catch (err) {
      setState(unreadable(file.name, err instanceof Error ? err.message : String(err)));
    } finally {
      // Let the same file be chosen again after a fix.
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  /** One file dropped is imported; several are refused (one file at a time). */
  function importDropped(files: FileList | undefined) {
    if (!files || files.length === 0) return;
    if (files.length > 1) {
      const name = files[0]?.name ?? '';
      void load().then(() => setState(unreadable(name, t('summary.import.tooMany'))));
      return;
    }
    const file = files[0];
    if (file) void importFile(file);
  }

  return { state, inputRef, importFile, importDropped };
}

/** Where a file can be dropped (the file picker inside it), saying so while one is dragged over. */
function DropZone({
  onDrop,
  children,
}: {
  onDrop: (files: FileList | undefined) => void;
  children: ReactNode;
}) {
  const { t } = useT();
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
      onDragEnter={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e: DragEvent<HTMLDivElement>) => {
        e.preventDefault();
        setDragging(false);
        onDrop(e.dataTransfer?.files);
      }}
      data-testid="import-drop-zone"
    >
      {children}
      <p className="drop-label" aria-hidden="true">
        {dragging ? t('cases.import.dropActive') : t('cases.import.drop')}
      </p>
    </div>
  );
}

/** The live region: reading (and how far), then what was imported. */
function ImportStatus({ state, progressId }: { state: ImportState; progressId: string }) {
  const { t } = useT();
  return (
    <div role="status" className="import-status">
      {state.kind === 'reading' && !state.progress
        ? t('summary.import.reading', { file: state.file })
        : null}
      {state.kind === 'reading' && state.progress ? (
        <p className="import-progress">
          <label htmlFor={progressId}>
            {state.progress.phase === 'saving'
              ? t('storage.import.saving', { count: state.progress.total })
              : t('storage.import.progress', {
                  done: state.progress.done,
                  count: state.progress.total,
                })}
          </label>{' '}
          <progress
            id={progressId}
            max={state.progress.total}
            value={state.progress.phase === 'saving' ? undefined : state.progress.done}
          />
        </p>
      ) : null}
      {state.kind === 'done-all' ? (
        <>
          <p>
            {t('storage.import.summary', {
              file: state.file,
              added: state.outcomes.filter((o) => o.kind === 'added' || o.kind === 'copy').length,
              count: state.outcomes.length,
            })}
          </p>
          {state.saved ? null : <p>{t('storage.import.notSaved')}</p>}
          <OutcomeList
            outcomes={state.outcomes}
            describe={(o) => loaded?.describeOutcome(o, t) ?? ''}
          />
        </>
      ) : null}
      {state.kind === 'done' ? (
        <>
          {t('summary.import.success', { label: visibleLabel(state.label) })}{' '}
          {state.tidied ? `${t('privacy.label.importTidied')} ` : null}
          <Link to={`/cases/${encodeURIComponent(state.id)}`}>{t('summary.import.open')}</Link>
        </>
      ) : null}
    </div>
  );
}

/** A refused file: why, and its first field errors. */
function ImportError({ state }: { state: Extract<ImportState, { kind: 'error' }> }) {
  const { t } = useT();
  return (
    <div role="alert" className="import-error">
      <p>
        <strong>{t('summary.import.failed', { file: state.file })}</strong>{' '}
        {state.problem === 'too-large-all'
          ? t('storage.import.tooLarge', { free: state.freeMb ?? 0 })
          : t(`summary.import.problem.${state.problem}`)}
      </p>
      {state.errors.length ? (
        <ul>
          {state.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
            <li key={`${e.path}-${i}`}>
              <code>{e.path || t('summary.import.wholeFile')}</code>:{' '}
              {loaded?.describeFieldError(e, t)}
            </li>
          ))}
        </ul>
      ) : null}
      {state.errors.length > SHOWN_ERRORS ? (
        <p>{t('summary.import.more', { count: state.errors.length - SHOWN_ERRORS })}</p>
      ) : null}
    </div>
  );
}
