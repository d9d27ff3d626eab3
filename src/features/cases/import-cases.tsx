import { useId, useRef, useState, type DragEvent } from 'react';
import { Link } from 'react-router';
import type { FieldError } from '../../domain/case/errors';
import { visibleLabel } from '../../domain/case/label';
import { useT } from '../../i18n/use-t';
import { withStrings } from '../../i18n/with-strings';
import { today } from '../../store/clock';
import type * as ImportModule from './import-case';
import type { ImportOutcome, ImportProgress } from './import-case';
import './import-cases.css';

type Problem =
  | 'too-large'
  | 'too-large-all'
  | 'empty'
  | 'not-json'
  | 'not-a-case'
  | 'invalid-case'
  | 'read-error';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly file: string; readonly progress?: ImportProgress }
  | {
      readonly kind: 'done';
      readonly id: string;
      readonly label: string;
      readonly tidied: boolean;
      readonly saved: boolean;
    }
  | {
      readonly kind: 'done-all';
      readonly file: string;
      readonly outcomes: readonly ImportOutcome[];
      readonly saved: boolean;
    }
  | {
      readonly kind: 'error';
      readonly file: string;
      readonly problem: Problem;
      readonly errors: readonly FieldError[];
      /** For 'too-large-all': the space left for this app on the device, in MB. */
      readonly freeMb?: number;
    };

/** The space the browser still gives this app, in bytes; undefined when it does not say. */
async function freeSpace(): Promise<number | undefined> {
  try {
    const e = await navigator.storage?.estimate?.();
    return e?.quota === undefined ? undefined : e.quota - (e.usage ?? 0);
  } catch {
    return undefined;
  }
}

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
  const { t, lang } = useT();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const inputId = useId();
  const hintId = useId();
  const progressId = useId();

  async function importFile(file: File) {
    try {
      // The reading state draws strings of the results' namespace: they come with the code.
      const { importCasesText } = await load();
      setState({ kind: 'reading', file: file.name });
      // No limit of its own: a file larger than the space the browser still gives this app
      // cannot be saved, so it is refused before it is read into memory. (A single-case file has
      // a limit of its own, checked when it is read.)
      const free = await freeSpace();
      if (free !== undefined && file.size > free) {
        setState({
          kind: 'error',
          file: file.name,
          problem: 'too-large-all',
          errors: [],
          freeMb: Math.max(0, Math.floor(free / 1e6)),
        });
        return;
      }
      const text = await file.text();
      const result = await importCasesText(text, today(), (progress) =>
        setState({ kind: 'reading', file: file.name, progress }),
      );
      const [only] = result.ok ? result.outcomes : [];
      if (!result.ok) {
        setState({
          kind: 'error',
          file: file.name,
          problem: result.problem,
          errors: result.errors,
        });
      } else if (result.outcomes.length === 1 && only && only.kind === 'added') {
        setState({
          kind: 'done',
          id: only.id,
          label: only.label,
          tidied: only.tidied,
          saved: result.saved,
        });
      } else {
        setState({
          kind: 'done-all',
          file: file.name,
          outcomes: result.outcomes,
          saved: result.saved,
        });
      }
    } catch (err) {
      setState({
        kind: 'error',
        file: file.name,
        problem: 'read-error',
        errors: [{ path: '', message: err instanceof Error ? err.message : String(err) }],
      });
    } finally {
      // Let the same file be chosen again after a fix.
      if (inputRef.current) inputRef.current.value = '';
    }
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setDragging(false);
    const files = e.dataTransfer?.files;
    if (!files || files.length === 0) return;
    if (files.length > 1) {
      const name = files[0]?.name ?? '';
      void load().then(() =>
        setState({
          kind: 'error',
          file: name,
          problem: 'read-error',
          errors: [{ path: '', message: t('summary.import.tooMany') }],
        }),
      );
      return;
    }
    const file = files[0];
    if (file) void importFile(file);
  }

  return (
    <section className="import-cases" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cases.import.heading')}</h2>
      <p id={hintId} className="import-hint">
        {t('cases.import.hint')}
      </p>
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
        onDrop={onDrop}
        data-testid="import-drop-zone"
      >
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
        <p className="drop-label" aria-hidden="true">
          {dragging ? t('cases.import.dropActive') : t('cases.import.drop')}
        </p>
      </div>

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
              describe={(o) => loaded?.describeOutcome(o, t, lang) ?? ''}
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

      {state.kind === 'error' ? (
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
                  {loaded?.describeFieldError(e, lang)}
                </li>
              ))}
            </ul>
          ) : null}
          {state.errors.length > SHOWN_ERRORS ? (
            <p>{t('summary.import.more', { count: state.errors.length - SHOWN_ERRORS })}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
